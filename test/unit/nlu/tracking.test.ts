import {
  findTrackingNumbers,
  letterOFixed,
  s10CheckDigitValid,
  upsCheckDigitValid,
} from '../../../src/nlu/entities/tracking';
import { Nlu } from '../../../src/nlu';

const nlu = new Nlu();
const entities = (text: string) => nlu.analyze(text, new Date('2026-11-23T02:00:00Z')).entities;

describe('tracking numbers', () => {
  describe('check digits', () => {
    it('verifies UPU S10 check digits (weights 8 6 4 2 3 5 9 7)', () => {
      expect(s10CheckDigitValid('EA526018152CN')).toBe(true);
      expect(s10CheckDigitValid('RR082462815CN')).toBe(true);
      expect(s10CheckDigitValid('EA526018153CN')).toBe(false);
    });

    it('verifies UPS 1Z check digits', () => {
      expect(upsCheckDigitValid('1Z999AA10123456784')).toBe(true);
      expect(upsCheckDigitValid('1Z7EFU8E0149746505')).toBe(true);
      expect(upsCheckDigitValid('1Z999AA10123456785')).toBe(false);
    });
  });

  it('returns a number whose check digit fails under invalidTracking, not trackingNumbers', () => {
    expect(entities('EA526018152CN 和 EA526018153CN')).toMatchObject({
      trackingNumbers: [{ number: 'EA526018152CN', carrier: 'ems' }],
      invalidTracking: [{ number: 'EA526018153CN', carrier: 'ems' }],
    });
    expect(entities('UPS 1Z999AA10123456785 please')).toMatchObject({
      trackingNumbers: [],
      invalidTracking: [{ number: '1Z999AA10123456785', carrier: 'ups' }],
    });
  });

  it('normalises full-width characters, lower case, spaces and dashes', () => {
    expect(entities('单号ＳＦ２２２０２９７２９９７５').trackingNumbers).toEqual([
      { number: 'SF222029729975', carrier: 'sf' },
    ]);
    expect(entities('sf 1402-8374-65921 到哪了').trackingNumbers).toEqual([
      { number: 'SF1402837465921', carrier: 'sf' },
    ]);
    expect(entities('黑貓單號 9041 2788 3615').trackingNumbers).toEqual([{ number: '904127883615', carrier: 'tcat' }]);
    expect(entities('ea 526 018 152 cn').trackingNumbers).toEqual([{ number: 'EA526018152CN', carrier: 'ems' }]);
  });

  it('takes a prefix spelled out in capitals by voice typing ("Y T 6865…"), not lower-case words before digits', () => {
    expect(entities('the number is Y T 6865635515058 and it hasnt moved').trackingNumbers).toEqual([
      { number: 'YT6865635515058', carrier: 'yto' },
    ]);
    expect(entities('單號 S-F 1402837465921').trackingNumbers).toEqual([{ number: 'SF1402837465921', carrier: 'sf' }]);
    expect(entities('any t 6865635515058').trackingNumbers.map((t) => t.number)).toEqual(['6865635515058']);
  });

  it('detects each carrier by its pattern or by the name written before the number', () => {
    const found = entities(
      'SF1402837465921 YT6865635515058 JT0001234567890 JDVA21864301955 中通782828807290222 申通773012345678 ' +
        '韵达4312345678901 FedEx 347824504000 DHL 8838737167 LS786579756CN 1ZEP6LHY1301092811 RA625276011CN 6207 3318 5529',
    ).trackingNumbers;
    expect(found).toEqual([
      { number: 'SF1402837465921', carrier: 'sf' },
      { number: 'YT6865635515058', carrier: 'yto' },
      { number: 'JT0001234567890', carrier: 'jt' },
      { number: 'JDVA21864301955', carrier: 'jd' },
      { number: '782828807290222', carrier: 'zto' },
      { number: '773012345678', carrier: 'sto' },
      { number: '4312345678901', carrier: 'yunda' },
      { number: '347824504000', carrier: 'fedex' },
      { number: '8838737167', carrier: 'dhl' },
      { number: 'LS786579756CN', carrier: 'china_post' },
      { number: '1ZEP6LHY1301092811', carrier: 'ups' },
      { number: 'RA625276011CN', carrier: 'china_post' },
      { number: '620733185529', carrier: 'unknown' },
    ]);
  });

  it('keeps a phone number beside a tracking number apart from it', () => {
    expect(entities('顺丰SF1402837465921，手机 138 1741 4333')).toMatchObject({
      trackingNumbers: [{ number: 'SF1402837465921', carrier: 'sf' }],
      phones: [{ e164: '+8613817414333' }],
    });
  });

  it('never takes an 11-digit mobile number or an order number for a tracking number', () => {
    expect(entities('电话13812345678').trackingNumbers).toEqual([]);
    expect(entities('订单号 123456789012 还没发货').trackingNumbers).toEqual([]);
    expect(entities('order #482910337261 please').trackingNumbers).toEqual([]);
  });

  it('flags a letter-prefixed number of the wrong length as a likely typo', () => {
    expect(entities('SF12345678').invalidTracking).toEqual([{ number: 'SF12345678', carrier: 'sf' }]);
    expect(entities('FedEx 1234567890123').invalidTracking).toEqual([{ number: '1234567890123', carrier: 'fedex' }]);
  });

  it('flags a known prefix with one letter mistyped (YI for YT), but not an unrelated prefix', () => {
    expect(entities('my tracking is YI6865635515058')).toMatchObject({
      trackingNumbers: [],
      invalidTracking: [{ number: 'YI6865635515058', carrier: 'unknown' }],
    });
    expect(entities('ref AB6865635515058').invalidTracking).toEqual([]);
  });

  it('flags letters no carrier uses when they are given as the tracking number, glued to its digits', () => {
    expect(entities('我的包裹 單號 TW20261119888 一個禮拜了').invalidTracking).toEqual([
      { number: 'TW20261119888', carrier: 'unknown' },
    ]);
    expect(entities('tracking no. QQ1234567890 pls').invalidTracking).toEqual([
      { number: 'QQ1234567890', carrier: 'unknown' },
    ]);
    expect(entities('MY TRACKING NUMBER IS 782828807290222')).toMatchObject({
      trackingNumbers: [{ number: '782828807290222' }],
      invalidTracking: [],
    });
    expect(entities('订单号 TB2026111988812').invalidTracking).toEqual([]);
  });

  it('flags letters and digits listed beside a real number as a number that cannot be right (blind batch 18 30.1)', () => {
    expect(entities('查下 SF1402837465921、JT0001234567890 同埋 QK12345678').invalidTracking).toEqual([
      { number: 'QK12345678', carrier: 'unknown' },
    ]);
    expect(entities('YT6865635515058 and ZX987654321 please').invalidTracking).toEqual([
      { number: 'ZX987654321', carrier: 'unknown' },
    ]);
    // Not a list: a word before a Hong Kong phone, or one code alone.
    expect(entities('YT6865635515058 call me HK 91234567').invalidTracking).toEqual([]);
    expect(entities('my order is AB12345678').invalidTracking).toEqual([]);
  });

  it('reads a word before a mobile number ("contact me at 135…") as a word, not a mistyped prefix', () => {
    expect(entities('last 4 digits 2222. contact me at 13512342222')).toMatchObject({
      invalidTracking: [],
      phones: [{ e164: '+8613512342222' }],
    });
    expect(entities('my tracking is YT 68656355150')).toMatchObject({ invalidTracking: [{ number: 'YT68656355150' }] });
  });

  it('takes an English word before a number for a word, not a mistyped prefix (a typed "SG 1234…" still counts)', () => {
    expect(entities('what is the status of 782828807290222 please')).toMatchObject({
      trackingNumbers: [{ number: '782828807290222', carrier: 'unknown' }],
      invalidTracking: [],
    });
    expect(entities('any news on 773012345678?').invalidTracking).toEqual([]);
    expect(entities('number SG 1402837465921').invalidTracking).toEqual([
      { number: 'SG1402837465921', carrier: 'unknown' },
    ]);
  });

  it('never reads the digits of a ticket reference as a tracking number', () => {
    for (const text of [
      '案件編號 C-20251124-0031 進度如何',
      '我的投诉单C-20261123-0042呢',
      'ticket c-20261123-0007 status',
    ]) {
      expect(entities(text)).toMatchObject({ trackingNumbers: [], invalidTracking: [] });
    }
  });

  it('reports positions so that other extractors can skip the span', () => {
    expect(findTrackingNumbers('x SF1402837465921 y')).toEqual([
      { number: 'SF1402837465921', carrier: 'sf', valid: true, start: 2, end: 17 },
    ]);
  });

  it('reads an 11-digit number after a mistyped parcel word as a number, never a word like "page" or "place"', () => {
    for (const text of [
      'wher is my pacel 77312000458 ITS LATE',
      'my parsel 88120455371 never came',
      'pakage 66120455371??',
    ])
      expect(entities(text).trackingNumbers).toHaveLength(1);
    for (const text of ['see page 77312000458', 'the place 88120455371'])
      expect(entities(text).trackingNumbers).toEqual([]);
  });

  it('keeps a weight or count after a space apart from the number before it (blind batch 26b: 24.1)', () => {
    for (const text of [
      '寄咗 SF1402837465921 2.5公斤 收我幾錢',
      'SF1402837465921 3kg to Beijing, why so expensive',
      '單號SF1402837465921 2件 點計',
      'parcel SF1402837465921 0.8 kg charged twice',
    ])
      expect(entities(text).trackingNumbers.map((t) => t.number)).toEqual(['SF1402837465921']);
    expect(entities('SF 1402 8374 6592 1').trackingNumbers.map((t) => t.number)).toEqual(['SF1402837465921']);
  });
});

describe('a letter O typed among the digits', () => {
  it('names the number back as one to check, with the zero suggested', () => {
    const read = entities;
    expect(read('单号SF22104788321O6').invalidTracking.map((t) => t.number)).toEqual(['SF22104788321O6']);
    expect(read('JT000123456789O 里面少了一盒').invalidTracking.map((t) => t.number)).toEqual(['JT000123456789O']);
    expect(letterOFixed('SF22104788321O6')).toBe('SF2210478832106');
    // (A prefix's own O is no typo; an S10 number with O in its letters is a number as it is.)
    expect(letterOFixed('RO123456785CN')).toBeUndefined();
    expect(read('RO123456785CN').invalidTracking).toEqual([]);
  });
});
