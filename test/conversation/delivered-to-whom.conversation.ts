import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * "DELIVERED?? to who?", "交给谁了", "派咗俾邊個" of a parcel shown delivered: who signed as the delivery record has it
 * (names only for a proved sender or recipient), and that the complaint has the station check who signed — never
 * "I can't answer that one here" (issue #17, blind batch 28: 03.5).
 */
describe('whom a parcel shown delivered went to', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says who signed, in English, in the middle of the complaint', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'JT0001234567890 never showed up at my door');
    const { text } = await sendAll(adapter, 'handed to whom?! nobody here got it');
    expect(text).toContain('Signed for by the recipient in person');
    expect(text).toContain('check who signed for it');
    expect(text).not.toContain("can't answer");
  });

  it('says who signed, in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, 'JT0001234567890 我根本没拿到');
    const { text } = await sendAll(adapter, '送到了？到底交给谁了');
    expect(text).toContain('签收人：本人');
    expect(text).toContain('核查签收人');
  });

  it('says who signed, in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await sendAll(adapter, 'JT0001234567890 話簽收咗但我冇收到');
    const { text } = await sendAll(adapter, '派咗俾邊個呀？');
    expect(text).toContain('JT0001234567890');
    expect(text).toMatch(/簽收/);
    expect(text).not.toMatch(/答唔到|答不上/);
  });
});
