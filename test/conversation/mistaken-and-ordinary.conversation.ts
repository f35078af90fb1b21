import { botHarness, sendAll, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 53a (the customer is mistaken) and 52a/53b (an ordinary day): a lateness told of a parcel its record
 * shows on time was apologised for and taken down as a complaint; the last 4 with "im the one receiving" opened a
 * complaint; "wait what complaint??" was taken as asking for one; a locker against a signature in person was "I can't
 * answer that"; a courier who hung up left the complaint typed "other"; "我要他给我道歉 3块超时费退给我" lost the apology;
 * "我要我的貨款" was a redelivery; "周四送吧 放驿站怕丢" held it at the station; "我说的是周四送上门" of that very request
 * opened a complaint; perfume oil got the liquids rule. Wordings differ from the testers'.
 */
describe('the mistaken and the ordinary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', 'SF1402837465921 不是说次日达吗 前天寄的今天还没到 怎么回事', /11月24日/, /您希望我们怎么处理/],
    ['zh-TW', 'SF1402837465921 唔係話翌日到咩 點解仲未到 好慢囉', /11月24日/, /你想我哋點(樣)?處理/],
    [
      'en-US',
      "SF1402837465921 was supposed to be next day, why isn't it here yet, so slow",
      /Nov 24/,
      /What would you like us to do/,
    ],
  ])(
    '%s: a lateness told of a parcel on time is answered from the record, no complaint',
    async (locale, said, due, demand) => {
      const adapter = h.adapter({ locale });
      const answer = await sendAll(adapter, said);
      expect(answer.text).toMatch(due);
      expect(answer.text).not.toMatch(demand);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('en: "phone ends 4444 im the one receiving" is only the proof; "what complaint??" asks for none', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['where is SF1402837465921, nobody came to my flat']);
    const [proof, what] = await talk(adapter, [
      'phone ends 4444 im the one receiving',
      'wait what complaint?? i only asked where it is. so it comes tomorrow?',
    ]);
    expect(all(proof)).toMatch(/Thanks, that matches/);
    expect(all(proof)).not.toMatch(/complaint|What would you like us to do/);
    expect(all(what)).not.toMatch(/What would you like us to do/);
  });

  it("zh-CN: a locker against the record's signature in person is put on the complaint, said again when disputed", async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['我要投诉 JT0001234567890 快递员一声不吭', '收件人尾号1111']);
    const [disputed] = await talk(adapter, ['什么本人签收？？我根本没见到人 是塞在小区丰巢柜里的 你们记录乱写']);
    expect(all(disputed)).toMatch(/本人签收——和您说的（放进了快递柜）对不上/);
    expect(all(disputed)).not.toMatch(/答不上来/);
  });

  it('zh-CN: a courier who hung up, told beside the locker fee, types the complaint; an apology and a refund both kept', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, [
      '我要投诉你们的快递员 不打电话直接塞快递柜',
      '今天去取还要交3块超时费 我打电话问他 他说爱要不要 还挂我电话',
      'JT0001234567890',
      '我要他给我道歉 3块超时费退给我',
    ]);
    const [summary] = await talk(adapter, ['13862201111']);
    expect(all(summary)).toMatch(/类型：服务态度/);
    expect(all(summary)).toMatch(/诉求：[^\n]*道歉/);
    expect(all(summary)).toMatch(/诉求：[^\n]*退款/);
  });

  it('zh-TW: "我要我的貨款 趕快撥給我" in a cash-on-delivery complaint is no redelivery', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, ['我寄的貨到付款 買家早就簽收了 貨款到現在都沒撥給我 我要客訴', '跳過']);
    const [demand] = await talk(adapter, ['我要我的貨款啊 2380 趕快撥給我']);
    expect(all(demand)).not.toMatch(/重新派送/);
  });

  it.each([
    ['zh-CN', '我明后天都出差 能不能放附近驿站或者周四再送 SF1402837465921', '周四送吧 放驿站怕丢', '收件人尾号4444'],
    [
      'en-US',
      "SF1402837465921 i'm away tomorrow, can you hold it at a station or deliver thursday",
      "thursday please, i'm worried it'll get stolen from the station",
      'recipient phone ends 4444',
    ],
  ])('%s: a station feared for the parcel is no hold: the day is the request', async (locale, asked, chosen, proof) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [asked, chosen, proof]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 10 });
    expect(request).toMatchObject({ kind: 'redeliver', details: { date: '2026-11-26' } });
  });

  it('zh-CN: "我说的是周四送上门 不是放网点自取" of a Thursday request says it stands — no complaint', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['SF1402837465921 周四再送吧', '收件人尾号4444']);
    const [stands] = await talk(adapter, ['不对啊 我说的是周四送上门 不是放网点自取']);
    expect(all(stands)).toMatch(/11月26日周四派送/);
    expect(all(stands)).not.toMatch(/您希望我们怎么处理/);
  });

  it.each([
    [
      'en-US',
      'can I send small bottles of perfume oil to Hong Kong?',
      /Perfume, nail polish and aerosols are flammable/,
    ],
    ['zh-CN', '精油可以寄吗 10ml的小瓶', /香水/],
  ])('%s: perfume oil and essential oil are the perfume rule', async (locale, asked, rule) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(rule);
  });
});

/**
 * The near-misses a stranger's review of this session found (each read as on the session's starting code): "分开寄的",
 * "别搞混了" taken as "keep them separate" with the demand lost; a Chinese sentence after English words kept in English;
 * a call time in its own clause that dropped a hold; "明天早上出门前送到" losing its day; "took 5 days", "charged me 2
 * times" read as money; "if it is insured for 5000" losing the insurance fee; "幾時寄過嚟" given the redelivery rule;
 * "I don't want a refund … how do I do that?" answered with the refund rule; "不要再拖了赶紧赔钱" losing compensation;
 * "do you need to know my address or not?" filed as a detail.
 */
describe('the mistaken and the ordinary: near-misses of a review', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '这两个是分开寄的 一个广州寄一个深圳寄 我要赔偿', /已记下您的诉求：赔偿/, /两张，一个包裹一张/],
    [
      'en-US',
      'the two were shipped separately by different shops, I want compensation for this one',
      /compensation/,
      /Two tickets/,
    ],
    ['zh-TW', '這兩件是不同賣家分開寄的 這件我要賠償', /賠償/, /兩張，一個包裹一張/],
  ])(
    '%s: "shipped separately" is no "keep them separate", and the demand is kept',
    async (locale, said, demand, apart) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, ['782828807290222 丢了吧 八天没动', 'SF2210478832106 也晚了三天']);
      const [answer] = await talk(adapter, [said]);
      expect(all(answer)).toMatch(demand);
      expect(all(answer)).not.toMatch(apart);
    },
  );

  it.each([
    ['zh-CN', 'sorry my english is not good 我的快递SF2210478832106三天了还没到，到底怎么回事', /承诺送达日期/],
    ['zh-TW', 'Hello, good afternoon to you, 請問從台北寄兩公斤到高雄要多少錢', /[\u4e00-\u9fff]{6}/],
  ])('%s: a Chinese sentence after a few English words is answered in Chinese', async (locale, said, chinese) => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['hi']);
    const [answer] = await talk(adapter, [said]);
    expect(all(answer)).toMatch(chinese);
    void locale;
  });

  it('en: a hold asked with a call time in its own clause keeps the hold', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['SF2210478832106 is 3 days late, I want an explanation']);
    const [answer] = await talk(adapter, [
      "please hold it at the station for me to pick up. call me when it's there, I'm free after 6 tonight",
    ]);
    expect(all(answer)).toMatch(/I can take that change too/);
  });

  it.each([
    ['zh-CN', 'SF1402837465921 能不能明天早上出门前送到？我8点半出门', '寄件人尾号2222', '2026-11-24'],
    ['zh-CN', 'SF1402837465921 明天上午要去医院，下午送可以吗', '寄件人尾号2222', '2026-11-24'],
  ])('%s: a day away only in part keeps the day', async (locale, asked, proof, date) => {
    await talk(h.adapter({ locale }), [asked, proof]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 10 });
    expect(request?.details.date).toBe(date);
  });

  it.each([
    ['en-US', 'SF1402837465921 you charged me 2 times for the same parcel, 17 yuan each', /charged 2/],
    ['zh-CN', 'SF1402837465921 一个包裹收了我2件的钱 一共60块 多收了', /被收了 2/],
  ])('%s: "2 times", "2件" are no amount charged', async (locale, said, wrong) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).not.toMatch(wrong);
  });

  it.each([
    ['en-US', 'how much does insurance cost if the parcel is insured for 5000 yuan?', /CNY 50/],
    ['zh-TW', '如果保價了5000元，要付多少保價費？', /NT\$50/],
  ])('%s: what insuring would cost, supposed, is the fee', async (locale, said, fee) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).toMatch(fee);
  });

  it('zh-TW (Cantonese): "佢到底幾時寄過嚟㗎" asks when it was sent — no redelivery rule', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await talk(adapter, ['JT0001234567890 我要投訴 賣家話寄咗 我冇收到']);
    const [answer] = await talk(adapter, ['賣家話上個禮拜已經寄咗，佢到底幾時寄過嚟㗎？']);
    expect(all(answer)).not.toMatch(/暫存與改派/);
  });

  it('en: "I don\'t want a refund, deliver to my office. How do I do that?" is no refund question', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['SF2210478832106 is 3 days late, I want to complain']);
    const [answer] = await talk(adapter, [
      "I don't want a refund, I want it delivered to my office instead. How do I do that?",
    ]);
    expect(all(answer)).not.toMatch(/fee should not have been charged/);
  });

  it.each([
    ['zh-CN', 'SF2210478832106 晚了三天了 不要再拖了赶紧赔钱', /您希望我们怎么处理/],
    ['zh-TW', '782828807290222 應該是遺失了 不要再拖了趕快賠錢', /您希望我們怎麼處理/],
  ])('%s: "不要再拖了赶紧赔钱" keeps compensation', async (locale, said, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).not.toMatch(asked);
  });

  it('en: "do you need to know my address or not?" is a question, not a detail', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['SF1402837465921 sender ends 2222, I was charged 46 but quoted 23, refund the difference']);
    const [answer] = await talk(adapter, ['do you need to know my address or not?']);
    expect(all(answer)).not.toMatch(/Noted — I've added that/);
  });
});

/**
 * More of blind batch 53a: "揽收是哪天" was "I can't answer that" three times; a parcel delivered by its promise was
 * apologised for as late; "退咗去邊度？我自己攞得唔得" of a parcel back with its sender took a hold nobody asked for; "dont
 * need to complain" was taken as "no particular demand"; a 19-digit shop order number was asked for again as a
 * tracking number; "send it back to hong kong, same address" was "I can't answer that"; "a text saying 已妥投" of a
 * returned parcel was the status again.
 */
describe('the mistaken and the ordinary: what the record can settle', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '揽收是哪天？卖家说早就发了', /11月21日 08:00 在南京鼓楼营业部揽收/],
    ['zh-TW', '佢到底幾時寄過嚟㗎？賣家話早就寄咗', /11月21日 08:00 喺南京鼓樓營業部收件/],
    [
      'en-US',
      'when was it actually picked up? the seller says they sent it ages ago',
      /picked up on Nov 21, 08:00 at Nanjing Gulou branch/,
    ],
  ])('%s: when it was picked up is its first scan', async (locale, asked, answer) => {
    const adapter = h.adapter({ locale: locale === 'zh-TW' ? 'zh-HK' : locale });
    await talk(adapter, ['JT0001234567890']);
    const [said] = await talk(adapter, [asked]);
    expect(all(said)).toMatch(answer);
  });

  it.each([
    [
      'zh-CN',
      '我11号就下单了 昨天才到 JT0001234567890 整整12天 我要投诉',
      /在承诺日期（11月22日）前已送达/,
      /超过承诺时间/,
    ],
    [
      'en-US',
      'JT0001234567890 took forever, it only came yesterday, I want to complain',
      /delivered by its promised date/,
      /this late/,
    ],
  ])('%s: a parcel delivered by its promise is not called late', async (locale, said, onTime, late) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).toMatch(onTime);
    expect(all(answer)).not.toMatch(late);
  });

  it.each([
    ['zh-TW', 'EA526018152CN 寫退回 即係退咗去邊度？我去邊個站自己攞得唔得', /冇得自己去攞/, /尾4位/],
    [
      'en-US',
      'EA526018152CN says returned, where did it go? can I pick it up myself at a station',
      /can't be collected there/,
      /last 4 digits/,
    ],
  ])('%s: where a parcel back with its sender went — no hold taken', async (locale, asked, answer, digits) => {
    const [said] = await talk(h.adapter({ locale: locale === 'zh-TW' ? 'zh-HK' : locale }), [asked]);
    expect(all(said)).toMatch(answer);
    expect(all(said)).not.toMatch(digits);
    expect(await h.store.deliveryChanges.list({ trackingNumber: 'EA526018152CN', limit: 10 })).toEqual([]);
  });

  it('en: "dont need to complain or anything" ends the complaint the bot opened, with nothing more asked', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['JT0001234567890 says delivered but I never got it', 'recipient ends 1111']);
    const [ended] = await talk(adapter, [
      'found it at reception. sorry for the hassle, dont need to complain or anything',
    ]);
    expect(all(ended)).toMatch(/[Nn]othing has been filed/);
    expect(all(ended)).not.toMatch(/Did you mean one of these/);
  });

  it.each([
    [
      'en-US',
      'where is my order 4021887365190032775 it was supposed to come already',
      /looks like the shop's order number/,
    ],
    ['zh-CN', '我的订单号4021887365190032775 怎么还没到', /看起来是商家的订单号/],
  ])('%s: a shop order number is named as such', async (locale, said, named) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).toMatch(named);
  });

  it('en: a returned parcel — "a text said delivered" is set against the record; "send it back to hong kong" is the resend', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['my customer never got EA526018152CN, I want to complain']);
    const [text, resend] = await talk(adapter, [
      'No it was delivered, I got a text saying 已妥投 last week. you must be looking at the wrong one',
      'ok can you just send it back to hong kong then, same address',
    ]);
    expect(all(text)).toMatch(/sent back to the sender, not delivered/);
    expect(all(resend)).toMatch(/what you'd like: redelivery/);
  });
});

/** The near-misses a second stranger's review of this session found (each read as on the session's starting code). */
describe('the mistaken and the ordinary: near-misses of a second review', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', 'JT0001234567890 里面的杯子碎了', '送来就这样了 你们自己看着办', /重新派送/],
    [
      'en-US',
      'JT0001234567890 the vase inside is smashed',
      'you managed to get it here in pieces, great job',
      /redelivery/,
    ],
  ])(
    '%s: "送来就这样了", "get it here in pieces" tell what happened — no redelivery',
    async (locale, opening, said, redelivery) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [opening]);
      const [answer] = await talk(adapter, [said]);
      expect(all(answer)).not.toMatch(redelivery);
    },
  );

  it('zh-CN: an English opener, then a Chinese sentence naming a district, is answered in Chinese', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['hi']);
    const [answer] = await talk(adapter, ['hello sorry my english is not good. 北京朝阳区的快递站三天都不派送']);
    expect(all(answer)).toMatch(/[\u4e00-\u9fff]{6}/);
  });

  it.each([
    ['zh-CN', '这两个明明可以分开算运费的 为什么按一票收 我要退差价', /两张，一个包裹一张/],
    ['en-US', 'can you combine them into one delivery tomorrow? I want them delivered together', /Two tickets/],
  ])('%s: "分开算运费", "combine them into one delivery" are no tickets kept apart', async (locale, said, apart) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, ['SF2210478832106 晚了三天 我要投诉', '还有 782828807290222 也卡住了']);
    const [answer] = await talk(adapter, [said]);
    expect(all(answer)).not.toMatch(apart);
  });

  it.each([
    ['zh-CN', 'SF2210478832106 晚了三天 不用道歉赔钱就行', /您希望我们怎么处理/],
    ['zh-TW', 'SF2210478832106 晚了三天 不需要解釋退錢就好', /您希望我們怎麼處理/],
  ])('%s: the demand settled on beside one turned down is taken', async (locale, said, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).not.toMatch(asked);
  });

  it('zh-CN: "我货款都付了快点把东西送到" at the demand step is the redelivery', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['SF2210478832106 晚了三天']);
    const [answer] = await talk(adapter, ['我货款都付了快点把东西送到']);
    expect(all(answer)).toMatch(/已记下您的诉求：重新派送/);
  });

  it('en: "offered a refund and I don\'t want that" records no refund', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['SF2210478832106 is 3 days late, I want to complain']);
    const [answer] = await talk(adapter, ["your colleague on the phone offered a refund and I don't want that"]);
    expect(all(answer)).not.toMatch(/what you'd like: refund/);
  });

  it('zh-CN: "放驿站就行不怕丢" keeps the hold', async () => {
    await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 明天我不在家', '放驿站就行不怕丢 我下班去拿', '2222']);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 10 });
    expect(request?.kind).toBe('hold');
  });

  it('zh-CN: "扣了我2笔 每笔23元" is no charge of 2', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 扣了我2笔 每笔23元 重复扣费了']);
    expect(all(answer)).not.toMatch(/被收了 2/);
  });

  it('en: a courier late to pick up is no "isn\'t late" of the delivery', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 your courier came 2 days late to pick this up from my shop. I want an explanation',
    ]);
    expect(all(answer)).not.toMatch(/it isn't late/);
  });

  it('zh-CN: an email given beside the last 4 is the contact', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['SF2210478832160 晚了三天', 'SF2210478832160', '赔偿']);
    const [answer] = await talk(adapter, ['邮箱 wang@qq.com 手机尾号6666']);
    expect(all(answer)).toMatch(/wang@qq\.com/);
  });

  it('en: another parcel said to be fine is not offered for a complaint after a hand-off', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'SF2210478832106 is 3 days late, I want to complain',
      'my other one JT0001234567890 came yesterday and it was fine, no problem there',
    ]);
    const [answer] = await talk(adapter, ['let me speak to a human please']);
    expect(all(answer)).not.toMatch(/the other parcel you mentioned/);
  });
});

describe('the mistaken and the ordinary: the difference back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'i want the difference back, not an explanation of your price list',
      /what you would like to: refund|what you'd like: refund/,
    ],
    ['zh-CN', '我要退差价 不要跟我解释价目表', /退款/],
  ])('%s: the difference back is a refund (blind batch 53b: 05.4)', async (locale, said, refund) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [
      'SF1402837465921 sender ends 2222, I was charged 46 but the counter quoted 23',
      '13912345678',
    ]);
    const [answer] = await talk(adapter, [said]);
    expect(all(answer)).toMatch(refund);
  });
});

describe('the mistaken and the ordinary: what time, with nobody home', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): "聽日到唔到" is no destination called 唔到 (52a: 15.3)', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await talk(adapter, ['我喺旺角想寄份文件去深圳 幾錢']);
    const [answer] = await talk(adapter, ['得幾張紙 半公斤都冇 咁聽日到唔到先']);
    expect(all(answer)).not.toMatch(/搵唔到「唔到」/);
  });

  it('en: "what time tho? im at work 9 to 6 and nobody home" is the time of day and the rule — no complaint (53b: 01.2)', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['hey where is my parcel SF1402837465921 been waiting since friday']);
    const [answer] = await talk(adapter, ['ok tomorrow what time tho? im at work 9 to 6 and nobody home']);
    expect(all(answer)).toMatch(/No time of day is recorded/);
    expect(all(answer)).toMatch(/If nobody is home/);
    expect(all(answer)).not.toMatch(/What would you like us to do/);
  });
});
