import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const REFUSAL_RULE = /you may refuse it|可以拒收/;
const CUSTOMS_RULE = /Customs and duties:|海关与关税|海關與關稅|海關同關稅/;

/**
 * A stranger's review of 0bd6389 (the customs and money readers of blind batches 42a/42b) found them reading too much:
 * these are its cases, in its words, each holding what the bot did before or should do.
 */
describe('the customs and money readers, kept to their questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'who pays the duties on a parcel from abroad?',
      `ok. another thing: the box of ${delivered} came crushed, can I refuse it?`,
    ],
    ['zh-CN', '关税谁付？', `${normal} 快递员为什么不交给我本人？`],
    ['zh-CN', '关税谁付？', '卖家不付退货运费怎么办'],
    ['zh-TW', '清關要幾耐？', '速遞員話要收上樓費，我唔俾得唔得'],
    ['zh-TW', '關稅誰付？', `${delayed}已經晚了三天，我不要了，可以退回去嗎`],
  ])(
    '%s: after the customs rule, "%s" then another matter is not the duties’ refusal',
    async (locale, customs, other) => {
      const [, answer] = await talk(h.adapter({ locale }), [customs, other]);
      expect(all(answer)).not.toMatch(REFUSAL_RULE);
    },
  );

  it.each([
    ['How much to send 2kg from Shanghai to Beijing, including tax?', /CNY 17/],
    ['How much does it cost to send 3 kg from Guangzhou to Beijing? Do I pay tax on that?', /CNY 22/],
    [`I need a receipt for my tax return, can you email one for ${normal}?`, /./],
  ])('en: "%s" is no customs question', async (asked, expected) => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [asked]);
    expect(all(answer)).toMatch(expected);
    expect(all(answer)).not.toMatch(CUSTOMS_RULE);
  });

  it.each([
    ['zh-CN', '付款后能开增值税专票吗'],
    ['zh-TW', '你們收的運費是含稅價嗎？'],
  ])('%s: "%s" (VAT, a price with tax) is no customs question', async (locale, asked) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).not.toMatch(CUSTOMS_RULE);
  });

  it('zh-CN: "税是我交还是卖家交" is', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['税是我交还是卖家交']);
    expect(all(answer)).toMatch(CUSTOMS_RULE);
  });

  it.each([
    ['zh-CN', [`${delayed} 晚了三天了 我要投诉`, '我都给了两次单号了，还要什么']],
    ['en-US', [`I paid for express and it's taken twice as long, ${delayed}`]],
  ] as const)('%s: "twice" of something else is no double charge', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), [...turns]);
    expect(replies.flat().join('\n')).not.toMatch(/费用争议|charged twice|double charge/i);
  });

  it('en: why a parcel is late, with the fee paid named, is still why it is late', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      delayed,
      'why is it 3 days late? I paid the express fee',
    ]);
    expect(all(answer)).toMatch(/No cause is recorded/);
  });

  it('zh-CN: the courier’s own call to come down and pay is no scam', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['你们的快递员打来让我下楼付运费，付完了还没给我包裹']);
    expect(all(answer)).not.toMatch(/不是我们发的/);
    expect(all(answer)).not.toMatch(/运费谁出/);
  });

  it.each([
    [
      'en-US',
      `I insured ${delivered} for 500 and the vase broke. They only offered 3. That's ridiculous`,
      /Insured for 500 and offered 3/,
    ],
    ['zh-CN', `${delivered}保价500，东西碎了，只赔 3、运费也没退，太离谱了`, /保价 500、却只赔 3/],
  ])('%s: a payout of 3 with no list around it is a payout', async (locale, told, heard) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(heard);
  });

  it.each([['zh-CN'], ['zh-TW']])('%s: "我还在等呢😤" at a step is no question', async (locale) => {
    const [, answer] = await talk(h.adapter({ locale }), [
      `${delayed} 晚了三天 我要投诉`,
      locale === 'zh-CN' ? '我还在等呢😤' : '我還在等呢😤',
    ]);
    expect(all(answer)).not.toMatch(/答不上来|答不上來|答唔到/);
  });

  it.each([
    ['en-US', `The box of ${delivered} was crushed. The box volume was huge, why did nobody handle it with care?`],
    ['zh-CN', `${delivered}箱子都压扁了，体积这么大为什么不小心点？给个说法`],
  ])('%s: a big box in a damage complaint hears no volumetric rule', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(/÷ 6000/);
  });

  it('en: cash on delivery and the postage together keep the COD rule', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'can my mum pay the COD and the shipping when it arrives?',
    ]);
    expect(all(answer)).toMatch(/Cash on delivery/);
  });

  // A second stranger's check of 787767a:
  it.each([
    ['zh-CN', '我是开网店的，用代收货款', '到付要手续费吗', /运费谁出/],
    ['zh-TW', '我用咗貨到付款寄嘢', '到付有冇手續費？', /運費邊個俾/],
  ])(
    "%s: freight collect's fee after cash on delivery is the postage rule, not COD's fee",
    async (locale, cod, asked, rule) => {
      const [, answer] = await talk(h.adapter({ locale }), [cod, asked]);
      expect(all(answer)).toMatch(rule);
    },
  );

  it('en: a refusal to have it redelivered, right after the customs rule, is the redelivery', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'customs says tax is due on my parcel from Japan to Taipei, who pays?',
      'can I refuse the delivery and have it redelivered next week instead?',
    ]);
    expect(all(answer)).not.toMatch(REFUSAL_RULE);
  });

  it('zh-CN: a tax charged on a parcel inside the Mainland is a fee complaint, not customs', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [`交142块税 凭什么？单号${normal}`]);
    expect(all(answer)).not.toMatch(CUSTOMS_RULE);
  });

  it('zh-TW: "可唔可以寄嘢由深圳去台北" asks of the route, not an item called 「嘢由深圳」', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-TW' }), ['可唔可以寄嘢由深圳去台北']);
    expect(all(answer)).not.toMatch(/「嘢/);
  });
});
