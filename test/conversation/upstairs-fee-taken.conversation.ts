import { botHarness, talk, type BotHarness } from './harness';

// "让我爸给了20块才肯搬上楼，这样合理吗？": a stairs charge already taken, asked whether it may be — the courier's rule (door
// delivery is included, no stairs fee) beside the complaint about it, in every language.
describe('a stairs charge taken, asked whether it is allowed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives the no-stairs-fee rule in English', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'the delivery man wanted 15 yuan from my grandma before he would carry the box upstairs. is he allowed to do that?',
    ]);
    expect(answer?.join('\n')).toContain('there is no upstairs fee');
  });

  it('gives the no-stairs-fee rule in Simplified Chinese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 快递员让我妈给了15块才肯搬上楼，这样合理吗？',
    ]);
    expect(answer?.join('\n')).toContain('没有“上楼费”');
  });

  it('gives the no-stairs-fee rule in Cantonese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-HK' }), ['速遞員要我阿爺俾30蚊先肯搬上樓，咁係咪合理？']);
    expect(answer?.join('\n')).toContain('冇「上樓費」');
  });
});
