import { botHarness, talk, type BotHarness } from './harness';

/**
 * At the demand question of a lost or broken parcel's complaint, "please apply for it, it's a book worth about 600"
 * wants the claim paid: compensation, not "no particular demand" (issue #17, blind batch 25 rescore: 23.5).
 */
describe('a claim applied for, or the goods’ worth told, is compensation', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      '782828807290222 一個禮拜都沒動，是不是弄丟了？我要投訴',
      '那就幫我申請吧，裡面是一台相機，大概 900 人民幣',
      /賠償/,
    ],
    ['zh-CN', '782828807290222 一周没动静了，是不是丢了？我要投诉', '里面是一件羊毛大衣，大概值 800 块', /赔偿/],
    [
      'en-US',
      '782828807290222 has not moved for a week, is it lost? I want to complain',
      'please apply for it, the jacket was about 500 yuan',
      /compensation/,
    ],
  ])('%s', async (locale, opening, answer, compensation) => {
    const replies = await talk(h.adapter({ locale }), [opening, answer]);
    const said = (replies[1] ?? []).join('\n');
    expect(said).toMatch(compensation);
    expect(said).not.toMatch(/暫無具體要求|暂无具体要求|nothing in particular|no specific demand/i);
  });
});
