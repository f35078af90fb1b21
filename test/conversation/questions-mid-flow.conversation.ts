import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit; sender …2222, recipient …4444
const STUCK = DEMO_TRACKING.stuck;

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

/**
 * A question asked while the bot is in the middle of something is answered, then the step goes on (issue #17,
 * blind batch 3's P1): "is it done?", "how long?", "will I be told?" about a change the customer asked for;
 * a claims question while waiting for an agent; "where is it now?" in the middle of a complaint.
 */
describe('questions asked mid-flow', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const REDELIVERY: Record<string, string[]> = {
    'en-US': [`could you deliver ${PARCEL} again tomorrow after 6pm?`, 'the recipient number ends 4444'],
    'zh-CN': [`${PARCEL} 明天晚上6点以后再送可以吗`, '收件人尾号4444'],
    'zh-TW': [`${PARCEL} 可唔可以明天6點後再送`, '收件人尾數4444'],
  };

  it.each([
    ['en-US', 'great. will I get a notification when it is confirmed?', /right here in this chat/],
    ['en-US', 'is it done now?', /has not confirmed it yet.*Nothing more is needed/s],
    ['zh-CN', '改好了吗 多久能生效', /网点还没有确认.*不需要再做什么/s],
    ['zh-CN', '到时候会通知我吗', /这个对话里收到消息/],
    // (The customer writes Cantonese: answered in Cantonese.)
    ['zh-TW', '改咗未呀', /服務點仲未確認/],
    ['zh-TW', '要幾耐先有回覆？', /服務點仲未確認.*服務點一覆/s],
  ])('%s: "%s" after a recorded change is answered from the request', async (locale, question, answer) => {
    const replies = all(await talk(h.adapter({ locale }), [...(REDELIVERY[locale] as string[]), question]));
    expect(replies[1]).toMatch(/Done: I've asked|已请我们的团队|已請我們的團隊|已經叫同事/);
    expect(replies[2]).toMatch(answer);
    // A question is no new request, complaint or claim.
    expect(replies[2]).not.toMatch(/What would you like|怎么处理|怎麼處理|點樣處理|compensat|赔偿|賠償/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toHaveLength(1);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it("another customer asking about the same parcel hears nothing of the first one's request", async () => {
    await talk(h.adapter({ locale: 'en-US', user: 'first' }), REDELIVERY['en-US'] as string[]);
    const other = all(
      await talk(h.adapter({ locale: 'en-US', user: 'second' }), [`where is ${PARCEL}?`, 'is it done?']),
    );
    expect(other[1]).not.toMatch(/after 18:00|deliver it again/);
  });

  it.each([
    [
      'en-US',
      `can I talk to a person about ${STUCK}`,
      'by the way how does insurance compensation work?',
      /declared value/,
    ],
    ['zh-CN', `${STUCK} 我要转人工`, '顺便问一下 保价怎么赔', /保价的快递按声明价值/],
    // (The stuck parcel is a Mainland one: the Mainland's rule, written in Traditional Chinese, since bbad916.)
    ['zh-TW', `${STUCK} 幾日冇郁，轉人手`, '順便問下 你哋保價點賠？', /申報價值|聲明價值/],
  ])(
    '%s: a claims question while waiting for an agent is answered, and the wait said again',
    async (locale, ask, question, answer) => {
      const replies = all(await talk(h.adapter({ locale }), [ask, question]));
      expect(replies[0]).toMatch(/C-\d{8}-\d{4}/);
      expect(replies[1]).toMatch(answer);
      expect(replies[1]).toMatch(/C-\d{8}-\d{4}/);
    },
  );

  it.each([
    ['en-US', `${STUCK} hasn't moved in 4 days, I want to complain`, 'ok but where is it now?'],
    ['zh-CN', `${STUCK} 四天没动了 我要投诉`, '那它现在到底在哪'],
    ['zh-TW', `${STUCK} 四日冇郁 我要投訴`, '咁佢而家喺邊度'],
  ])(
    '%s: "where is it now?" in the middle of a complaint gets the status, then the step again',
    async (locale, ...turns) => {
      const replies = all(await talk(h.adapter({ locale }), turns));
      expect(replies[1]).toMatch(/Wuhan sorting hub|武汉转运中心|武漢轉運中心/);
      // (The zh-TW customer writes Cantonese: 點樣處理.)
      expect(replies[1]).toMatch(/What would you like|怎么处理|怎麼處理|點樣處理/);
    },
  );
});
