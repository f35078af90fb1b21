import { botHarness, sendAll, type BotHarness } from './harness';

/** Per language: the missed pickup understood, the tracking-number question that must not come. */
const LINES = {
  'zh-CN': { understood: /预约的上门取件.*没有来/, trackingAsked: /哪个快递单号|还没收到/ },
  'zh-TW': { understood: /預約的到府收件.*沒有來|約咗上門收件.*冇嚟/, trackingAsked: /哪個.*單號|還沒收到|未收到/ },
  'en-US': {
    understood: /didn't come for the pickup you booked/,
    trackingAsked: /Which tracking number|find out where it is/,
  },
} as const;

// Issue #17, batch 20 (02, 14): a booked pickup nobody came for was read as a late parcel and a tracking number was
// asked for. It is about sending: understood as such, with how to book again (the market's door-pickup rule), the
// complaint and a person offered.
describe('a booked pickup nobody came for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '约了快递上门取件，等到现在都没人来，怎么回事'],
    ['zh-TW', '我預約了到府收件 司機到現在都沒來'],
    ['zh-TW', '約咗上門收件 等成個下晝都冇人嚟'],
    ['en-US', 'WE SCHEDULED A COLLECTION FOR THIS MORNING AND NO ONE SHOWED UP'],
    ['en-US', 'i booked a pickup on your app for 10am, the driver never came'],
  ])('is understood, with the ways on and no tracking number asked (%s)', async (locale, told) => {
    const lines = LINES[locale as keyof typeof LINES];
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, told);
    expect(answer.text).toMatch(lines.understood);
    expect(answer.text).not.toMatch(lines.trackingAsked);
    expect(answer.buttons.length).toBe(1);
    // The person offered is had with a yes.
    const yes = await sendAll(adapter, locale === 'en-US' ? 'yes please' : '好');
    expect(yes.text).toMatch(/C-\d{8}-\d{4}/);
  });
});
