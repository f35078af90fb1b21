import { botHarness, sendAll, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * A scam call by someone who knew the customer's details, then "was that really you?" (blind batch 26: 08.2, 08.5):
 * no, that was not the courier, the courier's rule on calls asking for a fee (never by transfer, never a code), and a
 * data-leak complaint offered as a button — filed as "personal data leaked" when taken. A leak named beside "where is
 * my parcel" is a data-leak complaint with the parcel's status, never a guess at a lost parcel. New wording throughout.
 */
describe('a scam call that knew the customer, asked about', () => {
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
      'a guy phoned me, knew my name and home address, said he was from your company and wanted an import duty paid by bank transfer',
      'was that really you?',
      /Calls asking you to pay/,
      ['skip', 'an explanation', 'skip'],
      undefined,
    ],
    [
      'zh-CN',
      'zh-CN',
      '刚才有人打电话给我，说得出我的名字和地址，说是你们公司的，让我转账交关税',
      '真的是你们打的吗？',
      /打电话让您付钱/,
      ['跳过', '给个说法', '跳过'],
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      '頭先有人打電話俾我，講得出我個名同地址，話係你哋公司，叫我過數俾關稅',
      '係咪你哋打嚟㗎？',
      /打電話叫你俾錢/,
      ['跳過', '畀個解釋', '跳過'],
      'yue' as const,
    ],
  ])(
    '%s: not us, the rule on such calls, and a leak report offered and filed as a leak',
    async (channel, locale, story, doubt, rule, rest, yue) => {
      const adapter = h.adapter({ locale: channel });
      await talk(adapter, [story]);
      const { text, buttons } = await sendAll(adapter, doubt);
      expect(text).toContain(t(locale, 'scam.notUsAsked', yue));
      expect(text).toMatch(rule);
      expect(text).toContain(t(locale, 'scam.leakOffer', yue));
      expect(buttons).toContain(t(locale, 'scam.leakChoice', yue));
      // (Offered, not filed.)
      expect(await h.store.tickets.find({})).toEqual([]);
      const turns = await talk(adapter, [t(locale, 'scam.leakChoice', yue), ...rest]);
      expect(all(turns.at(-1))).toContain(t(locale, 'category.info_error.leak', yue));
    },
  );

  it.each([
    [
      'en-US',
      'YT6865635515058',
      'please get this data leak looked into, and also tell me where my package is',
      /in transit/,
    ],
    ['zh-CN', 'YT6865635515058', '我的个人信息泄露了，要求调查清楚，另外帮我看下包裹现在到哪了', /运输中/],
    ['zh-TW', 'YT6865635515058', '我啲資料外洩咗，要查清楚，順便睇下件貨而家喺邊', /運送中|轉運中|運輸中/],
  ])(
    '%s: a leak named beside "where is my parcel" opens a leak complaint and shows the status',
    async (channel, parcel, message, status) => {
      const turns = await talk(h.adapter({ locale: channel }), [parcel, message]);
      const said = all(turns[1]);
      expect(said).toMatch(status);
      expect(said).not.toContain(t('en', 'clarify.close'));
      expect(said).not.toMatch(/lost parcel|丢失|遺失/);
    },
  );
});
