import { Replies } from '../../src/bot';
import type { Locale } from '../../src/nlu';
import { OPEN_STATUSES } from '../../src/tickets';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, normal: onTime } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const QUEUE = /排第 \d+ 位|in the agents' queue/;

/**
 * The end of a conversation around a hand-off, and a complaint asked about that was filed elsewhere (issue #17,
 * blind batch 12 patterns 5 and 7): "never mind, forget it" with a filler in front still withdraws the request for a
 * person; a thank-you or goodbye while waiting hears that the ticket stays with the team, not the queue line again;
 * "submit it" while waiting hears there is nothing left to submit; "ok thanks" to a reply that offered a person
 * opens no ticket; "can't you find it?" after no complaint was found asks for the parcel's number to find it by,
 * and the number sent next is looked up as the complaint's; a forgotten ticket number is not needed.
 */
describe('hand-off endings and earlier complaints', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '我要找人工客服', '哎 算了,不弄了'],
    ['zh-TW', '幫我轉真人客服', '欸 算了,不需要了'],
    ['en', 'put me through to an agent please', 'oh never mind, forget about it'],
  ] as const)(
    '%s: a change of mind with a word in front withdraws the request for a person',
    async (locale, ask, back) => {
      const [handedOff, withdrawn] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, back]);
      expect(all(handedOff)).toContain('C-20261123-0001');
      expect(all(withdrawn)).not.toMatch(QUEUE);
      expect(await h.store.tickets.find({ status: [...OPEN_STATUSES] })).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', '我要找人工客服', '行 谢谢 拜拜', undefined],
    ['zh-TW', '幫我轉真人客服', '好喔 謝謝你', undefined],
    ['zh-TW', '我想搵真人跟', '好啦 唔該晒 拜拜', 'yue'],
    ['en', 'put me through to an agent please', 'alright thanks, bye', undefined],
  ] as const)(
    '%s: a goodbye while waiting hears the ticket stays with the team',
    async (locale, ask, bye, register) => {
      const [, goodbye] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, bye]);
      const expected = replies.t(locale, 'human.goodbyeWaiting', { number: 'C-20261123-0001', within: '' }, register);
      // (The time is the ticket's own; the rest of the line is the catalog's.)
      expect(all(goodbye)).toContain(expected.slice(0, expected.indexOf('C-20261123-0001') + 15));
      expect(all(goodbye)).not.toMatch(QUEUE);
      // Still with the team: the goodbye withdraws nothing.
      expect(await h.store.tickets.find({ status: ['pending_agent'] })).toHaveLength(1);
    },
  );

  it.each([
    ['zh-CN', '我要找人工客服', '那你帮我提交吧'],
    ['zh-TW', '幫我轉真人客服', '那就幫我送出吧'],
    ['en', 'put me through to an agent please', 'ok just submit it then'],
  ] as const)('%s: "submit it" while waiting hears there is nothing left to submit', async (locale, ask, submit) => {
    const [, answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, submit]);
    // (Either line says so: the one for a complaint filed here, or the one for a hand-off.)
    const lines = (['human.alreadyWithTeam', 'tickets.filedAlreadyAgent'] as const).map((key) => {
      const line = replies.t(locale, key, { number: 'C-20261123-0001', within: '' });
      return line.slice(0, line.indexOf('C-20261123-0001') + 15);
    });
    expect(lines.some((line) => all(answer).includes(line))).toBe(true);
    expect(all(answer)).not.toMatch(QUEUE);
    expect(await h.store.tickets.find({})).toHaveLength(1);
  });

  it.each([
    ['zh-CN', '我上个月投诉的那件事有结果了吗', '好的 谢谢'],
    ['zh-TW', '我之前客訴的那件有下文了嗎', '好喔 謝謝'],
    ['en', 'any news on the complaint I made last month?', 'ok thanks'],
  ] as const)('%s: "ok thanks" to a reply offering a person opens no ticket', async (locale, earlier, thanks) => {
    const [offer, closing] = await talk(h.adapter({ locale: BROWSER[locale] }), [earlier, thanks]);
    expect(all(offer)).not.toContain('C-20261123');
    expect(all(closing)).not.toContain('C-20261123');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', '我之前投诉过的那个怎么样了', '你们系统里查不到吗？', `单号是${delayed}`, '要等多久才有人给我打电话'],
    ['zh-TW', '我前陣子客訴的那件處理得如何', '你們系統查不到嗎？', `是這個 ${delayed}`, '還要等多久才會有人打給我'],
    [
      'en',
      "how's the complaint I made before going?",
      "can't your system find it?",
      delayed,
      'how long till someone calls me?',
    ],
  ] as const)(
    '%s: "can\'t you find it?" asks for the parcel to find the complaint by, and "how long?" is answered',
    async (locale, earlier, cantFind, parcel, howLong) => {
      const turns = await talk(h.adapter({ locale: BROWSER[locale] }), [earlier, cantFind, parcel, howLong]);
      expect(all(turns[1])).toContain(replies.t(locale, 'tickets.askParcelAgain'));
      // The number is looked up as the complaint's: none of theirs on it, and what is wrong with the parcel.
      expect(all(turns[2])).toContain(replies.t(locale, 'tickets.noneOnParcel', { number: delayed }));
      // How long once it is taken down (3 days late: high priority, 2 hours), and the call.
      const within = replies.within(locale, new Date(0), new Date(2 * 3600_000).toISOString());
      expect(all(turns[3])).toContain(replies.t(locale, 'tickets.howLongIfFiled', { within }));
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    [
      'zh-CN',
      '上周投诉过一次一直没人理',
      `是 ${onTime} 这个件`,
      '工单号我忘了',
      '你们到底什么时候回复我？再没人管我就打12305',
    ],
    [
      'zh-TW',
      '上禮拜客訴過 到現在都沒人回',
      `單號 ${onTime}`,
      '客訴編號我不記得了',
      '到底什麼時候才回覆我？再不處理我就去消保官那邊申訴',
    ],
    [
      'en',
      'I complained last week and nobody got back to me',
      `it was ${onTime}`,
      "I don't remember the ticket number",
      "when will you get back to me? otherwise I'm going to the consumer council",
    ],
  ] as const)(
    '%s: a forgotten ticket number is not needed, and a threat to go further is heard',
    async (locale, earlier, parcel, forgot, threat) => {
      const turns = await talk(h.adapter({ locale: BROWSER[locale] }), [earlier, parcel, forgot, threat]);
      expect(all(turns[2])).toContain(replies.t(locale, 'tickets.numberNotNeeded', { number: onTime }));
      expect(all(turns[3])).toContain(replies.t(locale, 'tickets.threatHeard'));
      expect(all(turns[3])).toContain(replies.t(locale, 'tickets.stillNoneOnParcel', { number: onTime }));
      // No complaint was started on the way.
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
