import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Left from blind batches 49a and 49b: "可唔可以俾第二個同事代收 要唔要帶乜嘢" in a complaint was asked where to hold the
 * parcel; "can she give my phone number instead of the code?" beside a hold heard the change's buttons; "周日到底送不送你也
 * 没说" opened a complaint instead of the delivery days asked twice. Wordings differ from the testers'.
 */
describe('someone else taking the parcel in, and a question asked again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): "可唔可以叫另一個同事代收" in a late parcel\'s complaint is who may sign, no hold asked', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF2210478832106 遲咗三日 我要投訴',
      '收件嗰位同事放假 可唔可以叫另一個同事代收 使唔使帶嘢',
    ]);
    expect(all(asked)).toMatch(/代收人用自己/);
    expect(all(asked)).not.toMatch(/暫存喺邊度/);
    expect(all(asked)).toMatch(/你想我哋點樣處理/);
  });

  it('en: "can my neighbour sign for it?" about a parcel in transit is the rule on someone else receiving it', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 when is it coming',
      "i'm at work all day tomorrow. can my neighbour sign for it?",
    ]);
    expect(all(asked)).toMatch(/Someone else receiving it/);
    expect(all(asked)).not.toMatch(/What would you like us to do with/);
  });

  it('en: beside a hold, "can my son just give my phone number instead of the pickup code" is what a collector shows', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 please hold it at the station, I am away',
      'recipient here, 4444',
      'the text goes to my phone. can my son just give my phone number instead of the pickup code?',
    ]);
    expect(all(asked)).toMatch(/recipient's phone number\) is enough/);
    expect(all(asked)).not.toMatch(/What would you like us to do with/);
  });

  it('zh-CN: "快递能让门卫代签吗" asks; "门卫代收了 我没拿到" is no question of it', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['我白天上班 快递能让门卫代签吗']);
    expect(all(asked)).toMatch(/别人代收/);
    const [told] = await talk(h.adapter({ locale: 'zh-CN' }), ['JT0001234567890 显示门卫代收了 我根本没拿到']);
    expect(all(told)).not.toMatch(/别人代收/);
  });

  it('zh-CN: "周日到底送不送 你也没说" after a stuck parcel is the delivery days, not a complaint opened', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 怎么四天没动',
      '周日到底送不送你也没说清楚 等了好几天了',
    ]);
    expect(all(asked)).toMatch(/周六、周日照常派送/);
    expect(all(asked)).not.toMatch(/您希望我们怎么处理/);
  });
});
