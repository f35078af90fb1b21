import { Nlu } from '../../../src/nlu';

// Monday 23 November 2026, 10:00 in Shanghai.
const NOW = new Date('2026-11-23T02:00:00Z');
const nlu = new Nlu();
const entities = (text: string) => nlu.analyze(text, NOW).entities;

describe('entities', () => {
  it('reads phones in E.164, mainland by default and Taiwan / Hong Kong for Traditional Chinese', () => {
    expect(entities('我电话 177 1874 6331').phones).toEqual([{ e164: '+8617718746331' }]);
    expect(entities('My number +86 191 2845 2984').phones).toEqual([{ e164: '+8619128452984' }]);
    expect(entities('電話 0935-218-447，謝謝').phones).toEqual([{ e164: '+886935218447' }]);
    expect(entities('DHL 5585304352').phones).toEqual([]);
    // Hong Kong (8 digits) and Taiwan mobiles: with a bare country code, or after a phone word in any script.
    expect(entities('call me on 852 9123 4567').phones).toEqual([{ e164: '+85291234567' }]);
    expect(entities('(886) 912 345 678').phones).toEqual([{ e164: '+886912345678' }]);
    expect(entities('my phone 9123 4567').phones).toEqual([{ e164: '+85291234567' }]);
    expect(entities('我电话係 6123 4567，唔该').phones).toEqual([{ e164: '+85261234567' }]);
    expect(entities('order 91234567 where is it').phones).toEqual([]);
    // A Taiwan mobile given in English is not read as a mainland landline (those have 11 or 12 digits).
    expect(entities('my cell 0912 345 678').phones).toEqual([{ e164: '+886912345678' }]);
    expect(entities('我手提係 9123 4567，轉人手唔該').phones).toEqual([{ e164: '+85291234567' }]);
    // A Hong Kong mobile needs no phone word, in any language; a landline-shaped number does.
    expect(entities('my number is 5123 4567 if you need it').phones).toEqual([{ e164: '+85251234567' }]);
    expect(entities('the parcel is 2888 3456 grams').phones).toEqual([]);
    // Any country's number written with its +: the digits after the code are the phone, not a tracking number.
    for (const [text, e164] of [
      ['my number is +44 7911 123456', '+447911123456'],
      ['reach me on +61 412 345 678 pls', '+61412345678'],
      ['電話 +1 (415) 555-2671', '+14155552671'],
    ] as const) {
      expect(entities(text).phones).toEqual([{ e164 }]);
      expect(entities(text).trackingNumbers).toEqual([]);
    }
    expect(
      new Nlu({ defaultRegion: 'US' }).analyze('call 415 555 2671 or (415) 555-2671', NOW).entities.phones,
    ).toEqual([{ e164: '+14155552671' }]);
  });

  it('lists each parcel once, in the order first named, however often a message repeats its number', () => {
    // A mail's subject and body both name the parcel: one parcel, not "SF…, SF…" in the complaint's summary.
    const mail = '快递 SF2210478832106 晚了三天\n我的快递 SF2210478832106 已经晚了三天了，JT0001234567890 也是';
    expect(entities(mail).trackingNumbers).toEqual([
      { number: 'SF2210478832106', carrier: 'sf' },
      { number: 'JT0001234567890', carrier: 'jt' },
    ]);
    expect(entities('EA526018153CN? EA526018153CN!').invalidTracking).toEqual([
      { number: 'EA526018153CN', carrier: 'ems' },
    ]);
  });

  it('reads emails in lower case', () => {
    expect(entities('账单发到 Chen.YT@Outlook.com 了').emails).toEqual(['chen.yt@outlook.com']);
  });

  it('reads money amounts with their currency', () => {
    expect(entities('多扣了我４１元，另外¥56，还有一百多块').amounts).toEqual([
      { value: 41, currency: 'CNY' },
      { value: 56, currency: 'CNY' },
      { value: 100, currency: 'CNY' },
    ]);
    expect(entities('我被重複扣款兩次，各NT$180').amounts).toEqual([{ value: 180, currency: 'TWD' }]);
    expect(entities('司機收了我200元的偏遠地區加價').amounts).toEqual([{ value: 200, currency: 'TWD' }]);
    expect(entities('Charged HK$85, then $25 and 20 yuan, COD ¥2,300').amounts).toEqual([
      { value: 85, currency: 'HKD' },
      { value: 25, currency: 'USD' },
      { value: 20, currency: 'CNY' },
      { value: 2300, currency: 'CNY' },
    ]);
  });

  it('resolves dates and times against the reference time in the courier’s zone', () => {
    expect(entities('明天下午之前送到').dates).toEqual([{ text: '明天下午', start: '2026-11-24T12:00:00+08:00' }]);
    expect(entities('改到周六送').dates).toEqual([{ text: '周六', start: '2026-11-28T00:00:00+08:00' }]);
    expect(entities('下周一上午10点').dates).toEqual([{ text: '下周一上午10点', start: '2026-11-30T10:00:00+08:00' }]);
    expect(entities('約好晚上7點以後送').dates).toEqual([]);
    expect(entities('今天晚上7点').dates).toEqual([{ text: '今天晚上7点', start: '2026-11-23T19:00:00+08:00' }]);
    expect(entities('预约11/20到府收件').dates).toEqual([{ text: '11/20', start: '2026-11-20T00:00:00+08:00' }]);
    expect(entities('can you come tomorrow 3pm').dates).toEqual([
      { text: 'tomorrow 3pm', start: '2026-11-24T15:00:00+08:00' },
    ]);
    expect(entities('reschedule to next Tuesday').dates).toEqual([
      { text: 'next tuesday', start: '2026-12-01T00:00:00+08:00' },
    ]);
    // Cantonese day and part-of-day words, "今晚"/"明晚", and "the day after tomorrow" (not tomorrow).
    expect(entities('聽日唔得 後日下晝送').dates).toEqual([
      { text: '听日', start: '2026-11-24T00:00:00+08:00' },
      { text: '后日下昼', start: '2026-11-25T12:00:00+08:00' },
    ]);
    expect(entities('大後日朝早10點').dates).toEqual([{ text: '大后日朝早10点', start: '2026-11-26T10:00:00+08:00' }]);
    expect(entities('今晚8點後送').dates).toEqual([{ text: '今晚8点', start: '2026-11-23T20:00:00+08:00' }]);
    expect(entities('明晚送吧').dates).toEqual([{ text: '明晚', start: '2026-11-24T18:00:00+08:00' }]);
    expect(entities('deliver it the day after tomorrow afternoon').dates).toEqual([
      { text: 'the day after tomorrow afternoon', start: '2026-11-25T12:00:00+08:00' },
    ]);
    expect(new Nlu({ timeZone: 'Asia/Taipei' }).analyze('明天', NOW).entities.dates[0]?.start).toBe(
      '2026-11-24T00:00:00+08:00',
    );
  });

  it('reads a day asked for as days from now, and not a delay or a wait told in days', () => {
    const day = (text: string) => entities(text).dates.map((d) => d.start.slice(0, 10));
    expect(day('过两天再派吧')).toEqual(['2026-11-25']);
    expect(day('可唔可以遲三日先送')).toEqual(['2026-11-26']);
    expect(day('推遲四天派送可以嗎')).toEqual(['2026-11-27']);
    expect(day('5天以后再寄')).toEqual(['2026-11-28']);
    expect(day('please redeliver it in three days')).toEqual(['2026-11-26']);
    expect(day('bring it two days from now')).toEqual(['2026-11-25']);
    // How late it is or how long it waited: no day to deliver on.
    expect(day('延误了两天才送来')).toEqual([]);
    expect(day('延遲五天才到貨')).toEqual([]);
    expect(day('在驿站放超过三天要收费')).toEqual([]);
    expect(day('过了两天又显示派送中')).toEqual([]);
    expect(day('status has not changed in 6 days')).toEqual([]);
  });

  it('reads the demand, and the problem still decides the intent', () => {
    const result = nlu.analyze('收到的时候里面的碗碎了两个，我要求赔偿', NOW);
    expect(result).toMatchObject({ intent: 'complaint', category: 'damaged', entities: { demand: 'compensation' } });
    expect(entities('Please refund one of the charges').demand).toBe('refund');
    expect(entities('请尽快重新派送').demand).toBe('redelivery');
    expect(entities('I want an apology from the driver').demand).toBe('apology');
    expect(entities('延误成这样，请给个说法').demand).toBe('explanation');
    expect(entities('where is it').demand).toBeNull();
  });

  it('gives every list, empty rather than missing, and no category outside complaints', () => {
    const result = nlu.analyze('hi', NOW);
    expect(result).toEqual({
      intent: 'greeting',
      confidence: expect.any(Number),
      alternatives: [],
      locale: 'en',
      entities: {
        trackingNumbers: [],
        invalidTracking: [],
        phones: [],
        emails: [],
        amounts: [],
        dates: [],
        demand: null,
      },
      signals: { anger: 0, urgent: false, escalationThreat: null, minor: false, severe: false, daysLate: null },
    });
  });
});

describe('signals', () => {
  const signals = (text: string) => nlu.analyze(text, NOW).signals;

  it('recognises each kind of escalation threat', () => {
    expect(signals('再不处理我就打12305投诉').escalationThreat).toBe('regulator');
    expect(signals('我要去邮政管理局告你们').escalationThreat).toBe('regulator');
    expect(signals('我会向消协反映').escalationThreat).toBe('consumer_association');
    expect(signals("I'll take this to the consumer council").escalationThreat).toBe('consumer_association');
    expect(signals('我要发微博曝光你们').escalationThreat).toBe('media');
    expect(signals('my lawyer will contact you').escalationThreat).toBe('lawyer');
    expect(signals('where is my parcel').escalationThreat).toBeNull();
  });

  it('reads threats and curses as whole words, not inside other words', () => {
    expect(signals('there is an issue with my parcel, please check').escalationThreat).toBeNull();
    expect(signals('please send it out immediately').escalationThreat).toBeNull();
    expect(signals('the driver was not courteous at all').escalationThreat).toBeNull();
    expect(signals('运费315元也太贵了').escalationThreat).toBeNull();
    expect(signals('单号SF1315000000000到哪了').escalationThreat).toBeNull();
    expect(signals("I'll sue you if it's not here by Friday").escalationThreat).toBe('lawyer');
    expect(signals('see you in court').escalationThreat).toBe('lawyer');
    expect(signals('please deliver to Flat 12, Harbour Court, Room 315').escalationThreat).toBeNull();
    expect(signals('you charged me $3.15 extra').escalationThreat).toBeNull();
    expect(signals('my neighbour Sue can sign for it').escalationThreat).toBeNull();
    expect(signals('we will take you to court').escalationThreat).toBe('lawyer');
    expect(signals('i will tell the media').escalationThreat).toBe('media');
    expect(signals('等着3·15曝光吧').escalationThreat).not.toBeNull();
    expect(signals('我妈的生日礼物还没到').anger).toBe(0);
    expect(signals('是寄給我媽媽的生日禮物 會不會來不及').anger).toBe(0);
    expect(signals('放门口靠墙就行 不靠谱的话就放驿站').anger).toBe(0);
    expect(signals('他妈的又晚了').anger).toBeGreaterThan(0);
    expect(signals('我靠 又没送到').anger).toBeGreaterThan(0);
  });

  it('scores anger from tone, and urgency, minor and severe qualifiers', () => {
    expect(signals('你们这什么破服务！！！垃圾😡').anger).toBeGreaterThanOrEqual(0.75);
    expect(signals('请问我的包裹到哪了').anger).toBe(0);
    expect(signals('急件，麻烦尽快').urgent).toBe(true);
    expect(signals('外箱有轻微的凹痕').minor).toBe(true);
    expect(signals('the screen is completely destroyed').severe).toBe(true);
  });

  it('reads how many days late the customer says it is', () => {
    expect(signals('快递晚了整整三天').daysLate).toBe(3);
    expect(signals('延誤了五天').daysLate).toBe(5);
    expect(signals('My package is 5 days late').daysLate).toBe(5);
    expect(signals('it arrived a week late').daysLate).toBe(7);
    expect(signals('晚了两个礼拜').daysLate).toBe(14);
    expect(signals('快递晚了整整三天').severe).toBe(true);
  });
});
