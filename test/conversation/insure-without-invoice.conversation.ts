import { botHarness, type BotHarness } from './harness';

/**
 * Whether an invoice is needed to insure or claim, asked by someone who has none (a second-hand item), is answered
 * from the claim rules' entry on proof of value — not the shipping receipts' paragraph (issue #17, batch 29: 12.3).
 */
describe('insuring and claiming without an invoice', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const answered = async (locale: string, text: string, said: RegExp): Promise<void> => {
    await h
      .adapter({ locale })
      .send(text)
      .assertReply((a) => {
        expect(a.text).toMatch(said);
        expect(a.text).not.toMatch(/Receipts and invoices|发票和收据|收據同發票|發票和收據/);
      })
      .startTest();
  };

  it('answers in English', async () => {
    await answered(
      'en-US',
      "Do I need a receipt to insure my laptop? I bought it used and don't have one",
      /No invoice is needed/,
    );
  });

  it('answers in Simplified Chinese', async () => {
    await answered('zh-CN', '手机是闲鱼上买的二手，没有发票，还能保价吗？必须提供发票吗', /没有发票也能保价/);
  });

  it('answers in Cantonese', async () => {
    await answered('zh-TW', '保價一定要有發票咩？部相機係二手買嘅，冇單', /冇發票都可以保價/);
  });

  it('answers in Taiwan Mandarin', async () => {
    await answered('zh-TW', '保價一定要有發票嗎？我是跟朋友買的二手相機，沒有發票', /沒有發票也能保價/);
  });
});
