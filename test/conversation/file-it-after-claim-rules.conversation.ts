import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered; // delivered yesterday, Nanjing → Suzhou
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "ok file it then, tracking JT…" after the claim rules were asked about goods that came broken (blind batch 36a: 03.4
 * got the tracking answer and had to say "I want to CLAIM" again): the damage told before is the complaint, taken
 * down on the parcel named — its kind damaged, its first question the demand.
 */
describe('"file it" after the claim rules on a harm told before', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      'the lamp I got is cracked in two. what does your insurance pay for that?',
      `alright, log it please, it's ${DELIVERED}`,
    ],
    ['zh-CN', '收到的台灯裂成两半了 你们保价怎么赔', `那帮我登记吧 单号${DELIVERED}`],
    ['zh-TW', '收到盞枱燈爛咗一半 你哋保價點賠㗎', `咁幫我登記啦 單號${DELIVERED}`],
  ] as const)('%s: a damage complaint on the parcel named', async (locale, harm, fileIt) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [harm, fileIt]);
    expect(all(replies[1])).toContain(DELIVERED);
    expect(all(replies[1])).toMatch(DEMAND[locale]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('en: "file it" with no harm told is not a complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'how do insurance claims work?',
      `ok file it, ${DELIVERED}`,
    ]);
    expect(all(replies[1])).not.toMatch(DEMAND.en);
  });
});
