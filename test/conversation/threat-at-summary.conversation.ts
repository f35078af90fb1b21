import { botHarness, talk, type BotHarness } from './harness';

// A threat to go to the regulator or the consumer council said at the summary, beside "if nobody calls me": heard and
// said so, the complaint marked for senior colleagues (high priority), and the summary waits to be filed — not only
// "not submitted yet" (issue #17).
describe('a threat to go further said at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('acknowledges a Simplified Chinese threat to call 12305 and files at high priority', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '投诉 SF1402837465921，快递员态度恶劣还骂人',
      '道歉',
      '13912345678',
      '要是还没人回我电话，我就打12305投诉',
      '提交',
    ]);
    expect(replies[3]?.[0]).toContain('资深同事优先处理');
    expect(replies[4]?.join('\n')).toContain('高优先级');
  });

  it('acknowledges a Traditional Chinese threat to go to the consumer foundation', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '客訴 SF1402837465921，快遞員態度惡劣還罵人',
      '道歉',
      '0912345678',
      '如果這次還是沒人聯絡我，我就去找消基會',
      '提交',
    ]);
    expect(replies[3]?.[0]).toContain('資深同事優先處理');
    expect(replies[4]?.join('\n')).toContain('高優先');
  });

  it('acknowledges an English threat to go to the consumer council', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'complaint about SF1402837465921, the driver was rude and shouted at me',
      'an apology',
      '13912345678',
      'when is someone going to contact me? if nobody does this time I am going to the consumer council',
      'submit',
    ]);
    expect(replies[3]?.[0]).toContain('senior colleague');
    expect(replies[4]?.join('\n')).toContain('high priority');
  });
});
