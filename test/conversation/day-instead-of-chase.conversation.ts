import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING; // no scan for 4 days, due Nov 25; the recipient's phone ends 7777
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A delivery day asked for right after a speed-up was recorded — "可唔可以改星期六送 平日我唔喺屋企", "can it come on
 * saturday instead" (blind batch 38b: 13.4–13.5, where it became "hurry it so it arrives before Saturday", the
 * opposite): a redelivery on that day, which replaces the chase, said so; a day asked as a question about the chase
 * ("will it arrive by saturday?") changes nothing.
 */
describe('a day asked for instead of the speed-up', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '幫我催下', '7777', '不如改星期六先送啦 平日屋企冇人', /11月28日/, /撤回/],
    ['zh-CN', '帮我催一下', '7777', '还是改成周六送吧 工作日家里没人', /11月28日/, /撤回/],
    [
      'en-US',
      'please chase it',
      '7777',
      "on second thought deliver it saturday, nobody's home on weekdays",
      /Nov 28/,
      /withdrawn/,
    ],
  ])('%s: a redelivery on that day, the chase withdrawn', async (locale, chase, digits, saturday, day, withdrawn) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [`${stuck}`, chase, digits, saturday]);
    const heard = all(replies.at(-1));
    expect(heard).toMatch(day);
    expect(heard).toMatch(withdrawn);
    expect(heard).not.toMatch(/之前送到|之前到|by Sat/);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 10 });
    const waiting = requests.filter((r) => r.status === 'requested');
    expect(waiting.map((r) => [r.kind, r.details.date])).toEqual([['redeliver', '2026-11-28']]);
    expect(requests.find((r) => r.kind === 'expedite')?.status).toBe('withdrawn');
  });

  it('en: a day asked about as a question keeps the chase', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [`${stuck}`, 'please chase it', '7777', 'will it get here by saturday?']);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 10 });
    expect(requests.find((r) => r.kind === 'expedite')?.status).toBe('requested');
    expect(requests.some((r) => r.kind === 'redeliver')).toBe(false);
  });
});
