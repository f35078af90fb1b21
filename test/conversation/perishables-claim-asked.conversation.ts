import { botHarness, send, type BotHarness } from './harness';

/**
 * "螃蟹死了你们赔吗？我可是付了生鲜加急的钱" in a complaint about a stuck parcel of crabs (issue #17, blind batch 24:
 * 19.4): answered from the claim rules on perishables spoiled by a delay, and compensation taken as the demand — the
 * service they paid for is a grievance, never recorded as what they want. Wording differs from the fixture's. (The
 * rules promise nothing for live animals or seafood, which are not accepted: the cases here are fresh or chilled food
 * — review 29.)
 */
describe('perishables spoiled by a delay: the claim rule answered, compensation the demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      ['我要投诉！YT6865635515058 寄的是海鲜，好几天都不动了', '如果海鲜坏了你们赔不赔？我还多付了冷链的钱'],
      /生鲜（生鲜食品、冷藏冷冻物品）：因我们延误/,
      /已记下您的诉求：赔偿。/,
    ],
    [
      'en-US',
      [
        "I want to complain: YT6865635515058 has fresh fish in it and it hasn't moved in days",
        'if the fish goes off will you compensate? I paid for express shipping!',
      ],
      /Perishables \(fresh food, chilled and frozen goods\): spoilage caused by our delay/,
      /compensation\./,
    ],
    [
      'zh-TW',
      ['我要投訴！YT6865635515058 入面係冰鮮海鮮，幾日都冇郁過', '啲海鮮變質咗你哋賠唔賠？我俾咗加急錢㗎'],
      /生鮮（生鮮食品/,
      /賠償。/,
    ],
  ])('%s: spoiled perishables asked about in the complaint', async (locale, [first, question], rule, demand) => {
    const a = h.adapter({ locale, user: `perishable-${locale}` });
    await send(a, first as string);
    const reply = (await send(a, question as string)).join('\n');
    expect(reply).toMatch(rule);
    expect(reply).toMatch(demand);
    // (The service they paid for is no part of the demand said back.)
    expect(reply).not.toMatch(/(诉求|要求|request)[^\n]*(付了|paid|俾咗)/i);
  });
});
