import { botHarness, send, type BotHarness } from './harness';

// An item asked about is a thing: a particle ("可以寄吧") or words of talk ("is it actually not allowed?") name none,
// and each item named beside them is answered from its own entry; "which of those can't go?" hears each item asked
// before (blind-30 06.3, 15.4).
describe('the items of a sending question', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers each item inside the box in Simplified Chinese, not the particle', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const answer = (await send(adapter, '里头有一罐蜂蜜跟几包腊肠，这些可以寄吧？')).join('\n');
    expect(answer).toContain('液体可以寄国内件');
    expect(answer).toContain('肉类制品');
    expect(answer).not.toContain('“吧”');
  });

  it('answers each item in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const answer = (await send(adapter, '入面有茶葉同埋臘腸，可以寄吧')).join('\n');
    expect(answer).toContain('臘腸');
    expect(answer).not.toContain('「吧」');
    expect(answer).not.toContain('埋臘腸');
  });

  it('answers "which of those" with each item asked before, in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'can I send some perfume and beef jerky to Hong Kong?');
    const answer = (await send(adapter, 'hmm which ones are actually not ok?')).join('\n');
    expect(answer).toContain('Item by item');
    expect(answer).toContain('Perfume');
    expect(answer).toContain('meat');
    expect(answer).not.toContain('actually');
  });
});
