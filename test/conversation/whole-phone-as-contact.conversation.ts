import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel, delayed: late } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DIGITS_WRONG = /don't match|对不上|對唔上|不符/;
const ASKS_ADDRESS = /新地址是什么|新地址係咩|新地址是什麼|What's the new address|new address\?/;

/**
 * A whole phone number given to be called on (blind 27: 29.3, 07.4) is a call-first number on the request — never
 * the last 4 digits the bot asked for; "cancel, I'm not complaining, just carry it up and call me" keeps the wish
 * (29.5); an address given before the last 4 is applied once they prove the parcel (15.4).
 */
describe('a whole phone number is a contact, and what was said before the proof is kept', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `could the driver carry ${parcel} up to my mum's flat? she's on the 5th floor with no lift`,
      'please ring me before he comes, my mobile is +852 9123 4567',
      "cancel that, I'm not complaining! I just want it carried upstairs and a call before",
      'recipient ends 4444',
      '+852 9123 4567',
    ],
    [
      'zh-CN',
      `${parcel} 能不能让快递员送上楼？我爸住六楼没电梯`,
      '送之前先联系我，我手机 138 0013 8000',
      '取消取消，我不是投诉！就是想让快递员送上楼，送前先打给我',
      '收件人尾号4444',
      '138 0013 8000',
    ],
    [
      'zh-TW',
      `${parcel} 可唔可以叫速遞員搬上樓？我婆婆住五樓冇電梯`,
      '派之前打俾我先，我電話 9123 4567',
      '取消呀，我唔係投訴！我淨係想佢搬上樓，派之前打俾我',
      '收件人尾數4444',
      '9123 4567',
    ],
  ] as const)(
    '%s: the number goes on the request and the wish survives a cancel of no complaint',
    async (locale, ask, call, again, proof, phone) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, called, kept, proved] = await talk(adapter, [ask, call, again, proof]);
      expect(all(called)).toContain(phone);
      expect(all(called)).not.toMatch(DIGITS_WRONG);
      expect(all(kept)).toContain(phone);
      expect(all(proved)).toContain(phone);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });
      expect(request?.details.callFirst).toBe(phone);
      expect(request?.details.courierNote).toBeDefined();
    },
  );

  it.each([
    [
      'en',
      `${late} is 3 days late, this is ridiculous`,
      'can you deliver it to another address instead? Room 301, Building 2, 27 Zhongguancun Street, Haidian District, Beijing',
      'sender ends 3333',
      'Zhongguancun',
    ],
    [
      'zh-CN',
      `${late} 都晚了三天了，太慢了`,
      '那改个地址吧，改成北京市海淀区中关村大街27号2号楼301，收件人不变',
      '6666',
      '中关村大街27号',
    ],
    [
      'zh-TW',
      `${late} 遲咗三日，太離譜`,
      '咁改個地址啦，改成北京市海淀區中關村大街27號2號樓301',
      '6666',
      '中關村大街27號',
    ],
  ] as const)(
    '%s: an address given before the last 4 is applied once they match',
    async (locale, complaint, address, digits, street) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , proved] = await talk(adapter, [complaint, address, digits]);
      expect(all(proved)).toContain(street);
      expect(all(proved)).not.toMatch(ASKS_ADDRESS);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: late, limit: 10 });
      expect(request?.details.address).toContain(street);
    },
  );
});
