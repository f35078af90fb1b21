import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * The courier's own phone or WhatsApp asked for (blind batch 26b: 05.2): it is not given out, and the station that
 * delivered it contacting the customer is offered — noted on a complaint being taken down, never only "noted". New
 * wording throughout.
 */
describe("the courier's own number asked for", () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);
  const all = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    [
      'en-US',
      'en',
      'JT0001234567890 shows delivered but it never reached me',
      "can I have the delivery guy's mobile so I can ring him myself?",
      undefined,
    ],
    ['zh-CN', 'zh-CN', 'JT0001234567890 显示签收了但我没收到', '把送货的师傅手机号给我，我自己跟他说', undefined],
    ['zh-TW', 'zh-TW', 'JT0001234567890 顯示已簽收但我沒收到', '請給我司機的手機號碼', undefined],
    ['zh-TW', 'zh-TW', 'JT0001234567890 話簽收咗但係我冇收到', '可唔可以俾速遞員個電話我 我自己搵佢', 'yue' as const],
  ])('%s, mid-complaint: not given, the station contacting them noted', async (channel, locale, open, ask, yue) => {
    const turns = await talk(h.adapter({ locale: channel }), [open, ask]);
    expect(all(turns[1])).toContain(t(locale, 'courier.numberPrivateNoted', yue));
    expect(all(turns[1])).not.toContain(t(locale, 'intake.detailNoted', yue));
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', 'en', "what's the driver's whatsapp? he never showed up with my parcel", undefined],
    ['zh-CN', 'zh-CN', '能不能给我快递员的微信，包裹一直没送来', undefined],
    ['zh-TW', 'zh-TW', '可唔可以俾個派件員電話我 件貨一直冇送到', 'yue' as const],
  ])('%s, before any complaint: not given, and what can be done instead', async (channel, locale, ask, yue) => {
    const turns = await talk(h.adapter({ locale: channel }), [ask]);
    expect(all(turns[0])).toContain(t(locale, 'courier.numberPrivate', yue));
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
