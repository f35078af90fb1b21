import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16, pattern 3; the sentences are new wording): two parcels in the opening message — the
// second is answered in the same reply (where it is; a ticket of its own when something is wrong with it), and
// "the other one?" later in the complaint is that parcel, not this one again.
const LATE = 'SF2210478832106';
const STUCK = 'YT6865635515058';
const DELIVERED = 'JT0001234567890';
const ON_TIME = 'SF1402837465921';

describe('two parcels in the opening message', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const ownTicket = (locale: string, yue: boolean, number: string, current: string) =>
    replies.t(locale as Locale, 'intake.otherParcelOwnTicket', { number, current }, yue ? 'yue' : undefined);

  it.each([
    ['zh-CN', 'zh-CN', false, `两个件都有问题 ${LATE} 拖了三天 还有 ${STUCK} 好多天没动静`, '那另外那个呢'],
    ['zh-TW', 'zh-TW', true, `我有兩件貨 ${LATE} 遲咗三日 仲有 ${STUCK} 幾日都冇郁`, '咁另一件呢'],
    [
      'en-US',
      'en',
      false,
      `two parcels: ${LATE} is three days late and ${STUCK} has not moved for days`,
      'and the other one?',
    ],
  ])(
    'both troubled: the second is answered, its own ticket said, and "the other one" is it (%s)',
    async (channel, locale, yue, opening, other) => {
      const turns = await talk(h.adapter({ locale: channel }), [opening, other]);
      expect(said(turns[0])).toContain(`${STUCK}`);
      expect(said(turns[0])).toContain(ownTicket(locale, yue, STUCK, LATE));
      // "The other one" asked after by no number: the stuck parcel's status, and the complaint goes on about the late one.
      expect(said(turns[1])).toContain(STUCK);
      expect(said(turns[1])).not.toContain(`${LATE} (`);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', false, `${DELIVERED} 显示签收了但我没收到，顺便问下 ${ON_TIME} 啥时候到`],
    ['zh-TW', 'zh-TW', true, `${DELIVERED} 話簽收咗但我冇收到，另外 ${ON_TIME} 幾時到`],
    ['en-US', 'en', false, `${DELIVERED} shows delivered but I never got it. also when is ${ON_TIME} coming`],
  ])(
    'the second only asked about: its status, no second ticket offered (%s)',
    async (channel, locale, yue, opening) => {
      const turns = await talk(h.adapter({ locale: channel }), [opening]);
      expect(said(turns[0])).toContain(ON_TIME);
      expect(said(turns[0])).not.toContain(ownTicket(locale, yue, ON_TIME, DELIVERED));
    },
  );
});
