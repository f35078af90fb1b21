import { findPhoneNumbersInText, type CountryCode, type NumberFound } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';
import {
  FEWEST_POSSIBLE_DIGITS,
  MAX_PHONE_TRIES,
  PHONE_LIBRARY,
  findPhones,
  searchRegion,
} from '../../../src/nlu/entities/phones';
import { findTrackingNumbers } from '../../../src/nlu/entities/tracking';
import { normalize } from '../../../src/nlu/normalize';
import { fixtureSentences } from './fixture-sentences';

// The matcher class every search of phones.ts runs (its own and the library's findPhoneNumbersInText alike): its
// methods are counted here, called through to the real ones. phones.ts loads libphonenumber-js's one-file build;
// the searches it is compared with below are those of the package's main entry, a separate copy of the same code.
const MATCHER = Object.getPrototypeOf(PHONE_LIBRARY.PhoneNumberMatcher.prototype) as Record<
  'parseAndVerify' | 'hasNext',
  (...args: unknown[]) => unknown
>;
const REGIONS: CountryCode[] = ['CN', 'HK', 'TW', 'US'];
const DEGENERATE = [
  '1 '.repeat(30),
  '1 '.repeat(2000),
  '12 '.repeat(15),
  '123 '.repeat(40),
  '1234 '.repeat(30),
  '1-'.repeat(1000),
  '电话 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3',
  '12345678 '.repeat(30),
  '(1) '.repeat(300),
  '1/2/3/4/5/6/7/8/9 0.1.2.3 - 4 5 6',
];
const found = (numbers: NumberFound[]): string =>
  JSON.stringify(numbers.map(({ startsAt, endsAt, number }) => [startsAt, endsAt, number.number]));

function counting<T>(method: 'parseAndVerify' | 'hasNext', read: () => T): { calls: number; value: T } {
  const spy = jest.spyOn(MATCHER, method);
  try {
    const value = read();
    return { calls: spy.mock.calls.length, value };
  } finally {
    spy.mockRestore();
  }
}

describe('searchRegion', () => {
  it("finds what libphonenumber's own search finds, on every fixture sentence with digits and on degenerate text", () => {
    const texts = [...fixtureSentences().filter((text) => /\d{2}/.test(text)), ...DEGENERATE].map(
      (text) => normalize(text).halfWidth,
    );
    expect(texts.length).toBeGreaterThan(300);
    const differing: string[] = [];
    for (const text of texts)
      for (const region of REGIONS) {
        const own = findPhoneNumbersInText(text, {
          defaultCountry: region,
          maxTries: MAX_PHONE_TRIES,
        } as Parameters<typeof findPhoneNumbersInText>[1]);
        if (found(searchRegion(text, region)) !== found(own)) differing.push(`${region} ${text}`);
      }
    expect(differing).toEqual([]);
  });

  it('has a possible number need as many digits as FEWEST_POSSIBLE_DIGITS in every numbering plan', () => {
    const plans = [...Object.values(metadata.countries), ...Object.values(metadata.nonGeographic)] as unknown[][];
    const shortest = Math.min(...plans.map((plan) => Math.min(...(plan[3] as number[]))));
    expect(shortest).toBe(FEWEST_POSSIBLE_DIGITS);
    // Every run of fewer digits, with or without +, is no number in the default regions nor in those whose
    // national-prefix rule adds digits (index 8 of a plan: GG's 1481$1, NF's 3$1, …).
    const transforming = Object.entries(metadata.countries)
      .filter(([, plan]) => typeof (plan as unknown[])[8] === 'string')
      .map(([country]) => country as CountryCode);
    expect(transforming.length).toBeGreaterThan(20);
    const short: string[] = [];
    for (let length = 1; length < FEWEST_POSSIBLE_DIGITS; length += 1)
      for (let n = 0; n < 10 ** length; n += 1) short.push(String(n).padStart(length, '0'));
    const accepted: string[] = [];
    for (const region of [...REGIONS, ...transforming])
      for (const digits of short)
        for (const text of [digits, `+${digits}`])
          if (findPhoneNumbersInText(text, { defaultCountry: region }).length) accepted.push(`${region} ${text}`);
    expect(accepted).toEqual([]);
  });

  it.each([
    ['30 ones', '1 '.repeat(30), 6],
    ['2,000 ones', '1 '.repeat(2000), 9],
    ['电话 and 23 digits', '电话 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3', 3],
    ['15 twelves', '12 '.repeat(15), 3],
  ])('parses no candidate too short to be a number: %s, spaced', (_, text, parses) => {
    // libphonenumber parsed each "1" (64 tries a region): 48–195 parses of 50–120 µs. Now only each whole run of 21
    // digits or fewer (the candidates its pattern takes), until the tries are used up.
    const { calls, value } = counting('parseAndVerify', () => findPhones(text, 'zh-CN', 'CN', []));
    expect(value).toEqual([]);
    expect(calls).toBe(parses);
  });
});

describe('ticket references and phone regions', () => {
  it.each([
    '工单号C-20261118-0031 现在什么进度',
    '客訴單號 C-20261120-0007，想確認一下有沒有人在處理',
    "What's the status of ticket c-20261121-0015?",
  ])('searches no region for a message whose only digits are a ticket reference: %s', (text) => {
    const source = normalize(text).halfWidth;
    const { calls, value } = counting('hasNext', () => findPhones(source, 'zh-CN', 'CN', findTrackingNumbers(source)));
    expect(value).toEqual([]);
    expect(calls).toBe(0);
  });

  it.each([
    ['C-20261201-0042 电话 13812345678', 'zh-CN', ['+8613812345678']],
    ['13812345678 C-20261201-0042', 'zh-CN', ['+8613812345678']],
    ['C-20261201-0042/0912 345 678', 'zh-TW', ['+886912345678']],
    ['ticket C-20261201-0042, call me on 852 9123 4567', 'en', ['+85291234567']],
  ] as const)('still finds a phone beside a ticket reference: %s', (text, locale, phones) => {
    expect(findPhones(text, locale, 'CN', []).map((phone) => phone.e164)).toEqual(phones);
  });

  it('still searches beside a ticket whose day starts with 0 (12 digits from 0 can be a mainland landline)', () => {
    const { calls } = counting('hasNext', () => findPhones('C-01012345-6789', 'zh-CN', 'CN', []));
    expect(calls).toBeGreaterThan(0);
  });
});

describe('a phone said in Chinese digits (voice input)', () => {
  it('is read as the number, in place, and a short run of Chinese digits is none', () => {
    const text = '电话就打我这个号一三九一一一一二二二二';
    const [found] = findPhones(text, 'zh-CN', 'CN', []);
    expect(found?.e164).toBe('+8613911112222');
    expect(text.slice(found?.start, found?.end)).toBe('一三九一一一一二二二二');
    expect(findPhones('我买了三个一二三号的', 'zh-CN', 'CN', [])).toEqual([]);
  });
});
