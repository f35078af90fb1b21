import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * The parcel a locker or pickup-code answer was about is the conversation's: the last-4 digits sent next are checked
 * against it, and its number is not asked for again (blind batch 23: 21.2 — "是哪個包裹？" right after the answer about
 * the number given in the first message). New wording in each language.
 */
describe('the parcel of a pickup-code answer is the one the digits prove', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `快递柜取件码不对，${delivered} 打不开柜门`, '收件人尾号1111', /核对无误/, /哪个包裹|哪个快递单号/],
    ['zh-TW', `${delivered} 的取件碼一直顯示錯誤，智取櫃開不了`, '末四碼1111', /核對無誤/, /哪個包裹|哪個貨運單號/],
    [
      'en-US',
      `the locker code for ${delivered} doesn't work, the door won't open`,
      'last 4 digits 1111',
      /that matches/,
      /which parcel|which tracking number/i,
    ],
  ])('%s', async (locale, question, digits, verified, whichParcel) => {
    const [answer, checked] = await talk(h.adapter({ locale }), [question, digits]);
    expect(said(answer)).toContain(delivered);
    expect(said(checked)).toMatch(verified);
    expect(said(checked)).not.toMatch(whichParcel);
  });
});
