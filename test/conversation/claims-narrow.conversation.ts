import { botHarness, sendAll, type BotHarness } from './harness';

/** Per language: a line only the uninsured rule has, one only the claim process has. */
const LINES = {
  'zh-CN': { uninsured: /最高不超过运费的 3 倍|最高为运费的 3 倍/, process: /购买凭证/ },
  'zh-TW': { uninsured: /最高為運費的 3 倍|最高係運費 3 倍/, process: /購買證明|購買單據/ },
  'en-US': { uninsured: /up to 3 times the shipping fee/, process: /photos of the item/ },
} as const;
const linesOf = (locale: string) => LINES[locale as keyof typeof LINES];

// Issue #17, blind batch 14 pattern 4 (29.2, 29.4): "how long do I have to claim?" and "what if it isn't insured?" got
// the whole claims block each time, the same three lines again. A narrow question gets the rule it asks about — the
// time limit, the uninsured payout — and a general one ("how do claims work?") still the whole block.
describe('narrow claim questions get the rule asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '请问理赔有期限吗？几天之内要申请', /签收后 7 天内/],
    ['zh-TW', '請問理賠的期限是幾天內？', /簽收後 7 天內/],
    ['zh-TW', '啲嘢爛咗嘅話要幾多日內索償㗎', /簽收後 7 日內/],
    ['en-US', 'if it arrives broken, how many days do I have to make a claim?', /7 days from delivery/],
  ])('the time limit, without the payout rules (%s)', async (locale, asked, limit) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, asked);
    expect(answer.text).toMatch(limit);
    expect(answer.text).not.toMatch(linesOf(locale).uninsured);
  });

  it.each([
    ['zh-CN', '如果我不买保价，丢了最多赔多少？'],
    ['zh-TW', '如果沒有保價，弄丟了最多賠多少？'],
    ['zh-TW', '如果冇買保價，唔見咗最多賠幾多？'],
    ['en-US', "what's the most you'd pay out on a lost parcel that wasn't insured?"],
  ])('the uninsured payout, without the claim process (%s)', async (locale, asked) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, asked);
    expect(answer.text).toMatch(linesOf(locale).uninsured);
    expect(answer.text).not.toMatch(linesOf(locale).process);
  });

  it.each([
    ['zh-CN', '赔款一般多久到账？', /7 个工作日/],
    ['zh-TW', '理賠的賠款多久會撥款？', /7 個工作天/],
    ['zh-TW', '索償批咗之後幾耐先過數？', /7 個工作天/],
    ['en-US', 'once a claim is approved, when is the compensation paid?', /7 working days/],
  ])('when a claim is paid, without the payout limits (%s)', async (locale, asked, paid) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, asked);
    expect(answer.text).toMatch(paid);
    expect(answer.text).not.toMatch(linesOf(locale).uninsured);
  });

  it.each([
    ['zh-CN', '你们的理赔规则是怎样的'],
    ['zh-TW', '你們的理賠規則是怎樣？'],
    ['en-US', 'how do claims work with you?'],
  ])('a general question still gets the whole rules (%s)', async (locale, asked) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, asked);
    expect(answer.text).toMatch(linesOf(locale).uninsured);
    expect(answer.text).toMatch(linesOf(locale).process);
  });
});
