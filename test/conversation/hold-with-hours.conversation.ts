import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海浦东, in transit; recipient …4444

/**
 * A hold at an outlet asked for after a new delivery day was recorded is a change of its own, not a day added to
 * the redelivery — a day named in the same message belongs to the question about the outlet's hours, which is
 * answered beside the hold from the parcel's market (the outlet for the delivery address) (issue #17, batch 19: 09.3).
 */
describe('a hold asked for with the outlet hours beside it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = () => h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 20 });

  it('en: after a redelivery, "keep it at the closest station for me, when is it open on Sunday?" is a hold with the hours', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `please bring ${PARCEL} on friday instead, recipient last 4 is 4444`);
    const said = (
      await send(
        adapter,
        "hmm, rather keep it at the closest station for pick up, I'll go myself. when is it open on sunday",
      )
    ).join('\n');
    const [hold, redelivery] = await all();
    expect(hold).toMatchObject({ kind: 'hold', status: 'requested' });
    expect(redelivery).toMatchObject({ kind: 'redeliver', status: 'withdrawn' });
    expect(said).toContain('hold it at the station');
    expect(said).toContain('Shanghai Pudong outlet is open Monday to Sunday 9:00–20:00');
    expect(said).not.toMatch(/deliver it again on Sun/);
  });

  it('zh-CN: 改天送之后 "还是放网点我自己去拿吧，周六几点开门？" — 暂存网点，并答营业时间', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${PARCEL} 改到周四再送 收件人尾号4444`);
    const said = (await send(adapter, '还是放网点我自己去拿吧，周六几点开门？')).join('\n');
    const [hold, redelivery] = await all();
    expect(hold).toMatchObject({ kind: 'hold', status: 'requested' });
    expect(hold?.details.date).toBeUndefined();
    expect(redelivery).toMatchObject({ kind: 'redeliver', status: 'withdrawn' });
    expect(said).toContain('上海浦东网点营业时间：周一至周日 9:00–20:00');
  });

  it('zh-TW (Cantonese): 改期之後 "不如放你哋門市我自己去攞 禮拜六開到幾點" — 暫存，答營業時間', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${PARCEL} 聽日唔喺屋企 改後日再送 收件人尾數4444`);
    const said = (await send(adapter, '不如放你哋門市 我自己去攞 禮拜六開到幾點呀')).join('\n');
    const [hold, redelivery] = await all();
    expect(hold).toMatchObject({ kind: 'hold', status: 'requested' });
    expect(redelivery).toMatchObject({ kind: 'redeliver', status: 'withdrawn' });
    expect(said).toMatch(/上海浦東.*營業時間：週一至週日 9:00–20:00/);
  });

  it('en: a closing-time question asked with a hold is answered once the proof it waited for comes', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `could you keep ${PARCEL} at your outlet so I collect it, and when do they close on saturday?`);
    const said = (await send(adapter, '4444')).join('\n');
    expect(said).toContain('hold it at the station');
    expect(said).toContain('Shanghai Pudong outlet closes at 20:00');
  });
});
