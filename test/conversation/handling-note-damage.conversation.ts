import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.delivered;
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const CANT_CHANGE = { 'zh-CN': /无法再修改/, 'zh-TW': /無法再修改|改唔到/, en: /can't change|cannot change/ };
const ASKS_DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Damage on a delivered parcel told with the handling note that was ignored ("易碎 请勿倒置", "this side up"), and the
 * words "when it was delivered", is a damage complaint — never a change of delivery turned down (blind batch 21:
 * 18.1); the amount asked for next is the demand, said back, not asked again (18.2).
 */
describe('a handling note ignored and the goods broken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${PARCEL} 外箱上写了易碎品请勿倒放，送到的时候整箱倒过来了，里面的瓷碗全碎了`, '赔我200块'],
    ['zh-TW', `${PARCEL} 箱面明明寫咗易碎 請勿倒置，送到嘅時候成箱反轉咗，啲杯全部爛晒`, '要賠返200蚊'],
    [
      'en',
      `${PARCEL} the box said FRAGILE, this side up, and when it was delivered it was upside down with the plates smashed`,
      'pay me 200 dollars for it',
    ],
  ] as const)(
    '%s: a damage complaint with the note in its account, and the amount as the demand',
    async (locale, told, amount) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [first, second] = await talk(adapter, [told, amount]);
      expect(all(first)).not.toMatch(CANT_CHANGE[locale]);
      expect(all(first)).toMatch(ASKS_DEMAND[locale]);
      expect(all(second)).toContain('200');
      expect(all(second)).not.toMatch(ASKS_DEMAND[locale]);
      expect(await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).toEqual([]);
    },
  );
});
