import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A stranger's review of session 46's first readers (208d5d4) found them catching ordinary messages: "it came, all
 * fine" swallowed complaints that began "收到了…"; "will the courier be fined?" answered demands to punish him; a desk
 * turned down was booked as consent; "7 to 9" became 09:00–19:00; "不要紧 提交吧" was no yes; a Hong Kong customer heard
 * Hong Kong's no-Sunday rule for a mainland parcel; "do I have to complain?" was answered yes for an address change;
 * "why late?" no longer switched a Chinese chat to English. Each case below answers as before the session or better.
 */
describe('session 46 readers, held to what they are for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "收到了 东西没问题 就是快递员态度太差了 我要投诉" is a complaint, not "glad it arrived"', async () => {
    const [told] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 收到了 东西没问题 就是快递员态度太差了 我要投诉',
    ]);
    expect(all(told)).toMatch(/您希望我们怎么处理/);
    expect(all(told)).not.toMatch(/没问题就好/);
  });

  it('en: "it finally turned up, 3 days late. I want my shipping fee back" is no parcel come fine', async () => {
    const [, told] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106',
      'it finally turned up, 3 days late. I want my shipping fee back',
    ]);
    expect(all(told)).not.toMatch(/Good to hear it arrived/);
  });

  it('zh-CN: "一定要处罚他" demands a punishment — never told nothing counts against the courier', async () => {
    const [, told] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF2210478832106', '快递员态度太差了，一定要处罚他']);
    expect(all(told)).not.toMatch(/不会对他有任何影响/);
  });

  it('zh-CN: "不要送到保安那里，直接送上楼" is no consent to leave it with the guard', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 不要送到保安那里，直接送上楼',
      '4444',
    ]);
    expect(all(replies.flat())).not.toMatch(/交给保安代收/);
  });

  it('en: "tomorrow 7 to 9" stays in the morning', async () => {
    const [, , booked] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921',
      'can you bring it tomorrow 7 to 9',
      '4444',
    ]);
    expect(all(booked)).toMatch(/between 07:00 and 09:00/);
  });

  it('zh-CN: "不要紧 提交吧" at the summary files the complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 晚了三天 我要投诉',
      '道歉',
      '13812345678',
      '不要紧 提交吧',
    ]);
    expect(all(replies[3])).toMatch(/投诉已登记/);
  });

  it("zh-TW (Cantonese): a mainland parcel's Sunday is the mainland's rule, delivered every day", async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-TW' }), ['SF1402837465921 星期日有冇派㗎']);
    expect(all(asked)).toMatch(/週六、週日照常派送/);
  });

  it('zh-CN: "我要改地址 是不是要投诉才能改" is the change asked for, never "yes, through a complaint"', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 我要改地址 是不是要投诉才能改']);
    expect(all(asked)).not.toMatch(/要通过投诉来办/);
  });

  it('en: "why late?" in a chat begun in Chinese is answered in English', async () => {
    const [, why] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF2210478832106 怎么还没到', 'why late?']);
    expect(all(why)).toMatch(/[A-Za-z]{4,} [A-Za-z]{3,}/);
    expect(all(why)).not.toMatch(/[\u4e00-\u9fff]{4,}/);
  });
});
