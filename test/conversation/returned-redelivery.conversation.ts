import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
/** The complaint intake's demand menu: a returned parcel wanted again is not a complaint to file. */
const COMPLAINT_MENU = { 'zh-CN': /怎么处理/, 'zh-TW': /怎麼處理/, en: /What would you like us to do/ };
/** "…goes out again only if the sender does not have it yet; otherwise ask the sender to send it again." */
const RETURNED_NOTE = {
  'zh-CN': /退回寄件人.*联系寄件人重新寄出/,
  'zh-TW': /退返寄件人.*請寄件人再寄過|退回寄件人.*聯絡寄件人重新寄出/,
  en: /on its way back to the sender.*ask them to send it again/,
};

/**
 * A returned parcel's redelivery is a change to its delivery (blind batch 7: 14 and 28): "send it to me again",
 * "再派一次", "重新寄畀我" about EA526018152CN (returned to sender in the demo) asks for proof, then where or when,
 * and is recorded as a change-delivery request with what the customer can do if the sender has it back already —
 * never the complaint menu, never a ticket.
 */
describe('a returned parcel wanted again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      `${returned} 退咗返寄件人 可唔可以重新寄畀我`,
      '收件人 尾數4567',
      '送去九龍城衙前圍道100號3樓B室',
      '九龍城衙前圍道100號3樓B室',
    ],
    [
      'zh-CN',
      `${returned} 怎么被退回了 能不能再派一次给我`,
      '我是收件人 尾号4567',
      '送到九龙城衙前围道100号3楼B室',
      '九龙城衙前围道100号3楼B室',
    ],
    [
      'en',
      `${returned} got returned to sender, can you send it to me again`,
      "i'm the receiver, phone ending 4567",
      'my address is Flat 12A, Block 3, City One Shatin, Sha Tin',
      'Flat 12A, Block 3, City One Shatin, Sha Tin',
    ],
  ] as const)(
    '%s: it is taken as a change of delivery and recorded with what to do if the sender has it',
    async (locale, ask, proof, address, recorded) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [asked, proved, placed] = await talk(adapter, [ask, proof, address]);
      for (const replies of [asked, proved, placed]) expect(all(replies)).not.toMatch(COMPLAINT_MENU[locale]);
      expect(all(asked)).toContain(returned);
      expect(all(placed)).toContain(recorded);
      expect(all(placed)).toMatch(RETURNED_NOTE[locale]);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: returned, limit: 5 });
      expect(request).toMatchObject({ kind: 'change_address', details: { address: recorded }, status: 'requested' });
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
