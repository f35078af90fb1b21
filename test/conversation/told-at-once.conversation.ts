import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 52a (an ordinary day) and 52b (customers who tell everything at once): what was said was kept and
 * what was asked answered. An address pasted into English switched the chat to Chinese; "I'm free after 5 today"
 * beside a call asked for became a delivery change; "what is the actual delivery date?" at the summary was not
 * answered; "I don't want to have to ask for it again" turned the refund down; the number put right lost the last 4
 * given with the mistyped one; the insured figure was read off the goods' price; "微信扣了我46" was charged 23; "it was
 * insured for 600" was priced as insurance to buy; "要是不行的话，放…驿站也可以的" opened a complaint. Wordings differ
 * from the testers'.
 */
describe('told at once, kept', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a Chinese address pasted into English keeps the chat English, without the reason after it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'YT6865635515058 has not moved for 4 days, im the sender, phone ends 8888, i want it delivered',
    ]);
    const [address] = await talk(adapter, [
      'the address is 成都市武侯区天府大道北段1700号W6-1201 just in case the label got torn',
    ]);
    expect(all(address)).toMatch(/I've added the address to your complaint: 成都市武侯区天府大道北段1700号W6-1201\./);
  });

  it.each([
    [
      'en-US',
      [
        "YT6865635515058 hasnt moved in 4 days, I'm the sender, phone ends 8888, I want compensation",
        'actually forget the compensation, I just want it delivered. can you chase the chengdu side',
      ],
      "will anyone call me about it? number is 137 5712 8888, I'm free after 5 today",
      /free after 5 today/,
    ],
    [
      'zh-CN',
      ['YT6865635515058 四天没动了 我是寄件人 尾号8888 我要投诉', '不要赔偿了 帮我催一下成都那边'],
      '会有人打电话给我吗？电话13757128888，今天下午5点以后有空',
      /今天下午5点以后有空/,
    ],
    [
      'zh-TW',
      ['YT6865635515058 四天沒動了 我是寄件人 末四碼8888 我要客訴', '不用賠償了 幫我催一下成都那邊'],
      '會有人打給我嗎？電話0912345678，今天下午5點以後有空',
      /今天下午5點以後有空/,
    ],
  ])(
    "%s: a call asked, and when the customer is free, is the call's time — no delivery change",
    async (locale, before, said, when) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [...before]);
      const [summary] = await talk(adapter, [said]);
      expect(all(summary)).toMatch(when);
      const requests = await h.store.deliveryChanges.list({ trackingNumber: 'YT6865635515058', limit: 10 });
      expect(requests.filter((r) => r.details.date !== undefined)).toEqual([]);
    },
  );

  it('en: "what is the actual delivery date? I need it by Tuesday" at the summary is answered and noted', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'SF2210478832106 is 3 days late, I am the recipient, phone ends 6666. I want a refund of the fee',
    ]);
    const [, answer] = await talk(adapter, [
      '13800136666',
      'So what is the actual delivery date? I need it by Tuesday',
    ]);
    expect(all(answer)).toMatch(/no new delivery time is recorded yet/);
    expect(all(answer)).toMatch(/written on your complaint that you need it by the date you gave/);
    expect(all(answer)).not.toMatch(/I can't answer that/);
  });

  it('en: "is the refund on the ticket? I don\'t want to have to ask again" says yes and keeps it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'SF2210478832106 is 3 days late, phone ends 6666. I want a refund of the express fee',
      '13800136666',
    ]);
    const [answer] = await talk(adapter, [
      "Is the refund of the fee part of the ticket? I don't want to have to ask for it again later",
    ]);
    expect(all(answer)).toMatch(/Yes — the refund is on your complaint/);
    expect(all(answer)).toMatch(/You'd like: refund/);
  });

  it.each([
    [
      'zh-TW',
      [
        '請問SF1402837465912明天會到嗎？收件人是我，手機末四碼4444，可以晚上六點以後再送嗎',
        '啊抱歉單號打錯了，是SF1402837465921',
      ],
      /已請我們的團隊/,
    ],
    [
      'en-US',
      [
        'SF1402837465912 can it come after 6pm tomorrow? im the recipient, phone ends 4444',
        'oops sorry the number is SF1402837465921, I swapped two digits',
      ],
      /I've asked our team|asked our team/,
    ],
    [
      'zh-CN',
      [
        'SF1402837465912 能不能明天晚上六点以后送？我是收件人，手机尾号4444',
        '不好意思单号打错了，应该是SF1402837465921',
      ],
      /已请我们的团队/,
    ],
  ])('%s: the number put right carries the first message and its last 4', async (locale, turns, done) => {
    const replies = await talk(h.adapter({ locale }), [...turns]);
    expect(all(replies[1])).toMatch(done);
    expect(all(replies[1])).not.toMatch(/last 4 digits of the sender|後 4 位|后4位|後4位/);
  });

  it('zh-CN: the insured figure is the one beside 保价, and "别到时候又说…" turns no demand down', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['JT0001234567890 花瓶碎了，花瓶860块买的，寄的时候保价了1000，我要按保价赔。收件人尾号1111']);
    const [answer] = await talk(adapter, ['保价1000是不是能全赔860？别到时候又说只赔运费的几倍']);
    expect(all(answer)).toMatch(/保价了 1000/);
    expect(all(answer)).not.toMatch(/暂无具体要求/);
  });

  it.each([
    [
      'zh-CN',
      'SF1402837465921 寄件人尾号2222，快递员说23块，结果微信扣了我46，差价23块退给我',
      /被收了 46块，而您认为应该是 23块/,
    ],
    ['zh-TW', 'SF1402837465921 寄件人末四碼2222，收件員說23元，結果刷卡扣了我46，差價23元退給我', /46元/],
  ])('%s: a charge written with no unit is what was charged', async (locale, said, charged) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).toMatch(charged);
  });

  it('en: "when do I get compensated and how much, it was insured for 600" is no insurance to buy', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['782828807290222 where is it']);
    const [answer] = await talk(adapter, ['when do I get compensated and how much, it was insured for 600']);
    expect(all(answer)).not.toMatch(/costs CNY 6/);
    expect(all(answer)).toMatch(/up to its declared value \(600\)/);
  });

  it('zh-CN: "要是不行的话，放…驿站也可以的" while the digits are asked goes on the request, no complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 明天我要去医院陪老伴看病，家里没人，能不能后天再送呀',
      '要是不行的话，放我们小区门口那个菜鸟驿站也可以的',
      '尾号4444',
    ]);
    expect(all(replies[1])).not.toMatch(/态度|您希望我们怎么处理/);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 10 });
    expect(request?.details.date).toBe('2026-11-25');
    expect(request?.details.nobodyIn?.placeName).toBe('菜鸟驿站');
  });

  it.each([
    ['en-US', '782828807290222 is lost, I want compensation', 'how long does the claim take'],
    ['zh-CN', '782828807290222 丢了 我要赔偿', '理赔要多久'],
  ])('%s: how long the claim takes is the claim rules, not the reply time', async (locale, opening, asked) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [opening]);
    const [answer] = await talk(adapter, [asked]);
    expect(all(answer)).toMatch(/7 working days|7 个工作日/);
  });
});

describe('told at once, kept: details offered and questions aside', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '你是不是要问我什么时候寄的？上周六下午寄的，快递员上门收的', /已加到投诉里/],
    [
      'en-US',
      'do you need to know when I sent it? last Saturday afternoon, the courier picked it up',
      /added that|Noted/,
    ],
  ])('%s: a detail offered with "do you need to know…?" goes on the complaint', async (locale, said, noted) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, ['SF1402837465921 sender ends 2222, I was charged 46 but quoted 23, refund the difference']);
    const [answer] = await talk(adapter, [said]);
    expect(all(answer)).toMatch(noted);
    expect(all(answer)).not.toMatch(/can't answer|答不上来/);
  });

  it('zh-TW: "禮拜三前到得了嗎" while waiting for a person is answered from the record', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, ['YT6865635515058 四天沒更新 我是寄件人 末四碼8888 請專人打給我']);
    const [answer] = await talk(adapter, ['禮拜三前到得了嗎？到不了我要先跟客戶講']);
    expect(all(answer)).toMatch(/11月25日/);
  });

  it('zh-TW (Cantonese): "咁幾時可以再寄過嚟" of a returned parcel is the returned-parcel rule', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await talk(adapter, [
      '點解EA526018152CN會退返去武漢㗎 我係收件人 電話尾4567 我要投訴',
      '唔係要賠錢，寄返嚟俾我就得',
    ]);
    const [answer] = await talk(adapter, ['咁幾時可以再寄過嚟？']);
    expect(all(answer)).toMatch(/退回嘅包裹/);
  });

  it('zh-TW (Cantonese): last 4 where a phone is asked, for a number not found, cannot be called', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await talk(adapter, [
      '你哋速遞員好冇禮貌 單號SF3051882947361 我要投訴佢態度',
      'SF3051882947361',
      '查唔到都唔緊要 幫我開單',
    ]);
    const [answer] = await talk(adapter, ['我頭先已經講咗電話尾2468，唔好再問']);
    expect(all(answer)).toMatch(/得個尾數 2468 我哋冇辦法打返俾你/);
    expect(all(answer)).not.toMatch(/查唔到單號/);
  });
});
