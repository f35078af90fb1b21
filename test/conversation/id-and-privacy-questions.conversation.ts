import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 25: 04.5 ("do I need my passport"), 08.5 (what to bring to collect), 12.6 (can the courier see my
// number), 06.5 / 06.7 (will the courier know who complained) — asked here in other words, in the three languages.
describe('what to bring, masked numbers and who complained, answered from the courier rules', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const lastOf = (replies: string[][]): string => (replies[replies.length - 1] ?? []).join('\n');

  it('tells the real-name rule to an English sender asking about a passport', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), ['Should I take my passport along when I post a box?']);
    expect(lastOf(replies)).toContain('real-name');
    expect(lastOf(replies)).not.toContain('not sure I understood');
  });

  it('tells the real-name rule in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['第一次寄快递，需要带护照吗？']);
    expect(lastOf(replies)).toContain('实名');
  });

  it('tells what to bring to collect, in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['去門市領包裹要帶什麼？']);
    expect(lastOf(replies)).toContain('證件');
    expect(lastOf(replies)).not.toContain('理賠');
  });

  it('tells the pickup rules, not the claim rules, for a parcel held at the station', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'Please keep SF1402837465921 at the station, I will collect it myself',
      '4444',
      'anything I should bring with me when I go to get it?',
    ]);
    const last = lastOf(replies);
    expect(last).toContain('pickup code');
    expect(last).not.toContain('compensated');
  });

  it('explains privacy waybills to an English customer asking if the driver sees the number', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'does the driver get my full phone number? can it be masked?',
    ]);
    expect(lastOf(replies)).toContain('privacy waybill');
  });

  it('explains privacy waybills in Simplified Chinese while a person is awaited', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '转人工',
      '派件员会看到我的手机号吗？能不能不显示号码',
    ]);
    expect(lastOf(replies)).toContain('隐私面单');
  });

  it('explains privacy waybills in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['司機看得到我的電話嗎？可以把號碼隱藏嗎']);
    expect(lastOf(replies)).toContain('隱私面單');
  });

  it('says the courier is not told who complained, beside a phone at the contact step and after filing', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the driver who delivered SF1402837465921 shouted at me and threw the box on the floor',
      '4444',
      'an apology',
      '13622223333, and is he going to know that it was me? I am afraid of him next time',
      'Submit',
      'so will they tell the driver who complained?',
    ]);
    const atContact = (replies[3] ?? []).join('\n');
    expect(atContact).toContain('not told who complained');
    expect(atContact).not.toMatch(/You'd like:[^\n]*afraid/);
    expect(lastOf(replies)).toContain('not told who complained');
  });

  it('says the courier is not told who complained, in Simplified Chinese, inside the complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '派送SF1402837465921的快递员态度很差，还骂人',
      '4444',
      '要他道歉',
      '13622223333。他会不会知道是我投诉的？怕他以后找麻烦',
    ]);
    const last = lastOf(replies);
    expect(last).toContain('不会告诉快递员是谁投诉的');
    expect(last).not.toMatch(/要求[^\n]*找麻烦/);
  });

  it('says the courier is not told who complained, in Traditional Chinese, after filing', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '送SF1402837465921的司機很兇，還把箱子丟在地上',
      '4444',
      '我要他道歉',
      '0912345678',
      '提交',
      '司機會發現是我投訴的嗎？',
    ]);
    expect(lastOf(replies)).toContain('不會告訴司機是誰投訴的');
  });
});
