import { botHarness, talk, type BotHarness } from './harness';

/**
 * "What are you going to do?", "how long does the search take?", "要幾耐先寄得返嚟", "what if nobody contacts me?"
 * inside a complaint: the steps the team takes and the times the complaint's priority gives, then the step again —
 * never "I can't answer that", the parcel's scans, or "no specific demand" (issue #17, blind batches 26 and 26b).
 */
describe('what happens to a complaint, and how long it takes, asked while it is taken down', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const joined = (replies: string[][], index: number): string => (replies[index] ?? []).join('\n');

  it('tells an English customer the steps of a missing-parcel case and its times, and asks the demand again', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 shows delivered but it never arrived, I want to complain',
      'so what will your team actually do about it?',
      'and how long will the search take?',
    ]);
    for (const turn of [1, 2]) {
      const text = joined(replies, turn);
      // (Asked again, the steps are said to stand as told, not repeated word for word — session 30.)
      expect(text).toContain(turn === 1 ? 'proof of delivery' : 'The steps are the ones I described just now');
      expect(text).toContain('first answer within 15 minutes');
      expect(text).toContain('resolved within 2 hours');
      expect(text).toContain('What would you like us to do?');
      expect(text).not.toContain('no specific demand');
      expect(text).not.toContain("can't answer");
    }
  });

  it('tells a Mandarin customer what the team does with a missing parcel, in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 显示签收了但我根本没收到，我要投诉',
      '那你们打算怎么处理？',
      '找件要多久？',
    ]);
    for (const turn of [1, 2]) {
      const text = joined(replies, turn);
      // (Asked again, the steps are said to stand as told, not repeated word for word — session 30.)
      expect(text).toContain(turn === 1 ? '签收凭证' : '处理步骤就是我刚才说的那些');
      expect(text).toContain('15 分钟内首次回复');
      expect(text).toContain('您希望我们怎么处理');
    }
  });

  it('tells a Cantonese customer how a returned parcel is sent out again and within what time', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我個件 EA526018152CN 點解退咗返去？我要投訴',
      '收件人 尾號4567',
      '我要你哋再寄過嚟',
      '幾耐先可以寄返嚟？',
    ]);
    const text = joined(replies, 3);
    expect(text).toContain('重新派俾你');
    expect(text).toContain('15 分鐘內會有第一次回覆');
    expect(text).toContain('聯絡電話');
  });

  it('says in Traditional Chinese how to chase a complaint nobody answers', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 已經遲了三天，我要客訴',
      '收件人末四碼6666',
      '道歉',
      '萬一之後都沒有人聯絡我呢？',
    ]);
    const text = joined(replies, 3);
    expect(text).toContain('自動升級給主管');
    expect(text).toContain('首次回覆');
  });

  it('says what the station does with a rude courier and asks the demand again, in Cantonese and English', async () => {
    const yue = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 個速遞員好冇禮貌 鬧我',
      '收件人 1111',
      '咁你哋會點處理佢？',
    ]);
    expect(joined(yue, 2)).toContain('由站點按公司規定決定');
    expect(joined(yue, 2)).toContain('你想我哋點樣處理');
    expect(joined(yue, 2)).not.toContain('冇特別要求');
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      'the driver for JT0001234567890 swore at me when he dropped it off, I want to complain',
      'recipient, last 4 digits 1111',
      'how are you going to deal with that driver?',
    ]);
    expect(joined(en, 2)).toContain('decided by the station');
    expect(joined(en, 2)).not.toContain('no specific demand');
  });
});

describe('when a fee refund is paid, asked in a fee complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

  it('answers "幾時先退" with the refund time in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '你哋喺SF1402837465921多收咗我$30附加費，我要退返',
      '寄件人尾數2222',
      '咁要幾時先退俾我？',
    ]);
    expect(last(replies)).toContain('3 個工作天內');
  });

  it('answers "几时能退" with the refund time in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 多收了我30块偏远费，我要投诉，要退钱',
      '寄件人尾号2222',
      '几时能退？',
    ]);
    expect(last(replies)).toContain('3 个工作日内');
  });

  it('answers when the refund comes through in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'you charged me an extra 30 remote-area fee on SF1402837465921, I want a refund',
      'sender, last 4 are 2222',
      'when will the refund come through?',
    ]);
    expect(last(replies)).toContain('within 3 working days');
  });
});

describe('where photos of damage go, asked in the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

  it('says to send the pictures here, not how to ship a return, in three languages', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 came today and the lamp inside is smashed, I want compensation',
      'I took some pictures of it, where should I send them?',
    ]);
    expect(last(en)).toContain('paperclip');
    expect(last(en)).not.toContain('new shipment');
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 今天到了，里面的台灯摔碎了，我要赔偿',
      '我拍了照片，怎么发给你们？',
    ]);
    expect(last(cn)).not.toContain('新寄件');
    expect(last(cn)).toMatch(/回形针|附件|照片/);
    const tw = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 今日到咗，入面盞燈爛晒，我要賠償',
      '我影咗相，點send畀你哋？',
    ]);
    expect(last(tw)).toMatch(/萬字夾|迴紋針|附件|相/);
  });
});

describe('how the customer will hear back, asked in the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');
  const opening = 'SF2210478832106 ';

  it('says the answer comes in this chat, and what the contact given is for, in three languages', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      `${opening}is three days late and I want to complain`,
      'by the way, will you email me or text me about it?',
    ]);
    expect(last(en)).toContain('here, in this chat');
    expect(last(en)).not.toContain("can't answer");
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [`${opening}晚了三天了，我要投诉`, '后面你们怎么通知我？']);
    expect(last(cn)).toContain('在这里回复您');
    expect(last(cn)).not.toContain('答不上来');
    const tw = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${opening}遲了三天，我要客訴`,
      '之後會用電話還是Email通知我？',
    ]);
    expect(last(tw)).toContain('在這裡回覆您');
  });
});

describe('what happens and how long, asked after filing while a person is awaited', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

  it('tells a Cantonese customer how the returned parcel is sent again and by when the ticket is settled', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我個件 EA526018152CN 點解退咗返去？我要投訴',
      '收件人 尾號4567',
      '我要你哋再寄過嚟',
      '跳過',
      '提交',
      '咁即係幾耐先會寄返嚟俾我？',
    ]);
    expect(last(replies)).toContain('重新派俾你');
    expect(last(replies)).toContain('之前處理好');
  });

  it('tells English and Mandarin customers the search steps and the resolution deadline', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 shows delivered but it never arrived, I want to complain',
      'compensation',
      'skip',
      'submit',
      'ok and how long is the investigation going to take?',
    ]);
    expect(last(en)).toContain('proof of delivery');
    expect(last(en)).toContain('We aim to resolve ticket');
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 显示签收了但我根本没收到，我要投诉',
      '赔偿',
      '跳过',
      '提交',
      '调查大概要多久？',
    ]);
    expect(last(cn)).toContain('签收凭证');
  });
});

describe('what can be done for a missing parcel needed by a day', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

  it('says the trace, the claim if not found, and honestly that the day is not promised, in three languages', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      "782828807290222 had an exception and hasn't moved, I think it's lost and I want to complain",
      "it's for my son, his birthday is on Saturday. what can your team do?",
    ]);
    expect(last(en)).toContain('trace it');
    expect(last(en)).toContain("can't promise");
    expect(last(en)).not.toContain('no specific demand');
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [
      '782828807290222 显示异常一直不动，应该是丢了，我要投诉',
      '这是给我儿子的生日礼物，星期六生日，你们能做些什么？',
    ]);
    expect(last(cn)).toContain('追查');
    expect(last(cn)).toContain('没法保证');
    const tw = await talk(h.adapter({ locale: 'zh-TW' }), [
      '782828807290222 顯示異常之後冇郁過，應該唔見咗，我要投訴',
      '係我個仔嘅生日禮物，星期六生日，你哋可以做啲乜？',
    ]);
    expect(last(tw)).toContain('追查');
    expect(last(tw)).toContain('冇辦法保證');
  });
});
