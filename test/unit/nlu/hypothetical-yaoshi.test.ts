import { detectCues } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';

// Issue #19: 要是 is "if" (a hypothetical question, cue `hypothetical`), but the same two characters end 主要是
// (mainly), 只要是 (as long as it is), 需要是 / 一定要是 / 必须要是 (has to be), 想要是 (wants it to be), 最重要是, 还要是,
// 不要是 (hopefully not), 也要是, 都要是 — none of which asks "what if".
const hypothetical = (text: string): boolean => detectCues(normalize(text)).has('hypothetical');

describe('要是 as "if" (cue hypothetical)', () => {
  it.each([
    '要是丢了能赔多少',
    '东西要是坏了怎么理赔',
    '我要是不在家怎么办',
    '快递员要是没打电话就放门口可以吗',
    '包裹要是被偷了，你们管不管',
    '要是寄不到呢',
  ])('"if": %s', (text) => expect(hypothetical(text)).toBe(true));

  it.each([
    '主要是你们的快递员态度太差了',
    '只要是易碎品都得加固包装吗',
    '签收人需要是本人吗',
    '一定要是本人来取件吗',
    '必須要是收件人簽收嗎',
    '我想要是能周末送就好了',
    '最重要是别再把箱子压扁',
    '千万不要是丢了',
    '寄件人也要是实名的吗',
    '地址都要是写全的',
    '还要是原包装才能退吗',
  ])('not "if": %s', (text) => expect(hypothetical(text)).toBe(false));
});
