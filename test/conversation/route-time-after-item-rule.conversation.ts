import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "那大概幾天會到" right after the rule on an item, in a chat that priced a route before (blind batch 35a: 12.4 heard the
 * prohibited-items list again): the usual time of that route — the conversation is still about sending.
 */
describe('how long it takes, asked after the rule on an item', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      [
        'how much for 3kg from shanghai to chengdu',
        'can I put a bottle of chilli oil in the box?',
        'ok and roughly how many days will it take',
      ],
      /Shanghai → Chengdu: it usually takes 2–4 days/,
    ],
    [
      'zh-CN',
      ['3公斤从上海寄成都多少钱', '里面放一瓶辣椒油可以吗', '好的 那一般要几天能到'],
      /上海 → 成都：一般 2–4 天/,
    ],
    ['zh-TW', ['3公斤由台中寄去花蓮幾多錢', '入面放一樽辣椒油得唔得', '咁大概要幾耐先到'], /台中 → 花蓮：一般第二日/],
  ] as const)('%s: the route priced before, its time', async (locale, turns, time) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [...turns]);
    expect(all(replies[2])).toMatch(time);
    expect(all(replies[2])).not.toMatch(/禁止|禁寄|Prohibited|prohibited/);
  });
});
