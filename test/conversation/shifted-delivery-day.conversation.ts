import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DAY = (d: number): RegExp => new RegExp(`11月${d}日|Nov ${d}\\b`);

/**
 * A delivery put off by days counts from the day the parcel was due (24 Nov for the demo parcel, today being 23 Nov),
 * a day corrected after the request was taken replaces it, and a short "ok thanks" keeps the chat's language
 * (issue #17, blind batch 26: 30.4–30.6).
 */
describe('a delivery put off, counted from the day it was due', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', `could you deliver ${normal} two days later? the recipient is travelling`, 'recipient 4444', 26],
    ['zh-CN', `${normal} 麻烦推迟一天送 收件人明天出差`, '收件人尾号4444', 25],
    ['zh-TW', `${normal} 可唔可以延後兩日先派？`, '收件人尾數4444', 26],
  ] as const)('%s: the days are added to the planned day, not to today', async (locale, ask, proof, day) => {
    const [, booked] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [ask, proof]);
    expect(all(booked)).toMatch(DAY(day));
    expect(all(booked)).not.toMatch(DAY(day - 1));
  });

  it.each([
    ['en', `please redeliver ${normal} tomorrow`, 'recipient 4444', 'no, not then, make it Nov 27 please', 27],
    ['zh-CN', `${normal} 能改到明天再送吗`, '收件人尾号4444', '不对 明天24号家里没人 要26号再送', 26],
    ['zh-TW', `${normal} 聽日再派得唔得`, '收件人尾數4444', '唔係 改到27號先送', 27],
  ] as const)(
    '%s: a day of the month said as a correction replaces the booked day',
    async (locale, ask, proof, correction, day) => {
      const [, booked, corrected] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [
        ask,
        proof,
        correction,
      ]);
      expect(all(booked)).toMatch(DAY(24));
      expect(all(corrected)).toMatch(DAY(day));
      expect(all(corrected)).not.toMatch(DAY(24));
    },
  );
});

describe('a short courtesy in Latin letters keeps the chat language', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '你们上海浦东有网点吗', 'ok thanks 👍', /[谢客气]/],
    ['zh-TW', '你哋銅鑼灣有冇門市？', 'ok ty', /[謝客氣]/],
  ] as const)('%s: "%s" then a Latin-letter thanks is answered in Chinese', async (locale, ask, thanks, chinese) => {
    const [, answer] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [ask, thanks]);
    expect(all(answer)).toMatch(chinese);
    expect(all(answer)).not.toMatch(/welcome/i);
  });

  it('en: an English chat still hears English for the same words', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), ['where is your nearest outlet in Pudong?', 'ok ty']);
    expect(all(answer)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
