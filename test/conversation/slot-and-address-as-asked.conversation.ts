import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const ASKS_ADDRESS = {
  'zh-CN': /新地址是什么|送到.*哪里/,
  'zh-TW': /新地址係咩|新地址是什麼|邊度|哪裡/,
  en: /new address|Where in/,
};
const COMPLAINT_DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };

/**
 * A change of delivery does what the customer asked (blind batch 21: 05.2, 15.4–15.7): a new place named without its
 * address ("my office") asks for the address once the parcel is proved — the day they say they are away is never booked
 * as a redelivery; a time of day gives its own slot (the afternoon is 12:00–18:00, also beside "the morning nobody's
 * in"); hours in Chinese numerals or on a 24-hour clock are read; a correction of the slot replaces it, and the part
 * of the day said again keeps the hours already given — never a complaint.
 */
describe('a change of delivery is taken as asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });

  it.each([
    [
      'en',
      `Nobody will be home tomorrow for ${parcel}, could you deliver it to my workplace instead?`,
      'recipient here, ends 4444',
    ],
    ['zh-CN', `明天家里没人 ${parcel} 可以改送到我单位吗`, '我是收件人 尾号4444'],
    ['zh-TW', `聽日我唔喺屋企 ${parcel} 可唔可以改送去我公司`, '收件人 尾數4444'],
  ] as const)(
    '%s: a place named without its address asks for the address, and books nothing else',
    async (locale, ask, proof) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, proved] = await talk(adapter, [ask, proof]);
      expect(all(proved)).toMatch(ASKS_ADDRESS[locale]);
      expect(await requests()).toEqual([]);
    },
  );

  it.each([
    [
      'zh-CN',
      [`${parcel} 帮我改到 上海市浦东新区张江路200号 5楼`, '收件人 4444', '下午送可以吗 早上公司没人'],
      '不对 不要上午 改成下午三点到五点',
      '对 就是下午',
    ],
    [
      'zh-TW',
      [`${parcel} 可唔可以改送去 觀塘道388號 12樓`, '我係收件人 4444', '下晝送得唔得 朝早公司冇人'],
      '唔係朝早呀 改成下晝兩點到六點',
      '係呀 下晝',
    ],
    [
      'en',
      [
        `can you send ${parcel} to 88 Zhangjiang Road, 3rd floor`,
        'recipient, 4444',
        'afternoon please, nobody is in the office in the morning',
      ],
      'no, not the morning. change it to 14:00-18:00',
      'yes the afternoon',
    ],
  ] as const)(
    '%s: the afternoon is booked as the afternoon, and a corrected slot replaces it',
    async (locale, first, fix, again) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [...first]);
      expect((await requests())[0]).toMatchObject({
        kind: 'change_address',
        details: { after: '12:00', before: '18:00' },
      });
      expect(all(replies.at(-1))).not.toContain('09:00');
      const [fixed, said] = await talk(adapter, [fix, again]);
      const [request] = await requests();
      const hours = locale === 'zh-CN' ? { after: '15:00', before: '17:00' } : { after: '14:00', before: '18:00' };
      expect(request).toMatchObject({ kind: 'change_address', status: 'requested', details: hours });
      expect(all(fixed)).toContain(hours.after);
      expect(all(fixed)).not.toMatch(COMPLAINT_DEMAND[locale]);
      expect(all(said)).not.toMatch(COMPLAINT_DEMAND[locale]);
      expect((await requests())[0]?.details).toMatchObject(hours);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
