import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, blind batch 7 P8: the summary (and the ticket) keeps what the customer said — a second demand, the
// right type, the facts told across turns in the account and no correction noise in it.
describe('the summary keeps what was said', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const summaryIn = (replies: string[][]): string =>
    replies.flat().find((text) => /Here's your complaint|您的投诉信息|您的客訴資訊|你嘅投訴資料/.test(text)) ?? '';

  it.each([
    [
      'en-US',
      'the driver of JT0001234567890 threw my parcel over the gate and swore at me',
      'a formal apology, and I want that guy disciplined',
      /You'd like: an apology \(.*disciplined/,
    ],
    [
      'zh-CN',
      '投诉！快递员态度极差 JT0001234567890 直接扔楼下门口就走了还骂人',
      '我要他道歉，并且以后别让他送我们小区了',
      /诉求：道歉（.*以后别让他送我们小区了/,
    ],
    [
      'zh-TW',
      '投訴！JT0001234567890 個速遞員態度好差，掟低喺樓下就走，仲鬧人',
      '我要佢道歉，同埋以後唔好再派佢嚟送我哋屋苑',
      /要求：道歉（.*唔好再派佢嚟送我哋屋苑/,
    ],
  ])('keeps a second demand about the courier beside the apology (%s)', async (locale, complaint, demands, kept) => {
    const replies = await talk(h.adapter({ locale }), [complaint, demands, '13912341111']);
    expect(summaryIn(replies)).toMatch(kept);
  });

  it.each([
    [
      'en-US',
      'JT0001234567890 arrived and the vase inside is smashed',
      'refund',
      'actually no, compensation instead, the vase was worth 600 yuan',
      /What happened: [^]*the vase was worth 600 yuan/,
      /actually no/,
    ],
    [
      'zh-CN',
      'JT0001234567890 里面的紫砂壶碎成好几块了',
      '我要退款',
      '哎不对，还是赔偿吧，这个壶值600块',
      /情况：[^]*这个壶值600块/,
      /哎不对|还是赔偿吧\n/,
    ],
    [
      'zh-TW',
      'JT0001234567890 入面個紫砂壺爛咗幾舊',
      '我要退款',
      '唔啱，都係賠償啦，個壺值600蚊',
      /情況：[^]*個壺值600蚊/,
      /唔啱，|都係賠償啦\n/,
    ],
  ])(
    'puts the facts told beside a changed demand in the account, not the change itself (%s)',
    async (locale, complaint, first, changed, facts, noise) => {
      const replies = await talk(h.adapter({ locale }), [complaint, first, changed, '13962221111', 'skip']);
      // The account is what comes before the demand's line (which says the value beside the demand anyway).
      const account = summaryIn(replies).split(/You'd like|诉求|訴求/)[0] ?? '';
      expect(account).toMatch(facts);
      expect(account).not.toMatch(noise);
    },
  );

  it.each([
    ['en-US', 'JT0001234567890 the box came completely crushed', 'and the two glasses inside are broken too'],
    ['zh-CN', 'JT0001234567890 外箱整个破掉了，包装太烂了', '而且里面的两个玻璃杯也碎了'],
    ['zh-TW', '包裝爛透了 JT0001234567890 外箱整個破掉', '而且裡面的兩個玻璃杯也碎了'],
  ])('keeps what changed the type in the account (%s)', async (locale, complaint, broke) => {
    const replies = await talk(h.adapter({ locale }), [complaint, broke, 'compensation', '0933222111', 'skip']);
    expect(summaryIn(replies)).toContain(broke);
  });

  it.each([
    ['en-US', 'my parcel 782828807290222 is lose?? 8 days no moving', 'Type: lost'],
    ['zh-CN', '782828807290222 八天没动静了，是不是被你们弄丢了', '类型：丢失'],
    ['zh-TW', '782828807290222 卡咗八日冇郁，係咪俾你哋整唔見咗', '類型：丟失'],
  ])('takes a feared loss of a parcel the courier cannot find as a loss (%s)', async (locale, complaint, type) => {
    const replies = await talk(h.adapter({ locale }), [complaint, 'refund', '13700005555']);
    expect(summaryIn(replies)).toContain(type);
  });
});
