import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "What's the address it's going to?" about the parcel just shown: the city it goes to, and the full address only
 * once the sender's or recipient's last 4 digits prove the customer's link — never the status again as if nothing
 * was asked (blind batch 18: 10.3).
 */
describe('the address a parcel goes to', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'which address is it addressed to? might be the wrong one', /going to Shanghai[^]*last 4 digits/],
    ['zh-CN', '这个寄到什么地址了？', /寄往上海[^]*后 4 位/],
    ['zh-TW', '收件地址係咩？', /(寄往|寄去)上海[^]*(末 4 碼|尾 4 位)/],
  ])('%s: “%s” before the proof', async (locale, asked, told) => {
    const replies = await talk(h.adapter({ locale }), [`where is ${normal}`, asked]);
    expect(all(replies[1])).toMatch(told);
    expect(all(replies[1])).not.toMatch(/Zhang Wei|张伟|張偉/);
  });

  it('en: after the proof, the waybill’s address', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `where is ${normal}`,
      '2222',
      "what's the address it's going to?",
    ]);
    expect(all(replies[2])).toMatch(/going to Shanghai[^]*Recipient:/);
  });
});
