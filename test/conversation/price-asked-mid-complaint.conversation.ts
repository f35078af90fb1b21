import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const RETURNED = DEMO_TRACKING.returned; // Wuhan → Hong Kong, sent back: the address could not be delivered to
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const DIGITS = { 'zh-CN': /后4位|尾号/, 'zh-TW': /尾4位|末四碼/, en: /last 4 digits/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What sending again would cost, asked where the complaint asks for a demand ("咁我再寄過要幾錢 1公斤 武漢去香港", blind
 * batch 35a: 15.3 — read as a redelivery demand, the digits asked, and a later "唔該" filed it): the price on the route
 * and weight given, then the step again; no demand or change taken from "再寄", and thanks leaves nothing filed.
 */
describe('a price asked in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${RETURNED} came back to me?? why`,
      'and how much to ship it again myself, 1.5kg wuhan to hong kong',
      'ok thx',
    ],
    ['zh-CN', `${RETURNED} 为啥给我退回来了`, '那我自己重新寄要多少钱 1.5公斤 武汉寄香港', '行 谢了'],
    ['zh-TW', `${RETURNED} 做乜退返轉頭呀`, '我自己再寄過要幾多錢 1.5公斤 武漢去香港', '好 多謝'],
  ] as const)('%s: the price, the step again, nothing filed on thanks', async (locale, opening, price, thanks) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [opening, price, thanks]);
    expect(all(replies[0])).toMatch(DEMAND[locale]);
    const priced = all(replies[1]);
    expect(priced).toMatch(/58/); // 38 for the first 0.5 kg + 2 × 10
    expect(priced).toMatch(DEMAND[locale]);
    expect(priced).not.toMatch(DIGITS[locale]);
    expect(await h.store.deliveryChanges.list({ trackingNumber: RETURNED, limit: 5 })).toEqual([]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
