import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// The customs rule: who pays the duties (the recipient) is in every language's entry.
const DUTY_RULE = /paid by the recipient|由收件人缴纳|由收件人繳納|由收件人俾/;
const REFUSAL_RULE = /you may refuse it|可以拒收/;
const INTAKE =
  /What would you like us to do|您希望我们怎么处理|你想我哋點樣處理|您希望我們怎麼處理|Which tracking number|哪个快递单号|邊個運單號碼/;
const SEND_NUMBER = /Send me the tracking number|有单号可以发给我|有運單號碼可以send俾我/;

/**
 * Duties asked about in the customer's words (blind batch 42a: "if they charge tax on it who pays, me or the shop?" heard
 * who gets a claim's compensation and a complaint form; "why am I being asked to pay 186 yuan tax" was told "sorry
 * nobody got back to you"; "can I just refuse it and not pay" heard "I can't answer that one here"): the courier's
 * customs rule, the rule on refusing such a parcel, and no complaint. A second question hears the part of the rule that
 * answers it; the number is not asked for once given. Wordings differ from the blind testers'.
 */
describe('duties and customs asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'my order from a UK shop needs tax paid before delivery, who pays that, me or the shop?'],
    ['zh-CN', '日本网站买的面霜 送货的时候要我交98块税 凭什么啊'],
    ['zh-TW', '喺外國網買咗對鞋 話要交稅先派 係咪要我俾㗎'],
  ])('%s: "%s" hears who pays duties, and no complaint is started', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(DUTY_RULE);
    expect(all(answer)).not.toMatch(INTAKE);
    expect(all(answer)).not.toMatch(/compensation goes to|赔给|賠俾/);
  });

  it.each([
    ['en-US', 'they want import tax on my jacket from london. do I have to pay it?', "can't I just refuse it then"],
    ['zh-CN', '美国寄来的包裹海关要我补税 一定要交吗', '那我不交了 拒收行不行'],
    ['zh-TW', '海關話我件貨要交稅 點解要交', '咁我唔交得唔得'],
  ])('%s: refusing the parcel after the duties hears what refusing means', async (locale, asked, refuse) => {
    const [, answer] = await talk(h.adapter({ locale }), [asked, refuse]);
    expect(all(answer)).toMatch(REFUSAL_RULE);
    expect(all(answer)).not.toMatch(INTAKE);
    expect(all(answer)).not.toMatch(/I can't answer that|这个我这里答不了|呢個我喺度答唔到/);
  });

  it('en: a seller whose buyer may not pay the duties hears what refusing means for the way back', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'my customer in Sydney says customs there want duties paid before they release my parcel. who has to pay that?',
      "and if she doesn't pay and it comes back, do I pay the shipping back?",
    ]);
    expect(all(answer)).toMatch(/return is charged to the sender/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('en: a second customs question hears the part that answers it, and a given number is not asked for', async () => {
    const [first, second] = await talk(h.adapter({ locale: 'en-US' }), [
      'my parcel LX483920172GB from Britain is stuck in customs since monday. how long does clearance take?',
      'and if there is tax to pay, who pays it, me or the seller?',
    ]);
    expect(all(first)).toMatch(/1–3 working days/);
    expect(all(first)).not.toMatch(SEND_NUMBER);
    expect(all(second)).toMatch(DUTY_RULE);
    expect(all(second)).not.toMatch(/Customs and duties:/);
  });

  it('en: with no number given, the customs rule offers to look the parcel up', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), ['how long does customs clearance usually take?']);
    expect(all(answer)).toMatch(SEND_NUMBER);
  });

  it.each([
    ['en-US', 'I need a receipt for my company, what do you need, our tax ID?'],
    ['zh-CN', '开发票要提供税号吗'],
  ])('%s: a tax ID for a receipt is no customs question', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).not.toMatch(DUTY_RULE);
  });
});
