import { botHarness, talk, type BotHarness } from './harness';

/**
 * A complaint made by phone, asked after in the chat ("don't you have it in your system?"): the customer hears
 * plainly that this chat does not show it, that a person can look it up, or that it can be filed here — not the
 * rules on the phone digits a parcel's details need (issue #17, blind batch 23: 04.2).
 */
describe('a complaint made by phone, asked after here', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: "isn\'t it on record? I phoned it in on Monday"', async () => {
    const said = await play('en-US', [
      'I complained by phone on Monday about SF2210478832106 and heard nothing since',
      "they never gave me a ticket number. isn't it on record?",
    ]);
    expect(said[1]).toContain('If you made it by phone');
    expect(said[1]).not.toContain('last 4 digits');
  });

  it('zh-CN: "我打过热线投诉的 你们系统里没有吗"', async () => {
    const said = await play('zh-CN', [
      'SF2210478832106 我上周打热线投诉过，一直没人管',
      '客服没给我单号，你们系统里没有记录吗？',
    ]);
    expect(said[1]).toContain('电话');
    expect(said[1]).toContain('人工');
    expect(said[1]).not.toContain('后 4 位');
  });

  it('zh-TW (Cantonese): "我打過電話投訴㗎 你哋系統睇唔到咩"', async () => {
    const said = await play('zh-TW', [
      'SF2210478832106 我琴日打過電話投訴，到而家都冇人理',
      '佢冇俾單號我，你哋系統睇唔到咩？',
    ]);
    expect(said[1]).toContain('電話');
    expect(said[1]).not.toContain('後 4 位');
  });
});
