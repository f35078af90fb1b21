import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, sendAll, type BotHarness } from './harness';

const LOST = DEMO_TRACKING.lostLooking;
const STUCK = DEMO_TRACKING.stuck;
const RETURNED = DEMO_TRACKING.returned;

/**
 * Money asked about right after a tracking answer, with no complaint being taken down (issue #17, session 30): inside
 * a complaint both were answered, outside they were not. Compensation wanted at once hears honestly that it cannot be
 * paid on the spot, the claim's payout rule and a complaint with a claim offered (with its buttons); "who pays the
 * postage?" of a parcel sent back hears the rule on returned parcels, not prepaid or freight collect. Wording is new.
 */
describe('money asked outside a complaint', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue', vars = {}) =>
    replies.t(locale as Locale, key, vars, register);

  it.each([
    ['en-US', 'en', `where's ${LOST}?`, 'ok just pay me now', undefined],
    ['en-US', 'en', `track ${STUCK}`, 'send the money to my alipay then', undefined],
    ['zh-CN', 'zh-CN', `${LOST} 到哪了`, '你们马上把钱赔给我，打我微信', undefined],
    ['zh-TW', 'zh-TW', `${LOST} 而家喺邊`, '咁即刻賠錢俾我啦 過數得唔得', 'yue' as const],
    ['zh-TW', 'zh-TW', `幫我查 ${STUCK}`, '請現在馬上賠錢轉到我的街口', undefined],
  ])(
    '%s: "%s", then "%s" — not on the spot, the payout rule, a complaint offered',
    async (channel, locale, track, now, yue) => {
      const a = h.adapter({ locale: channel, user: `paid-now-outside-${channel}-${now.length}` });
      await sendAll(a, track);
      const { text, buttons } = await sendAll(a, now);
      expect(text).toContain(t(locale, 'claim.notOnTheSpot', yue));
      const number = track.match(/[0-9A-Z]{12,}/)?.[0] ?? '';
      expect(text).toContain(t(locale, 'paidNow.offer', yue, { number }));
      expect(buttons).toEqual([t(locale, 'choice.complain', yue), t(locale, 'choice.human', yue)]);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('takes the offer up, by its button, into a complaint on the parcel', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'paid-now-outside-yes' });
    await sendAll(a, `where is ${LOST}`);
    await sendAll(a, 'pay me now');
    const { text } = await sendAll(a, `${t('en', 'choice.complain')} ${LOST}`);
    expect(text).toContain(t('en', 'intake.askWhatHappened'));
  });

  it.each([
    ['en-US', `where is ${RETURNED}`, 'and who pays the postage back?', /free of charge/i, /freight collect/i],
    ['zh-CN', `${RETURNED} 到哪了`, '那运费谁来出？', /免费重新寄出/, /到付/],
    ['zh-TW', `${RETURNED} 去咗邊`, '咁運費邊個俾？', /免費/, /到付/],
  ])('%s: "%s", then "%s" — the rule on a returned parcel', async (locale, track, asked, rule, prepaid) => {
    const a = h.adapter({ locale, user: `return-freight-outside-${locale}` });
    await sendAll(a, track);
    const { text } = await sendAll(a, asked);
    expect(text).toMatch(rule);
    // (Not prepaid or freight collect: the parcel is back with its sender.)
    expect(text).not.toMatch(prepaid);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
