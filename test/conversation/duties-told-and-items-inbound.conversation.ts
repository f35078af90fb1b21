import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const DUTY_RULE = /paid by the recipient|由收件人缴纳|由收件人繳納|由收件人俾/;
const REFUSAL_RULE = /you may refuse it|可以拒收/;
const INTAKE =
  /What would you like us to do|您希望我们怎么处理|你想我哋點樣處理|您希望我們怎麼處理|Which tracking number|哪个快递单号|邊個運單號碼/;
const MEAT_RULE = /Meat products|肉类制品|肉類製品/;

/**
 * Left from blind batch 42a (session 43): duties told of without a question mark ("customs want me to pay 300",
 * "包裹在海关要交税"), "who pays the tax" (English "pays"), "税太贵了…能拒收吗", "那我可以不要嗎" after the customs rule;
 * an item asked of the way into the Mainland ("肉松是不是不能寄进大陆" took "进大陆" for the item; "能不能从台湾寄过来"
 * heard the hold fees); and a question beside "I'm not complaining" answered, not only "nothing filed". Wordings differ
 * from the blind testers'.
 */
describe('duties told of, and items asked of the way in', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'customs are asking me to pay 250 HKD on my parcel from Germany'],
    ['en-US', 'bought boots from an American site, who pays the tax on them, me or the seller'],
    ['zh-CN', '我从澳洲买的奶粉在海关 说要我补税'],
    ['zh-TW', '我網購的包裹卡在海關 叫我繳稅'],
  ])('%s: "%s" hears who pays duties, and no complaint is started', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(DUTY_RULE);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it.each([
    ['zh-CN', '关税也太贵了吧 我不想要了 可以拒收吗'],
    ['zh-TW', '稅咁貴 我唔要喇 可唔可以拒收'],
  ])('%s: "%s" hears what refusing means', async (locale, refuse) => {
    const [answer] = await talk(h.adapter({ locale }), [refuse]);
    expect(all(answer)).toMatch(REFUSAL_RULE);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it.each([
    ['zh-CN', '日本寄来的包裹在海关 要交税', '那可以不要吗'],
    ['zh-TW', '國外寄來的包裹在海關 要繳稅', '那我可以不要嗎'],
  ])('%s: "%s" then "%s" hears the refusal rule', async (locale, told, refuse) => {
    const [first, second] = await talk(h.adapter({ locale }), [told, refuse]);
    expect(all(first)).toMatch(DUTY_RULE);
    expect(all(second)).toMatch(REFUSAL_RULE);
  });

  it.each([
    ['zh-CN', '腊肠是不是不能寄进内地'],
    ['zh-CN', '那牛肉干到底能不能从香港寄过来'],
    ['zh-CN', '我不是要投诉 我就想问香肠能不能寄进大陆'],
  ])('%s: "%s" hears the meat rule, the way into the Mainland included', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(MEAT_RULE);
    expect(all(answer)).toMatch(/寄进内地的肉类制品/);
    expect(all(answer)).not.toMatch(/没有单独写明|进大陆|进内地”/);
    expect(all(answer)).not.toMatch(INTAKE);
  });

  it('en: "I\'m not complaining, just asking" with a question answers the question', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      "i'm not complaining, i only want to know can i send a power bank to my son in taipei?",
    ]);
    expect(all(answer)).toMatch(/Power banks/);
    expect(all(answer)).not.toMatch(/anything else, just ask|Is there anything else/);
  });
});
