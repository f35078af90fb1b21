import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const NUMBER_LINE = /(快递单号|運單號碼|貨運單號|Tracking number)：?:?\s*SF/;

/**
 * Issue #17, blind batch 23 (30.2–30.7): "件貨係 SF… 嘅前一件，單號唔記得咗" — a parcel pointed to by its neighbour's
 * number — was taken as SF… itself, and its complaint carried the wrong number to the end, "改單號，冇單號" at the
 * summary changing nothing. The neighbour's number is never the complaint's; "no number" takes the number off.
 */
describe('a parcel named by the number of the one beside it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`派件的小哥态度恶劣，我要投诉。是 ${normal} 的上一个件，单号记不起来了`, '道歉', '13800006666']],
    ['zh-TW', [`送貨嗰個人態度好差 我要投訴 係 ${normal} 之前嗰件 唔記得單號`, '道歉', '98761111']],
    [
      'en-US',
      [
        `the delivery guy was so rude to me, I want to complain. it's the package before ${normal}, I don't remember its number`,
        'an apology',
        '13800006666',
      ],
    ],
  ])('takes the complaint without a number, never the neighbour’s (%s)', async (...row) => {
    const [locale, turns] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, locale === 'en-US' ? 'submit' : '提交']);
    expect(all(replies.at(-2))).not.toMatch(NUMBER_LINE);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.trackingNumbers).toEqual([]);
    expect(ticket?.category).toBe('attitude');
  });

  it.each([
    ['zh-CN', `${normal} 快递员态度很差 我要投诉`, '道歉', '13800006666', `单号错了，不是 ${normal}，是它前一个件`],
    ['zh-TW', `${normal} 速遞員態度好差 我要投訴`, '道歉', '98761111', '改單號，冇單號'],
    [
      'en-US',
      `${normal} the courier was rude, I want to complain`,
      'an apology',
      '13800006666',
      `wrong number, it's not ${normal}, it's the one before it`,
    ],
  ])('takes the number off at the summary when it is said not to be it (%s)', async (...row) => {
    const [locale, ...turns] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, locale === 'en-US' ? 'submit' : '提交']);
    expect(all(replies.at(-2))).not.toMatch(NUMBER_LINE);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.trackingNumbers).toEqual([]);
  });
});
