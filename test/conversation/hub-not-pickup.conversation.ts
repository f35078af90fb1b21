import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const NOT_THERE = { en: /can't be collected there/, 'zh-CN': /不能自取/, 'zh-TW': /唔可以自取|不能自取/ };
const HOLD_OFFERED = { en: /held at the delivery station/, 'zh-CN': /暂存在负责派送的网点/, 'zh-TW': /暫存/ };
const HELD = { en: /hold it/, 'zh-CN': /暂存/, 'zh-TW': /暫存|留喺服務點/ };
const REDELIVERY = { en: /deliver it again|redeliver/i, 'zh-CN': /重新派送|再派送/, 'zh-TW': /重新配送|再派送/ };

/**
 * Collecting a parcel at a transit hub (issue #17, blind batch 26: 24.2): hubs are no pickup points — said honestly,
 * with the hold at the delivery station offered, which the customer may then take; never a redelivery taken down.
 */
describe('a parcel asked for at a transit hub', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${normal} could I just go and collect it from your sorting centre myself?`,
      'hold it at the station please',
      'recipient 4444',
    ],
    ['zh-CN', `${normal} 我能不能自己去分拨中心取件`, '那就放网点吧 我自己去拿', '收件人尾号4444'],
    ['zh-TW', `${normal} 我可唔可以自己去轉運中心攞？`, '放服務點自取', '收件人尾數4444'],
  ] as const)('%s: not possible, the hold offered, then taken', async (locale, ask, hold, proof) => {
    const [answer, , held] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [ask, hold, proof]);
    expect(all(answer)).toMatch(NOT_THERE[locale]);
    expect(all(answer)).toMatch(HOLD_OFFERED[locale]);
    expect(all(answer)).not.toMatch(REDELIVERY[locale]);
    expect(all(held)).toMatch(HELD[locale]);
  });
});
