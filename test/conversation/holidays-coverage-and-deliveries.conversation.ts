import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 45a (peaks, holidays, weather) and 45b (what is inside, where it goes): a holiday's cut-off asked was
 * read as a late parcel; whether the courier delivers on Sundays got "I can't answer that" mid-complaint or booked a
 * Sunday; "I don't want it left in a locker" booked a locker; a call asked with "hand it to me in person" was lost
 * after the proof; a village, an island or a PO box asked about was never answered; a phone's price was read as the
 * last 4; "my friend who sent it" heard the privacy refusal. Wordings differ from the blind testers'.
 */
describe('holidays, where the courier delivers, and what a delivery request says', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: the New Year cut-off asked is the holiday entry with the last day to send, no late parcel', async () => {
    const [cutOff] = await talk(h.adapter({ locale: 'en-US' }), [
      "we're closing the shop for chinese new year soon - when's your cut-off for taking parcels, and when do you start again?",
    ]);
    expect(all(cutOff)).toMatch(/Spring Festival/);
    expect(all(cutOff)).toMatch(/until noon on New Year's Eve/);
    expect(all(cutOff)).not.toMatch(/still waiting|Which tracking number/);
  });

  it('zh-CN: "春节几号停运" then "最晚哪天寄" both hear the holiday entry, never the claim rules', async () => {
    const [stops, latest] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '你们春节几号开始停运 初几恢复',
      '那最晚哪天寄过去比较稳',
    ]);
    expect(all(stops)).toMatch(/初四起恢复/);
    expect(all(latest)).toMatch(/提前一周寄最稳妥/);
    expect(all(latest)).not.toMatch(/理赔/);
  });

  it('zh-TW (Cantonese): "農曆新年有冇截件日" hears Hong Kong\'s cut-off, no tracking number asked', async () => {
    const [cutOff] = await talk(h.adapter({ locale: 'zh-TW' }), ['農曆新年你哋有冇截件日㗎 幾時開返工']);
    expect(all(cutOff)).toMatch(/年三十晏晝 1 點/);
    expect(all(cutOff)).not.toMatch(/運單號碼/);
  });

  it('en: "do you guys deliver on sundays" in the middle of a complaint is answered, then the step again', async () => {
    const [, , days] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is late again',
      'an explanation',
      'btw do you guys deliver on sundays? im out all week',
    ]);
    expect(all(days)).toMatch(/Saturdays and Sundays included/);
    expect(all(days)).not.toMatch(/can't answer that/);
  });

  it('zh-TW: "星期天有配送嗎" beside a parcel in sight hears Taiwan\'s days, no Sunday booked', async () => {
    const [, days] = await talk(h.adapter({ locale: 'zh-TW' }), ['SF1402837465921 到哪了', '那星期天有配送嗎']);
    expect(all(days)).toMatch(/週日及國定假日不配送/);
    expect(all(days)).not.toMatch(/已請我們的團隊/);
  });

  it('en: "I don\'t want it left in a locker, just call her first" is a call before delivery, no locker', async () => {
    const [, asked, proved] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921',
      'could the driver ring my mum before coming? i dont want it left in a locker',
      '2222',
    ]);
    expect(all(asked)).toMatch(/last 4 digits/);
    expect(all(proved)).toMatch(/deliver it as planned, calling/);
    expect(all(proved)).not.toMatch(/locker/);
  });

  it('en: a call asked with "hand it to me in person" survives the proof, no "what would you like us to do?"', async () => {
    const [, , proved] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 is coming to my office',
      'can the courier phone me first and give it to me in person please',
      '4444',
    ]);
    expect(all(proved)).toMatch(/deliver it as planned, calling/);
    expect(all(proved)).not.toMatch(/What would you like us to do/);
  });

  it('zh-CN: "能不能放收发室" is left with the mailroom once proved', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 收件地址是我们学校 快递员进不了校门 能不能放收发室',
      '4444',
    ]);
    expect(all(proved)).toMatch(/交给收发室代收/);
  });

  it('zh-CN and en: a loss supposed ("万一丢了赔不赔", "if it goes missing will you cover it") hears the claim rules', async () => {
    const [zh] = await talk(h.adapter({ locale: 'zh-CN' }), ['放快递柜万一丢了你们赔不赔']);
    expect(all(zh)).toMatch(/按实际损失赔偿/);
    expect(all(zh)).not.toMatch(/请问是哪个快递单号|很抱歉/);
    const [en] = await talk(h.adapter({ locale: 'en-US' }), ['what if it goes missing, will you cover it?']);
    expect(all(en)).toMatch(/compensated at the actual loss/);
  });

  it('en, zh-CN, Cantonese: an island, a village and a PO box asked about hear where the courier delivers', async () => {
    const [island] = await talk(h.adapter({ locale: 'en-US' }), [
      'do you deliver to cheung chau island? no cars there',
    ]);
    expect(all(island)).toMatch(/outlying islands included/);
    const [village] = await talk(h.adapter({ locale: 'zh-CN' }), ['我奶奶住在村里 你们快递送得到吗']);
    expect(all(village)).toMatch(/农村也送/);
    const [box] = await talk(h.adapter({ locale: 'zh-TW' }), ['寄去郵政信箱得唔得 你哋送唔送']);
    expect(all(box)).toMatch(/唔送郵政信箱/);
  });

  it('zh-CN: a price beside a lost parcel ("手机6999买的") is no wrong last 4', async () => {
    const [, price] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '782828807290222 一直没动静',
      '是不是丢了 里面的平板6999买的 我要赔偿',
    ]);
    expect(all(price)).not.toMatch(/后 4 位与快递/);
    expect(all(price)).toMatch(/赔偿/);
  });

  it('en: "paid to me or to my mum who sent it?" hears who is paid, not the privacy refusal', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'if it broke, does the money go to me or to my mum who sent it?',
    ]);
    expect(all(answer)).toMatch(/compensation goes to the sender/);
    expect(all(answer)).not.toMatch(/can't give out/);
  });
});
