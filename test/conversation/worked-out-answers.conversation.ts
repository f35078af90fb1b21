import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

/**
 * What the rules let the bot work out is worked out (issue #17, blind batch 10 P6): the insurance fee on a value
 * the customer names (the market's rate and minimum, `insurance` in knowledge/<MARKET>/fees.json), how to claim
 * when that is asked (not the whole claims paragraph again).
 */
describe('answers worked out from the rules', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-TW: 一支 2 萬台幣的手錶保價, the fee worked out in NT$', async () => {
    const [said] = await play('zh-TW', ['想幫一支2萬台幣的手錶保價，保價費要多少？']);
    expect(said).toBe('申報價值 NT$20,000，保價費是 NT$200：NT$20,000 × 1% = NT$200。');
  });

  it('zh-TW (Cantonese): a small value pays the Hong Kong minimum', async () => {
    const [said] = await play('zh-TW', ['保價一對150蚊嘅耳環要幾多錢？']);
    expect(said).toContain('保價費按最低收費 HK$2計');
    expect(said).not.toContain('遺失或損壞');
  });

  it('en: insuring a value after a claims answer is one line, with the working', async () => {
    const [, said] = await play('en-US', [
      'how does compensation work if a parcel gets lost?',
      'what would insurance cost for a 12,000 yuan necklace?',
    ]);
    expect(said).toBe('Insuring a declared value of CNY 12,000 costs CNY 120: CNY 12,000 × 1% = CNY 120.');
  });

  it('zh-CN: 怎么申请理赔 gets how to claim, not the whole paragraph', async () => {
    const [, how] = await play('zh-CN', ['丢件了怎么赔', '那具体怎么申请，需要什么材料']);
    expect(how).toMatch(/^申请理赔：签收后 7 天内/);
    expect(how).not.toContain('最高不超过运费的 3 倍');
  });

  it('zh-TW: 理賠流程 gets the steps in Traditional', async () => {
    const [said] = await play('zh-TW', ['請問理賠流程是怎樣？']);
    expect(said).toMatch(/^申請理賠：簽收後 7 天內/);
    expect(said).not.toContain('最高為運費的 3 倍');
  });

  it('en: "how do I file a claim" gets the steps', async () => {
    const [said] = await play('en-US', ['how do I file a claim for a broken vase?']);
    expect(said).toMatch(/^To claim: report it here within 7 days/);
    expect(said).not.toContain('Uninsured parcels');
  });
});

/**
 * Money and routes as the reader means them (issue #17, blind batch 10): a Mainland price to a Traditional reader
 * is said in 人民幣 (元 is their own dollar in Taiwan and Hong Kong); "深圳寄…去香港" without 由 names its origin;
 * a returned parcel sent out again is priced on the table of the way back.
 */
describe('money and routes as the reader means them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-TW (Cantonese): 廣州寄…去香港 is priced from Guangzhou, in 人民幣', async () => {
    const [said] = await play('zh-TW', ['廣州寄1公斤去香港要幾多錢']);
    expect(said).toContain('廣州 → 香港');
    expect(said).toContain('= 人民幣 48 元');
    expect(said).not.toMatch(/HK\$/);
  });

  it('zh-CN: 我在杭州寄…到北京 is priced from Hangzhou', async () => {
    const [said] = await play('zh-CN', ['我在杭州寄3公斤到北京多少钱']);
    expect(said).toContain('杭州 → 北京');
    expect(said).not.toContain('同城寄');
  });

  it('zh-TW: the Mainland price list read in Taiwan says 人民幣', async () => {
    const [said] = await play('zh-TW', ['從上海寄東西到蘇州的運費大概怎麼算？']);
    expect(said).toMatch(/人民幣 \d+ 元/);
    expect(said).not.toMatch(/(?<!人民幣 )\b\d+ 元/);
  });

  it('en: sending a returned parcel out again is priced on the Mainland table it went back on', async () => {
    const [, , cost] = await play('en-US', [
      `${DEMO_TRACKING.returned} went back to the sender - could you send it to me again? I'm the recipient, my number ends 4567`,
      'the day after tomorrow in the afternoon',
      'do I have to pay for this?',
    ]);
    expect(cost).toContain('CNY 5');
    expect(cost).not.toContain('HK$');
  });

  it('zh-TW (Cantonese): 退咗嘅件再派 is priced in 人民幣, not HK$', async () => {
    const [, , cost] = await play('zh-TW', [
      `${DEMO_TRACKING.returned} 點解退咗返去 可唔可以再派俾我 我係收件人 尾數4567`,
      '後日朝早',
      '再派要唔要錢㗎',
    ]);
    expect(cost).toContain('人民幣 5 元');
    expect(cost).not.toContain('HK$');
  });

  it('zh-CN: 退回的件再派一次 is priced on the Mainland table', async () => {
    const [, , cost] = await play('zh-CN', [
      `${DEMO_TRACKING.returned} 怎么退回去了 可以再派一次给我吗 我是收件人 尾号4567`,
      '后天上午',
      '再派一次收钱吗',
    ]);
    expect(cost).toContain('5 元');
    expect(cost).not.toContain('HK$');
  });
});
