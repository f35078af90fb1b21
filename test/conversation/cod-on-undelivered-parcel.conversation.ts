import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LOST_LOOKING = DEMO_TRACKING.lostLooking; // not delivered: an exception at a hub, six days late
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const NOT_COLLECTED = {
  'zh-CN': /还没有收到代收货款/,
  'zh-TW': /還沒有收到代收貨款|仲未收到代收貨款/,
  en: /No cash-on-delivery money has been collected/,
};
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * When the cash-on-delivery money of a parcel comes, asked of one never delivered (blind batch 36a: 07.1 heard the
 * remittance rule alone): the parcel's status, and that no money was collected yet — the recipient pays on delivery —
 * with when it comes once it is delivered and what a loss would mean.
 */
describe('the COD money of a parcel not delivered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', `when do I get the COD payment for ${LOST_LOOKING}? I collected for my shop`],
    ['zh-CN', `${LOST_LOOKING} 这单的代收货款什么时候到账`],
    ['zh-TW', `${LOST_LOOKING} 代收貨款幾時過數俾我呀`],
  ] as const)('%s: its status and that nothing was collected yet', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [asked]);
    expect(all(answer)).toContain(LOST_LOOKING);
    expect(all(answer)).toMatch(/郑州|鄭州|Zhengzhou/);
    expect(all(answer)).toMatch(NOT_COLLECTED[locale]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
