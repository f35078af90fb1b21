import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * "How much longer?", "还要等多久", "仲要等幾耐" about a late, stuck or unfound parcel: where it is and what is left,
 * or plainly that there is no new date and what is being done — never only the remedy noted, the status again, or a
 * price list (issue #17, blind batches 28: 02.2 and 29: 28.3).
 */
describe('how much longer the wait is, answered from the record', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers how long is left beside the remedy, in English, at the remedy question', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'SF2210478832106 is days overdue, sort it out');
    const { text } = await sendAll(adapter, 'never mind sorry, how much longer must I wait? I want a refund too');
    expect(text).toContain('refund');
    expect(text).toContain('3 days past its promised date');
    expect(text).toContain('what is left is the local delivery');
    // (The "when" is the parcel's: the payout's time was not asked.)
    expect(text).not.toContain('payout');
  });

  it('answers "how much longer?" after a status, not with the price list', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'where is YT6865635515058');
    const { text } = await sendAll(adapter, 'ok how much longer then?');
    expect(text).toContain('due by Nov 25');
    expect(text).not.toContain('first kg');
  });

  it('says plainly in Simplified Chinese that a parcel the hub could not find has no new date', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, '帮我看下 782828807290222');
    const { text } = await sendAll(adapter, '那我还得等几天？说好的早就过了');
    expect(text).toContain('给不出新的送达日期');
    expect(text).toContain('按理赔规则赔偿');
    expect(text).not.toContain('承诺送达日期：');
  });

  it('says it in Cantonese too, without the tracking record again', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await sendAll(adapter, '782828807290222 去咗邊');
    const { text } = await sendAll(adapter, '仲要再等幾耐呀？');
    expect(text).toContain('俾唔到新嘅送達日期');
    expect(text).not.toContain('承諾送達日期：');
  });

  it('answers how many more days in Traditional Chinese for a late parcel', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await sendAll(adapter, 'SF2210478832106 已經晚了三天，太扯了');
    const { text } = await sendAll(adapter, '還要等多久？');
    expect(text).toContain('已超過承諾送達日期');
    expect(text).toContain('北京');
  });
});
