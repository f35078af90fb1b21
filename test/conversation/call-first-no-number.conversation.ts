import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import { DEMO_TRACKING } from '../../src/tracking';
import type { Locale } from '../../src/nlu';

const PARCEL = DEMO_TRACKING.normal; // recipient's phone on the waybill: +8613933334444

// Issue #17 (conv17c): "call me before you bring it" with no number, beside a change of delivery or after one, is
// not dropped, handed to a person or filed as a complaint: the request carries the call, to the recipient's
// number on the waybill (the customer proved the link with its last 4 digits), the customer hears which number
// (by its last 4 only) and that another one can be sent — which, sent alone, replaces it.
describe('a call before delivery asked for without a number', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const waiting = async () =>
    (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).filter((r) => r.status === 'requested');
  const otherNumber = (locale: Locale) => replies.t(locale, 'change.callOtherNumber');

  it.each([
    ['zh-CN', 'zh-CN', [`${PARCEL} 改成后天上午送吧，到之前提前打个电话`, '4444']],
    ['zh-TW', 'zh-TW', [`${PARCEL} 請改後天上午配送，送到前先打電話給我`, '4444']],
    ['zh-TW', 'zh-TW', [`${PARCEL} 改後日朝早送啦，到之前打個電話俾我先`, '4444']],
    ['en-US', 'en', [`${PARCEL} please redeliver it the day after tomorrow morning and ring me beforehand`, '4444']],
  ])(
    'said with the change: the waybill number goes on it, named by its last 4 (%s: %s)',
    async (channel, locale, turns) => {
      const sent = await talk(h.adapter({ locale: channel }), turns);
      const [request] = await waiting();
      expect(request?.kind).toBe('redeliver');
      expect(request?.details).toEqual(
        expect.objectContaining({ callFirst: '+8613933334444', callFirstOnWaybill: true }),
      );
      const last = said(sent[1]);
      expect(last).toContain(replies.t(locale as Locale, 'change.callFirstWaybill', { last4: '4444' }));
      expect(last).toContain(otherNumber(locale as Locale));
      expect(last).not.toContain('13933334444');
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', [`${PARCEL} 后天上午再送`, '4444', '到之前记得先给我打个电话', '13700001111']],
    ['zh-TW', 'zh-TW', [`${PARCEL} 改後天上午送`, '4444', '麻煩送到前先打個電話給我', '0912555666']],
    ['zh-TW', 'zh-TW', [`${PARCEL} 改後日朝早送`, '4444', '記得到之前打個電話俾我先', '91234000']],
    [
      'en-US',
      'en',
      [
        `please bring ${PARCEL} the day after tomorrow, in the morning`,
        '4444',
        'could the courier phone me ahead of arriving?',
        '13700001111',
      ],
    ],
  ])(
    'asked after the change: it goes on the request, and a number sent next replaces it (%s: %s)',
    async (channel, locale, turns) => {
      const sent = await talk(h.adapter({ locale: channel }), turns);
      const asked = said(sent[2]);
      expect(asked).toContain(replies.t(locale as Locale, 'change.callFirstWaybill', { last4: '4444' }));
      expect(asked).toContain(otherNumber(locale as Locale));
      expect(await h.store.tickets.find({})).toEqual([]);
      const [request] = await waiting();
      expect(request?.details.callFirst).toBe(turns[3]);
      expect(request?.details.callFirstOnWaybill).toBeUndefined();
      expect(said(sent[3])).toContain(turns[3]);
    },
  );
});
