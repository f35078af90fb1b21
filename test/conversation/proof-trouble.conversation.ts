import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A customer shown a parcel they have not proved, who cannot give the last 4 digits of a phone on it (it is a
 * parent's parcel, they do not know the number) or asks why they are needed: told what they can have without them,
 * what the digits are for, that only the waybill's phones count, and offered a person — no complaint about the
 * courier is started, nothing is filed, and the digits still work when they come (blind batch 17 pattern).
 */
describe('trouble with the proof asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const CASES = [
    {
      locale: 'zh-CN',
      parcel: normal,
      ask: `帮我爸查一下 ${normal} 到哪了`,
      trouble: '我不知道他电话后四位啊，一定要吗',
      told: ['不需要对方的电话', '只认运单上的号码'],
      complaint: /您希望我们怎么处理|添麻烦/,
    },
    {
      locale: 'zh-TW',
      parcel: normal,
      ask: `幫我老豆睇下 ${normal} 去到邊`,
      trouble: '我冇佢電話號碼喎，用我自己嘅電話得唔得',
      told: ['唔使對方電話', '只認運單上面嘅號碼'],
      complaint: /你想我哋點|咁對待/,
    },
    {
      locale: 'zh-TW',
      parcel: stuck,
      ask: `請問 ${stuck} 現在在哪裡？是我阿嬤的包裹`,
      trouble: '我不記得她的手機號碼耶',
      told: ['不需要對方的電話', '只認託運單上的號碼'],
      complaint: /您希望我們怎麼處理|被這樣對待/,
    },
    {
      locale: 'en-US',
      parcel: stuck,
      ask: `where's ${stuck}? it's my grandad's`,
      trouble: "I've no idea what his number is. can I just use my own phone?",
      told: ["You don't need anyone else's phone", 'only the phones on the waybill count'],
      complaint: /What would you like us to do|sorry/i,
    },
  ] as const;

  it.each(CASES)('$locale: "$trouble" is answered, and no complaint starts', async (c) => {
    const adapter = h.adapter({ locale: c.locale });
    const [, trouble] = await talk(adapter, [c.ask, c.trouble]);
    for (const part of c.told) expect(all(trouble)).toContain(part);
    expect(all(trouble)).not.toMatch(c.complaint);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('the digits still prove the parcel when they come after', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , proved] = await talk(adapter, [
      `where's ${normal}? it's my mum's`,
      'do you really need her phone number?',
      'ok she says 2222',
    ]);
    expect(all(proved)).toMatch(/matches/i);
  });

  it.each([
    ['en-US', "I don't know the tracking number of the other one"],
    ['zh-TW', '另一個的單號碼我不知道'],
  ])('%s: a tracking number not known is no trouble with the proof', async (locale, text) => {
    const [, said] = await talk(h.adapter({ locale }), [`where is ${normal}`, text]);
    expect(all(said)).not.toMatch(/anyone else's phone|對方的電話/);
  });

  it.each([
    ['zh-CN', '那怎么办 她都不在身边', '不需要对方的电话'],
    ['en-US', 'so what now? she is in hospital', "don't need anyone else's phone"],
  ])('%s: “%s” after digits that did not match hears the way on', async (locale, text, told) => {
    const [, wrong, stuck] = await talk(h.adapter({ locale }), [`where is ${normal}`, '1234', text]);
    expect(all(wrong)).toMatch(/1234|4 digits|后 4 位|後 4 位|不符/);
    expect(all(stuck)).toContain(told);
  });

  it('a complaint about the courier not phoning is still a complaint', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, complaint] = await talk(adapter, [`${stuck} 到哪了`, '快递员根本不打电话就说没人在家，态度太差了']);
    expect(all(complaint)).not.toContain('不需要对方的电话');
  });
});
