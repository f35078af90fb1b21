import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A change of delivery asked for inside a complaint the bot opened, then "not a complaint" with the digits (blind batch
 * 40b: 08.4 — "6666 我没要投诉啊 打个电话就行" proved the parcel and ended the complaint, and the call before delivery was
 * dropped with it; "那打电话那个事办好了没" then looked for a complaint). The change stays the customer's: recorded when the
 * parcel is proved, and asked about, it is found. Wordings differ from the blind tester's.
 */
describe('a change asked inside a complaint that the customer says is none', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`${delayed} 怎么还没到`, '派送前叫快递员先打我电话可以吗', '6666 我不投诉 就打电话这个', '打电话的事弄好了吗'],
      /还没有确认/,
    ],
    [
      'zh-TW',
      [`${delayed} 怎麼還沒到`, '送之前請司機先打電話給我好嗎', '6666 我不是要客訴 打電話就好', '打電話那個辦好了嗎'],
      /還沒有確認/,
    ],
    [
      'en-US',
      [
        `${delayed} still not here??`,
        'can the driver call me before he comes',
        "6666 i'm not complaining, just the call",
        'is the call thing done?',
      ],
      /not confirmed it yet/,
    ],
  ])('%s: the call is recorded with the proof, and found when asked after', async (locale, turns, pending) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: delayed, limit: 5 });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.details.callFirst).toBeTruthy();
    expect(all(replies[3])).toMatch(pending);
    expect(all(replies[3])).not.toMatch(/没有查到您的投诉|沒有查到您的客訴|couldn't find a complaint/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
