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

  it('a question about clicking, with no scam named, is no scam answer', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'should I click the link in the tracking email to see the map?',
    ]);
    expect(all(replies[0])).not.toMatch(/don't click it/);
  });
});
