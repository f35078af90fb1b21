import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16: while a request for a person waits, the customer asks after an earlier complaint by its
// number; new wording here). Its status is told only when that ticket is the customer's own (the check ticket_status
// makes); another customer's ticket and a number that does not exist get the same words, which show nothing of it
// (not its number, status or parcel), and then the customer's own wait line.
describe('an earlier ticket named while waiting for a person', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], vars = {}, register?: 'yue') =>
    replies.t(locale as Locale, key, vars, register);
  const FIRST = 'C-20261123-0001';

  const cases = [
    {
      channel: 'zh-CN',
      locale: 'zh-CN',
      first: 'SF1402837465921 麻烦给我转人工客服',
      second: 'JT0001234567890 我要找人工',
      asks: (n: string) => `顺便问下 我前面那张 ${n} 现在什么情况`,
    },
    {
      channel: 'zh-TW',
      locale: 'zh-TW',
      first: 'SF1402837465921 請幫我轉真人客服',
      second: 'JT0001234567890 我要找真人',
      asks: (n: string) => `另外我早上那張 ${n} 現在處理到哪了`,
    },
    {
      channel: 'zh-TW',
      locale: 'zh-TW',
      register: 'yue' as const,
      first: 'SF1402837465921 唔該幫我轉真人',
      second: 'JT0001234567890 我要搵真人同事',
      asks: (n: string) => `仲有我朝早嗰張 ${n} 而家點樣呀`,
    },
    {
      channel: 'en-US',
      locale: 'en',
      first: 'SF1402837465921 let me talk to an agent',
      second: 'JT0001234567890 I need a real person',
      asks: (n: string) => `btw how is my earlier one ${n} going?`,
    },
  ];

  it.each(cases)('their own: its status, then the wait ($channel $register)', async (c) => {
    await talk(h.adapter({ locale: c.channel, user: 'owner' }), [c.first]);
    const turns = await talk(h.adapter({ locale: c.channel, user: 'owner' }), [c.second, c.asks(FIRST)]);
    const answer = (turns[1] ?? []).join('\n');
    expect(answer).toContain(FIRST);
    expect(answer).toContain(t(c.locale, 'ticketStatus.pending_agent', {}, c.register));
    expect(answer).toContain('C-20261123-0002');
  });

  it.each(cases)('another customer’s: nothing of it, then their own wait ($channel $register)', async (c) => {
    await talk(h.adapter({ locale: c.channel, user: 'owner' }), [c.first]);
    const turns = await talk(h.adapter({ locale: c.channel, user: 'stranger' }), [c.second, c.asks(FIRST)]);
    // Two lines: the same words as for a number that does not exist, and where their own ticket stands.
    const [cannot, wait, ...more] = turns[1] ?? [];
    expect(cannot).toBe(t(c.locale, 'tickets.cannotShow', {}, c.register));
    expect(wait).toContain('C-20261123-0002');
    expect(more).toEqual([]);
    expect((turns[1] ?? []).join('\n')).not.toMatch(/C-20261123-0001|SF1402837465921/);
  });

  it.each(cases)('one that does not exist: the same words ($channel $register)', async (c) => {
    const turns = await talk(h.adapter({ locale: c.channel, user: 'stranger' }), [c.first, c.asks('C-20261120-0042')]);
    const [cannot, wait, ...more] = turns[1] ?? [];
    expect(cannot).toBe(t(c.locale, 'tickets.cannotShow', {}, c.register));
    expect(wait).toContain('C-20261123-0001');
    expect(more).toEqual([]);
    expect((turns[1] ?? []).join('\n')).not.toContain('C-20261120-0042');
  });
});
