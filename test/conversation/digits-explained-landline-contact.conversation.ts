import { botHarness, talk, type BotHarness } from './harness';

/**
 * Blind batch 31: 04 (issue #17, an older customer). "What is last 4?" is answered with what the digits are — the
 * last 4 of the sender's or the recipient's phone on the parcel — and why they are asked, never "I can't answer
 * that"; a landline written with its area code ("0512 6523 1188", "02 2345 6789") sent as the number to call is a
 * phone put on the ticket, never a tracking number that cannot be found.
 */
describe('the last 4 digits explained, and a landline taken as the contact', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('works in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 says delivered but nothing came to me',
      "sorry what do you mean by the last four digits? i don't understand",
      'recipient 1111',
      'I want a person to ring me',
      'call my home phone please, 0512-6523-1188',
    ]);
    expect(all(replies[1])).toContain('last 4 digits of a phone number on the parcel');
    expect(all(replies[1])).not.toContain("can't answer");
    expect(all(replies[4])).toContain('+8651265231188');
    expect(all(replies[4])).not.toContain("can't find");
  });

  it('works in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 显示签收了 我没收到',
      '后四位是啥意思？我看不懂',
      '收件人 1111',
      '我要人工打电话给我',
      '家里座机 0512 6523 1188',
    ]);
    expect(all(replies[1])).toContain('手机号码的最后 4 位数字');
    expect(all(replies[4])).toContain('+8651265231188');
    expect(all(replies[4])).not.toContain('查不到');
  });

  it('works in Traditional Chinese (Taiwan)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 顯示已簽收 但我沒收到',
      '末四碼是什麼？',
      '收件人 1111',
      '請真人打電話給我',
      '我家市話 02 2345 6789',
    ]);
    expect(all(replies[1])).toContain('手機號碼的最後 4 位數字');
    expect(all(replies[4])).toContain('+886223456789');
  });

  it('works in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 話簽收咗 但我冇收到',
      '咩係尾數呀？我唔明',
    ]);
    expect(all(replies[1])).toContain('電話號碼最尾嗰 4 個數字');
  });
});
