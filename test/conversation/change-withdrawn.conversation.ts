import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit; recipient …4444

/**
 * A change request the customer moves on from is withdrawn, not left waiting for the desks (issue #17): a newer
 * request for the same parcel replaces it (the new one names it), and "cancel the change" withdraws the waiting
 * one; both stores keep the status (test/contract/delivery-changes.contract.ts).
 */
describe('withdrawn change requests', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = () => h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 20 });

  it('zh-CN: a redelivery, then "还是放快递柜吧" — the redelivery is withdrawn, replaced by the hold', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${PARCEL} 明天晚上再送一次 收件人尾号4444`);
    await send(adapter, '算了 还是帮我放快递柜吧');
    const [hold, redelivery] = await all();
    expect(hold).toMatchObject({ kind: 'hold', status: 'requested', replaces: [redelivery?.id] });
    expect(redelivery).toMatchObject({ kind: 'redeliver', status: 'withdrawn', withdrawal: { replacedBy: hold?.id } });
    expect((await h.store.deliveryChanges.list({ status: 'requested', limit: 20 })).map((r) => r.id)).toEqual([
      hold?.id,
    ]);
  });

  it('zh-TW: naming the 7-11 store records the request again; the one without the store is withdrawn', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${PARCEL} 請幫我改到7-11取貨 收件人末四碼4444`);
    await send(adapter, '公司對面那間 7-11 松江店');
    const waiting = await h.store.deliveryChanges.list({ status: 'requested', limit: 20 });
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.details.placeName).toContain('松江店');
    expect((await all()).map((r) => r.status)).toEqual(['requested', 'withdrawn']);
  });

  it('en: "cancel the change" withdraws the waiting request, and the customer hears the delivery stays as it was', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `please deliver ${PARCEL} again on Saturday morning, recipient last 4 is 4444`);
    await send(adapter, 'thanks');
    const cancelled = (await send(adapter, 'actually please cancel the change')).join('\n');
    // (This parcel was never tried: its delivery is asked for a day, said without 重新/again — never-attempted-delivery.conversation.ts.)
    expect(cancelled).toContain("I've withdrawn your request to deliver it on");
    expect((await all()).map((r) => r.status)).toEqual(['withdrawn']);
    const asked = (await send(adapter, 'is it done?')).join('\n');
    expect(asked).toContain('You withdrew your request');
  });

  it('zh-TW (Cantonese): "唔改喇" after a hold withdraws it', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${PARCEL} 幫我放去營業所 我自己去攞 收件人尾數4444`);
    const cancelled = (await send(adapter, '唔好意思 唔改喇 照送就得')).join('\n');
    expect(cancelled).toContain('已經撤回');
    expect((await all()).map((r) => r.status)).toEqual(['withdrawn']);
  });
});
