import { defersFiling, statesOwnPlan } from '../../../src/bot/intake-reading';

/**
 * The readings behind "not now" at the summary and "my own plan" after an offer (blind batch 39b: 03.5, 11.5), with the
 * sentences the review of session 39 found them wrongly catching: a yes that tells of someone else coming back, or of
 * the customer's feelings, is still a yes; a plan with a complaint or a person asked beside it is more than a plan.
 */
describe('not now, and my own plan', () => {
  it.each([
    'ok i will ask my sister for the number and come back',
    '好 我先问问我老婆 晚点再来',
    'let me check with my wife first',
    '等我問下屋企人先',
  ])('"%s" puts filing off', (text) => expect(defersFiling(text)).toBe(true));

  it.each([
    '係 冇問題 聽日再問進度',
    '对 他说明天再来 结果没来',
    'yes correct, I need to get back to work now',
    '对 我想想都生气',
    'ok file it, I will check back later',
  ])('"%s" does not', (text) => expect(defersFiling(text)).toBe(false));

  it.each([
    '好 那我禮拜六去信義那間 但是我要投訴你們沒打電話',
    "yes I'll take it, please transfer me to a person",
    '好 我去拿 你们赔钱吗',
  ])('"%s" is more than a plan', (text) => expect(statesOwnPlan(text)).toBe(false));
});
