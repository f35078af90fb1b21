import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Several parcels in one chat, one of them named by where it goes or its courier (blind batch 43a: "the shanghai one, can
 * it come after 6pm?" put the change on the Beijing parcel and checked 4444 against it; "上海这个改地址 北京那个不用动"
 * changed the Beijing one; "成都嗰單…尾數8888" checked the digits against a third parcel). The words pick the one parcel
 * that fits; a clause saying a parcel is to be left alone does not name it. Wordings differ from the blind testers'.
 */
describe('a parcel named by its city or courier among several', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "the shanghai one" after two numbers asks the digits of the Shanghai parcel, and 4444 proves it', async () => {
    const [, change, proof] = await talk(h.adapter({ locale: 'en-US' }), [
      'can you check SF2210478832106 and SF1402837465921 for me',
      'the shanghai one, could it come after 7pm tomorrow?',
      '4444',
    ]);
    expect(all(change)).toMatch(/SF1402837465921/);
    expect(all(change)).not.toMatch(/SF2210478832106/);
    expect(all(proof)).toMatch(/that matches/);
    expect(all(proof)).toMatch(/after 19:00 \(parcel SF1402837465921\)/);
  });

  it('zh-CN: "上海这个改地址 北京那个不用动" in a complaint on the Beijing parcel changes the Shanghai one', async () => {
    const [, , change] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '查一下 SF1402837465921',
      'SF2210478832106 晚了三天了 怎么回事',
      '上海那个我想改送到公司 北京那个不用动',
    ]);
    expect(all(change)).toMatch(/SF1402837465921/);
    expect(all(change)).not.toMatch(/修改 SF2210478832106/);
  });

  it('zh-TW (Cantonese): "成都嗰單 尾數8888 催下佢" proves and hurries the Chengdu parcel, not the last one shown', async () => {
    const [, , rush] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '幫我查 YT6865635515058 同 SF2210478832106',
      'JT0001234567890 呢',
      '成都嗰單做咩四日都唔郁 我係寄件人 尾數8888 幫我催下佢',
    ]);
    expect(all(rush)).toMatch(/YT6865635515058/);
    expect(all(rush)).not.toMatch(/對唔上|不符/);
    expect(all(rush)).not.toMatch(/JT0001234567890/);
  });

  it('zh-CN: "中通那个" picks the ZTO parcel of two', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '帮我看看 782828807290222 和 SF1402837465921',
      '中通那个到底在哪 是不是丢了',
    ]);
    expect(all(answer)).toMatch(/782828807290222/);
    expect(all(answer)).not.toMatch(/SF1402837465921/);
  });

  it('en: a place merely named ("I\'m in Shanghai") picks no parcel', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'check SF2210478832106 and SF1402837465921 please',
      "i'm in shanghai, when will it come?",
    ]);
    expect(all(answer)).not.toMatch(/last 4 digits of the sender's or the recipient's phone for SF2210478832106/);
  });
});

/**
 * The courier's own number asked in a few words (blind batch 43b: "what is his phone number" after asking the courier to
 * call heard "did you mean…"; "the delivery man phone" opened a rudeness complaint; "個速遞員電話幾多號" went into the
 * complaint unanswered): not given, and what can be done instead — nothing else opened.
 */
describe("the courier's number asked in a few words", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "what is his phone number" right after asking the courier to call hears the rule, nothing else', async () => {
    const [, , , asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 comes tomorrow right',
      'please ask the courier to call me first, i cant get to the door fast',
      '4444',
      'what is his phone number',
    ]);
    expect(all(asked)).toMatch(/can't give out a courier's personal number/);
    expect(all(asked)).not.toMatch(/Did you mean|What would you like us to do/);
  });

  it('en: "his number" of a brother is not the courier\'s', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), ['my brother will pick it up', 'what is his number']);
    expect(all(asked)).not.toMatch(/courier's personal number/);
  });

  it.each([
    ['en-US', 'the delivery guy phone?'],
    ['zh-CN', '快递员电话多少'],
    ['zh-TW', '個速遞員電話幾多號'],
  ])('%s: "%s" hears the rule and no complaint is started', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(/courier's personal number|私人|私隱/);
    expect(all(answer)).not.toMatch(/Did you mean|treated like that|哪个快递单号|邊個運單號碼|您希望我们怎么处理/);
  });

  it('zh-TW: asked in the middle of a complaint, the rule is said and the complaint goes on', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'EA526018152CN 點解退咗件 都冇人打俾我',
      '個速遞員電話幾多號',
    ]);
    expect(all(asked)).toMatch(/私人電話/);
  });
});

/**
 * Demands said as indignation or with what is not wanted (blind batch 43b: "i want my parcel?? and tell me who signed"
 * noted only the explanation; "I want it FOUND and delivered, not a refund" kept the refund).
 */
describe('demands said with question marks or with what is not wanted', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "i want my parcel??" at the demand question is the parcel brought', async () => {
    const [, demand] = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 says signed for yesterday but nobody came to my door',
      'i want my parcel?? and find out who signed it',
    ]);
    expect(all(demand)).toMatch(/what you'd like: redelivery/);
  });

  it('en: "found and delivered, not a refund" at the summary replaces the refund', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      '782828807290222 is lost, I want a refund',
      '13912345555',
      'actually I want it found and delivered, not a refund',
    ]);
    const summary = all(replies.at(-1));
    expect(summary).toMatch(/You'd like: redelivery/);
    expect(summary).not.toMatch(/You'd like: refund/);
  });
});

/**
 * "The other one" of two, and a new address that ends where another parcel is spoken of (blind batch 43a: "另一个给我弟的
 * 明天送之前先打电话" put the call on her own parcel; "改送到公司 浦东新区张江路88号 北京那个不用动" took "北京那个不用动"
 * into the address).
 */
describe('the other one of two, and an address that ends before the other parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "另一个" after a change on one of two parcels is the other parcel', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '帮我查两个单 YT6865635515058 SF1402837465921',
      'YT6865635515058 帮我催一下 收件人尾号7777',
      '另一个明天送之前能不能先打个电话',
    ]);
    expect(all(replies.at(-1))).toMatch(/SF1402837465921/);
    expect(all(replies.at(-1))).not.toMatch(/YT6865635515058/);
  });

  it('zh-CN: the new address stops before "北京那个不用动"', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '查一下 SF1402837465921',
      'SF2210478832106 晚了三天了 怎么回事',
      '上海那个改送到 浦东新区张江路88号 北京那个不用动',
      '收件人尾号4444',
    ]);
    const done = all(replies.at(-1));
    expect(done).toMatch(/浦东新区张江路88号（包裹 SF1402837465921）/);
    expect(done).not.toMatch(/88号 北京那个/);
  });
});
