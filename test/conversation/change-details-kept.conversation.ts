import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
/** The questions of the change-delivery flow: what to do, when, where — none may come back once answered. */
const ASKS_WHAT = { 'zh-CN': /怎么处理/, 'zh-TW': /怎麼處理/, en: /What would you like us to do/ };
const ASKS_WHEN = { 'zh-CN': /什么时候给您派送/, 'zh-TW': /什麼時候為您配送/, en: /When should we deliver/ };
const ASKS_WHICH = { 'zh-CN': /具体放哪/, 'zh-TW': /放哪一間/, en: /Which one should it be/ };
const NOT_CHANGED = {
  'zh-CN': /没有做任何修改/,
  'zh-TW': /沒有做任何修改/,
  en: /haven't changed|nothing has been changed/,
};

/**
 * A change of delivery keeps whatever the customer has already given (blind batch 8 pattern 5: 17.2, 17.3, 24.5,
 * 05.2): the day in the first message, in Cantonese or Mandarin day words or "the day after tomorrow" (and not
 * the day they say they are away), is the day asked for once the parcel is proved; a cost question after it is
 * answered without asking the time again; the locker pointed at is the one recorded; "thanks" after it is no
 * "nothing has changed".
 */
describe('a change of delivery never asks again for what was given', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });

  it.each([
    [
      'zh-TW',
      `${parcel} 聽日我唔喺屋企，可唔可以後日下晝先送`,
      '我係收件人 尾數4444',
      '改期要唔要加錢㗎',
      { date: '2026-11-25', after: '12:00', before: '18:00' },
    ],
    [
      'zh-CN',
      `${parcel} 明天我不在家 后天晚上7点以后再送吧`,
      '我是收件人 尾号4444',
      '改时间要收钱吗',
      { date: '2026-11-25', after: '19:00' },
    ],
    [
      'en',
      `I'm not home tomorrow, can you redeliver ${parcel} the day after tomorrow afternoon`,
      "i'm the recipient, my phone ends in 4444",
      'is there an extra charge for that',
      { date: '2026-11-25', after: '12:00', before: '18:00' },
    ],
  ] as const)(
    '%s: the day in the first message is the day recorded, and a cost question is answered',
    async (locale, ask, proof, cost, when) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, proved, costed] = await talk(adapter, [ask, proof, cost]);
      expect(all(proved)).not.toMatch(ASKS_WHAT[locale]);
      expect(all(proved)).not.toMatch(ASKS_WHEN[locale]);
      const [request] = await requests();
      expect(request).toMatchObject({ kind: 'redeliver', details: when, status: 'requested' });
      expect(all(costed)).not.toMatch(ASKS_WHEN[locale]);
      expect(all(costed)).not.toMatch(ASKS_WHAT[locale]);
      expect(all(costed)).toContain(parcel);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    [
      'zh-CN',
      `${parcel} 白天不在家 能不能帮我放小区门口的丰巢`,
      '我就是收件人 手机尾号4444',
      '小区门口的丰巢',
      '好的谢谢',
    ],
    ['zh-TW', `${parcel} 日頭唔喺屋企 可唔可以放我樓下嘅豐巢`, '收件人 尾數4444', '樓下嘅豐巢', '唔該'],
    [
      'en',
      `please put ${parcel} in the locker at the gate, I'm out all day`,
      'recipient, last 4 is 4444',
      'the locker at the gate',
      'ok thanks',
    ],
  ] as const)(
    '%s: the locker named in the request is the one recorded, and thanks after it is just thanks',
    async (locale, ask, proof, place, thanks) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, proved, thanked] = await talk(adapter, [ask, proof, thanks]);
      expect(all(proved)).toContain(place);
      expect(all(proved)).not.toMatch(ASKS_WHICH[locale]);
      const [request] = await requests();
      expect(request).toMatchObject({ kind: 'hold', details: { place: 'locker', placeName: place } });
      expect(all(thanked)).not.toMatch(NOT_CHANGED[locale]);
    },
  );

  it.each([
    ['zh-TW', `${parcel} 後日下晝再送`, '尾數4444', '都係唔好 我自己去你哋站攞啦'],
    ['zh-CN', `${parcel} 后天下午再送`, '尾号4444', '算了 我自己去你们站拿吧'],
    [
      'en',
      `redeliver ${parcel} the day after tomorrow afternoon`,
      'last 4 is 4444',
      "actually no, I'll pick it up at your station myself",
    ],
  ] as const)(
    '%s: collecting it at the station instead replaces the redelivery without asking where',
    async (locale, ask, proof, instead) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , switched] = await talk(adapter, [ask, proof, instead]);
      expect(all(switched)).toContain(parcel);
      expect(all(switched)).not.toMatch(ASKS_WHAT[locale]);
      expect(all(switched)).not.toMatch(/暫存在哪|暂存在哪|Where should we hold/);
      const [latest, earlier] = await requests();
      expect(latest).toMatchObject({ kind: 'hold', details: { place: 'outlet' }, status: 'requested' });
      expect(earlier).toMatchObject({ kind: 'redeliver', status: 'withdrawn' });
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
