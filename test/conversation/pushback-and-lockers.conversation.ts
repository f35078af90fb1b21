import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 50a (customers who push back on the bot) and 50b (lockers, pickup stations, the last few metres):
 * "APP寫已送達，你說運送中，哪個才對" opened a complaint; "我沒有要客訴 我是在問…" left the question unanswered; "you didnt
 * answer the insurance part" opened a complaint; a deleted pickup-code text was a parcel that never came; "the guard
 * instead of the station" held it at the station; a locker complained of was booked as the hold. Wordings differ from
 * the testers'.
 */
describe('pushing back, and the last few metres', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "淘宝显示已签收 你这说在路上 到底哪个对" is our record, not a complaint', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 到哪了',
      '可淘宝上显示已签收了 你这说还在路上 到底哪个对',
    ]);
    expect(all(asked)).toMatch(/还没有签收/);
    expect(all(asked)).not.toMatch(/您希望我们怎么处理/);
  });

  it('zh-CN: "我没有要投诉啊 我是在问充电宝能不能寄" in a complaint opened for them is answered, nothing filed', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '你们快递每次都慢得要死',
      '我没有要投诉啊 我是在问充电宝能不能寄',
    ]);
    expect(all(asked)).toMatch(/充电宝/);
    expect(all(asked)).not.toMatch(/快递单号/);
  });

  it('en: "you never answered my question about insurance" answers that part of the message before', async () => {
    const [, missed] = await talk(h.adapter({ locale: 'en-US' }), [
      'price for 2kg from beijing to shanghai? and is insurance extra',
      'you never answered my question about insurance',
    ]);
    expect(all(missed)).toMatch(/insurance costs 1%/);
    expect(all(missed)).not.toMatch(/Which tracking number/);
  });

  it('zh-TW: "那剛好兩萬的呢 可不可以" after the power-bank rule is that rule again, no complaint', async () => {
    const [, again] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '行動電源能寄嗎',
      '你說兩萬以下 那剛好兩萬的到底可不可以',
    ]);
    expect(all(again)).toMatch(/行動電源/);
    expect(all(again)).not.toMatch(/貨運單號/);
  });

  it('zh-CN: "取件码短信不小心删了 怎么再拿到" is how to have it sent again', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['取件码短信不小心删了 丰巢柜子那里 怎么再拿到码']);
    expect(all(asked)).toMatch(/忘记取件码/);
    expect(all(asked)).not.toMatch(/快递单号/);
  });

  it('en: "4444. if nobody\'s in, leave it with the guard instead of the station" proves the parcel and takes the guard', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 please make sure the courier calls me before coming',
      "4444. and if nobody's in can he leave it with the guard at the gate instead of the station? the station is far",
    ]);
    expect(all(proved)).toMatch(/left with your building's guard/);
    expect(all(proved)).not.toMatch(/hold it at the station/);
  });

  it('zh-TW: "管理室不代收 上次丟快遞櫃" with "送到辦公室" is no locker hold', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF1402837465921 麻煩直接送到我辦公室好嗎 我們大樓管理室不代收 上次你們就丟快遞櫃',
      '收件人末四碼4444',
    ]);
    expect(all(proved)).not.toMatch(/包裹櫃/);
  });

  it('en: "ok if it hasnt arrived by tomorrow ill ask again" closes politely, no change of delivery', async () => {
    const [, said] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 where is it now',
      'ok if it hasnt arrived by tomorrow ill ask again',
    ]);
    expect(all(said)).toMatch(/come back any time/);
    expect(all(said)).not.toMatch(/Before I change anything/);
  });

  it('en: "is this automated or what" at a step is who answers', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'my mug came broken, JT0001234567890',
      'do you even read these or is this automated',
    ]);
    expect(all(asked)).toMatch(/automated assistant/);
  });
});
