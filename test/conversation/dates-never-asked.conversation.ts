import { findDates } from '../../src/nlu/entities/dates';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, NOW, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // in transit, due tomorrow (24 Nov); recipient …4444
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const days = (text: string) => findDates(text, NOW, 'Asia/Shanghai').map((d) => d.start.slice(0, 10));

/**
 * Only a day the customer asks for goes on a delivery request (review of blind batch 26's fixes, finding 2): a house
 * number ("门牌是5号"), the day a parcel was sent or ordered ("我是20号寄的", "I placed the order on the 20th") are no
 * days to deliver on, and a month already past this year ("on Jan 4", said in November) is next year's.
 */
describe('dates the customer never asked for stay off delivery requests', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${normal} 明天再送吧`, '收件人尾号4444', '我家门牌是5号'],
    ['zh-TW', `${normal} 聽日再派得唔得`, '收件人尾數4444', '我屋企門牌係5號'],
  ])('%s: a house number after a recorded request does not move it', async (locale, ask, proof, told) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [ask, proof, told]);
    expect(all(replies[2])).not.toMatch(/12月5日/);
    const requests = await h.store.deliveryChanges.list({ limit: 5 });
    expect(requests.map((r) => r.details.date)).not.toContain('2026-12-05');
    expect(requests[0]?.details.date).toBe('2026-11-24');
  });

  it.each([
    ['zh-CN', `${normal} 我是20号寄的，能重新派送吗`, '收件人尾号4444', /12月20日/],
    ['zh-TW', `${normal} 我係20號寄嘅，可唔可以再派一次`, '收件人尾數4444', /12月20日/],
    ['en-US', `${normal} I placed the order on the 20th, can you redeliver it?`, 'recipient 4444', /Dec 20/],
  ])('%s: the day it was sent or ordered is not a day to deliver on', async (locale, ask, proof, never) => {
    const replies = await talk(h.adapter({ locale }), [ask, proof]);
    expect(all(replies[0]) + all(replies[1])).not.toMatch(never);
    const requests = await h.store.deliveryChanges.list({ limit: 5 });
    expect(requests.map((r) => r.details.date)).not.toContain('2026-12-20');
  });

  it('en: "redeliver … on Jan 4", said in November, is next January', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `please redeliver ${normal} on Jan 4`,
      'recipient 4444',
    ]);
    expect(all(replies[1])).toMatch(/Jan 4/);
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request?.details.date).toBe('2027-01-04');
  });

  it('reads days to deliver on, and leaves days told', () => {
    expect(days('我家门牌是5号')).toEqual([]);
    expect(days('我是20号寄的')).toEqual([]);
    expect(days('11月20号寄的')).toEqual([]);
    expect(days('5号下单的')).toEqual([]);
    expect(days('要25号先送')).toEqual(['2026-11-25']);
    expect(days('改到27号先送')).toEqual(['2026-11-27']);
    expect(days('1月4号再派')).toEqual(['2027-01-04']);
    expect(days('I placed the order on the 20th')).toEqual([]);
    expect(days('I bought it on Nov 20')).toEqual([]);
    expect(days('please deliver it on the 25th')).toEqual(['2026-11-25']);
    expect(days('no, the 25th')).toEqual(['2026-11-25']);
    expect(days('redeliver it on Jan 4')).toEqual(['2027-01-04']);
  });
});
