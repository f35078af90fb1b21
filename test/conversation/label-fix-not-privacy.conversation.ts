import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // recipient …4444
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "收件人电话写错了能改吗", "the recipient's phone is wrong, can you correct it?" ask for the waybill to be corrected, not
 * to see the recipient's details: after the last 4 the right name or phone is asked for (correct_label), never the
 * privacy rule on names and addresses (review of blind batch 26's fixes, finding 4).
 */
describe('a wrong phone on the waybill is a label correction', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${normal} 收件人电话写错了能改吗`, '收件人尾号4444', /面单上的收件人姓名或电话应该是什么/],
    ['zh-HK', `${normal} 收件人電話寫錯咗，可唔可以改？`, '收件人尾數4444', /運單上面收件人嘅名或者電話應該係咩/],
    [
      'en-US',
      `${normal} the recipient's phone is wrong, can you correct it?`,
      'recipient 4444',
      /What should the recipient's name or phone/,
    ],
  ])('%s: “%s” asks for the right detail after the proof', async (locale, ask, proof, told) => {
    const [first, second] = await talk(h.adapter({ locale }), [ask, proof]);
    expect(all(first)).not.toMatch(/shown only to|只给寄件人或收件人|只會|只会|change of address|改地址/);
    expect(all(second)).toMatch(told);
  });
});
