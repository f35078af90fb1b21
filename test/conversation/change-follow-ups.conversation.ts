import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit to 上海 (浦东新区), due tomorrow 2026-11-24; recipient …4444

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** The complaint intake's demand question and the can't-answer line, in each language. */
const NOT_A_FOLLOW_UP = /怎么处理|怎麼處理|what would you like us to do|答不上来|答不上來|can't answer/i;

/**
 * Follow-ups to a delivery change are part of the change (issue #17): what it costs comes from the fee table of
 * the parcel's market (a parcel to Shanghai pays the Mainland's, whatever script the customer writes); another
 * option settled on replaces the request (the parcel was proved already); "which outlet / is it near X" is
 * answered from the parcel and the knowledge file, "will it still come tomorrow?" with the request's state and the
 * date promised — never a complaint, a new request or "I can't answer".
 */
describe('follow-ups to a delivery change', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${PARCEL} 明天我不在家，帮我放快递柜`,
        '4444',
        '要额外收钱吗',
        '算了，还是我自己去你们网点取吧',
        '是哪个网点？离浦东近吗',
        '那明天还会送过来吗',
      ],
      /3 天免费/,
      /浦东网点/,
    ],
    [
      'zh-TW',
      [
        `${PARCEL} 聽日唔喺屋企，可唔可以改放智能櫃`,
        '4444',
        '使唔使另外俾錢㗎',
        '其實我自己去你哋門市攞好啲',
        '係邊間門市？近唔近浦東',
        '咁聽日仲會唔會送',
      ],
      /暫存頭 \d+ 日免費/,
      /浦東網點/,
    ],
    [
      'en-US',
      [
        `can you hold ${PARCEL} in a locker, I'm out tomorrow`,
        '4444',
        'does it cost extra?',
        "actually I'll pick it up myself at your station",
        'which outlet is it? is it near Pudong?',
        'will it still come tomorrow?',
      ],
      /free for the first 3 days/,
      /Pudong outlet/,
    ],
  ])('%s: cost, another option, where and whether it still comes', async (locale, ...rest) => {
    const [turns, cost, outlet] = rest as [string[], RegExp, RegExp];
    const replies = all(await talk(h.adapter({ locale }), turns));
    // What the hold costs, answered from the fee table.
    expect(replies[2]).toMatch(cost);
    // The station instead of the locker: the request replaced, nothing else started.
    const requests = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 });
    const waiting = requests.filter((r) => r.status === 'requested');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.kind).toBe('hold');
    expect(waiting[0]?.details.place).toBe('outlet');
    expect(requests.some((r) => r.status === 'withdrawn' && r.details.place === 'locker')).toBe(true);
    // Where it waits: the outlet for the delivery address, with the request's state.
    expect(replies[4]).toMatch(outlet);
    expect(replies[4]).toMatch(/暂存|暫存|hold/);
    // Whether it still comes tomorrow: the date promised, no new request for that day.
    expect(replies[5]).toMatch(/11月24日|Nov 24/);
    expect(replies[5]).toMatch(/暂存|暫存|hold/);
    expect(requests.some((r) => r.kind === 'redeliver')).toBe(false);
    for (const text of replies.slice(2)) expect(text).not.toMatch(NOT_A_FOLLOW_UP);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
