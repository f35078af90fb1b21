import { labelledLastFour } from '../../../src/bot/message-cues';

describe('last-4 digits however they are written', () => {
  it.each([
    ['last 4 of my mobile: 4567', '4567'],
    ['the phone ends in 44 44 (recipient)', '4444'],
    ['收件人電話末四碼是一一一一', '1111'],
    ['寄件人手机 一三八xxxx八八八八', '8888'],
    ['尾數係4567', '4567'],
    ['尾号４５６７', '4567'],
    ['最尾四個字係二二二二', '2222'],
    ['receiver, 5555', '5555'],
    ['寄件人 8888', '8888'],
    ["I'm the recipient, ending 1111", '1111'],
    ['my number ends with four four five six', '4456'],
    ['the last digits are double four double four', '4444'],
    ['尾号幺幺幺幺', '1111'],
    ['it is 138****8888', '8888'],
    ['SF1402837465921. I was the sender, last four 2222.', '2222'],
  ])('reads %j as %s', (text, digits) => {
    expect(labelledLastFour(text)).toBe(digits);
  });

  it.each([
    'my phone is broken, I paid 1500 for it',
    'last week I paid 1500 for it',
    'it took 2 weeks',
    '+86 139 0000 9999',
    'one or two days late',
  ])('reads no last-4 digits in %j', (text) => {
    expect(labelledLastFour(text)).toBeUndefined();
  });
});
