import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const INTAKE =
  /What would you like us to do|您希望我们怎么处理|你想我哋點樣處理|您希望我們怎麼處理|Which tracking number|哪个快递单号|邊個運單號碼|哪個貨運單號|How can we reach you/;

/**
 * Which parcel goes where (blind batch 43a): "哪個是寄去成都的", "搞混了" heard a complaint opened; "why is the second one
 * going to beijing?? im in shanghai" opened a wrong-information complaint; "怎么是寄到上海的 我在苏州啊" heard "I can't
 * answer that here". Each parcel's route, or that a parcel addressed elsewhere is probably not theirs. Wordings differ
 * from the blind testers'.
 */
describe('which parcel goes where', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: "哪個是寄去成都的" after two parcels lists each route, nothing opened', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 和 782828807290222 幫我查一下',
      '我有點搞混了 哪個是寄去成都的？',
    ]);
    expect(all(answer)).toMatch(/YT6865635515058：杭州 → 成都/);
    expect(all(answer)).toMatch(/782828807290222：鄭州 → 西安/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('en: "why is this one going to beijing? I live in shanghai" says it is probably not theirs, no complaint', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'where are SF1402837465921 and SF2210478832106',
      'why is the second one going to beijing? i live in shanghai',
    ]);
    expect(all(answer)).toMatch(/SF2210478832106 is addressed to Beijing/);
    expect(all(answer)).toMatch(/wrong number/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('zh-CN: in a complaint, "怎么寄到上海去了 我人在苏州" is answered and the step asked again', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 显示签收了 我根本没收到',
      '商家补发了 SF1402837465921 这个什么时候到',
      '怎么是寄到上海的 我人在苏州 是不是商家给错号了',
    ]);
    expect(all(answer)).toMatch(/SF1402837465921 是寄往上海的/);
    expect(all(answer)).not.toMatch(/答不上来/);
  });

  it('zh-CN: the other parcel named beside "谁签的" has its status too', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 显示签收了 我没收到 谁签的？商家又发了一个 SF1402837465921 这个几号到',
    ]);
    expect(all(answer)).toMatch(/JT0001234567890 的签收记录/);
    expect(all(answer)).toMatch(/SF1402837465921（深圳 → 上海）/);
  });

  it('zh-TW: a number given with a question at the number step is taken, not asked for again', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我的包裹好像不見了 我要客訴',
      '782828807290222 沒保價的話可以賠多少？',
    ]);
    expect(all(answer)).toMatch(/782828807290222/);
    expect(all(answer)).not.toMatch(/請問是哪個貨運單號/);
  });
});

/**
 * At the door (blind batch 43b): a link to confirm "signed for" before delivery ("係咪正常") heard a request for the
 * number; "我住六楼 没电梯 腿不好" heard "sorry you were treated like that"; "so do I pay him or not" after the upstairs
 * rule heard a complaint's demand question; "說是放在管理室 可是管理員說根本沒收到" was taken as a request to leave it
 * with the guard; "這是購物網站上寫的 我只有這個號碼" was asked for the number a third time.
 */
describe('what the courier at the door did or asks', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '速遞員打嚟叫我撳條link確認已簽收先 聽日先送 係咪正常㗎'],
    ['zh-CN', '快递员让我先在链接里点确认签收 说明天再送 这正常吗'],
    ['en-US', 'the courier texted me a link to confirm it as received before he brings it tomorrow, is that normal?'],
  ])('%s: asked to confirm signed-for before having it is "not normal", nothing opened', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(/唔正常|不正常|isn't normal/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it.each([
    ['zh-CN', '我住七楼 没有电梯 年纪大了腿脚不方便'],
    ['en-US', "i'm on the 6th floor, no lift, and i'm 80 with bad knees"],
  ])('%s: stairs the recipient cannot manage hear the door-delivery rule, no complaint', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(/送货上楼|Carrying it upstairs/);
    expect(all(answer)).not.toMatch(/treated like that|受到这样的对待/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('en: "do I pay him or not" after the upstairs rule hears the rule again', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'the driver wants 30 yuan to carry my box up 6 floors, no elevator. is that allowed?',
      'SF2210478832106',
      'ok so do I pay him or not',
    ]);
    expect(all(answer)).toMatch(/Carrying it upstairs/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('zh-TW: "說放在管理室 管理員說沒收到" is the missing parcel, not a change to the guard', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-TW' }), ['包裹顯示送達 說放在管理室 可是管理員說根本沒收到']);
    expect(all(answer)).toMatch(/沒收到|哪個貨運單號/);
    expect(all(answer)).not.toMatch(/是哪個包裹？請傳給我貨件編號/);
  });

  it('zh-TW: a number not found that the customer says is the only one the shop gave is taken as given', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '包裹顯示送達了 但我沒收到',
      '620188374512',
      '這是網站上給的 我只有這個號碼',
    ]);
    expect(all(answer)).toMatch(/照您寫的 620188374512 登記/);
  });
});

/**
 * Asked in the middle of a complaint (blind batches 43a, 43b): "这是一个投诉单还是两个啊" was put into the account
 * unanswered; "我不知道他們電話後四碼 這樣不能投訴嗎" heard "I can't answer that here"; "那你们让他今天下午送过来" of a
 * parcel sitting in another city's hub was promised a delivery today; a door pickup that came three hours late and took
 * a fee heard how to book a pickup.
 */
describe('asked in the middle of a complaint about the parcels', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "一个投诉单还是两个" with a second parcel held for later: two tickets, one each', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 四天没动了 SF2210478832106 也晚了三天 你们怎么回事',
      '都要尽快送到',
      '那这是一个投诉单还是两个',
    ]);
    expect(all(answer)).toMatch(/一个包裹一张/);
    expect(all(answer)).toMatch(/YT6865635515058/);
  });

  it('zh-TW: "不知道電話後四碼 能不能客訴" is told no digits are needed', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 遲到三天了 我要客訴',
      '我是買家 不知道寄件人的電話後四碼 這樣可以客訴嗎',
    ]);
    expect(all(answer)).toMatch(/不需要手機號碼末4碼/);
  });

  it('zh-CN: "让他今天下午送过来" of a parcel still on its way is told it cannot come today', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员一直没联系我 包裹也没到',
      'YT6865635515058',
      '那你们叫他今天下午送过来',
    ]);
    expect(all(answer)).toMatch(/今天送不到/);
    expect(all(answer)).not.toMatch(/12:00–18:00/);
  });

  it('zh-CN: a door pickup hours late that took a fee is a complaint, not the booking steps', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '约好上门取件是上午十点 下午三点才来 还收了我10块上门费',
    ]);
    expect(all(answer)).not.toMatch(/在官网或小程序下单时选“上门取件”/);
  });
});

/**
 * A cancelling nobody asked of the courier (blind batch 43b: "a guy from your station … said I should ask the seller to
 * cancel the order … I dont want to cancel" heard that the shipment can no longer be cancelled, twice), and a second
 * number the first message names that is not found (43a: "the shop sent a replacement, the new number is 753…" was
 * passed over): neither the cancelling rule, nor silence about the number.
 */
describe('what the customer was told to cancel, and a second number not found', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'the courier told me to cancel my order with the shop because 782828807290222 has a problem. is it lost?',
    ],
    ['zh-CN', '快递员打电话叫我去跟卖家取消订单 说782828807290222有问题 是不是丢了'],
  ])('%s: "told me to cancel" is no request to cancel the shipment', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(/can no longer simply be cancelled|已经揽收|Cancelling a shipment|取消寄件/);
  });

  it('en: "can I cancel the shipment" still hears the cancelling rule', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), ['can I cancel the shipment SF1402837465921?']);
    expect(all(answer)).toMatch(/can no longer simply be cancelled/);
  });

  it('en: a replacement number not found beside a lost one is said not found', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'my parcel 782828807290222 never came so the shop sent a new one, number 75310046628841. where are both?',
    ]);
    expect(all(answer)).toMatch(/782828807290222 \(Zhengzhou → Xi'an\)/);
    expect(all(answer)).toMatch(/75310046628841/);
  });
});

/**
 * Asked again in the middle of a complaint (blind batch 43b): "can a person get the station to send someone today?" heard
 * an outlet's address (02.4); "速遞員叫我撳已簽收係咪正常" asked a second time heard "I can't answer that here" (13.4);
 * "i only want his phone number" was added to the complaint unanswered (04.7).
 */
describe('asked again in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "can a person get the station to send someone today?" hands over', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I booked a pickup for yesterday afternoon and the courier never came',
      "he said he'd come this morning and still nobody, I'm so annoyed",
      'can a person get the station to send someone today? address is 88 Changle Rd, Xuhui',
    ]);
    expect(all(replies.at(-1))).toMatch(/passed your case to our team/);
    expect(all(replies.at(-1))).not.toMatch(/outlet/);
  });

  it('zh-TW: the sign-first question asked again without "先" is answered', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '速遞員打嚟叫我喺link度撳確認已簽收先 聽日先送 係咪正常㗎',
      'SF2210478832106 都遲咗三日 我要投訴',
      '你仲未答我 速遞員叫我撳已簽收係咪正常',
    ]);
    expect(all(answer)).toMatch(/咁唔正常/);
  });

  it('en: "i only want his phone number" after the courier was spoken of hears the rule', async () => {
    const [, , answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is late and the delivery guy never calls',
      'the courier should call me first',
      'no complain. i only want his phone number',
    ]);
    expect(all(answer)).toMatch(/courier's personal number/);
  });
});
