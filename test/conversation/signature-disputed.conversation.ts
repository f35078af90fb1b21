import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING; // signed for "in person" yesterday at the Suzhou station
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
/** The station's check of who signed and where it was left. */
const CHECKED = {
  'zh-CN': /网点会?核查 JT0001234567890 是谁签收的、实际放在了哪里/,
  'zh-TW': /查返 JT0001234567890 係邊個簽收、實際放咗喺邊度|查核 JT0001234567890 是誰簽收的、實際放在哪裡/,
  en: /check who signed for JT0001234567890 and where it was actually left/,
};
const DEMAND_ASKED = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const NO_DEMAND = /暂无具体要求|暫無具體要求|冇特別要求|no specific request|nothing in particular/i;

/**
 * A parcel its record shows signed for that never reached the customer (blind 27 replay: 21.2, 11.3): the complaint says
 * the station checks who signed and where it was left; "have the courier call me back" in the opening is its demand,
 * said back; "I never signed" at the demand step is a fact for the account, not an empty demand.
 */
describe('a signature disputed on a parcel signed for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${delivered} shows delivered but nothing came, could it have gone to the wrong block? please get the driver to ring me back`,
      /ring me back/,
    ],
    [
      'zh-CN',
      `${delivered}显示签收了，可是我压根没收到，是不是放错楼了？麻烦叫快递员给我回个电话`,
      /快递员给我回个电话/,
    ],
    ['zh-TW', `${delivered} 話已經簽收，但我冇收到，係咪派錯地址？唔該叫速遞員打返俾我`, /速遞員打返俾我/],
  ] as const)(
    '%s: the opening hears the signature check and the call-back kept as the demand',
    async (locale, opening, wish) => {
      const [replies] = await talk(h.adapter({ locale: BROWSER[locale] }), [opening]);
      expect(all(replies)).toMatch(CHECKED[locale]);
      expect(all(replies)).toMatch(wish);
      expect(all(replies)).not.toMatch(DEMAND_ASKED[locale]);
    },
  );

  it.each([
    [
      'en',
      `${delivered} says it was delivered, I never got it`,
      "nobody here signed anything, I'd been at the office since 8",
    ],
    ['zh-CN', `${delivered} 写着已签收 但我没拿到`, '我一整天都在单位，压根没签过字'],
    ['zh-TW', `${delivered} 顯示已送達，可是我沒收到`, '我整天都在公司，從來沒有簽過任何東西'],
  ] as const)(
    '%s: "I never signed" at the demand step is noted and the demand asked again',
    async (locale, opening, denied) => {
      const [, replies] = await talk(h.adapter({ locale: BROWSER[locale] }), [opening, denied]);
      expect(all(replies)).toMatch(CHECKED[locale]);
      expect(all(replies)).toMatch(DEMAND_ASKED[locale]);
      expect(all(replies)).not.toMatch(NO_DEMAND);
    },
  );
});
