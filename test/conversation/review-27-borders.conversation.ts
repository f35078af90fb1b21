import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

// The stranger's review of session 27's fixes: a time of day told is no correction of a request waiting, and a
// question about an ID card lost or leaked is the complaint it is.
describe('the borders of session 27 conversation fixes', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      [`can you send ${parcel} to 88 Zhangjiang Road, 3rd floor`, 'recipient, 4444', 'afternoon please'],
      'the courier who came this morning was really rude to my colleague',
    ],
    [
      'zh-CN',
      [`${parcel} 帮我改到 上海市浦东新区张江路200号 5楼`, '收件人 4444', '下午送'],
      '上午来的那个快递员态度很差',
    ],
  ] as const)('%s: a time of day told is no new slot for the request waiting', async (locale, first, told) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    await talk(adapter, [...first]);
    const [before] = await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 1 });
    await talk(adapter, [told]);
    const [after] = await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 1 });
    expect(after?.details).toEqual(before?.details);
  });

  it.each([
    ['zh-CN', '包裹里有我的身份证，丢了怎么办？', /取件码|不用带身份证/],
    ['zh-CN', '快递员把我的身份证照片发到群里了，你们怎么管的？', /取件码|不用带身份证/],
    ['en', 'my ID card was in the parcel and it is lost, what now?', /pickup code/],
  ] as const)('%s: "%s" is no question about what to bring', async (locale, said, idAnswer) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect((answer ?? []).join('\n')).not.toMatch(idAnswer);
  });
});
