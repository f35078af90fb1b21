import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LOST = DEMO_TRACKING.lostLooking; // not found at the transit centre, past its promise; the recipient's phone ends 5555

/**
 * "Do I go to the seller or to you?" about an online order gone missing is answered — usually the buyer asks the seller,
 * who claims as the sender; the recipient may also complain here — and the claim rules' damage rule (photos, 7 days
 * from delivery) is never given for a lost parcel (issue #17, blind-30 12.5). Wording differs from the fixture's.
 */
describe('a lost online order: the seller or the courier', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${LOST} still nothing after ten days!! is it gone? should I contact the shop or you?`,
      /Usually the buyer asks the seller/,
      /within 7 days of delivery/,
    ],
    ['zh-CN', `${LOST} 十天了还没到！！是不是弄丢了？我该问商家还是问你们`, /通常买家找卖家/, /签收后 7 天内/],
    ['zh-TW', `${LOST} 十天了都還沒到！！是不是搞丟了？我要找賣家還是找你們物流`, /通常買家找賣家/, /簽收後 7 天內/],
  ])('%s: whom to go to, and no damage rule', async (locale, message, seller, damageRule) => {
    const [said] = (await talk(h.adapter({ locale, user: `seller-or-${locale}` }), [message])).map((r) => r.join('\n'));
    expect(said).toMatch(seller);
    expect(said).not.toMatch(damageRule);
  });

  it('zh-TW (Hong Kong Cantonese): 搵賣家定係搵你哋, inside the complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW', user: 'seller-or-yue' }), [
      `${LOST} 我要投訴，件貨唔見咗成個禮拜`,
      '咁我應該搵賣家定係搵你哋先？',
    ]);
    const said = (replies[1] ?? []).join('\n');
    expect(said).toMatch(/通常買家搵賣家/);
    expect(said).not.toMatch(/簽收後 7 日內/);
  });
});
