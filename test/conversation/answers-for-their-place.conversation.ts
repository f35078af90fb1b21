import { botHarness, talk, type BotHarness } from './harness';

/**
 * Answers about places and rules are for where the customer is (issue #17, blind batch 10 P4): a district named in
 * an outlet question decides whose outlets answer, whatever the conversation was about before; a follow-up about
 * the hours of the outlet named hears that outlet's; and a region named only as where a parcel goes is not taken
 * for the customer's own — the rules given are said to be for sending from the market answered.
 */
describe('answers for the place the customer names', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: a Shanghai district after a Hong Kong price gets the Shanghai outlet, and its own hours', async () => {
    const [, where, hours] = await play('en-US', [
      'how much is it to post 1kg to Kowloon?',
      'ok and is there a drop-off point near Xujiahui?',
      'until when are they open on saturday',
    ]);
    expect(where).toContain('Shanghai Xuhui outlet');
    expect(where).not.toMatch(/Mong Kok|service point/);
    expect(hours).toContain('Shanghai Xuhui outlet closes at 20:00');
    expect(hours).not.toMatch(/Service points|Sundays and public holidays/);
  });

  it("zh-TW: 人在上海靜安 gets the Jing'an outlet in Traditional, not a Taiwan answer", async () => {
    const [where, hours] = await play('zh-TW', ['我人在上海靜安，附近有營業所嗎？', '那幾點打烊？']);
    expect(where).toContain('上海靜安網點');
    expect(where).not.toContain('7-11');
    expect(hours).toContain('上海靜安網點 20:00 打烊');
    expect(hours).not.toContain('江寧路');
  });

  it("en: a region named only as where a parcel goes is not the customer's; the rules say whose they are", async () => {
    const [said] = await play('en-US', ['I want to mail some lithium batteries over to Taiwan, is that allowed?']);
    expect(said).toContain('By the Mainland rules, for a parcel sent from there');
    expect(said).toMatch(/[Pp]ower banks cannot go/);
    expect(said).not.toMatch(/NT\$|營業所/);
  });

  it("en: a price to Hong Kong with no origin is the guessed market's, said as such, not a Hong Kong local one", async () => {
    const [said] = await play('en-US', ['what would 2kg to Hong Kong set me back?']);
    expect(said).toContain('Sending from the Mainland (sending from somewhere else? Tell me where from):');
    expect(said).toContain('To Hong Kong, 2 kg: CNY 38');
    expect(said).toContain('= CNY 68');
    expect(said).not.toContain('HK$');
  });

  it('zh-TW: 寄兩公斤去香港 from a Traditional reader is priced from Taiwan, said as such', async () => {
    const [said] = await play('zh-TW', ['寄兩公斤去香港大概多少錢？']);
    expect(said).toContain('以下是從台灣寄出的價格');
    expect(said).toContain('NT$');
    expect(said).not.toContain('HK$');
  });

  it('zh-TW: 寄去香港 from a Traditional reader is answered for sending from Taiwan, said as such', async () => {
    const [said] = await play('zh-TW', ['行動電源可以寄去香港嗎？']);
    expect(said).toContain('從台灣寄出的規定如下');
    expect(said).not.toContain('香港本地');
  });
});

/**
 * A question asked of an answer already given is answered in one line first (issue #17, blind batch 10 P6): the
 * closing time of the outlet just given, the due date of the parcel just tracked — not the whole block again.
 */
describe('the direct answer first', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-CN: 海淀网点之后问周六几点关门, one line with the closing time', async () => {
    const [, hours] = await play('zh-CN', ['我在北京海淀，最近的网点在哪', '周六几点关门啊']);
    expect(hours).toBe('北京海淀网点 20:00 关门（周一至周日 9:00–20:00）。');
  });

  it('zh-TW (Cantonese): 尖沙咀 on a Sunday closes at 18:00', async () => {
    const [, hours] = await play('zh-TW', ['尖沙咀間舖喺邊度', '禮拜日幾點閂門呀']);
    expect(hours).toBe('尖沙咀服務點 18:00 閂門（星期日及公眾假期 10:00–18:00）。');
  });

  it('en: "when is it getting here" after tracking gives the due date, not the status block again', async () => {
    const [block, when] = await play('en-US', ['track SF1402837465921 please', "and when's it getting here?"]);
    expect(block).toContain('SF1402837465921');
    expect(when).toMatch(/^SF1402837465921 is due by Nov 24\./);
    expect(when).not.toContain('last 4 digits');
  });

  it('zh-CN: 大概哪天能送到 after tracking gives the date', async () => {
    const [, when] = await play('zh-CN', ['帮我查下SF1402837465921', '大概哪天能送到']);
    expect(when).toMatch(/^SF1402837465921 预计在 11月24日 前送达/);
    expect(when).not.toContain('后 4 位');
  });
});
