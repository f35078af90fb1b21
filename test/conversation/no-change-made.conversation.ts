import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SF = DEMO_TRACKING.normal; // due Nov 24, not delivered

/**
 * "I never asked to change it — cancel that, just deliver it normally" when no change was asked for: nothing was
 * changed and it comes as planned, with its promised day — not "no complaint open" (issue #17, blind batch 32: 01.6).
 * A change that was asked for is withdrawn as before. New wording in each language.
 */
describe('a change cancelled that was never asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `where is ${SF}`,
      "hold on, I didn't ask you to change anything. cancel it and just deliver it as usual",
      /Nothing has been changed on .*Nov 24/,
    ],
    ['zh-CN', `查一下 ${SF}`, '我没让你们改派送啊，取消掉，照常送就行', /没有做任何修改[\s\S]*11月24日/],
    ['zh-TW', `${SF} 到邊`, '我冇叫你哋改過喎，照常派就得', /冇改過任何嘢[\s\S]*11月24日/],
  ])('%s: nothing changed, it comes as planned', async (locale, opening, cancel, said) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, cancel]);
    expect((answer ?? []).join('\n')).toMatch(said);
    expect((answer ?? []).join('\n')).not.toMatch(/no complaint open|没有进行中的投诉|沒有進行中的客訴/);
  });

  it('withdraws a change that was asked for, as before', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `please deliver ${SF} on Friday instead`,
      '2222',
      'actually cancel that change, deliver it normally',
    ]);
    expect((replies[2] ?? []).join('\n')).not.toMatch(/Nothing has been changed/);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: SF, limit: 5 });
    expect(request?.status).toBe('withdrawn');
  });
});
