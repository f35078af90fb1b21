import { botHarness, talk, type BotHarness } from './harness';

// "你们不是有我电话吗？尾号1111" where the intake asks for a phone (blind-29 19.3): the phone on the waybill of the side
// the customer proved is the one we call, named by its last 4 digits — never the question again as if nothing was said.
describe('"you have my number" at the contact question', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the waybill phone proved by the digits sent with it, in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is 3 days overdue and nobody tells me anything',
      'i want compensation',
      "you've got my number already - i'm the receiver, 6666",
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toContain('number on the waybill, ending 6666');
    expect(last).toContain("We'll reach you at: the number on the waybill ending 6666");
    expect(last).not.toContain('How can we reach you');
    expect(last).not.toContain('+86');
  });

  it('takes the waybill phone of digits proved earlier, in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 四天没动了，我要投诉',
      '寄件人尾号8888',
      '赔偿',
      '你们应该有我手机号吧',
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toContain('运单上尾号 8888 的电话联系您');
    expect(last).toContain('联系方式：运单上尾号 8888 的电话');
    expect(last).not.toContain('方便留一个联系电话');
  });

  it('takes the recipient phone on the waybill in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 卡了四天都不動，我要投訴',
      '我要賠償',
      '你們明明有我電話，收件人末四碼7777',
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toContain('運單上尾號 7777 的電話跟您聯絡');
    expect(last).toContain('聯絡方式：運單上尾號 7777 的電話');
    expect(last).not.toContain('凭它没法回电');
    expect(last).not.toContain('憑它沒法回電');
  });
});
