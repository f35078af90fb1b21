import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Does it matter who claims?", "can the buyer claim or must the seller?": who may make a claim is answered from the
 * claim rules of the market — in a complaint's opening, at any step of the intake and outside one (blind 29: 03.2,
 * 09.1), never the general claim rules alone.
 */
describe('who may make a claim, asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers it in English at the remedy question and again at the contact question', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 came today and the vase inside is in pieces',
      'digits 1111. as the receiver, am I allowed to file the claim, or must the shop?',
      'compensation please',
      'which of us makes the claim, me or the sender? does it matter?',
    ]);
    expect(replies[1]?.join('\n')).toContain('The recipient can claim instead when the sender agrees');
    expect(replies[1]?.join('\n')).toContain("proof of the goods' value");
    expect(replies[1]?.at(-1)).toContain('What would you like us to do?');
    expect(replies[3]?.join('\n')).toContain('The recipient can claim instead');
    expect(replies[3]?.at(-1)).toContain('How can we reach you?');
  });

  it('answers it in Simplified Chinese in the opening of a damage complaint, and keeps the demand', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 里面的碗摔裂了，我是收货人，收货人可以申请理赔吗，还是只能寄件人来',
      '尾号1111，一定要由卖家索赔吗？我要赔偿',
    ]);
    expect(replies[0]?.join('\n')).toContain('收件人也可以申请，但需要寄件人书面同意');
    expect(replies[1]?.join('\n')).toContain('收件人也可以申请');
    expect(replies[1]?.join('\n')).not.toContain('暂无具体要求');
  });

  it('answers it in Traditional Chinese outside a complaint, with no complaint started', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['請問收件人能不能自己申請理賠？']);
    const said = replies[0]?.join('\n') ?? '';
    expect(said).toContain('收件人也可以申請，但需要寄件人書面同意');
    expect(said).not.toContain('貨運單號');
  });

  it('answers it in Hong Kong Cantonese at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 入面啲杯爛晒，我要賠償',
      '1111',
      '91234567',
      'skip',
      '係咪一定要寄件人先可以索償？',
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toContain('收件人都可以申請');
  });
});
