import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING; // no scan for 4 days; the recipient's phone ends 7777
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Delivery wishes told inside a complaint (blind batch 38a: 09.3–09.4): "just bring it today, leave it with the guard"
 * keeps the guard on the redelivery taken down (it was dropped); "and call me before you deliver" at the summary is a
 * call before delivery — never a hand-off to a person with the complaint left unfiled.
 */
describe('delivery wishes inside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${stuck} 四天没动静了 我要退款`,
      '退款算了 今天给我送过来 放门卫就行',
      '另外派送前先给我打个电话',
      /门卫/,
    ],
    ['zh-TW', `${stuck} 四日都冇郁過 我要退錢`, '唔使退喇 今日送嚟 放管理處就得', '仲有送之前打個電話俾我', /管理處/],
    [
      'en-US',
      `${stuck} hasn't moved in 4 days, I want my money back`,
      'forget the refund, bring it today and leave it with the concierge',
      'oh and call me before the delivery',
      /concierge/i,
    ],
  ])('%s: the desk kept on the request, the call no hand-off', async (locale, opening, today, call, desk) => {
    const adapter = h.adapter({ locale });
    const [, , taken, called] = await talk(adapter, [opening, '7777', today, call]);
    expect(all(taken)).toMatch(desk);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 10 });
    expect(requests.some((r) => r.kind === 'redeliver' && r.details.leaveWith)).toBe(true);
    expect(all(called)).not.toMatch(/人工|真人|agent|C-\d{8}-\d{4}/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
