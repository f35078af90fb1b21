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
  ])('%s + “%s” corrects nothing', (address, words) => {
    expect(correctedAddress(address, words)).toBeUndefined();
  });
});
