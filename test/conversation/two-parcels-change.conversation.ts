import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { normal: SF, stuck: YT } = DEMO_TRACKING; // SF: recipient …4444; YT: another customer's phones

// Issue #17, batch 20 (03): with an SF and a YT parcel in the conversation, "can the SF one come on Saturday" in the
// middle of a complaint about the YT one was taken down for the YT parcel, and "no, I meant the SF one" dropped the
// request. A change names its parcel by its letters among those shown, and a correction of the parcel keeps it.
describe('two parcels: a change goes to the parcel meant', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `where are ${SF} and ${YT}?`,
      'the YT one is stuck, this is ridiculous',
      'could the SF one be held at the station for me instead?',
    ],
    ['zh-CN', `帮我查 ${SF} 和 ${YT}`, 'YT那个好几天不动了 太离谱了', 'SF那个能不能放到网点我自己去取'],
    ['zh-TW', `幫我查 ${SF} 同 ${YT}`, 'YT嗰件幾日都冇郁過 好離譜', 'SF嗰件可唔可以放喺服務點 我自己去攞'],
  ])('named by its letters in a complaint about the other (%s)', async (locale, both, complaint, change) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, both);
    await sendAll(adapter, complaint);
    const asked = await sendAll(adapter, change);
    expect(asked.text).toContain(SF);
    expect(asked.text).not.toContain(YT);
    await sendAll(adapter, '4444');
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request).toMatchObject({ trackingNumber: SF, kind: 'hold' });
  });

  it.each([
    ['en-US', `please hold ${YT} at the station`, `sorry, I meant the other one: ${SF}`],
    ['zh-CN', `${YT} 帮我放网点暂存`, `不是这个 我说的是 ${SF}`],
    ['zh-TW', `${YT} 幫我留喺服務點`, `唔係呢件 我講緊 ${SF}`],
  ])('"I meant the other one" keeps the request for that parcel (%s)', async (locale, request, meant) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, request);
    const moved = await sendAll(adapter, meant);
    expect(moved.text).toContain(SF);
    await sendAll(adapter, '4444');
    const [recorded] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(recorded).toMatchObject({ trackingNumber: SF, kind: 'hold' });
  });
});
