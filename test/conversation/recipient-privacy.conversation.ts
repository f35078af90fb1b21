import { botHarness, talk, type BotHarness } from './harness';

// Another person's details asked for (issue #17, blind batches 26 and 26b): the status and the city are anyone's, the
// names and the address need the proof; a lookup by name is not possible; "not a complaint, no need to log it" ends a
// complaint the bot opened by itself. Wordings differ from the blind testers'.
describe('the recipient’s details asked for by someone who cannot prove the parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[]): string => replies.join('\n');

  it('gives the status and the city, and keeps the address and the name for the proof (zh-CN)', async () => {
    const [where, name, noDigits] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921这个件现在到哪了，收件地址写的是什么？',
      '收件人的名字能告诉我吗',
      '我只是收件人的同事，他电话我不晓得',
    ]);
    expect(all(where ?? [])).toContain('上海转运中心');
    expect(all(where ?? [])).toContain('只对寄件人或收件人显示');
    expect(all(where ?? [])).not.toContain('修改');
    expect(all(name ?? [])).toContain('只对寄件人或收件人显示');
    expect(all(name ?? [])).not.toContain('投诉');
    expect(all(noDigits ?? [])).toContain('可以请寄件人或收件人自己联系我们');
    expect(all(noDigits ?? [])).not.toContain('投诉');
  });

  it('says the same in Traditional Chinese, and ends the complaint nobody wanted', async () => {
    const [where, who] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '幫我看SF1402837465921送到哪裡 收件人住哪？',
      '那收件人是誰可以說嗎',
    ]);
    expect(all(where ?? [])).toContain('只對寄件人或收件人顯示');
    expect(all(who ?? [])).toContain('只對寄件人或收件人顯示');
    expect(all(who ?? [])).not.toContain('客訴');
    const [, declined] = await talk(h.adapter({ locale: 'zh-TW', user: 'tw-decline' }), [
      '快遞員把我的箱子直接丟在門口，太誇張了',
      '我沒說要客訴 只是問一下 不必登記',
    ]);
    expect(all(declined ?? [])).toContain('不登記客訴');
  });

  it('says the same in English, and that a name finds no parcel', async () => {
    const [byName, where, who, noDigits] = await talk(h.adapter({ locale: 'en-US' }), [
      "I've no tracking number, can you search using my name instead?",
      "where's SF1402837465921 now and what's the recipient's address?",
      'ok so who is it addressed to',
      "his phone number i don't know, i'm a friend of the sender",
    ]);
    expect(all(byName ?? [])).toContain("can't look parcels up by a name");
    expect(all(byName ?? [])).not.toMatch(/sorry|complaint/i);
    expect(all(where ?? [])).toContain('shown only to the sender or the recipient');
    expect(all(who ?? [])).toContain('shown only to the sender or the recipient');
    expect(all(noDigits ?? [])).toContain('the owner can write to us');
  });

  it('answers a lookup by name in Simplified Chinese and Cantonese without a complaint', async () => {
    const [cn] = await talk(h.adapter({ locale: 'zh-CN' }), ['单号找不到了，报我姓名可以查吗']);
    expect(all(cn ?? [])).toContain('按姓名查不了包裹');
    const [hk] = await talk(h.adapter({ locale: 'zh-TW', user: 'hk-name' }), ['冇單號 用我個名搵得唔得']);
    expect(all(hk ?? [])).toMatch(/用個名查唔到件貨|無法用姓名查包裹/);
  });

  it('lets a complaint the bot opened go when the customer says it is no complaint (zh-CN, en)', async () => {
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员把我的包裹扔在门口，太过分了',
      '我又没说投诉 就是问问 别登记',
    ]);
    // ("别登记" reads as calling it off: either way nothing is filed.)
    expect(all(cn[1] ?? [])).toMatch(/不登记投诉|已取消本次投诉/);
    const en = await talk(h.adapter({ locale: 'en-US', user: 'en-decline' }), [
      'the courier threw my box over the fence, unbelievable',
      "no need to log anything, I'm only asking",
    ]);
    expect(all(en[1] ?? [])).toContain('no complaint then');
  });

  // (Blind batch 26 replay, 03.4: "recipient phone ends 4444", sent when the digits were asked for, was read as asking
  // for the recipient's phone and answered with the privacy rule instead of being checked.)
  it.each([
    ['en-US', 'SF1402837465921 — can it come after 6pm tomorrow?', 'recipient phone ends 4444', /that matches/],
    ['zh-CN', 'SF1402837465921 明天晚上6点以后再送可以吗', '收件人电话尾号4444', /核对无误|已核对|匹配|对上了/],
    ['zh-TW', 'SF1402837465921 聽日6點之後先送得唔得', '收件人電話尾數係4444', /啱|核對|符合|對上/],
  ])(
    '%s: the last 4 given with the words "recipient phone" are checked, not taken for a question',
    async (locale, ask, digits, matched) => {
      const [, proof] = await talk(h.adapter({ locale }), [ask, digits]);
      expect(all(proof ?? [])).toMatch(matched);
      expect(all(proof ?? [])).not.toMatch(/shown only to|只对寄件人或收件人显示|只對寄件人或收件人顯示|只會俾寄件人/);
    },
  );
});
