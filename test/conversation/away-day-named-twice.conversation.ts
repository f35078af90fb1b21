import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "my parcel says arriving tomorrow but im at work all day tomorrow … can it come wed evening instead" (blind batch
 * 39b: 01.2) was booked for Tuesday: the day was read where the message first named it ("arriving tomorrow"), not
 * where the customer said they are away. Every place the day is named counts; at work, on shift or 上班/返工 is away.
 */
describe('a day named twice, once as the day away', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `hi my parcel ${normal} says arriving tomorrow but im at work all day tomorrow and nobody home. can it come wed evening instead`,
      /Wed, Nov 25/,
    ],
    ['zh-CN', `${normal} 显示明天到 可是我明天一整天都在上班 能不能周三晚上送`, /11月25日|周三/],
    ['zh-TW', `${normal} 話聽日到 但我聽日成日要返工 可唔可以星期三夜晚送`, /11月25日|星期三|週三/],
    // (Away for part of a day only: that day can still be the one — review of session 39.)
    ['en-US', `${normal} deliver tomorrow after 3pm please, I'm out tomorrow morning, wed also ok`, /Tue, Nov 24/],
  ])('%s: the day asked for is booked', async (locale, message, day) => {
    const adapter = h.adapter({ locale });
    const [, booked] = await talk(adapter, [message, '4444']);
    expect(all(booked)).toMatch(day);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(request?.details.date).toBe(message.includes('after 3pm') ? '2026-11-24' : '2026-11-25');
  });
});
