import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const ROUTES_OR_NOT_YOURS =
  /probably not yours|多半不是您的|多數唔係你嘅|Here is where each of them goes|分别寄往|分別寄往/;
const SIGN_FIRST = /isn't normal|这不正常|這不正常|咁唔正常/;
const COURIER_NUMBER_RULE = /can't give out a courier's personal number|私人手机号|私人手機號碼|私人電話/;
const UPSTAIRS_RULE = /Carrying it upstairs|送货上楼——|送貨上樓——/;

/**
 * A stranger's review of bde5fa0 (session 43) played 320 conversations on it and the session's starting code; these are
 * its answers that were worse than before, in its words — each failed on bde5fa0 — and what they must not lose again:
 * the new readers (routes, sign-first, the courier's number, stairs, one ticket or two, "do I pay him", no digits, a
 * parcel named by place) took messages that were about something else.
 */
describe('what the session-43 readers must leave to the rest of the bot', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: a second parcel named with "一个投诉单还是两个" is still held for its own complaint, offered after filing', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 太慢了 我要投诉',
      'YT6865635515058 这个也是 这是一个投诉单还是两个啊',
      '赔偿',
      '13800138000',
      '确认',
    ]);
    expect(all(replies[1])).toMatch(/YT6865635515058 是另一个包裹/);
    expect(all(replies.at(-1))).toMatch(/YT6865635515058/);
  });

  it.each([
    ['zh-CN', '快递员电话打不通'],
    ['en-US', "the courier's phone is off"],
    ['zh-TW', '速遞員電話打唔通'],
  ])('%s: "%s" is a complaint, not the courier-number rule', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(COURIER_NUMBER_RULE);
  });

  it('en: "what\'s the driver\'s number, he was rude" hears the rule and the rudeness is taken down too', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), ["what's the driver's number, he was rude"]);
    expect(all(answer)).toMatch(COURIER_NUMBER_RULE);
    expect(all(answer)).toMatch(/treated like that|Which tracking number/);
  });

  it.each([
    ['zh-CN', '昨天下午三点显示已签收 是不是送错了'],
    ['zh-CN', '点了确认收货 但是东西坏了 可以赔吗'],
    ['en-US', "It's marked delivered but I haven't received it yet, is that normal?"],
    ['en-US', 'Do I have to sign for it first, or can I check the goods before signing?'],
  ])('%s: "%s" is not the sign-first warning', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(SIGN_FIRST);
  });

  it('zh-CN: "我奶奶住在5楼…包裹什么时候到？" hears when it comes, not only the stairs rule', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921',
      '我奶奶住在5楼，她生病了，包裹什么时候到？',
    ]);
    expect(all(answer)).toMatch(/11月24日/);
    expect(all(answer)).not.toMatch(UPSTAIRS_RULE);
  });

  it('zh-CN: "快递员不送上楼 让我自己下楼拿 我住7楼 腿不好" is a complaint', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['快递员不送上楼 让我自己下楼拿 我住7楼 腿不好']);
    expect(all(answer)).not.toMatch(UPSTAIRS_RULE);
    expect(all(answer)).toMatch(/抱歉/);
  });

  it.each([
    ['zh-TW', 'JT0001234567890', '點解送咗去管理處 我都冇收到'],
    ['en-US', 'JT0001234567890', 'why was it sent to the pickup point? I paid for door delivery'],
    [
      'en-US',
      'YT6865635515058',
      "why is it going to Chengdu? I live in Chengdu so that's right, but why no scan for 4 days",
    ],
    ['en-US', 'EA526018152CN', 'why did it go to Wuhan? it should be in Hong Kong'],
    ['zh-CN', 'SF2210478832106', '为什么发到北京了 我填的是天津'],
  ])('%s: after %s, "%s" is no doubt about whose parcel it is', async (locale, parcel, asked) => {
    const [, answer] = await talk(h.adapter({ locale }), [parcel, asked]);
    expect(all(answer)).not.toMatch(ROUTES_OR_NOT_YOURS);
  });

  it.each([
    ['en-US', "the courier mixed up my parcel with the neighbour's, I got the wrong one"],
    ['zh-CN', '快递员把我的和邻居的搞混了 我收到的是别人的'],
  ])('%s: "mixed up" with two parcels in the chat is no routes question', async (locale, told) => {
    const [, answer] = await talk(h.adapter({ locale }), ['SF1402837465921 SF2210478832106', told]);
    expect(all(answer)).not.toMatch(ROUTES_OR_NOT_YOURS);
  });

  it('en: "separate complaints or same ticket?" of a rude courier on the same parcel is not "one ticket per parcel"', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is 3 days late, I want to complain',
      'also the courier was rude - separate complaints or same ticket?',
    ]);
    expect(all(answer)).not.toMatch(/One ticket per parcel/);
  });

  it.each([
    ['en-US', 'I already made two complaints and nobody called me back, SF2210478832106'],
    ['zh-CN', '我买了两个单的东西，都在这个包裹里吗 SF1402837465921'],
  ])('%s: "%s" is not asked "one ticket or two"', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(/One ticket per parcel|一个包裹一张/);
  });

  it('en: after the upstairs rule, "do I pay them the shipping … cash on delivery" is not the upstairs rule again', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'is there an extra fee for stairs?',
      'SF1402837465921',
      "do I pay them the shipping when it arrives? it's cash on delivery",
    ]);
    expect(all(answer)).not.toMatch(UPSTAIRS_RULE);
  });

  it('en: "no tracking number of the other parcel, can I still complain" is not the phone-digits answer', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is late, I want to complain',
      "I don't have the tracking number of the other parcel, can I still complain about it?",
    ]);
    expect(all(answer)).not.toMatch(/doesn't need the phone's last 4 digits/);
  });

  it('zh-CN: "上门取件要多少钱？上次收了我5块" hears the pickup rule', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['上门取件要多少钱？上次收了我5块']);
    expect(all(answer)).toMatch(/上门取件/);
  });

  it.each([
    ['zh-CN', '能不能从香港寄肉干进内地', /肉类制品/],
    ['zh-CN', '可以寄回收的旧手机吗', /回收的旧手机/],
  ])('%s: "%s" names its item', async (locale, asked, item) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(item);
    expect(all(answer)).not.toMatch(/“能”/);
  });

  it.each([
    ['en-US', 'My JD order from Beijing is also late, can you check?', /SF2210478832106/],
    ['en-US', 'is there a Beijing delivery on Sunday?', /last 4 digits/],
    ['zh-CN', '我要寄到北京的话要几天', /广州 → 北京/],
  ])('%s: "%s" after two parcels names neither', async (locale, said, notThis) => {
    const [, answer] = await talk(h.adapter({ locale }), ['SF1402837465921 SF2210478832106', said]);
    expect(all(answer)).not.toMatch(notThis);
  });

  it('zh-CN: a claim question with the number at the number step tells the status once', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['我要投诉', 'SF2210478832106 这个能赔多少']);
    expect(all(answer).split('SF2210478832106（广州 → 北京）').length - 1).toBeLessThanOrEqual(1);
  });
});
