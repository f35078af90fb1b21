import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit, due Nov 24; the recipient's phone on the waybill ends 4444
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const COMPLAINT_DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A call before delivery asked for someone else — "can the courier ring him first", "phone my daughter before he
 * comes" (blind batch 35a: 02.3–02.6, where it was read as a rude courier and "I don't want to complain" did not end
 * the complaint): a delivery request with the call on it, when it comes answered first; and "I don't want to complain,
 * just have the driver call …" inside a complaint the bot opened ends it unfiled and takes the request.
 */
describe('a call before delivery asked for someone else', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requestOnParcel = async () =>
    (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).filter((r) => r.status === 'requested');

  it.each([
    ['en', `${PARCEL} when will it get here? my husband works nights, could the rider give him a ring first`, /Nov 24/],
    ['zh-CN', `${PARCEL} 什么时候能到？我女儿白天上班，送之前能不能先打个电话给她`, /11月24日/],
    ['zh-TW', `${PARCEL} 幾時到呀？我老公返夜班，派之前可唔可以打俾佢先`, /11月24日/],
  ] as const)('%s: when it comes is answered, and the call is a request — no complaint', async (locale, ask, due) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, '4444']);
    expect(all(replies[0])).toMatch(due);
    for (const turn of replies) expect(all(turn)).not.toMatch(COMPLAINT_DEMAND[locale]);
    const [request] = await requestOnParcel();
    expect(request).toMatchObject({ details: { callFirst: '+8613933334444', callFirstOnWaybill: true } });
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'en',
      `${PARCEL} your delivery guy was really rude on the phone last week`,
      "look, I'm not here to complain about anything. please just have the driver phone my mum before he comes",
    ],
    ['zh-CN', `${PARCEL} 上次那个快递员态度很差`, '我不是要投诉 麻烦让快递员送之前先给我妈打个电话就行'],
    ['zh-TW', `${PARCEL} 上次個速遞員好冇禮貌`, '我唔係要投訴呀 唔該叫師傅派之前打俾我阿媽先'],
  ] as const)(
    '%s: "not complaining, just have the driver call her" ends the complaint and takes the call',
    async (locale, opening, instead) => {
      const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [opening, instead, '4444']);
      expect(all(replies[0])).toMatch(COMPLAINT_DEMAND[locale]);
      expect(all(replies[1])).not.toMatch(COMPLAINT_DEMAND[locale]);
      expect(all(replies[1])).toMatch(/4/);
      const [request] = await requestOnParcel();
      expect(request).toMatchObject({ details: { callFirstOnWaybill: true } });
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
