import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LOST = DEMO_TRACKING.lostLooking; // exception: the hub cannot find it; 6 days late
const STUCK = DEMO_TRACKING.stuck; // on its way, no scan for 4 days; sender …8888
const RETURNED = DEMO_TRACKING.returned; // sent back unasked, 4 days past its promise

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
const POSSIBLY_LOST = /possibly lost|疑似丢失|疑似遺失/;

/**
 * The same case gets the same answer in every language (issue #17, batch 9 P6, P9, P10): a lost-looking parcel is
 * said to be treated as possibly lost, with the search, whether or not the customer asked "is it lost?"; a question
 * about delay compensation is answered with the delay rule also while waiting for a person; a parcel not moving
 * for days is offered the courier's chase (a speed-up request); a parcel sent back unasked days past its promise is
 * a severe delay (high priority), as the priority rules make a delay.
 */
describe('answers on par in every language', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${LOST} 现在在哪里`, '那就是丢了呗'],
    ['zh-TW', `${LOST} 而家喺邊度`, '咁即係唔見咗啦係咪'],
    ['en-US', `WHERE IS ${LOST} ITS BEEN OVER A WEEK`, "so it's lost then"],
  ])('%s: a lost-looking parcel is said to be treated as possibly lost', async (locale, where, lost) => {
    const replies = all(await talk(h.adapter({ locale }), [where, lost]));
    expect(replies[0]).toMatch(POSSIBLY_LOST);
    expect(replies[1]).toMatch(POSSIBLY_LOST);
  });

  it.each([
    ['zh-CN', `${LOST} 一直没到 转人工`, '那延误的话你们怎么赔', /只是晚到/],
    ['zh-TW', `${LOST} 一直都未到 我要搵真人`, '咁延誤嘅話點賠？', /遲咗到|只是晚到/],
    ['en-US', `${LOST} never came, get me a person`, 'and what about compensation for the delay?', /only arrives late/],
  ])('%s: delay compensation is explained while waiting for a person', async (locale, opening, asked, rule) => {
    const replies = all(await talk(h.adapter({ locale }), [opening, asked]));
    expect(replies[1]).toMatch(rule);
  });

  it.each([
    ['zh-CN', `${STUCK} 到哪了`, /4 天没有动.*催查/s, '加急处理'],
    ['zh-TW', `${STUCK} 到哪裡了`, /4 天沒有動.*催查/s, '加急處理'],
    ['en-US', `where's ${STUCK}`, /hasn't moved for 4 days.*chase/s, 'Speed it up'],
  ])('%s: a parcel not moving for days is offered a chase', async (locale, where, offer, button) => {
    const replies = all(await talk(h.adapter({ locale }), [where, `${button} ${STUCK}`, '8888']));
    expect(replies[0]).toMatch(offer);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: STUCK, limit: 10 });
    expect(request?.kind).toBe('expedite');
  });

  it.each([
    ['zh-CN', `${RETURNED} 没人问过我就退回寄件人了 我一直在家等`, ['重新派送', '13800001234', '提交']],
    ['zh-TW', `${RETURNED} 冇人問過我就退返寄件人 我一直喺屋企等`, ['重新派送', '61234567', '提交']],
    [
      'en-US',
      `${RETURNED} got sent back to the sender and nobody asked me, I was home waiting`,
      ['redelivery', 'me@example.com', 'submit'],
    ],
  ])('%s: a parcel sent back unasked days past its promise is a severe delay', async (locale, opening, rest) => {
    await talk(h.adapter({ locale }), [opening, ...rest]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('other');
    expect(ticket?.priority).toBe('high');
  });
});
