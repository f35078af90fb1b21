import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const { normal, lostLooking } = DEMO_TRACKING;

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
const NOT_UNDERSTOOD = /没太明白|沒太明白|唔係好明|not sure I understood|didn't quite get/i;
const CHANGE_ASKED =
  /When should we deliver|什么时候派送|什麼時候配送|幾時送|nothing has been changed|没有做任何修改|沒有做任何修改/i;

/**
 * Follow-ups in the customer's own words (issue #17, blind batch 11 P4): a question whether the courier delivers on a
 * holiday is a question about the service, not a new delivery day for the parcel talked about (nor chased as one
 * afterwards); a remark about the weather gets a friendly word, not "I didn't understand"; how compensation works
 * for a lost parcel without insurance is the claim rules, not the parcel's status again.
 */
describe('follow-ups in the customer’s own words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [normal, '你们过年那几天也送快递吗哈哈', '好的谢谢'], /节假日|節假日/],
    ['zh-TW', [normal, '你哋農曆新年都有派件㗎？', '好 唔該'], /節假日|假期|公眾假期/],
    // (After a person was offered: the "thanks" answers the holiday reply, it accepts no offer made before it.)
    [
      'en-US',
      ['is there any news on my complaint?', 'haha do you folks even deliver on new year’s day', 'cool, thanks'],
      /holiday/i,
    ],
  ])('%s: "do you deliver on a holiday?" asks about the service, not for a new day', async (locale, turns, holiday) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[1]).toMatch(holiday);
    expect(replies[1]).not.toMatch(CHANGE_ASKED);
    expect(replies[1]).not.toMatch(NOT_UNDERSTOOD);
    expect(replies[2]).not.toMatch(CHANGE_ASKED);
    expect(await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 })).toEqual([]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', '外面下这么大的雨，出门都难哈哈'],
    ['zh-TW', '今日凍到震呀 哈哈'],
    ['en-US', 'so humid out there today lol'],
  ])('%s: a remark about the weather gets a friendly word and the offer to help', async (locale, said) => {
    const text = (await send(h.adapter({ locale }), said)).join('\n');
    expect(text).not.toMatch(NOT_UNDERSTOOD);
    expect(text).toMatch(/天气|天氣|weather/i);
    expect(text).toMatch(/帮您|幫您|幫到你|help/i);
  });

  it.each([
    ['zh-CN', `${lostLooking} 一个多星期没动静了 估计是丢了`, '如果是丢了没找到，怎么赔？我寄的时候没保价'],
    ['zh-TW', `${lostLooking} 成個禮拜都冇郁過 我諗係唔見咗`, '如果丟了沒找回來，要怎麼賠？我寄的時候沒有保價'],
    [
      'en-US',
      `${lostLooking} hasn't moved in over a week, I think it's gone`,
      "how does the payout work if it's lost for good? it wasn't insured",
    ],
  ])('%s: how compensation works for an uninsured lost parcel is the claim rules', async (locale, opening, asked) => {
    const replies = all(await talk(h.adapter({ locale }), [opening, asked]));
    expect(replies[1]).toMatch(/3 倍|3 times/);
    // Not the parcel's status paragraph again.
    expect(replies[1]).not.toMatch(/最新扫描|最新掃描|last scanned|Last scan/);
  });
});
