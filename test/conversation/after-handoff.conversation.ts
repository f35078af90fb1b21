import { DEMO_TRACKING } from '../../src/tracking';
import type { Locale } from '../../src/nlu';
import { botHarness, proactiveOn, send, talk, type BotHarness } from './harness';

const { stuck, lostLooking, delayed } = DEMO_TRACKING;

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const NUMBER = 'C-20261123-0001';
const AGENT = { id: 'lin', supervisor: false };

/** The queue line's words, per language: an answer to something else must not be only this. */
const QUEUE = { 'zh-CN': /排第 \d+ 位/, 'zh-TW': /排第 \d+ 位/, en: /number \d+ in the agents' queue/ };
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const HUMAN: Record<Locale, string> = { 'zh-CN': '转人工', 'zh-TW': '轉真人客服', en: 'talk to a person' };
const HELLO: Record<Locale, string> = { 'zh-CN': '在吗', 'zh-TW': '在嗎', en: 'hello?' };
/** "An agent already has your ticket; they will take care of it." */
const AGENT_HAS_IT = { 'zh-CN': /客服已经在处理/, 'zh-TW': /客服已經在處理/, en: /already has ticket/ };
const OPENING: Record<Locale, string> = {
  'zh-CN': `${stuck} 四天没更新了`,
  'zh-TW': `${stuck} 四天沒更新了`,
  en: `${stuck} no update for four days`,
};

/**
 * After a hand-off (issue #17, blind batch 7 P5: 02.4, 09.3, 20.3–20.5): while the ticket waits for an agent, a
 * message is still read — a question the bot can answer is answered (the queue line after it, in one sentence),
 * last-4 digits in a sentence are checked and said to be on the ticket, a change of mind withdraws the request
 * for a person and starts what the customer asks instead, "cancel" withdraws it, and anything else is said to be
 * added to the ticket. Once an agent has the ticket, a change of mind is theirs to act on.
 */
describe('after a hand-off, messages are still understood', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ticket = async () => (await h.store.tickets.find({}))[0];

  it.each([
    ['zh-CN', `${stuck} 好几天没动静了`, '我要人工客服', '不需要人工了，帮我加急处理一下就行', '寄件人尾号8888'],
    ['zh-TW', `${stuck} 都四天沒動了`, '我要找真人', '不用真人了啦 幫我加速配送就好', '寄件人末四碼8888'],
    [
      'en',
      `${stuck} hasn't moved in days`,
      'let me talk to an agent',
      'forget the agent, just speed up the delivery',
      'sender last 4 8888',
    ],
  ] as const)(
    '%s: a change of mind withdraws the waiting hand-off and starts the delivery change',
    async (locale, ...turns) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , changed, proved] = await talk(adapter, turns);
      expect(all(changed)).toContain(NUMBER);
      expect(all(changed)).not.toMatch(QUEUE[locale]);
      // The ticket was opened only for the person: it is closed as withdrawn.
      const withdrawn = await ticket();
      expect(withdrawn?.status).toBe('withdrawn');
      expect(withdrawn?.history.map((e) => e.action)).toContain('withdrawn');
      const [request] = await h.store.deliveryChanges.list({ limit: 5 });
      expect(request?.trackingNumber).toBe(stuck);
      expect(request?.kind).toBe('expedite');
      expect(all(proved)).not.toMatch(QUEUE[locale]);
    },
  );

  it.each([
    ['zh-CN', '算了 取消吧，不用人工了', '撤回'],
    ['zh-TW', '取消啦 唔使真人喇', '撤回'],
    ['en', "cancel that, I don't need a person anymore", 'withdrawn'],
  ] as const)(
    '%s: "cancel, no person needed" withdraws the waiting hand-off and says so',
    async (locale, cancel, said) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, cancelled] = await talk(adapter, [HUMAN[locale], cancel]);
      expect(all(cancelled)).toContain(NUMBER);
      expect(all(cancelled)).toContain(said);
      expect(all(cancelled)).not.toMatch(QUEUE[locale]);
      expect((await ticket())?.status).not.toBe('pending_agent');
      // The conversation is the bot's again: a tracking question is answered without a queue line.
      const tracked = await send(adapter, `${delayed}`);
      expect(all(tracked)).toContain(delayed);
      expect(all(tracked)).not.toMatch(QUEUE[locale]);
    },
  );

  it.each([
    ['zh-CN', `${lostLooking} 是不是丢了`, '我的手机尾号是5555', '核对无误', '客服'],
    ['zh-TW', `${lostLooking} 是不是不見了`, '我電話尾數係5555', '核對無誤', '客服'],
    ['en', `is ${lostLooking} lost?`, 'my phone ends with 5555', 'that matches', 'agent'],
  ] as const)(
    '%s: last-4 digits in a sentence while waiting are checked and noted for the agent',
    async (locale, opening, digits, verified, agent) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , proved] = await talk(adapter, [opening, HUMAN[locale], digits]);
      expect(all(proved)).toContain(verified);
      expect(all(proved)).toContain(agent);
      expect(all(proved)).toContain(NUMBER);
      expect((await ticket())?.status).toBe('pending_agent');
    },
  );

  it.each([
    ['zh-CN', `${stuck} 四天没更新了`, '转人工', '那大概什么时候能到？', '那要多久才能处理好？'],
    ['zh-TW', `${stuck} 四天沒更新了`, '轉真人客服', '那大概什麼時候會送到？', '要多久才會處理好？'],
    [
      'en',
      `${stuck} no update for four days`,
      'get me a human',
      'so when will it arrive?',
      'how long until this is resolved?',
    ],
  ] as const)(
    '%s: when it arrives and when the ticket is resolved are answered, the queue line after them',
    async (locale, ...turns) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , arrival, resolution] = await talk(adapter, turns);
      // The promised day as the customer's language writes it ("11月25日", "Nov 25"), not in ISO form.
      expect(all(arrival)).toContain(h.parts.services.replies.day(locale, '2026-11-25'));
      expect(all(arrival)).not.toContain('2026-11-25');
      expect(all(arrival)).toMatch(QUEUE[locale]);
      const open = await ticket();
      const deadline = h.parts.services.replies.dateTime(locale, open?.deadlines.resolution ?? '', 'Asia/Shanghai');
      expect(all(resolution)).toContain(deadline);
      expect(all(resolution)).toMatch(QUEUE[locale]);
    },
  );

  it.each([
    ['zh-CN', '里面是给孩子的药，真的很急', '已加到工单'],
    ['zh-TW', '裡面是小孩的藥 真的很急', '已加到客訴單'],
    ['en', "there's medicine for my kid inside, it's really urgent", 'added that to ticket'],
  ] as const)(
    '%s: anything else is added to the ticket for the agent, and the customer told so',
    async (locale, words, added) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const late = {
        'zh-CN': `${delayed} 晚了好几天了`,
        'zh-TW': `${delayed} 晚了好幾天了`,
        en: `${delayed} is days late`,
      };
      const [, hello, noted, parcel] = await talk(adapter, [HUMAN[locale], HELLO[locale], words, late[locale]]);
      // "Are you there?" is about the wait, not something for the agent.
      expect(all(hello)).not.toContain(added);
      expect(all(noted)).toContain(added);
      // A parcel named while waiting: where it is, and it goes on the ticket.
      expect(all(parcel)).toContain(delayed);
      expect(all(parcel)).toContain(added);
      expect((await ticket())?.trackingNumbers).toContain(delayed);
    },
  );

  it.each([
    ['zh-CN', '不用人工了 帮我加急送就行'],
    ['zh-TW', '不用真人了 幫我加速配送就好'],
    ['en', 'never mind the person, just speed up the delivery'],
  ] as const)('%s: once an agent has the ticket, a change of mind is left to them', async (locale, words) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    await talk(adapter, [OPENING[locale], HUMAN[locale]]);
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
    await h.parts.services.handoff.act(NUMBER, AGENT, { verb: 'accept' });
    adapter.activeQueue.splice(0);
    const [told] = await talk(adapter, [words]);
    expect(all(told)).toContain(NUMBER);
    expect(all(told)).toMatch(AGENT_HAS_IT[locale]);
    expect((await ticket())?.status).toBe('in_progress');
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toEqual([]);
  });
});
