import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * "Skip", "don't know", "不知道", "唔知", "聯絡電話不用了" at an intake step pass that step: the complaint goes on
 * without what was asked, and the words are never kept as what happened (issue #17, blind batch 14: 14.3, 14.5,
 * 28.4 got "type skip" again; a "不知道" at the number step turned up in the summary's account).
 */
describe('a step passed over in the customer’s own words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: 不知道 at the number step, 电话就不用留了 at the contact step', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'skip-cn' });
    await sendAll(a, '我要投诉 你们派件员把我东西直接扔在门口 还骂人');
    const number = await sendAll(a, '不知道');
    expect(number.text).toContain('没有单号也可以继续');
    expect(number.text).toContain('您希望我们怎么处理');
    await sendAll(a, '要他道歉');
    const summary = await sendAll(a, '电话就不用留了');
    expect(summary.text).toContain('在这里回复您');
    expect(summary.text).toContain('您的投诉信息');
    expect(summary.text).not.toContain('不知道');
    expect(summary.text).not.toContain('不用留');
  });

  it('zh-TW (Taiwan): 不知道啦 跳過 at the demand step is no particular demand', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'skip-tw' });
    await sendAll(a, '我要客訴 司機把我的包裹丟在樓下管理室也沒通知');
    await sendAll(a, '跳過');
    const demand = await sendAll(a, '不知道啦 跳過');
    expect(demand.text).toMatch(/聯絡電話|聯絡方式|郵箱/);
    expect(demand.text).not.toContain('您希望我們怎麼處理');
  });

  it('zh-TW Cantonese: 唔知 at the number step goes on in Cantonese, not kept in the account', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'skip-hk' });
    await sendAll(a, '我要投訴，送貨嗰個師傅成日黑口黑面，仲鬧我');
    const number = await sendAll(a, '唔知呀');
    expect(number.text).toContain('冇單號都可以繼續');
    await sendAll(a, '要佢道歉');
    const summary = await sendAll(a, '唔使留電話喇');
    expect(summary.text).toContain('喺度覆你');
    expect(summary.text).not.toContain('唔知');
  });

  it("en: don't know at the number step, “don't know, skip” at the contact step", async () => {
    const a = h.adapter({ locale: 'en-US', user: 'skip-en' });
    await sendAll(a, 'I want to make a complaint, your driver threw my box over the fence');
    const number = await sendAll(a, "don't know");
    expect(number.text).toContain('go on without the tracking number');
    expect(number.text).not.toContain('added that to your complaint');
    await sendAll(a, 'an apology please');
    const summary = await sendAll(a, "don't know, skip");
    expect(summary.text).toContain("Here's your complaint");
    expect(summary.text).not.toMatch(/don'?t know/);
  });
});
