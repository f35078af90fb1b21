import type { TestAdapter } from 'botbuilder-core';
import type { ConversationOutcome } from '../../src/conversations/records';
import { computeKpis } from '../../src/tickets';
import { botHarness, proactiveTexts, type BotHarness } from './harness';

/** Each language: a tracking question, a complaint to start, how the customer calls it off, asking for a person. */
const LANGUAGES = [
  {
    locale: 'zh-CN',
    track: '我的快递 SF1402837465921 到哪了',
    complain: '快递送来的时候箱子全压烂了，我要投诉',
    cancel: '算了，不投诉了',
    faq: '充电宝可以寄吗',
    human: '我要找人工客服',
  },
  {
    locale: 'zh-TW',
    track: '我的包裹 SF1402837465921 到哪裡了',
    complain: '包裹送來的時候箱子全壓爛了，我要客訴',
    cancel: '取消客訴',
    faq: '行動電源可以寄嗎？',
    human: '請幫我轉真人客服',
  },
  {
    locale: 'en-US',
    track: 'where is my parcel SF1402837465921?',
    complain: 'the box arrived completely crushed, I want to complain',
    cancel: 'cancel the complaint',
    faq: 'can I ship a power bank?',
    human: 'I want to talk to a human',
  },
] as const;

const DAY = { from: '2026-11-22T16:00:00.000Z', to: '2026-11-23T16:00:00.000Z' };

describe.each(LANGUAGES)('bot containment from real conversations ($locale)', (lang) => {
  let h: BotHarness;
  let users = 0;

  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  /** A new customer's conversation: says each message in turn (whatever the bot answers) and ends. */
  async function converse(...messages: string[]): Promise<ConversationOutcome | undefined> {
    users += 1;
    const adapter: TestAdapter = h.adapter({ locale: lang.locale, user: `customer-${users}` });
    for (const text of messages) {
      await adapter.send(text).startTest();
      proactiveTexts(adapter);
    }
    const [conversation] = await h.store.conversations.listByCustomer(
      (await h.store.customers.findByIdentity({ kind: 'webchat', value: `customer-${users}` }))?.id as string,
    );
    return conversation?.outcome;
  }

  it('records where each conversation got to, and counts only needs met without an agent as contained', async () => {
    expect(await converse(lang.track)).toBe('answered');
    expect(await converse(lang.faq)).toBe('answered');
    expect(await converse(lang.complain, lang.cancel)).toBe('cancelled');
    expect(await converse(lang.complain)).toBe('intake');
    expect(await converse(lang.human)).toBe('handed_off');
    // Called off, then a question answered: the need it ended with was met.
    expect(await converse(lang.complain, lang.cancel, lang.track)).toBe('answered');
    // A hand-off stays one whatever follows.
    expect(await converse(lang.human, lang.track)).toBe('handed_off');

    const counts = await h.store.metrics.counts({ ...DAY, now: DAY.to, utcOffsetMinutes: 480 });
    expect(counts).toMatchObject({ conversations: 7, contained: 3 });
    expect(computeKpis(counts, DAY).botContainment).toBe(0.4286);
  });
});
