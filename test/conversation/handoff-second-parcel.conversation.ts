import { AgentPageDesk } from '../../src/channels/agentdesk/agent-page';
import { Replies } from '../../src/bot/replies';
import type { Agent } from '../../src/tickets';
import { botHarness, NOW, proactiveOn, proactiveTexts, talk, type BotHarness } from './harness';

// Issue #17 (review of session 21): while a chat waits for a person on one ticket, the bot takes down a complaint
// about another parcel. Every word the customer writes meanwhile reaches the person's desk, and when an agent takes
// the second ticket first, the chat talks with them: the customer's words go to that ticket and the bot stops
// answering in the agent's place. When that ticket is resolved while a person works the other, the chat is theirs.
const LIN: Agent = { id: 'lin', supervisor: false };
const WANG: Agent = { id: 'wang', supervisor: false };
const SUPERVISOR: Agent = { id: 'zhou', supervisor: true };
const DELAYED = 'SF2210478832106';
const DELIVERED = 'JT0001234567890';

const CASES = [
  [
    'zh-CN',
    `${DELAYED} 晚了三天了 给我转人工`,
    `等人工的时候顺便说一下 另外一单 ${DELIVERED} 收到的时候碗碎了两个 我要投诉`,
    '要赔偿，碗一共两百块',
    '到底什么时候有人理我',
  ],
  [
    'zh-TW',
    `${DELAYED} 遲咗三日 幫我轉真人`,
    `另外仲有一件 ${DELIVERED} 收到嗰陣啲碗爛咗兩隻 我要投訴`,
    '要賠錢 兩隻碗二百蚊',
    '究竟幾時有人覆我',
  ],
  [
    'en-US',
    `${DELAYED} is three days late, get me a person`,
    `while I wait: another parcel, ${DELIVERED}, two bowls arrived smashed, I want to complain`,
    'compensation please, the bowls were 200 yuan',
    'so when is someone going to answer me',
  ],
] as const;

describe('a second parcel told while waiting for a person', () => {
  let h: BotHarness;
  let desk: AgentPageDesk;
  beforeEach(async () => {
    desk = new AgentPageDesk({ now: () => NOW }, new Replies());
    h = await botHarness({ desks: [desk] });
  });
  afterEach(() => h.close());

  const relayed = () =>
    desk
      .noticesFor(LIN, 0)
      .filter((n) => n.kind === 'customer_message')
      .map((n) => n.text);

  it.each(CASES)('every message reaches the desk, also those the bot takes down (%s)', async (locale, ...turns) => {
    const [person, second, demand] = turns;
    await talk(h.adapter({ locale }), [person, second, demand]);
    const [first] = await h.store.tickets.find({ status: ['pending_agent'] });
    expect(first?.trackingNumbers).toEqual([DELAYED]);
    // The second parcel's complaint is being taken down by the bot, and the person waiting on the first reads it.
    expect(relayed()).toEqual(expect.arrayContaining([`${first?.number}: ${second}`, `${first?.number}: ${demand}`]));
  });

  it.each(CASES)('an agent taking the second ticket first talks with the customer (%s)', async (locale, ...turns) => {
    const [person, second, demand, impatient] = turns;
    const adapter = h.adapter({ locale });
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
    // The second complaint taken to its end: the customer confirms at each step the bot asks.
    const replies = await talk(adapter, [
      person,
      second,
      demand,
      '1111',
      '13800001111',
      locale === 'en-US' ? 'submit' : '提交',
    ]);
    const tickets = await h.store.tickets.find({});
    const first = tickets.find((t) => t.trackingNumbers.includes(DELAYED));
    const other = tickets.find((t) => t.trackingNumbers.includes(DELIVERED));
    expect(first?.status).toBe('pending_agent');
    expect(other).toBeDefined();
    expect(replies.flat().join('\n')).toContain(other?.number);

    await h.parts.services.handoff.act(other?.number ?? '', WANG, { verb: 'accept' });
    proactiveTexts(adapter);
    const conversation = (await h.store.conversations.get(first?.conversationIds[0] ?? ''))!;
    expect(conversation).toMatchObject({ mode: 'handoff', ticketId: other?.id });

    // The customer's words now go to the agent on the second ticket, and the bot says nothing in their place.
    const [answer] = await talk(adapter, [impatient]);
    expect(answer).toEqual([]);
    expect(relayed()).toContain(`${other?.number}: ${impatient}`);

    // The first ticket taken too: both people read what the customer writes from then on.
    await h.parts.services.handoff.act(first?.number ?? '', LIN, { verb: 'accept' });
    await talk(adapter, ['ok']);
    expect(relayed()).toEqual(expect.arrayContaining([`${other?.number}: ok`, `${first?.number}: ok`]));
    // The second resolved: the chat is the first ticket's person's.
    await h.parts.services.handoff.act(other?.number ?? '', WANG, {
      verb: 'resolve',
      responsibleParty: ['courier'],
      note: 'refund approved',
      customerMessage: 'Refund of 200 approved.',
    });
    // (A payout needs a supervisor's approval before the ticket is resolved.)
    await h.parts.services.handoff.act(other?.number ?? '', SUPERVISOR, { verb: 'approve' });
    proactiveTexts(adapter);
    expect((await h.store.tickets.get(other?.id ?? ''))?.status).toBe('resolved');
    expect(await h.store.conversations.get(conversation.id)).toMatchObject({ mode: 'handoff', ticketId: first?.id });
  });
});
