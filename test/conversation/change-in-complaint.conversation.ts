import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const RETURNED = 'EA526018152CN'; // 武汉 → 香港, returned to the sender; recipient +852 9123 4567
const STUCK = DEMO_TRACKING.stuck; // no scan for days; sender …8888

/**
 * A change of delivery asked for inside a complaint the customer wants (issue #17, blind batch 4 P9): a request of
 * its own, with proof, recorded beside the complaint, said back, shown in the summary and written into the
 * ticket's account; the complaint goes on from the step it was at.
 */
describe('a change of delivery inside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ limit: 5 });

  it('en: "resend it to my office, <address>" after proof — recorded, said back, in the summary and on the ticket', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `I want to complain, ${RETURNED} got sent back to the sender for no reason`);
    await send(adapter, 'recipient here, last 4 digits 4567');
    const change = (
      await send(adapter, 'please send it to my office instead, Unit 5, 8/F, 99 How Ming Street, Kwun Tong')
    ).join('\n');
    expect(change).toContain("I've also asked our team to deliver it to Unit 5, 8/F, 99 How Ming Street, Kwun Tong");
    const [recorded] = await requests();
    expect(recorded).toMatchObject({ kind: 'change_address', trackingNumber: RETURNED, status: 'requested' });
    await send(adapter, 'an explanation');
    const summary = (await send(adapter, 'dan.k@example.com')).join('\n');
    expect(summary).toContain(
      'Delivery change asked for too: deliver it to Unit 5, 8/F, 99 How Ming Street, Kwun Tong',
    );
    await send(adapter, 'submit');
    const [ticket] = await h.store.tickets.find({ limit: 1 });
    expect(ticket?.description).toContain(`request ${recorded?.id}`);
  });

  it('zh-CN: "帮我加快" in a complaint without proof — the digits asked for, then the request recorded; the step goes on', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `我要投诉 ${STUCK} 好几天没动了`);
    const asked = (await send(adapter, '能不能帮我加快一下')).join('\n');
    expect(asked).toContain('后4位');
    expect(await requests()).toEqual([]);
    const proved = (await send(adapter, '8888')).join('\n');
    expect(proved).toContain('另外已请我们的团队加急派送');
    expect((await requests())[0]).toMatchObject({ kind: 'expedite', trackingNumber: STUCK });
  });

  it('zh-TW (Cantonese): "再寄過嚟" with only a district — the rest of the address asked for, then recorded', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `我要投訴 ${RETURNED} 無端端退咗件 我係收件人 尾數4567`);
    const area = (await send(adapter, '麻煩幫我再寄過嚟 九龍觀塘')).join('\n');
    expect(area).toContain('要送去九龍觀塘邊度');
    expect(await requests()).toEqual([]);
    const done = (await send(adapter, '開源道55號 12樓B室')).join('\n');
    expect(done).toContain('九龍觀塘 開源道55號 12樓B室');
    expect((await requests())[0]?.details.address).toBe('九龍觀塘 開源道55號 12樓B室');
  });
});
