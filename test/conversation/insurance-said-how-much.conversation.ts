import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// The claim rule's cap for an uninsured parcel, in each catalog and knowledge file.
const CAP = /3 times the shipping fee|运费的 3 倍|運費的 3 倍/;

/**
 * Issue #17, blind batch 34b: 15.3 and 12.3. Insurance named with "how much", or told right after the claim rules:
 * - "冇買保價 咁賠幾多" at the demand step of a damage complaint hears the cap and what it means for the parcel, and the
 *   compensation asked is taken — never the demand noted alone;
 * - "我有保價 三千" after the claim rules hears what that means for the parcel (by its waybill) — never a complaint
 *   opened on it. New wording in each language.
 */
describe('insurance said, and what is paid', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} arrived and the glasses inside are all smashed`,
      "didn't buy insurance, so how much do i get",
    ],
    ['zh-CN', `${delivered} 到了 里面的杯子全碎了`, '没买保价 那能赔多少'],
    ['zh-TW', `${delivered} 到咗 入面啲杯全部爛晒`, '冇保價喎 咁賠幾多錢'],
  ])('%s: the cap at the demand step, and compensation taken', async (locale, opening, asked) => {
    const replies = await talk(h.adapter({ locale }), [opening, asked]);
    expect(all(replies[1])).toMatch(CAP);
    expect(all(replies[1])).toMatch(/compensation|赔偿|賠償/);
  });

  it.each([
    ['en-US', 'how does compensation work if a parcel gets lost on the way?', 'i had it insured for 3000'],
    ['zh-CN', `${stuck} 好几天没动了 要是丢了能理赔吗`, '我保价了 三千'],
    ['zh-TW', '如果寄嘢寄唔見咗 你哋點樣賠㗎', '我有買保價 三千蚊'],
  ])('%s: insurance told after the claim rules is answered, no complaint opened', async (locale, asked, told) => {
    const replies = await talk(h.adapter({ locale }), [asked, told]);
    expect(all(replies[1])).toMatch(CAP);
    expect(all(replies[1])).not.toMatch(/What would you like us to do|怎么处理|怎麼處理|點樣處理/);
  });
});
