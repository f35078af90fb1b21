import { writesCantonese } from '../../src/bot/knowledge';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;

/** Per language: the postage entry's words (prepaid / freight collect), cash on delivery's, the demand question. */
const LINES = {
  'zh-CN': { postage: /寄付是寄件人寄件时付运费/, cod: /代收货款：寄件时/, demand: /怎么处理/ },
  'zh-TW': { postage: /寄件付款是寄件人寄件時付運費|寄付是寄件人寄件時付運費/, cod: /手續費每件/, demand: /怎麼處理/ },
  yue: { postage: /寄付即係寄件人寄件時俾運費/, cod: /手續費係代收金額/, demand: /點樣處理/ },
  'en-US': { postage: /Prepaid: the sender pays when sending/, cod: /the fee is \d/, demand: /What would you like us/ },
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17: "who pays the postage?" was taken for a fee complaint (a parcel number asked for), answered with cash on
// delivery of the goods, or not understood. It asks prepaid or freight collect (寄付 / 到付), answered from the
// knowledge files in every market and language; in Hong Kong a parcel to the Mainland is on the cross-border table.
describe('who pays the postage: prepaid or freight collect', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '寄快递的话 邮费一般谁来付？'],
    ['zh-CN', '能不能寄付还是只能到付？'],
    ['zh-TW', '請問運費是由寄件人出還是收件人出？'],
    ['yue', '啲運費係咪收件人俾㗎？定係寄件人俾？'],
    ['en-US', 'Who normally covers the postage, me or the person receiving it?'],
    ['en-US', 'can the recipient pay the shipping instead of me?'],
  ] as const)('prepaid or freight collect, no complaint, no cash on delivery (%s: %s)', async (lines, asked) => {
    const { postage, cod } = LINES[lines];
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(postage);
    expect(told.text).not.toMatch(cod);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['yue', '寄返大陸嘅話運費邊個俾？收件人俾得唔得？', true],
    ['zh-TW', '從香港寄東西到深圳，運費誰付？可以到付嗎？', false],
  ] as const)(
    'from Hong Kong to the Mainland: the cross-border rule, not the local table (%s)',
    async (lines, asked, yue) => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      // (A Hong Kong customer: the chat says so.)
      await sendAll(adapter, yue ? '你好，我喺旺角' : '您好，我人在香港');
      const told = await sendAll(adapter, asked);
      // Who pays it (prepaid, in Hong Kong) on the cross-border table's price.
      expect(told.text).toMatch(yue ? /寄內地嘅跨境件只可以寄付/ : /寄內地的跨境件只能寄付/);
      expect(told.text).toMatch(/HK\$45/);
      expect(told.text).not.toMatch(/HK\$30/);
      expect(writesCantonese(told.text)).toBe(yue);
    },
  );

  it.each([
    ['zh-CN', `${delayed} 晚了好几天 我要投诉`, '顺便问一句 运费是寄件人出还是收件人出'],
    ['yue', `${delayed} 遲咗好多日 我要投訴`, '順便問埋 運費邊個俾㗎'],
    [
      'en-US',
      `${delayed} is days late and I want to complain`,
      'by the way, who pays the shipping, sender or receiver?',
    ],
  ] as const)('in the middle of a complaint: answered, then the step again (%s)', async (lines, opening, asked) => {
    const { postage, demand } = LINES[lines];
    const adapter = h.adapter({ locale: localeOf(lines) });
    expect((await sendAll(adapter, opening)).text).toMatch(demand);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(postage);
    expect(told.text).toMatch(demand);
  });
});
