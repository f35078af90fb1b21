import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Issue #17, blind batch 23 (11.6–11.7): "先提交。然后第二个 782… 呢？也给我投诉" and "提交！！提交完马上登记第二个" at the
 * summary showed the same summary again each time — nothing was ever filed. A "submit" beside the other parcel files
 * this complaint first, then offers the other parcel's own.
 */
describe('submit at the summary, with the other parcel in the same message', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`${stuck} 好几天没动静了 我要投诉 电话13800006666`, '重新派送'],
      `好 确认提交 然后 ${lostLooking} 那件也帮我登记一下`,
    ],
    [
      'zh-TW',
      [`${stuck} 好幾天都沒更新，我要客訴 電話0912345678`, '重新派送'],
      `確認送出吧，另外 ${lostLooking} 那件也幫我登記`,
    ],
    [
      'zh-TW',
      [`${stuck} 幾日都冇郁 我要投訴 電話98761111`, '幫我重新派送'],
      `交咗佢啦 跟住 ${lostLooking} 嗰件都要投訴`,
    ],
    [
      'en-US',
      [`${stuck} hasn't moved in days, I want to complain, my number is 13800006666`, 'redeliver it'],
      `yes submit it, and then ${lostLooking} needs a complaint as well`,
    ],
  ])('files this one, then offers the named parcel (%s)', async (...row) => {
    const [locale, turns, submitAndOther] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, submitAndOther]);
    const [ticket, ...more] = await h.store.tickets.find({});
    expect(more).toEqual([]);
    expect(ticket?.trackingNumbers).toEqual([stuck]);
    const filed = all(replies.at(-1));
    expect(filed).toContain(ticket?.number);
    expect(filed.split('\n').at(-1)).toContain(lostLooking);
  });

  it.each([
    [
      'zh-CN',
      `${stuck} 好几天没动静了 我要投诉`,
      `还有 ${lostLooking} 也一直不动`,
      '赔偿',
      '13800006666',
      '提交！提交完登记第二个',
    ],
    [
      'zh-TW',
      `${stuck} 好幾天沒更新，我要客訴`,
      `還有 ${lostLooking} 也一直沒動`,
      '賠償',
      '0912345678',
      '送出！然後第二個也要登記',
    ],
    [
      'en-US',
      `${stuck} hasn't moved in days, I want to complain`,
      `also ${lostLooking} is stuck too`,
      'compensation',
      '13800006666',
      'submit! then the other one',
    ],
  ])('files at "submit … the second one" instead of showing the summary again (%s)', async (...row) => {
    const [locale, ...turns] = row;
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-2))).toMatch(/确认提交吗|確認送出嗎|確認提交嗎|Shall I submit/i);
    const [ticket, ...more] = await h.store.tickets.find({});
    expect(more).toEqual([]);
    expect(ticket?.trackingNumbers).toEqual([stuck]);
    expect(all(replies.at(-1))).toContain(ticket?.number);
    expect(all(replies.at(-1))).not.toMatch(/您的投诉信息|您的客訴資料|Here's your complaint/);
  });

  it.each([
    [
      'zh-CN',
      [`${stuck} 好几天没动静了 我要投诉 电话13800006666`, '重新派送'],
      `提交，还有 ${lostLooking} 呢`,
      '现在把第二个也登记了',
    ],
    [
      'zh-TW',
      [`${stuck} 好幾天都沒更新，我要客訴 電話0912345678`, '重新派送'],
      `送出，另外 ${lostLooking} 呢`,
      '那第二件也幫我登記',
    ],
    [
      'en-US',
      [`${stuck} hasn't moved in days, I want to complain, my number is 13800006666`, 'redeliver it'],
      `ok submit that, and then ${lostLooking} needs a complaint too`,
      'now file the other one too',
    ],
  ])('a word to file the other one next opens its complaint, not the filed ticket again (%s)', async (...row) => {
    const [locale, turns, submitAndOther, fileOther] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, submitAndOther, fileOther]);
    const [first] = await h.store.tickets.find({});
    const next = all(replies.at(-1));
    expect(next).not.toContain(first?.number);
    expect(next).toMatch(/怎么处理|怎麼處理|What would you like us to do/);
    // (Not the filed ticket's status, nor a note on it: nothing more went onto it.)
    expect(await h.store.tickets.find({})).toHaveLength(1);
    expect(JSON.stringify(await h.store.tickets.get(first?.id ?? ''))).not.toContain(fileOther);
  });
});
