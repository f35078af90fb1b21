import { botHarness, talk, type BotHarness } from './harness';

// "末四碼是指誰的電話" asked inside a complaint, where the digits of its parcel were asked for (a speed-up waiting for
// proof): the one-line answer — either phone on the waybill — and the step's question again, never taken as the
// answer to that question (blind batch 24: 21.3).
describe('whose phone the last 4 digits are of, asked inside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers it in Traditional Chinese and asks the demand again, then takes the digits for the speed-up', async () => {
    const [, , asked, proved] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我要客訴，YT6865635515058 好幾天沒有更新',
      '麻煩幫我催件',
      '請問尾號要填哪個人的號碼？',
      '寄件人 7777',
    ]);
    expect(asked).toEqual([expect.stringContaining('寄件人或收件人的手機號碼都可以'), '您希望我們怎麼處理？']);
    expect(proved?.join('\n')).toContain('加急配送（包裹 YT6865635515058）');
  });

  it('answers it in Simplified Chinese', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我要投诉，YT6865635515058 好几天没更新了',
      '帮我催催',
      '尾号要填谁的手机号码？',
    ]);
    expect(asked).toEqual([expect.stringContaining('寄件人或收件人的手机号都可以'), '您希望我们怎么处理？']);
  });

  it('answers it in English', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to complain, YT6865635515058 has had no update for days',
      'can you chase it',
      'which phone number, mine or the sender’s?',
    ]);
    expect(asked).toEqual([
      expect.stringContaining('Either phone number on the waybill'),
      'What would you like us to do?',
    ]);
  });
});
