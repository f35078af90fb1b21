import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 51a (how people actually type) and 51b (a second problem in the same chat), and the near-misses a
 * stranger's review of this session found: Cantonese typed in Latin letters switched the chat to English; "where" alone
 * after a status got the outlet list; "这个case什么时候能有result" heard "I can't answer that"; an outlet's address asked
 * after its hours was never given; "兩單嘢你哋點跟" heard "I can't answer that"; "寄一個箱子回台北" got Taiwan's domestic
 * prices. Wordings differ from the testers'.
 */
describe('how people type, and a second problem', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): "ngo ge parcel dim gaai mou update" keeps the chat in Chinese', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-HK' }), [
      '你好',
      'ngo ge parcel dim gaai gei yat dou mou update',
    ]);
    expect(all(asked)).toMatch(/[\u4e00-\u9fff]/);
    expect(all(asked)).not.toMatch(/Sorry, I'm not sure/);
  });

  it('en: "where" alone after a status is where the parcel is, not the outlets', async () => {
    const [, where] = await talk(h.adapter({ locale: 'en-US' }), ['SF1402837465921', 'where']);
    expect(all(where)).toMatch(/Shanghai sorting hub/);
    expect(all(where)).not.toMatch(/Staffed outlets/);
  });

  it('zh-CN: "这个case啥时候出result" in a complaint is the reply time', async () => {
    const [, when] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '782828807290222 八天没动静 是不是丢了',
      '这个case啥时候能出result',
    ]);
    expect(all(when)).toMatch(/15 分钟内/);
    expect(all(when)).not.toMatch(/答不上来/);
  });

  it('zh-TW: "地址呢" after an outlet\'s hours gets its address', async () => {
    const [, address] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '板橋有門市嗎 週日開不開',
      '地址呢?? 星期六也開嗎',
    ]);
    expect(all(address)).toMatch(/縣民大道/);
  });

  it('zh-TW (Cantonese): "兩件事你哋點處理" names both problems on the one complaint', async () => {
    const [, , both] = await talk(h.adapter({ locale: 'zh-HK' }), [
      '782828807290222 好似唔見咗 我要投訴',
      '打去個網點問 個職員仲好惡 咩態度',
      '兩件事你哋點處理',
    ]);
    expect(all(both)).toMatch(/丟失、服務態度/);
  });

  it('zh-TW: "從上海寄一箱回台北" is priced as sent from the mainland', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-TW' }), ['從上海寄一箱3公斤的東西回台北要多少']);
    expect(all(asked)).toMatch(/上海 → 台北/);
    expect(all(asked)).not.toMatch(/國內宅配/);
  });

  it('near-misses stay as they were: a neighbour who signed and a parcel never got is a complaint', async () => {
    const [told] = await talk(h.adapter({ locale: 'en-US' }), [
      'why did the driver let my neighbour sign for it? I never got it. JT0001234567890',
    ]);
    expect(all(told)).not.toMatch(/Someone else receiving it/);
  });

  it('near-misses stay as they were: "3 times I called, unacceptable" in a loss complaint is no cap objection', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['782828807290222 is lost, I want to complain']);
    const [said] = await talk(adapter, ['3 times I called your hotline and nobody answered, this is unacceptable']);
    expect(all(said)).not.toMatch(/caps compensation/);
  });

  it('near-misses stay as they were: "last time at the station was fine, same again" asks for the station', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 last time you left it at the station and that was fine, same again please',
      '4444',
    ]);
    expect(all(proved)).toMatch(/hold it at the station/);
  });
});
