import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed } = DEMO_TRACKING; // normal: due 24 Nov, ends 4444; delayed: 3 days late, ends 6666
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

/**
 * Delivery wishes heard as what they are (issue #17, blind batch 31): the building's desk as the fallback for a new
 * address is put on it (21.4), the desk alone on a late parcel asks no day (12.3) and "did you set that up?" is
 * answered from the request (12.7), a locker named in a question is the hold's place (19.4), and a hold said inside a
 * complaint is taken beside it, asking for the last 4 (02.2).
 */
describe('delivery wishes heard as what they are', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const waiting = async (trackingNumber: string) =>
    h.store.deliveryChanges.list({ trackingNumber, status: 'requested', limit: 10 });

  it.each([
    [
      'en',
      `${normal} please deliver it to 5F, 20 Xianxia Rd, Changning, Shanghai`,
      "and if nobody's at the office either, could the building management take it?",
    ],
    ['zh-CN', `${normal} 能不能改送到上海市长宁区仙霞路20号5楼`, '要是单位也没人，能不能放物业那里？'],
    ['zh-TW', `${normal} 麻煩改送到上海市長寧區仙霞路20號5樓`, '如果公司都冇人收，可唔可以交俾管理處？'],
  ] as const)('%s: the desk as the fallback goes on the new address', async (locale, ask, fallback) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, '4444', fallback]);
    const [request] = await waiting(normal);
    expect(request?.kind).toBe('change_address');
    expect(request?.details.address).toMatch(/20/);
    expect(request?.details.leaveWith).toBeTruthy();
    expect(all(replies[2])).toContain(request?.details.leaveWith);
  });

  it.each([
    [
      'en',
      `${delayed} could the driver just leave it with the security guard when it finally arrives`,
      'did you set up the guard thing?',
    ],
    ['zh-CN', `${delayed} 到了能不能直接交给小区保安`, '交给保安那个弄了没有'],
    ['zh-TW', `${delayed} 到咗可唔可以直接交俾樓下看更`, '交俾看更嗰個安排咗未'],
  ] as const)(
    '%s: the desk alone on a late parcel asks no day; asked after, it is on file',
    async (locale, ask, after) => {
      const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, '6666', after]);
      const requests = await waiting(delayed);
      expect(requests).toHaveLength(1);
      expect(requests[0]?.details.leaveWith).toBeTruthy();
      expect(requests[0]?.details.date).toBeUndefined();
      expect(all(replies[1])).toContain(requests[0]?.details.leaveWith);
      // Asked whether it was set up: the same request, said from the record — nothing recorded again.
      expect(all(replies[2])).toContain(requests[0]?.details.leaveWith);
      expect(await h.store.deliveryChanges.list({ trackingNumber: delayed, limit: 10 })).toHaveLength(1);
    },
  );

  it.each([
    ['en', `${normal} can you put it in a locker?`, 'which one? could you use the one on Zhangjiang Rd?', /Zhangjiang/],
    ['zh-CN', `${normal} 能放快递柜吗`, '哪个柜子？可以放我们小区北门那个丰巢吗', /北门/],
    ['zh-TW', `${normal} 可唔可以放智能櫃`, '邊個櫃？可唔可以放張江路嗰個豐巢', /張江路/],
  ] as const)('%s: a locker named in a question is the hold’s place', async (locale, ask, which, named) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, '4444', which]);
    const [request] = await waiting(normal);
    expect(request?.kind).toBe('hold');
    expect(request?.details.placeName).toMatch(named);
    expect(all(replies[2])).toMatch(named);
  });

  it.each([
    [
      'en',
      `${delayed} is so late, what is going on`,
      "It's been days past the date. Keep it at your depot, I'll come and collect it.",
    ],
    ['zh-CN', `${delayed} 怎么还没到，都晚了好几天了`, '已经晚了三天了。放你们网点吧，我自己过去拿。'],
    ['zh-TW', `${delayed} 點解仲未到？遲咗好多日`, '遲咗三日喇。留喺你哋站啦，我自己去攞。'],
  ] as const)('%s: a hold said inside a complaint is placed beside it', async (locale, open, hold) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [open, hold, '6666']);
    expect(all(replies[1])).toMatch(/4|４/);
    const [request] = await waiting(delayed);
    expect(request?.kind).toBe('hold');
    expect(all(replies[2])).toContain(delayed);
  });
});
