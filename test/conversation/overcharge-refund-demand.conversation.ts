import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * An overcharge complaint wants the difference back: its demand is the refund, said back and in the summary — never
 * "nothing in particular" — and a quote and a charge with no currency named ("报价23 收了我45") are still a fee
 * dispute, not what the parcel's record shows (issue #17). Wording other than the batch's, in every language.
 */
describe('the refund of an overcharge is the complaint demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `complaint about ${stuck}: the website said 18 but they billed me 40 at the shop`,
      '15900001111',
      /Noted — what you'd like: refund/,
      /Type: fee dispute[\s\S]*You'd like: refund\n/,
    ],
    [
      'zh-CN',
      `我要投诉 ${stuck}，网点报价18 结果收了我40`,
      '15900001111',
      /已记下您的诉求：退款/,
      /类型：费用争议[\s\S]*诉求：退款\n/,
    ],
    [
      'zh-TW',
      `投訴 ${stuck} 報價18 點知收咗我40`,
      '0911223344',
      /記低你嘅要求：退款/,
      /類型：費用爭議[\s\S]*要求：退款\n/,
    ],
  ])('%s: the opening takes the refund and the summary lists it', async (locale, opening, phone, noted, summary) => {
    const [first, second] = await talk(h.adapter({ locale }), [opening, phone]);
    expect(all(first)).toMatch(noted);
    expect(all(second)).toMatch(summary);
  });

  it.each([
    ['en-US', `${delayed} is late`, 'oh and I was quoted 20 but they took 38 from my card', /refund/],
    ['zh-CN', `${delayed} 晚了好几天`, '还有，说好20块 结果收了我38', /退款/],
    ['zh-TW', `${delayed} 遲咗好多日`, '仲有，講好20蚊 收咗我38', /退款/],
  ])('%s: an overcharge told mid-complaint adds the refund', async (locale, opening, told, refund) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, told]);
    expect(all(answer)).toMatch(refund);
  });
});
