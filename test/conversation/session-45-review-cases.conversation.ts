import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A stranger's review of the first readers for blind batches 45a/45b found them too broad: a pause or a late parcel
 * that named a holiday heard the holiday entry; "可以周六送吗" booked nothing; "还是送到我公司吧" lost its change; a
 * supposed loss hid a real one; insurance asked before sending was refused; 青岛 was an island. These hold what the
 * mend kept.
 */
describe('the session 45 readers stay narrow', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it("en: a pause asked over the customer's own holiday is a change of delivery, not the holiday entry", async () => {
    const [, pause] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921',
      "I'm away on holiday from tomorrow, can you pause the delivery and resume it next week?",
    ]);
    expect(all(pause)).toMatch(/last 4 digits/);
    expect(all(pause)).not.toMatch(/Public holidays/);
  });

  it('zh-CN: a parcel held up over the holiday is a complaint, and the holiday told once is not told again later', async () => {
    const [late] = await talk(h.adapter({ locale: 'zh-CN' }), ['过年前寄的快递到现在还没到 你们是不是停运了']);
    expect(all(late)).toMatch(/单号/);
    expect(all(late)).not.toMatch(/法定节假日/);
    const [told, , later] = await talk(h.adapter({ locale: 'zh-CN', user: 'b' }), [
      '春节你们放假吗',
      '好的 谢谢',
      '对了 我上周几号寄的一个件到现在还没到',
    ]);
    expect(all(told)).toMatch(/法定节假日/);
    expect(all(later)).not.toMatch(/法定节假日/);
  });

  it('zh-CN: "可以周六送吗" after the proof books Saturday; "我周六休息在家 改周六送吧" too', async () => {
    const [, , saturday] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF2210478832106', '6666', '可以周六送吗']);
    expect(all(saturday)).toMatch(/11月28日周六派送/);
    const [, , dayOff] = await talk(h.adapter({ locale: 'zh-CN', user: 'b' }), [
      'SF2210478832106',
      '6666',
      '我周六休息在家 改周六送吧',
    ]);
    expect(all(dayOff)).toMatch(/11月28日周六派送/);
  });

  it('zh-CN: "算了还是送到我公司吧" asks the new address', async () => {
    const [, , office] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921',
      '4444',
      '算了还是送到我公司吧',
    ]);
    expect(all(office)).toMatch(/新地址是什么/);
  });

  it('zh-CN: a loss supposed of a parcel named and held up hears that parcel, not only the claim rules', async () => {
    const [worry] = await talk(h.adapter({ locale: 'zh-CN' }), ['YT6865635515058 四天没动了 万一丢了怎么办']);
    expect(all(worry)).toMatch(/YT6865635515058（杭州 → 成都）/);
  });

  it('en: insurance asked while sending hears its price, not that it is too late', async () => {
    const [price] = await talk(h.adapter({ locale: 'en-US' }), [
      "I'm at the outlet sending a laptop, can I insure it now?",
    ]);
    expect(all(price)).toMatch(/1% of the declared value/);
    expect(all(price)).not.toMatch(/can't be added/);
  });

  it('en: "the box was crushed, is that even allowed?" in a complaint is a second issue on it', async () => {
    const [, added] = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to complain, SF2210478832106 arrived damaged',
      'also the box was crushed, is that even allowed?',
    ]);
    expect(all(added)).toMatch(/packaging goes on this same complaint/);
  });

  it('zh-CN: 青岛 is a city, not an island: its days are answered', async () => {
    const [days] = await talk(h.adapter({ locale: 'zh-CN' }), ['寄到青岛的快递一般几天能送到？']);
    expect(all(days)).toMatch(/青岛/);
    expect(all(days)).not.toMatch(/派送范围/);
  });

  it('en: "the mailroom is closed on saturday, please deliver on friday" books Friday, not Saturday', async () => {
    const [, , friday] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921',
      '4444',
      'the mailroom is closed on saturday, please deliver on friday instead',
    ]);
    expect(all(friday)).toMatch(/Fri, Nov 27/);
    expect(all(friday)).not.toMatch(/Sat, Nov 28/);
  });

  it('zh-CN and en: insurance asked of a parcel already sent is its status and the rule, no complaint and no number insured', async () => {
    const [zh] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 寄出去了 现在还能保价吗']);
    expect(all(zh)).toMatch(/SF1402837465921（深圳 → 上海）/);
    expect(all(zh)).toMatch(/包裹寄出后不能再补保价/);
    expect(all(zh)).not.toMatch(/您希望我们怎么处理/);
    const [en] = await talk(h.adapter({ locale: 'en-US', user: 'b' }), [
      'I sent SF1402837465921 yesterday, can I still add insurance?',
    ]);
    expect(all(en)).toMatch(/can't be added once the parcel is on its way/);
    expect(all(en)).not.toMatch(/declared value of CNY 1,402/);
  });

  it('zh-CN: "4444 买的衣服" after a number still proves it', async () => {
    const [, proof] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921', '4444 买的衣服']);
    expect(all(proof)).toMatch(/核对无误/);
  });
});
