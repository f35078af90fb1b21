import type { TestAdapter } from 'botbuilder-core';
import { botHarness, type BotHarness } from './harness';

/**
 * A message padded to 20,000 characters — twice the most any channel passes to the bot (WEBCHAT_MAX_MESSAGE_CHARS and
 * EMAIL_MAX_TEXT_CHARS stop at 10,000; SMS at 1,600) — is read in time linear in its length at every stage of a
 * conversation. Many readings split or search with patterns that, tried at each place inside a long run of spaces,
 * punctuation or letters, took time quadratic in the run's length: one such message held the server (every customer's
 * turn) for seconds, and a 200,000-character mail for minutes. The bound is CPU time, not wall time, so a busy machine
 * does not fail it; the quadratic patterns took several seconds of CPU here.
 */
const LENGTH = 20_000;
const CPU_BOUND_MS = 2_000;

const STAGES: Record<string, { locale: string; before: string[] }> = {
  'a new conversation': { locale: 'en-US', before: [] },
  'after a parcel was tracked': { locale: 'en-US', before: ['where is SF2210478832106'] },
  'the demand step of a complaint': { locale: 'en-US', before: ['SF2210478832106 is 3 days late, I want to complain'] },
  'the contact step': {
    locale: 'en-US',
    before: ['SF2210478832106 is 3 days late, I want to complain', 'compensation'],
  },
  'a delivery change': { locale: 'zh-CN', before: ['我要改地址 SF1402837465921', '4444'] },
  'a complaint in Chinese': { locale: 'zh-CN', before: ['SF2210478832106 晚了三天 我要投诉'] },
};

// Runs that once took quadratic time somewhere: spaces and tabs, line breaks, full stops, commas, one long word,
// digits, and "!?".
const FILLERS = [' \t', '\n', '。', '，', 'a', '1', '!?'];

describe('a padded message is read in linear time at every stage', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());

  let user = 0;
  const turn = async (adapter: TestAdapter, text: string): Promise<number> => {
    const before = process.cpuUsage();
    await adapter.processActivity({ type: 'message', text });
    const used = process.cpuUsage(before);
    adapter.activeQueue.splice(0);
    return (used.user + used.system) / 1000;
  };

  it.each(Object.entries(STAGES))(
    '%s',
    async (_stage, { locale, before }) => {
      const slowest: { ms: number; filler: string }[] = [];
      const padded = async (filler: string, tail: string): Promise<number> => {
        user += 1;
        const adapter = h.adapter({ user: `padded-${user}`, locale });
        for (const text of before) await turn(adapter, text);
        const pad = filler.repeat(Math.ceil(LENGTH / filler.length)).slice(0, LENGTH - 30);
        return turn(adapter, `我的包裹 late, the address is ${pad}${tail}`);
      };
      for (const filler of FILLERS)
        for (const tail of ['x', '?']) {
          // A turn over the bound is read once more: a garbage collection of the shard's heap in its middle counts as
          // its CPU (one turn in a full run took 2.4 s, and 0.05 s alone); a quadratic pattern is slow both times.
          const first = await padded(filler, tail);
          const ms = first < CPU_BOUND_MS ? first : Math.min(first, await padded(filler, tail));
          slowest.push({ ms, filler: JSON.stringify(filler + tail) });
        }
      slowest.sort((a, b) => b.ms - a.ms);
      expect(slowest[0]!.ms < CPU_BOUND_MS ? [] : slowest.filter((s) => s.ms >= CPU_BOUND_MS)).toEqual([]);
    },
    120_000,
  );
});
