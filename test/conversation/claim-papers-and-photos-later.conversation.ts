import { botHarness, talk, type BotHarness } from './harness';

/**
 * In a claim's complaint, "which papers do you need? I've got the invoice" asks the claim's papers — never how to get
 * an invoice for the postage — and "how do I send them later?" at the photo step sends the photos, no parcel back:
 * they can come in this conversation any time and are added to the ticket (blind 29: 03.3, 03.6).
 */
describe('the papers of a claim, and photos sent later', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('tells the claim papers in English, not the invoice service, and asks the remedy again', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 got here and the monitor inside is cracked',
      '1111',
      'which documents are needed from me? I kept the box and have the receipt',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('Claim evidence');
    expect(said).not.toContain('Request invoice');
    expect(said).not.toContain('no specific demand');
    expect(replies[2]?.at(-1)).toContain('What would you like us to do?');
  });

  it('tells the claim papers in Simplified Chinese at the contact question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 到了，里面的镜子裂了，要求赔偿',
      '1111',
      '理赔需要提交什么资料？发票我有',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('理赔证据');
    expect(said).not.toContain('申请开票');
  });

  it('says photos can come later in this chat in English, with how, and goes on to the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 turned up with the lamp smashed, I want compensation',
      '1111',
      '13912345678',
      "they're on my other phone, how do I send them to you afterwards?",
    ]);
    const said = replies[3]?.join('\n') ?? '';
    expect(said).toContain('send the photos whenever you can, right here in this chat');
    expect(said).not.toContain('Sending a parcel back yourself');
    expect(said).toContain("Here's your complaint");
  });

  it('says the same in Traditional Chinese, and by a reply to the email on email', async () => {
    const chat = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 到貨時花瓶破了，我要賠償',
      '1111',
      '0912345678',
      '現在手邊沒有，照片之後要怎麼傳給你們？',
    ]);
    expect(chat[3]?.join('\n')).toContain('照片可以之後再傳');
    const mail = await talk(h.adapter({ locale: 'en-US', channelId: 'email', user: 'someone@example.com' }), [
      'JT0001234567890 arrived with the glass bowl broken, I want compensation',
      '1111',
      '13912345678',
      'I will take pictures tonight, how do I send them later?',
    ]);
    expect(mail[3]?.join('\n')).toContain('attach them to a reply to this email');
  });
});
