import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const STUCK = DEMO_TRACKING.stuck; // no scan for days at a hub; the sender's phone ends 8888

/**
 * "Chase it — and if it can't be delivered, send it back" asks for the chase now and the return only as a fallback:
 * the chase is recorded with the return noted on it, and the customer hears what a return means (the way back is
 * charged, from the market's rule on stopping a shipment) — never the chase alone, nor a return asked for now
 * (issue #17, blind-30 19.5). Wording differs from the fixture's.
 */
describe('a chase with a return to the sender as the fallback', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `could you hurry ${STUCK} up? sender here, 8888. if it can't be delivered, just send it back to me`,
      /goes back to the sender/,
      /charged at the shipping rate/,
    ],
    ['zh-CN', `${STUCK} 帮我催催，寄件人 8888，送不到的话就退回给我`, /退回寄件人/, /按运费标准/],
    ['zh-TW', `${STUCK} 幫我催一下，寄件人 8888，真的送不到就寄回給我`, /退回寄件人/, /運費/],
    ['zh-TW', `${STUCK} 幫我催下佢，寄件人 8888，搵唔到就退返俾我啦`, /退返俾寄件人/, /運費/],
  ])('%s: the chase recorded, the return noted and what it costs', async (locale, message, noted, cost) => {
    const [said] = (await talk(h.adapter({ locale, user: `fallback-${message.length}` }), [message])).map((r) =>
      r.join('\n'),
    );
    expect(said).toMatch(noted);
    expect(said).toMatch(cost);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: STUCK, limit: 5 });
    expect(request?.kind).toBe('expedite');
    expect(request?.details.returnIfUndelivered).toBe(true);
  });

  it('en: a chase without a fallback notes no return', async () => {
    const [said] = (await talk(h.adapter({ locale: 'en-US' }), [`could you hurry ${STUCK} up? sender here, 8888`])).map(
      (r) => r.join('\n'),
    );
    expect(said).not.toMatch(/goes back to the sender/);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: STUCK, limit: 5 });
    expect(request?.kind).toBe('expedite');
    expect(request?.details.returnIfUndelivered).toBeUndefined();
  });
});
