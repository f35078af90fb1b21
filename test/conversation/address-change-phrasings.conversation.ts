import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

/**
 * The usual ways of giving a new address — "change the address to …", "the new address is …", "send it to …
 * instead?" — are an address change, in the middle of a complaint as outside one, and a trailing "instead?" is no part
 * of the address (issue #17, blind 27: the English change asked in a complaint).
 */
describe('a new address given in the usual words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const LATE = DEMO_TRACKING.delayed; // 3 days late; the sender's phone ends 3333
  it.each([
    [
      'en',
      `${LATE} should have come on the 20th, it's still not here, I want compensation`,
      'fine, then change the address — the new address is Room 1203, 18 Jianguo Road, Chaoyang District, Beijing',
      'Room 1203, 18 Jianguo Road, Chaoyang District, Beijing',
    ],
    [
      'zh-CN',
      `${LATE} 说好20号到，到现在还没到，我要赔偿`,
      '那就改地址吧，新地址是北京市朝阳区建国路18号1203室',
      '北京市朝阳区建国路18号1203室',
    ],
    [
      'zh-TW',
      `${LATE} 話20號到，到而家都未到，我要賠償`,
      '咁改地址啦，新地址係北京市朝陽區建國路18號1203室',
      '北京市朝陽區建國路18號1203室',
    ],
  ] as const)('%s: inside a complaint, a change beside it', async (locale, complaint, change, address) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const replies = await talk(adapter, [complaint, change, '3333']);
    expect(replies[2]?.join('\n')).toContain(address);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: LATE, limit: 10 });
    expect(request).toMatchObject({ kind: 'change_address', details: { address } });
  });

  const DUE = DEMO_TRACKING.normal; // due tomorrow; the recipient's phone ends 4444
  it.each([
    [
      'en',
      'can you send it to 77 Huaihai Road, Xuhui District, Shanghai instead?',
      '77 Huaihai Road, Xuhui District, Shanghai',
    ],
    ['en', 'the new address is 77 Huaihai Road, Xuhui District, Shanghai', '77 Huaihai Road, Xuhui District, Shanghai'],
    [
      'en',
      'please deliver it to a different address instead: 77 Huaihai Road, Xuhui District, Shanghai',
      '77 Huaihai Road, Xuhui District, Shanghai',
    ],
    ['zh-CN', '新地址是上海市徐汇区淮海中路77号', '上海市徐汇区淮海中路77号'],
    ['zh-TW', '改送去上海市徐匯區淮海中路77號啦', '上海市徐匯區淮海中路77號'],
  ] as const)('%s: outside a complaint, "%s" changes the address', async (locale, change, address) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    await talk(adapter, [DUE, change, '4444']);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: DUE, limit: 10 });
    expect(request).toMatchObject({ kind: 'change_address', details: { address } });
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
