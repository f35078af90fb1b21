import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, NOW, send, type BotHarness } from './harness';
import { HONG_KONG_PARCEL, routeParcels, TAIWAN_PARCEL } from './route-parcels';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit; sender …2222, recipient …4444

/**
 * "Does this change cost extra?" after a change-delivery request (issue #17, blind batch 5 P2): the price of
 * that change, computed from the fee table of the market the parcel is delivered in (knowledge/<market>/fees.json)
 * — never a new request that replaces the recorded one, a complaint, or a question for the address again.
 */
describe('the cost of a recorded change to a delivery', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
    for (const shipment of routeParcels(NOW)) await h.store.shipments.upsert(shipment);
  });
  afterEach(() => h.close());

  const requests = (trackingNumber: string = PARCEL) => h.store.deliveryChanges.list({ trackingNumber, limit: 20 });

  it('zh-CN: a locker hold, then "is the locker free?" — 3 days free, then 1 元 a day; no complaint, no new request', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${PARCEL} 帮我放到快递柜 我是收件人 尾号4444`);
    await send(adapter, '就放我们楼下那个柜子');
    const before = (await requests()).length;
    const asked = (await send(adapter, '存柜子的话要另外收钱吗')).join('\n');
    expect(asked).toContain('暂存前 3 天免费，之后每天 1 元');
    expect(asked).not.toMatch(/怎么处理|抱歉/);
    const stored = await requests();
    expect(stored).toHaveLength(before);
    expect(stored[0]?.details.placeName).toContain('楼下那个柜子');
    expect(await h.store.tickets.find({ limit: 5 })).toEqual([]);
  });

  it('zh-TW: a 7-11 hold of a parcel for 臺中, then "要多付錢嗎" — Taiwan\'s table, the store kept', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `我的包裹 ${TAIWAN_PARCEL} 可以改去7-11取嗎`);
    await send(adapter, '收件人手機末四碼 5678');
    await send(adapter, '我家巷口那間7-11 民生店');
    const before = (await requests(TAIWAN_PARCEL)).length;
    const asked = (await send(adapter, '放超商這樣需要多付錢嗎？')).join('\n');
    expect(asked).toContain('暫存前 7 天免費');
    expect(asked).not.toMatch(/要放哪一間|已請我們的團隊/);
    const stored = await requests(TAIWAN_PARCEL);
    expect(stored).toHaveLength(before);
    expect(stored[0]?.details.placeName).toContain('民生店');
  });

  it('zh-TW (Cantonese): a redelivery of a parcel for 香港, then "使唔使錢" — Hong Kong\'s table, the first is free', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${HONG_KONG_PARCEL} 星期六下晝再送過嚟得唔得 我係收件人 尾數9876`);
    const asked = (await send(adapter, '咁樣再送使唔使錢㗎')).join('\n');
    // (The parcel has never been tried: its first delivery costs nothing — issue #17; the table's redelivery price is
    // still said for later, which is what this test checks.)
    expect(asked).toContain('第一次派送，唔使另外俾錢');
    expect(asked).toContain('HK$15');
    expect(await requests(HONG_KONG_PARCEL)).toHaveLength(1);
  });

  it("zh-TW and Cantonese: a parcel delivered in Shanghai is priced on the Mainland's table, whoever asks", async () => {
    const taiwan = h.adapter({ locale: 'zh-TW', user: 'taipei' });
    await send(taiwan, `我的包裹 ${PARCEL} 可以改去超商取嗎`);
    await send(taiwan, '收件人手機末四碼 4444');
    await send(taiwan, '社區門口那間全家');
    const held = (await send(taiwan, '放超商這樣需要多付錢嗎？')).join('\n');
    // A Mainland price to a Traditional reader is said in 人民幣: 元 alone is their own dollar (blind batch 10).
    expect(held).toContain('暫存前 3 天免費，之後每天 人民幣 1 元');
    expect(held).not.toMatch(/7 天|NT\$/);

    const hongKong = h.adapter({ locale: 'zh-TW', user: 'kowloon' });
    await send(hongKong, `${PARCEL} 星期六下晝再送過嚟得唔得 我係收件人 尾數4444`);
    const again = (await send(hongKong, '咁樣再送使唔使錢㗎')).join('\n');
    // (The parcel has never been tried: its first delivery costs nothing — issue #17; the table's redelivery price is
    // still said for later, which is what this test checks.)
    expect(again).toContain('第一次派送，唔使另外俾錢');
    expect(again).toContain('人民幣 5 元');
    expect(again).not.toContain('HK$');
  });

  // ("能再送一次吗", the original wording, restored: on a parcel on time it asks when, records no rush — review of blind
  // batch 26's fixes, finding 3. The parcel has never been tried: its first delivery costs nothing — issue #17.)
  it.each(['能再送一次吗', '能改天再送一次吗'])(
    'zh-CN: asked while the request waits for its time (“%s”) — the price, then the question again',
    async (asked) => {
      const adapter = h.adapter({ locale: 'zh-CN' });
      await send(adapter, `${PARCEL} ${asked} 收件人尾号4444`);
      const cost = (await send(adapter, '再送一次要不要钱？')).join('\n');
      expect(cost).toContain('第一次派送，不另外收费');
      expect(cost).toContain('什么时候');
      expect(await requests()).toHaveLength(0);
    },
  );

  it('zh-CN: a second redelivery of the same parcel is not free — 5 元', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${PARCEL} 明天上午再送一次 收件人尾号4444`);
    await send(adapter, '谢谢');
    await send(adapter, `${PARCEL} 还是改成后天晚上再送吧`);
    expect(await requests()).toHaveLength(2);
    const asked = (await send(adapter, '这次再送要钱吗？')).join('\n');
    // (Never tried, the parcel's delivery is its first however often its day is moved — issue #17: no redelivery fee,
    // the later redeliveries' price said.)
    expect(asked).toContain('第一次派送，不另外收费');
    expect(asked).toContain('之后每次 5 元');
  });

  it("en: a new address in the parcel's city is free; one in another city is priced as a new route — address never asked again", async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(
      adapter,
      `please deliver ${PARCEL} to Room 5, 20 Huaihai Road, Shanghai instead. recipient, last 4 is 4444`,
    );
    const same = (await send(adapter, 'does changing the address cost extra?')).join('\n');
    expect(same).toContain('The new address is in Shanghai, so the change costs nothing');
    expect(same).not.toContain('What is the new address');

    await send(adapter, `actually send ${PARCEL} to 9 Wangfujing Street, Beijing`);
    const other = (await send(adapter, 'how much will that cost me?')).join('\n');
    expect(other).toContain('The new address is outside Shanghai');
    expect(other).toContain('new shipment from Shanghai');
    expect(other).not.toMatch(/CNY \d/);
  });
});
