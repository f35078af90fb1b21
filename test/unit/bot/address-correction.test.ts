import { correctedAddress } from '../../../src/bot/address-correction';

describe('correctedAddress', () => {
  it.each([
    ['上海市徐汇区漕溪北路398号 15楼', '不对不对 是389号 我打错了', '上海市徐汇区漕溪北路389号 15楼'],
    ['上海市徐汇区漕溪北路398号 15楼', '不是398是389', '上海市徐汇区漕溪北路389号 15楼'],
    ['九龍旺角彌敦道600號21樓', '係12樓唔係21樓', '九龍旺角彌敦道600號12樓'],
    ['台北市信義路五段7號18樓', '寫錯了 是16樓', '台北市信義路五段7號16樓'],
    [
      '18F, 1288 Lujiazui Ring Rd, Pudong, Shanghai',
      'actually no, make it 16F not 18F',
      '16F, 1288 Lujiazui Ring Rd, Pudong, Shanghai',
    ],
    ['Flat 3B, 22 Nathan Road', 'sorry it should be 24 Nathan Road not 22', 'Flat 3B, 24 Nathan Road'],
  ])('%s + “%s” → %s', (address, words, corrected) => {
    expect(correctedAddress(address, words)).toBe(corrected);
  });

  it.each([
    ['18F, 1288 Lujiazui Ring Rd', 'thanks!'],
    ['上海市徐汇区漕溪北路398号 15楼', '明天能送到吗'],
    // (No number in the address the correction can stand for: nothing is guessed.)
    ['上海市徐汇区漕溪北路398号 15楼', '不对 是1200室'],
    // A day of the month, a time, or a number one digit off with no kind word is no correction (review of #17).
    ['上海市浦东新区世纪大道100号15楼', '不是我不想等 是我25号要出差'],
    ['上海市浦东新区世纪大道100号15楼', '不好意思 不是今天 是明天12点后'],
    ['上海市浦东新区世纪大道100号15楼', '不是我打错了 是你们系统错了 我16号要用'],
    ['上海市浦东新区世纪大道100号15楼', '不是说25号前能到吗'],
    ['上海市浦东新区世纪大道100号15楼', '不是 11月16号送'],
    ['台北市信義區松仁路100號15樓', '不是我的問題 是16號前一定要到'],
    ['台北市信義區松仁路100號15樓', '唔係呀 我聽日12點後先得閒'],
    ['18F, 1288 Lujiazui Ring Rd', 'sorry not 18, I need it by 3pm'],
    ['18F, 1288 Lujiazui Ring Rd', 'actually I need it in 16 days'],
    ['18F, 1288 Lujiazui Ring Rd', 'sorry I meant 17'],
    ['18F, 1288 Lujiazui Ring Rd', 'actually my phone is 13912345678, not 4444'],
  ])('%s + “%s” corrects nothing', (address, words) => {
    expect(correctedAddress(address, words)).toBeUndefined();
  });

  it('reads a 2,000-character padded message at once, never stalling the server (review of #17)', () => {
    const padded = [
      `wrong${' '.repeat(2000)}`,
      `sorry wrong${' '.repeat(2000)}x`,
      `wrong 1${' \t'.repeat(1000)}x`,
      'not '.repeat(500),
      '1 not 2 '.repeat(250),
      `不是${' '.repeat(1000)}是${' '.repeat(1000)}1`,
      `wrong ${'1'.repeat(2000)}`,
    ];
    for (const words of padded) {
      const started = Date.now();
      expect(correctedAddress('18F, 1288 Lujiazui Ring Rd', words)).toBeUndefined();
      // (A stall took seconds; the bound leaves room for a busy shared machine — 200 ms failed once under load.)
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});
