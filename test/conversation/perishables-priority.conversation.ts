import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const STUCK = DEMO_TRACKING.stuck; // no scan for days at a hub, not yet past its promise: an ordinary delay is medium

/**
 * Perishable or live goods in a late or stuck parcel (issue #17, blind batch 24: 19.6, live crabs stuck four days
 * filed at medium priority with a 24-hour reply): they spoil or die by the day, so the complaint is high priority and a
 * person takes it over. Wording and goods differ from the fixture's; the same complaint about ordinary goods stays
 * medium.
 */
describe('perishable goods on a stuck parcel: the complaint is high priority', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`我要投诉，${STUCK} 里面是一箱鲜花和水果，卡在中转站好几天了`, '寄件人8888', '重新派送', '提交'],
      /高优先级/,
    ],
    [
      'en-US',
      [
        `complaint about ${STUCK}: it has live lobsters inside and hasn't moved for days`,
        'sender 8888',
        'redelivery',
        'Submit',
      ],
      /high priority/,
    ],
    ['zh-TW', [`我要投訴 ${STUCK}，入面係冰鮮雞同海鮮，幾日都冇郁過`, '寄件人8888', '重新派送', '提交'], /高優先/],
  ])('%s: filed high and handed to a person', async (locale, turns, filed) => {
    const a = h.adapter({ locale, user: `perishable-priority-${locale}` });
    const replies = await talk(a, turns as string[]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.priority).toBe('high');
    expect(replies.at(-1)?.join('\n')).toMatch(filed);
  });

  it.each([
    ['zh-CN', [`我要投诉，${STUCK} 里面是几本书，卡在中转站好几天了`, '寄件人8888', '重新派送', '提交']],
    [
      'en-US',
      [
        `complaint about ${STUCK}: it has books inside and hasn't moved for days`,
        'sender 8888',
        'redelivery',
        'Submit',
      ],
    ],
  ])('%s: the same complaint about books stays medium', async (locale, turns) => {
    const a = h.adapter({ locale, user: `books-priority-${locale}` });
    await talk(a, turns as string[]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.priority).toBe('medium');
  });
});

/**
 * Food, flowers or seafood "坏了", "壞咗", "went bad" (blind-24 19): the acknowledgement speaks of spoiled goods, never
 * of goods "arrived damaged" or broken.
 */
describe('perishables gone bad: acknowledged as spoiled, not broken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `投诉一下，${DEMO_TRACKING.delivered} 寄来的蛋糕全坏掉了`, /变质|坏掉/, /收到时已经损坏/],
    [
      'en-US',
      `complaint: the cake in ${DEMO_TRACKING.delivered} had gone bad`,
      /spoil|went off/,
      /arrived damaged|broken/,
    ],
    ['zh-TW', `我要投訴，${DEMO_TRACKING.delivered} 啲生果壞晒`, /變壞|變質|壞咗/, /收到時已經損壞|爛咗/],
  ])('%s: spoiled goods acknowledged', async (locale, opening, spoiled, broken) => {
    const a = h.adapter({ locale, user: `spoiled-${locale}` });
    const [ack] = await talk(a, [opening]);
    const first = ack?.[0] ?? '';
    expect(first).toMatch(spoiled);
    expect(first).not.toMatch(broken);
  });
});
