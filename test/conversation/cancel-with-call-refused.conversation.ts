import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const CANCELLED = /left the delivery of .* as it was|的派送保持不变|的配送維持不變|照原本咁派送/;

/**
 * A cancel that turns the call down ("cancel that, don't call, just leave it at the door", "算了取消吧，不用打电话了")
 * after a call before delivery was asked: the request is called off, never kept with the refusal as the courier's
 * note (review 31, finding 4). A cancel with the wish said again still keeps it (blind 27: 29.5).
 */
describe('a cancel that turns the call down calls the request off', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'please call me before delivery', "cancel that, don't call, just leave it at the door"],
    ['zh-CN', `送之前打电话给我`, '算了取消吧，不用打电话了'],
    ['zh-TW', `送之前打電話俾我`, '算啦取消啦，唔使打電話喇'],
  ] as const)('%s: "%s", then "%s"', async (locale, asked, cancelled) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, , answer, proof] = await talk(adapter, [parcel, asked, cancelled, '4444']);
    expect(all(answer)).toMatch(CANCELLED);
    expect(all(answer)).not.toMatch(/note for the courier|备注给快递员|留咗句話俾速遞員|備註給/);
    expect(all(proof)).not.toMatch(/note for the courier|备注给快递员|留咗句話俾速遞員|備註給/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 })).toEqual([]);
  });

  it('en: a cancel with the call asked again keeps the request', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , answer] = await talk(adapter, [
      parcel,
      'please call me before delivery',
      "cancel, I'm not complaining, I just want him to call me before delivery",
    ]);
    expect(all(answer)).not.toMatch(CANCELLED);
  });
});
