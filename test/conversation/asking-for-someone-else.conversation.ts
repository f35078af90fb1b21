import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Customers writing for someone else (blind batch 44b): a son asking the driver to ring his mother first beside "can
 * someone look into it?" (the call dropped three times), an assistant's "leave it at our front desk (reception, 12F)"
 * sent with the proof (dropped, then the same request listed twice), "单号找到了 …" (taken for the parcel found).
 * Wordings differ from the blind testers'.
 */
describe('asking for someone else', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "can someone look into it? and get the driver to ring her first" after a speed-up adds the call', async () => {
    const [, , call, again] = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 is my dads parcel, nothing has moved for days',
      'his phone ends 7777',
      'this is a joke, can someone look into it? and get the driver to ring him first, he is hard of hearing',
      'the driver must call him before he comes, thats what i want',
    ]);
    expect(all(call)).toMatch(/calling the recipient's number on the waybill \(ending 7777\)/);
    expect(all(again)).toMatch(/ending 7777/);
    expect(all(again)).not.toMatch(/What would you like us to do\?/);
  });

  it('en: the front desk said with the proof goes on the waiting change; "confirm that is noted" lists it once', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is a contract for my manager and it is 3 days late. where is it',
      'get it delivered tomorrow',
      'his mobile ends 6666, my number is 13601234567. he is away so have it left at our front desk please',
      'can you confirm that is noted? tomorrow, front desk',
    ]);
    expect(all(replies[2])).toMatch(/front desk/);
    const filed = replies.slice(3).map(all).join('\n');
    expect(filed.match(/Delivery change asked for too/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('zh-CN: "单号找到了 EA… 是同事寄的" at the number step is the number, not the parcel found', async () => {
    const [, found] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我们公司寄去香港的文件客户说没收到 帮忙查一下',
      '单号找到了 EA526018152CN 是同事帮忙寄的',
    ]);
    expect(all(found)).toMatch(/EA526018152CN（武汉 → 香港）/);
    expect(all(found)).not.toMatch(/东西找到了就好|撤销/);
  });
});

describe('asking for someone else: digits before the number, a pause, the time of day', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): "冇單號 等我問下佢" is a pause; the digits told before the number prove it when it comes', async () => {
    const [, pause, found] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我幫老公問個件 佢係收件人 電話尾數5555 寄咗去西安酒店 幫我查下',
      '冇單號呀 等我問下佢',
      '佢話係782828807290222',
    ]);
    expect(all(pause)).toMatch(/唔使急/);
    expect(all(pause)).not.toMatch(/對待|點樣處理/);
    expect(all(found)).toMatch(/吳靜/);
    expect(all(found)).not.toMatch(/尾 4 位/);
  });

  it('en: "no number yet, let me ask her" is a pause, not a complaint', async () => {
    const [, pause] = await talk(h.adapter({ locale: 'en-US' }), [
      'checking a parcel for my wife, where is it',
      'no number yet, let me ask her',
    ]);
    expect(all(pause)).toMatch(/take your time/);
    expect(all(pause)).not.toMatch(/What would you like us to do/);
  });

  it('en: "morning or in the afternoon?" is the time of day asked, no change of delivery offered', async () => {
    const [, when] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 is my birthday present, when does it come',
      'will it come in the morning or in the afternoon? i am out in the morning',
    ]);
    expect(all(when)).toMatch(/No time of day is recorded/);
    expect(all(when)).not.toMatch(/What would you like us to do with/);
  });
});

describe('a new address for a relative, and a hold only if it cannot be done', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: the phone written in the new address is kept; "要是改不了的话就放网点 几点关门" keeps the address change', async () => {
    const [, , address, fallback] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我妈的快递SF2210478832106 她住院了家里没人 能不能改送到我家 我在海淀',
      '我妈手机尾号6666',
      '海淀区学院路30号 天工大厦B座1205 王女士 电话13810012345',
      '那要是改不了的话就放到你们网点 我下班去拿 几点关门',
    ]);
    expect(all(address)).toMatch(/电话13810012345/);
    expect(all(address)).not.toMatch(/电话it/);
    expect(all(fallback)).toMatch(/不变，由网点确认/);
    expect(all(fallback)).toMatch(/关门/);
    expect(all(fallback)).not.toMatch(/已经撤回/);
  });

  it('en: "if you can\'t, just hold it at the station" after a new address keeps the address change', async () => {
    const [, , , fallback] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 can you deliver it to my office instead',
      'recipient phone ends 6666',
      '18F, 1 Jianguo Road, Chaoyang District, Beijing',
      "if you can't do that, just hold it at the station and I'll pick it up",
    ]);
    expect(all(fallback)).toMatch(/stands/);
    expect(all(fallback)).not.toMatch(/I've withdrawn|is withdrawn, this one/);
  });
});

/**
 * A parcel left with the customer that is not theirs (blind batch 44b: 03.1 "a box outside my door thats not mine, its
 * for the guy who lived here before me" was told "not having your parcel is worrying" and filed as a lost parcel; 03.3
 * "can you just send someone to pick it up?" got the instructions to book a sender's pickup).
 */
describe('a parcel left with the customer that is not theirs', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: thanked, told whose it is stays private, taken down as another kind — and "send someone for it" is that', async () => {
    const [opening, pickup] = await talk(h.adapter({ locale: 'en-US' }), [
      'a package was left at my door but it is not mine, it is for the previous tenant. JT0001234567890',
      'can someone come and pick it up please',
    ]);
    expect(all(opening)).toMatch(/a parcel left at the wrong door is ours to put right/);
    expect(all(opening)).not.toMatch(/not having your parcel/);
    expect(all(pickup)).toMatch(/that is what this complaint asks/);
    expect(all(pickup)).not.toMatch(/Pickup at my door/);
  });

  it('zh-CN: "快递送错到我家了 不是我的" is the wrong door, not a loss of theirs', async () => {
    const [opening] = await talk(h.adapter({ locale: 'zh-CN' }), ['JT0001234567890 这个快递送错到我家了 不是我的']);
    expect(all(opening)).toMatch(/送错门是我们的问题/);
    expect(all(opening)).not.toMatch(/该到的包裹没收到/);
  });

  it('zh-TW (Cantonese): "有件唔係我嘅貨放咗喺我門口" is the wrong door', async () => {
    const [opening] = await talk(h.adapter({ locale: 'zh-TW' }), ['有件唔係我嘅貨放咗喺我門口 JT0001234567890 點算']);
    expect(all(opening)).toMatch(/送錯門係我哋嘅問題/);
  });
});
