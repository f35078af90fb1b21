import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// "Can't you find it by my phone?" and "can you guess the number?" after the bot asked for the tracking number are
// questions about how a parcel is found: no lookup by a typed phone here, no guessed number, and where the number is
// found — never a complaint taking the phone as its contact, never "I didn't understand" (blind batch 28: 17.2, 30.3).
describe('a parcel asked for without its number', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: 'lookup.byPhoneNot' | 'lookup.guessNot', register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);

  it.each([
    [
      'en-US',
      'en',
      'where is my package',
      'no idea what the number is, could you track it with my mobile? 13812345678',
      undefined,
    ],
    ['zh-CN', 'zh-CN', '帮我查下快递', '没有单号 能不能用我的手机号码查一下 13912345678', undefined],
    ['zh-TW', 'zh-TW', '我的包裹現在在哪裡', '單號不知道耶，用電話號碼可以查嗎？0912345678', undefined],
    ['zh-TW', 'zh-TW', '我件貨去咗邊', '唔知單號喎，用我電話搵得唔得？61234567', 'yue' as const],
    // (A phone given, then "search with this" — blind batch 39b: 08.2.)
    ['zh-CN', 'zh-CN', '帮我查下快递', '我手机尾号1111 你用这个查不行吗', undefined],
  ])('by phone: no, and where the number is (%s: %s)', async (channelLocale, locale, opening, byPhone, register) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [opening, byPhone]);
    expect((turns[1] ?? []).join('\n')).toBe(t(locale, 'lookup.byPhoneNot', register));
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', 'en', 'track SF14028374659', 'hmm typo maybe? just guess the right one for me', undefined],
    ['zh-CN', 'zh-CN', '查一下 SF14028374659', '打错了？那你帮我猜一下单号是多少', undefined],
    ['zh-TW', 'zh-TW', '幫我查 SF14028374659', '打錯了嗎？你能不能猜猜看正確的號碼', undefined],
    ['zh-TW', 'zh-TW', '查吓 SF14028374659', '你估吓個單號係咩啦', 'yue' as const],
  ])('a guess: none, and where the number is (%s: %s)', async (channelLocale, locale, opening, guess, register) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [opening, guess]);
    expect((turns[1] ?? []).join('\n')).toBe(t(locale, 'lookup.guessNot', register));
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
