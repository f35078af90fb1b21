import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海浦东, in transit; recipient …4444

/**
 * A locker turned down ("skip the locker", "NOT a locker", "不要放快递柜", "唔好放櫃") is never the place booked: a
 * locker asked for first and then turned down for the station is replaced by a hold at the station, and the hours
 * asked beside it are the station's; the same answer is not said twice (issue #17, blind 27: 02.4–02.6). Wording
 * differs from the fixture's.
 */
describe('a locker turned down for the station', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const waiting = async () =>
    (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 20 })).filter((r) => r.status === 'requested');

  it.each([
    [
      'en-US',
      [`could ${PARCEL} go into a parcel locker near my flat? I'm out at work all day`, 'recipient 4444'],
      "skip the locker, just keep it at your depot and I'll come by on Sunday",
      'no, not in a locker — the depot. when does it open on sunday?',
      /hold it at the station/,
      /Shanghai Pudong outlet is open Monday to Sunday 9:00–20:00/,
    ],
    [
      'zh-CN',
      [`${PARCEL} 白天家里没人，能放小区的快递柜吗`, '收件人尾号4444'],
      '算了不要放快递柜了，还是放你们网点，我周日自己去拿',
      '我说了不放柜子，放网点！网点周日几点开门？',
      /网点/,
      /上海浦东网点营业时间：周一至周日 9:00–20:00/,
    ],
    [
      'zh-TW',
      [`${PARCEL} 日頭屋企冇人，可唔可以放快遞櫃`, '收件人尾數4444'],
      '唔好放櫃喇，不如放你哋門市，我禮拜日自己去攞',
      '唔係放櫃呀，放門市！門市禮拜日幾點開門？',
      /服務點|門市|營業所/,
      /上海浦東.*營業時間：週一至週日 9:00–20:00/,
    ],
  ])(
    '%s: the station replaces the locker, and its hours are answered',
    async (locale, first, instead, again, held, hours) => {
      const adapter = h.adapter({ locale, user: `locker-down-${locale}` });
      for (const said of first) await send(adapter, said);
      const switched = (await send(adapter, instead)).join('\n');
      expect(switched).toMatch(held);
      // No locker booked again, nor asked which one.
      expect(switched).not.toMatch(/locker|快递柜|快遞櫃|Which one should it be|哪一个|哪一個|邊一個/);
      const [hold, ...others] = await waiting();
      expect(hold).toMatchObject({ kind: 'hold', details: { place: 'outlet' } });
      expect(others).toEqual([]);
      const answered = await send(adapter, again);
      expect(answered.join('\n')).toMatch(hours);
      const [still] = await waiting();
      expect(still).toMatchObject({ kind: 'hold', details: { place: 'outlet' } });
      // Nothing said twice, word for word.
      const paragraphs = [switched, ...answered].flatMap((m) => m.split('\n')).filter((p) => p.length > 40);
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
    },
  );

  it.each([
    [
      'en-US',
      `nobody's in tomorrow, hold ${PARCEL} for me somewhere — not a locker, the station please. recipient 4444`,
    ],
    ['zh-CN', `${PARCEL} 明天没人，不要放柜子，帮我放网点我自己取，收件人尾号4444`],
    ['zh-TW', `${PARCEL} 聽日冇人，唔好放櫃，幫我留喺門市我自己去攞，收件人尾數4444`],
  ])('%s: a locker turned down in the request itself is never booked', async (locale, said) => {
    const adapter = h.adapter({ locale, user: `locker-not-${locale}` });
    const told = (await send(adapter, said)).join('\n');
    expect(told).not.toMatch(/locker|快递柜|快遞櫃|Which one should it be/);
    const [hold] = await waiting();
    expect(hold).toMatchObject({ kind: 'hold', details: { place: 'outlet' } });
  });
});
