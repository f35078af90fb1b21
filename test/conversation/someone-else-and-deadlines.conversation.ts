import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 49a (someone else involved) and 49b (urgent dates, things outside anyone's control): "can it be kept
 * till 5 december" ordered a Saturday delivery; "how long will the station keep it?" heard the request's status; "cant
 * you look it up with his phone?" opened a complaint; "should my brother send another box?" was a delivery change; "will
 * it get here before saturday?" ordered a Saturday delivery; "do I at least get the shipping money back?" heard the
 * status again; "nobody is home until 7pm" became "before 19:00"; a neighbour's parcel left with the customer was their
 * loss. Wordings differ from the testers'.
 */
describe('someone else involved, and dates that matter', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "can you keep it till 4 december" holds it at the station to that day, never a delivery', async () => {
    const [, , kept, howLong] = await talk(h.adapter({ locale: 'en-US' }), [
      "SF1402837465921 i'm away on a work trip, nobody will be home",
      'recipient 4444',
      'my sister cant come before friday. can you keep it till 4 december please',
      'and how long would they normally keep it?',
    ]);
    expect(all(kept)).toMatch(/hold it at the station delivering it for you to pick up, kept until Fri, Dec 4/);
    expect(all(kept)).not.toMatch(/deliver it on/);
    expect(all(howLong)).toMatch(/How long a parcel is kept/);
  });

  it('zh-TW (Cantonese): "可唔可以用我老公電話尾四位幫我查下佢個件" is found by its number only', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-HK' }), ['我冇單號 可唔可以用我老公電話尾四位幫我查下佢個件？']);
    expect(all(asked)).toMatch(/用電話號碼查唔到件貨/);
    expect(all(asked)).not.toMatch(/你想我哋點樣處理/);
  });

  it('zh-TW: "我該叫朋友再寄一次嗎" about a parcel standing still is the customer\'s call, no change taken', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 四天沒動了 裡面是藥',
      '我該叫朋友再寄一次嗎',
    ]);
    expect(all(asked)).toMatch(/要不要補寄由您決定/);
    expect(all(asked)).not.toMatch(/末4碼/);
  });

  it('en: in a late parcel\'s complaint, "will it get here before saturday?" asks; "do I get the shipping money back?" is answered', async () => {
    const [, byFriday, money] = await talk(h.adapter({ locale: 'en-US' }), [
      'my suit SF2210478832106 was due last week and the wedding is on saturday!!',
      'ok but will it get here before saturday, yes or no',
      'and if it doesnt make it, do i at least get the shipping money back? i paid for express',
    ]);
    expect(all(byFriday)).not.toMatch(/deliver it (again )?on Sat/);
    expect(all(money)).toMatch(/Delays: the claim rules compensate loss and damage/);
  });

  it('en: "nobody is home until 7pm" is the earliest time', async () => {
    const [, window] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 can it come tomorrow evening? nobody is home until 7pm',
      'recipient 4444',
    ]);
    expect(all(window)).toMatch(/after 19:00/);
  });

  it("en: a parcel for the neighbour left with the customer is collected, not the customer's loss", async () => {
    const [left, collect] = await talk(h.adapter({ locale: 'en-US' }), [
      'the driver left a parcel for my downstairs neighbour with me, JT0001234567890, she is away for a month',
      'can you come and take it back please',
    ]);
    expect(all(left)).toMatch(/a parcel left at the wrong door is ours to put right/);
    expect(all(left)).not.toMatch(/not having your parcel/);
    expect(all(collect)).toMatch(/the station sends a courier to collect it from you/);
  });

  it('en: "she won\'t pick up" is a phone not answered: no hold at the station', async () => {
    const [, , contact] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 is for my boss, can someone chase it',
      'recipient 4444',
      "and please call me about it instead of her, she is travelling and won't pick up",
    ]);
    expect(all(contact)).not.toMatch(/hold it at/);
  });
});
