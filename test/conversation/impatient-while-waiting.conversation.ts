import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 15, pattern 10): a customer waiting for a person who is angry or feels unheard hears that
// they are heard — a line from the catalog, not the one said last — before the queue line; a calm message does not.
describe('an impatient customer waiting for a person', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const impatientLines = (locale: string, register?: 'yue') =>
    [1, 2, 3].map((n) => replies.t(locale as Locale, `empathy.impatient.${n}` as never, {}, register));
  const heardIn = (text: string, lines: string[]) => lines.filter((line) => text.includes(line));

  it.each([
    ['zh-CN', 'zh-CN', '我要人工客服', '我的包裹是蓝色的盒子', '有人吗？到底有没有人管', '你们是不是在耍我', undefined],
    [
      'zh-TW',
      'zh-TW',
      '我要找真人客服',
      '包裹是一個藍色的箱子',
      '到底有沒有人在看啊',
      '還要等多久 我等了很久了',
      undefined,
    ],
    ['zh-TW', 'zh-TW', '我要搵真人', '件貨係個藍色盒', '有冇人呀 你哋係咪玩嘢', '仲要等 等咗好耐喇', 'yue' as const],
    [
      'en-US',
      'en',
      'let me talk to a person',
      'the parcel is a blue box',
      'are you even listening',
      'hello?? anyone there',
      undefined,
    ],
  ])(
    'heard before the queue line, never the same line twice in a row (%s: %s)',
    async (channelLocale, locale, ask, calm, unheard, again, register) => {
      const lines = impatientLines(locale, register);
      const turns = await talk(h.adapter({ locale: channelLocale }), [ask, calm, unheard, again]);
      // A calm message gets no acknowledgement of feelings.
      expect(heardIn(said(turns[1]), lines)).toEqual([]);
      const first = heardIn(said(turns[2]), lines);
      const second = heardIn(said(turns[3]), lines);
      expect(first).toHaveLength(1);
      expect(second).toHaveLength(1);
      expect(second[0]).not.toBe(first[0]);
      // Still the wait, with the ticket: nothing else changes.
      const [ticket] = await h.store.tickets.find({});
      expect(said(turns[3])).toContain(ticket?.number ?? 'no ticket');
      expect(ticket?.status).toBe('pending_agent');
    },
  );
});
