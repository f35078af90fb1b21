import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A pasted text the bot names a scam is no parcel of the customer's, "should I click it?" is answered no, and "how do I
 * know a message is really yours?" gets how the courier's messages look (blind batch 22: 07 — the scam's number was
 * about to be filed as a fee complaint, and neither question was answered).
 */
describe('questions about a scam text', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'got this text just now: "[Courier] Parcel JT1234567890123 held at depot, unpaid duty. Pay 4.50 now at http://pay-parcel.example/k2" - is it real?',
      'can I just pay it to be safe?',
      'how can I tell your real texts apart from fake ones?',
      { notUs: /^That message isn't from us/, no: /^No — don't click it/, genuine: /How to tell a genuine message/ },
    ],
    [
      'zh-CN',
      '收到一条短信：“【快递】您的包裹JT1234567890123因地址不详无法派送，请点击 http://kd-pay.example/a1 补交运费3元” 这是真的吗',
      '那我要不要点进去付一下',
      '以后怎么辨别是不是你们发的信息',
      { notUs: /^这条信息不是我们发的/, no: /^不要点/, genuine: /怎么分辨是不是/ },
    ],
    [
      'zh-TW',
      '我收到呢個短訊：「【速遞】你嘅包裹JT1234567890123地址不全，請撳 http://hk-pay.example/z9 補付運費15元」 係咪你哋發㗎',
      '我應唔應該撳入去俾錢',
      '咁點樣知係咪你哋真係發嘅訊息',
      { notUs: /^呢個訊息唔係我哋發嘅/, no: /^唔好撳/, genuine: /點分係咪/ },
    ],
  ] as const)(
    '%s: the pasted number is not filed; click → no; how to tell → the official way',
    async (locale, sms, click, tell, said) => {
      const replies = await talk(h.adapter({ locale }), [sms, click, tell]);
      expect(all(replies[0])).toMatch(said.notUs);
      // (The scammer's number is neither looked up nor offered as a complaint.)
      expect(all(replies[0])).not.toMatch(/JT1234567890123/);
      // (Nor is a number asked for: the words beside the pasted text only asked whether it is real.)
      expect(all(replies[0])).not.toMatch(/tracking number|运单号|運單號碼|單號/);
      expect(all(replies[1])).toMatch(said.no);
      expect(all(replies[2])).toMatch(said.genuine);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  // (Review of #17: once warned, "can I open the parcel…", "签收前可以打开验货吗" and a dialog's "可以按實際價值賠嗎" got
  // "don't click" for the rest of the conversation, and the warning's own message got it after the warning.)
  it.each([
    [
      'en-US',
      'I got a text saying my parcel is held and I must pay a 2 dollar fee via a link, is this from you?',
      'ok thanks. Another thing: can I open the parcel before I sign for it?',
      'do I need to pay extra for Sunday delivery?',
      'should I click it?',
      { notUs: /^That message isn't from us/, no: /No — don't click it/ },
    ],
    [
      'zh-CN',
      '收到短信说我的快递地址有问题 要点链接补运费 是你们发的吗',
      '好的 另外问一下 签收前可以打开验货吗',
      '寄到北京可以到付吗',
      '那我要不要点链接',
      { notUs: /^这条信息不是我们发的/, no: /不要点。/ },
    ],
    [
      'zh-TW',
      '收到簡訊要點連結付30元 這是你們發的嗎',
      '好 另外問一下 簽收前可以打開檢查嗎',
      '寄到台中可以貨到付款嗎',
      '那我要不要點連結',
      { notUs: /^這則訊息不是我們發的/, no: /不要點。/ },
    ],
  ] as const)(
    '%s: "don\'t click" only for the text or link, only right after the warning, not in its own turn',
    async (locale, sms, open, pay, click, said) => {
      const replies = await talk(h.adapter({ locale }), [sms, open, pay, click]);
      expect(all(replies[0])).toMatch(said.notUs);
      expect(all(replies[0])).not.toMatch(said.no);
      expect(all(replies[1])).not.toMatch(said.no);
      expect(all(replies[2])).not.toMatch(said.no);
      // (Two turns after the warning, the window is closed.)
      expect(all(replies[3])).not.toMatch(said.no);
    },
  );

  it('zh-TW: inside a leak complaint, "可以按實際價值賠嗎" is the complaint\'s answer, not "don\'t click"', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '收到簡訊要點連結付30元 這是你們發的嗎',
      '我沒有點 但他們知道我的電話跟地址 這是個資外洩吧',
      'SF1402837465921',
      '可以按實際價值賠嗎',
    ]);
    expect(all(replies[3])).not.toMatch(/不要點。/);
  });

  // (Review of #17: a sender's tag ran to the end of the message, so the complaint beside the pasted text was dropped.)
  it.each([
    [
      'en-US',
      'I got this text: [Courier] Your parcel is held, pay the fee at once. is this real? Also my parcel SF2210478832106 is 3 days late and I want compensation',
      { notUs: /^That message isn't from us/, taken: /SF2210478832106[\s\S]*3 days past the promised date/ },
    ],
    [
      'zh-CN',
      '收到一条短信【快递】您的包裹地址有误请点击链接补运费 我没点 但是他们知道我的全名和地址还有我买了什么 是不是你们泄露了我的信息',
      { notUs: /^这条信息不是我们发的/, taken: /个人信息的担心/ },
    ],
    [
      'zh-CN',
      '收到一条短信【快递】您的包裹被扣留，请立即补缴运费。是真的吗？另外我的快递SF2210478832106晚了三天 我要赔偿',
      { notUs: /^这条信息不是我们发的/, taken: /SF2210478832106/ },
    ],
    [
      'zh-TW',
      '收到一則簡訊【物流】您的包裹地址有誤請點擊連結補運費 我沒點 但是他們知道我的全名跟地址 是不是你們洩露了我的個資',
      { notUs: /^這則訊息不是我們發的/, taken: /個資的擔心/ },
    ],
  ] as const)('%s: the complaint beside a pasted text is taken after the warning', async (locale, message, said) => {
    const replies = await talk(h.adapter({ locale }), [message]);
    expect(all(replies[0])).toMatch(said.notUs);
    expect(all(replies[0])).toMatch(said.taken);
  });

  it('a question about clicking, with no scam named, is no scam answer', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'should I click the link in the tracking email to see the map?',
    ]);
    expect(all(replies[0])).not.toMatch(/don't click it/);
  });
});
