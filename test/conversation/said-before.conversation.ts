import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const STUCK = DEMO_TRACKING.stuck; // in transit, no scan for 48 h; recipient's phone ends in 7777

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

/**
 * What the customer has said once is not asked for again (issue #17, blind batch 3's P2): last-4 digits in
 * whatever words name them, the district they are in for an outlet question (said in that message or before),
 * and a city without an outlet of ours gets a plain answer rather than the same question.
 */
describe('what the customer said before', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `where is ${STUCK} now?`, 'can you expedite it please', 'Last 4 digit of my phone is 7777'],
    ['zh-CN', `${STUCK} 现在到哪了`, '能不能帮我加急', '收件人手机后4位是7777 谢谢'],
    ['zh-TW', `${STUCK} 而家去到邊`, '可唔可以幫我加急', '我係收件人，手機後4位係 7777'],
  ])('%s: last-4 digits named in a sentence with other numbers prove the link', async (locale, ...turns) => {
    const [, , proof] = all(await talk(h.adapter({ locale }), turns));
    expect(proof).toMatch(/matches|核对无误|核對無誤|核對咗，冇問題/);
    expect(proof).not.toMatch(/last 4 digits|后4位|後4位|後四碼/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toEqual([
      expect.objectContaining({ trackingNumber: STUCK, kind: 'expedite' }),
    ]);
  });

  it.each([
    ['en-US', 'Where can I drop off a parcel? I live in Pudong', 'Zhangyang Road'],
    ['zh-CN', '我在徐汇区，附近网点在哪里', '漕溪北路'],
    ['en-US', 'what time does the outlet near me close? I work in Haidian', 'Zhongguancun Street'],
  ])('%s: a district in the outlet question is answered with its outlet (%s)', async (locale, question, street) => {
    const [answer] = all(await talk(h.adapter({ locale }), [question]));
    expect(answer).toContain(street);
    expect(answer).toMatch(/9:00–20:00/);
  });

  it.each([
    ['en-US', ['I moved to Nanshan last month, is SF1402837465921 coming?', 'ok, and where is your nearest outlet?']],
    ['zh-CN', ['我住南山，SF1402837465921 什么时候到', '那附近网点在哪里']],
    ['zh-TW', ['我喺沙田住，想問下寄件', '最近嘅服務點喺邊度？']],
  ])('%s: a district named in an earlier message answers the outlet question', async (locale, turns) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[1]).toMatch(/Keyuan Road|科苑路|橫壆街/);
    expect(replies[1]).not.toMatch(/tell me your district|告诉我您在哪个区|話我知你喺邊區/);
  });

  it.each([
    ['en-US', 'where is your office in Chengdu?', /no staffed outlet of our own in that city.*Outlet finder/s],
    ['zh-CN', '成都有你们的网点吗 在哪里', /还没有自营营业网点.*网点查询/s],
  ])('%s: a city without an outlet is told so, and how to find a pickup point', async (locale, question, answer) => {
    const [reply] = all(await talk(h.adapter({ locale }), [question]));
    expect(reply).toMatch(answer);
  });
});
