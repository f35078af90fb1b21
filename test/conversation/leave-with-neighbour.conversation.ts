import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { buildingDeskIn } from '../../src/bot/building-desk-words';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit, due Nov 24; the sender's phone ends 2222
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const COMPLAINT_DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A neighbour named to take the parcel in when nobody is home — "if she's out, could it be left with her neighbour
 * Mr Chen in 804", "家里没人的话 放对门605张阿姨那就行" (blind batch 36b: 05.4–05.6, where it got a menu without the
 * choice and then a complaint): a delivery request on the parcel's day with the neighbour's name and flat on it, said
 * back — like the building's guard — and no ticket.
 */
describe('a parcel to be left with a named neighbour', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      "if she's out could it be left with her neighbour Mr Chen in 804? he's fine with it",
      'neighbour Mr Chen in 804',
      /Mr Chen in 804/,
    ],
    ['zh-CN', '家里没人的话 放对门605张阿姨那就行', '对门605张阿姨', /对门605张阿姨代收/],
    ['zh-TW', '冇人喺屋企就交俾隔籬屋黃太代收得唔得', '隔籬屋黃太', /隔籬屋黃太代收/],
  ] as const)('%s: the neighbour goes on a delivery request, said back', async (locale, ask, neighbour, saidBack) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [PARCEL, '2222', ask]);
    expect(all(replies[2])).toMatch(saidBack);
    expect(all(replies[2])).not.toMatch(COMPLAINT_DEMAND[locale]);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'redeliver', details: { leaveWith: neighbour, date: '2026-11-24' } });
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    'the driver just left it with my neighbour without asking',
    'you gave it to the neighbour and now it is gone',
    '快递员放邻居家了 我都不知道',
    '佢交咗俾隔籬屋',
    '不要放邻居那里',
    'give it to me, my neighbour stole the last one',
    // A parcel not received, the neighbour where it may be (the review of this change).
    `${DEMO_TRACKING.delivered} shows delivered but it never came, maybe they left it with the neighbour? can you check`,
    `${DEMO_TRACKING.delivered} 显示签收了 放邻居那了？邻居说没有`,
    // A place next door is no neighbour: a store, a locker, a station.
    '能不能放隔壁便利店',
    '放到隔壁小区的快递柜吧',
  ])('where it was left, told, refused or missing, is no request: "%s"', (text) => {
    expect(buildingDeskIn(text)).toBeUndefined();
  });

  it.each([
    ['邻居帮我收一下', '邻居'],
    ["I'm out from 9 tomorrow, my neighbour Mrs Ho can sign for it", 'neighbour Mrs Ho'],
    ['please leave it with the security guard if I am out, last time you left it outside', 'security guard'],
  ])('"%s" is left with "%s" — no stray word or time in the name', (text, whom) => {
    expect(buildingDeskIn(text)).toBe(whom);
  });
});
