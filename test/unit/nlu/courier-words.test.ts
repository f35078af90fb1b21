import * as OpenCC from 'opencc-js/t2cn';
import { detectCues } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';
import { COURIER_WORDS, toSimplified } from '../../../src/nlu/simplified';

// Issue #19: before the rules read a message, opencc-js's Taiwan-phrase conversion turned some courier words into
// other words — a mini-program (小程序) into a computing "process" (小进程), documents (文件) into 文档, "to enquire"
// (查詢) into "to search" (查找). The reading keeps them; everything else is converted exactly as opencc-js does.
const read = (text: string): string => normalize(text).text;
const opencc = OpenCC.Converter({ from: 'twp', to: 'cn' });

describe('courier words through the Traditional-to-Simplified conversion', () => {
  it.each([
    // Words opencc-js rewrote as another word, Simplified and Traditional input alike.
    ['用微信小程序下单一直失败', '用微信小程序下单一直失败'],
    ['小程式下單一直失敗', '小程序下单一直失败'],
    ['理赔程序太麻烦了', '理赔程序太麻烦了'],
    ['退貨程序要多久', '退货程序要多久'],
    ['寄一份文件到上海多少钱', '寄一份文件到上海多少钱'],
    ['重要文件寄丟了', '重要文件寄丢了'],
    ['司机今天的派送行程到哪了', '司机今天的派送行程到哪了'],
    ['怎么呼叫人工客服', '怎么呼叫人工客服'],
    ['快递柜存取都要扫码', '快递柜存取都要扫码'],
    ['箱子被摔坏了 里面的碗也被打坏了', '箱子被摔坏了 里面的碗也被打坏了'],
    ['拉链被拉坏了', '拉链被拉坏了'],
    ['我寄的物件不見了', '我寄的物件不见了'],
    ['想查詢包裹到哪了', '想查询包裹到哪了'],
    // Courier words the conversion already reads right stay as they were.
    ['快遞櫃打不開', '快递柜打不开'],
    ['超商取貨要多久', '超商取货要多久'],
    ['物流一直沒更新', '物流一直没更新'],
    ['宅配明天會到嗎', '宅配明天会到吗'],
    ['寄件要帶證件嗎', '寄件要带证件吗'],
    ['手機應用程式當機了', '手机应用程序当机了'],
    ['程式一直出錯', '程序一直出错'],
    ['智慧櫃在哪裡', '智能柜在哪里'],
  ])('%s → %s', (text, expected) => expect(read(text)).toBe(expected));

  it('converts the text around a courier word as opencc-js does, and text without one exactly as opencc-js does', () => {
    expect(read('資訊錯誤 理賠程序也沒人說明')).toBe(`${opencc('資訊錯誤 理賠')}程序${opencc('也沒人說明')}`);
    for (const text of ['資訊 → 信息', '簡訊一直沒收到', '計程車司機', '乾淨的包裹', '資料外洩']) {
      expect(read(text)).toBe(opencc(text).toLowerCase());
      expect(toSimplified(text)).toBe(opencc(text));
    }
    // toSimplified itself stays opencc-js's conversion (the locale and the tests of simplified.ts rely on it).
    for (const word of Object.keys(COURIER_WORDS)) expect(toSimplified(word)).toBe(opencc(word));
  });

  it('still reads the locale from the script: Simplified text with a courier word is zh-CN, Traditional zh-TW', () => {
    expect(normalize('理赔程序太麻烦了').locale).toBe('zh-CN');
    expect(normalize('理賠程序太麻煩了').locale).toBe('zh-TW');
    expect(normalize('想查詢包裹').locale).toBe('zh-TW');
  });

  it('a mini-program that fails is a problem of no named category (cue otherProblem) in both scripts', () => {
    for (const text of ['微信小程序一直下单失败', '小程式一直下單失敗'])
      expect([...detectCues(normalize(text))]).toContain('otherProblem');
  });
});
