import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "不用了", "唔使喇", "no need" answering "may we have a phone or email?" decline the phone, not the complaint: the
 * complaint goes on to its summary, to be answered here. "取消" / "cancel" there still stop it (blind batch 17, and
 * the review of session 23: a Hong Kong customer who would not leave a number lost the whole complaint).
 */
describe('declining the contact question keeps the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'zh-CN',
      opening: `${delayed} 晚了三天了 我要投诉`,
      demand: '道歉',
      decline: '不用了',
      summary: /确认提交吗/,
    },
    {
      locale: 'zh-TW',
      opening: `我個件 ${delayed} 遲咗三日 好嬲`,
      demand: '賠錢',
      decline: '唔使喇',
      summary: /提交|交/,
    },
    {
      locale: 'zh-TW',
      opening: `${delayed} 怎麼還沒到 我要投訴`,
      demand: '道歉',
      decline: '不用了 謝謝',
      summary: /提交/,
    },
    {
      locale: 'en-US',
      opening: `${delayed} is 3 days late, I want to complain`,
      demand: 'an apology',
      decline: 'no need',
      summary: /Shall I submit it\?/,
    },
  ])(
    '$locale: “$decline” at the contact step goes on to the summary',
    async ({ locale, opening, demand, decline, summary }) => {
      const replies = await talk(h.adapter({ locale }), [opening, demand, decline]);
      const last = all(replies.at(-1));
      expect(last).toMatch(summary);
      expect(last).not.toMatch(/取消|cancelled/);
    },
  );

  it.each([
    {
      locale: 'zh-CN',
      opening: `${delayed} 晚了三天了 我要投诉`,
      demand: '道歉',
      stop: '算了',
      cancelled: '已取消本次投诉',
    },
    {
      locale: 'en-US',
      opening: `${delayed} is 3 days late, I want to complain`,
      demand: 'an apology',
      stop: 'cancel',
      cancelled: "I've cancelled this complaint",
    },
  ])('$locale: “$stop” at the contact step still cancels', async ({ locale, opening, demand, stop, cancelled }) => {
    const replies = await talk(h.adapter({ locale }), [opening, demand, stop]);
    expect(all(replies.at(-1))).toContain(cancelled);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
