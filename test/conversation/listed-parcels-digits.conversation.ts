import { botHarness, talk, type BotHarness } from './harness';

// A shop checking two parcels its buyers are pressing for (blind 19: 19.2–19.6): both statuses, not a speed-up of the
// first; the last 4 given per parcel, each checked for its own; and the digits held when one of them is chased later.
describe('several parcels checked, the digits for each given once', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const joined = (replies: string[][], at: number): string => (replies[at] ?? []).join('\n');

  it('shows both statuses, proves each parcel by its own digits and chases one without asking again (zh-CN)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '帮忙看看这两个件 SF2210478832106 和 YT6865635515058 到哪了，顾客天天催',
      '顺丰的收件人尾号6666，圆通的寄件人尾号8888',
      '圆通那单帮我加急',
    ]);
    expect(joined(replies, 0)).toContain('SF2210478832106（广州 → 北京）');
    expect(joined(replies, 0)).toContain('YT6865635515058（杭州 → 成都）');
    expect(joined(replies, 0)).not.toContain('派送之前');
    expect(joined(replies, 1)).toContain('SF2210478832106 核对无误');
    expect(joined(replies, 1)).toContain('YT6865635515058 核对无误');
    expect(joined(replies, 2)).toContain('YT6865635515058');
    expect(joined(replies, 2)).not.toMatch(/后4位|后 4 位/);
  });

  it('does the same in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      '幫我睇下 SF2210478832106 同 YT6865635515058，啲客催緊',
      '順豐嗰個收件人尾數6666，圓通嗰個寄件人係8888',
      '圓通嗰件幫我加急',
    ]);
    expect(joined(replies, 0)).toContain('SF2210478832106（');
    expect(joined(replies, 0)).toContain('YT6865635515058（');
    expect(joined(replies, 1)).toContain('SF2210478832106 核對咗');
    expect(joined(replies, 1)).toContain('YT6865635515058 核對咗');
    expect(joined(replies, 2)).toContain('YT6865635515058');
    expect(joined(replies, 2)).not.toMatch(/尾4位|末4碼|末 4 碼/);
  });

  it('does the same in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'could you look up SF2210478832106 and YT6865635515058? my customers keep chasing me',
      'the SF one ends 6666, the YTO one 7777',
      'please expedite the YTO one',
    ]);
    expect(joined(replies, 0)).toContain('SF2210478832106 (');
    expect(joined(replies, 0)).toContain('YT6865635515058 (');
    expect(joined(replies, 0)).not.toContain('Before I change anything');
    expect(joined(replies, 1)).toContain('SF2210478832106: that matches');
    expect(joined(replies, 1)).toContain('YT6865635515058: that matches');
    expect(joined(replies, 2)).toContain('YT6865635515058');
    expect(joined(replies, 2)).not.toContain('last 4 digits');
  });
});
