import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
/** The demo parcel goes to Shanghai (Pudong): its station's hours, whatever market the customer writes from. */
const SHANGHAI = /Pudong|浦东|浦東/;
const HK_HOURS = /公眾假期|public holiday/i;

/**
 * Opening hours asked with the customer's parcel in the conversation are its station's, in the market where it is
 * delivered (issue #17, blind batch 26b: 29.3): a Hong Kong or Taiwan customer's Shanghai parcel is held at a Shanghai
 * station, whose hours they hear.
 */
describe("the station's hours for the parcel in the conversation", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      'en-HK',
      `please hold ${normal} at the station, I'll collect it`,
      'recipient 4444',
      'what time does it close?',
    ],
    ['zh-CN', 'zh-CN', `${normal} 帮我放网点 我自己去取`, '收件人尾号4444', '网点几点关门'],
    ['zh-TW', 'zh-HK', `${normal} 幫我放服務點 我自己去攞`, '收件人尾數4444', '嗰度幾點開門？'],
  ] as const)(
    '%s: the Shanghai station, not the customer market’s outlets',
    async (_locale, browser, hold, proof, hours) => {
      const [, , answer] = await talk(h.adapter({ locale: browser as Locale | string }), [hold, proof, hours]);
      expect(all(answer)).toMatch(SHANGHAI);
      expect(all(answer)).not.toMatch(HK_HOURS);
    },
  );
});

/** The delivery-days entry ("we deliver on Saturdays and Sundays, 8:00–20:00…"), which is no outlet's hours. */
const DELIVERY_DAYS = /deliver(ies|s)? (every day|on saturdays)|每天 8:00–20:00 派送|照常派送|照常配送|照常派件/i;

/** Weekend opening of the outlets is their hours, not the delivery days (issue #17, blind batch 26b: 20.1). */
describe('outlets open at the weekend', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'en-US', 'are your branches open on Saturdays? from what time to what time?'],
    ['zh-CN', 'zh-CN', '请问周日你们网点开门吗，几点到几点'],
    ['zh-TW', 'zh-HK', '你哋門市星期六有冇開？幾點到幾點？'],
  ] as const)('%s: the outlets’ hours', async (_locale, browser, ask) => {
    const [answer] = await talk(h.adapter({ locale: browser }), [ask]);
    expect(all(answer)).toMatch(/\d{1,2}:00/);
    expect(all(answer)).not.toMatch(DELIVERY_DAYS);
  });
});
