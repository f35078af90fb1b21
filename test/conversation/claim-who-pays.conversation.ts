import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "How long does the claim take, and does the courier pay or you?" in the middle of a damage complaint: the claim's
 * payout time from the claim rules and that the company pays, never the courier himself — not only the time an
 * answer takes (issue #17, blind batch 24: 08.4). Wording other than the batch's, in every language.
 */
describe('who pays a claim, asked inside a complaint (blind batch 24)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} turned up with the mirror inside shattered`,
      'how many days until a claim is paid out? is it the driver who pays for this or your company?',
      /within 7 working days/,
      /The company pays, not the courier/,
      /What would you like us to do/,
    ],
    [
      'zh-CN',
      `${delivered} 收到的时候镜子碎了`,
      '理赔要几天？是快递员自己赔还是你们公司赔',
      /7 ?个工作日/,
      /由公司赔付，不是派件的快递员个人赔/,
      // ("你们公司赔" in a damage complaint may take compensation as the demand: the next step then.)
      /怎么处理|联系电话/,
    ],
    [
      'zh-TW',
      `${delivered} 收到嗰陣塊鏡爛咗`,
      '賠錢要幾耐？係速遞員賠定你哋公司賠？',
      /7 ?個工作(天|日)/,
      /係公司賠，唔係送件嘅速遞員自己賠/,
      /點樣處理/,
    ],
    [
      'zh-TW',
      `${delivered} 收到的時候鏡子破了`,
      '理賠要多久？是司機要賠還是你們公司賠？',
      /7 ?個工作(天|日)/,
      /由公司賠付，不是配送的司機個人賠/,
      /怎麼處理/,
    ],
  ])('%s: the payout time and that the company pays, then the step again', async (locale, opening, asked, ...want) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
    const text = all(answer);
    const [payout, companyPays, step] = want;
    expect(text).toMatch(payout as RegExp);
    expect(text).toMatch(companyPays as RegExp);
    // Not the wait for an answer in place of the claim's own time.
    expect(text).not.toMatch(/we will get back to you within|我们会在.*内回复您/);
    expect(answer?.at(-1)).toMatch(step as RegExp);
  });
});
