import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delayed, returned } = DEMO_TRACKING;

/** Per language: the customs entry's opening words, a domestic price list's words, the demand step's question. */
const LINES = {
  'zh-CN': { customs: /海关与关税/, prices: /首重/, demand: /怎么处理/, notCustoms: /不是海关的原因/ },
  'zh-TW': { customs: /海關與關稅/, prices: /首重/, demand: /怎麼處理/, notCustoms: /不是海關的原因/ },
  yue: { customs: /海關同關稅/, prices: /首重/, demand: /點樣處理/, notCustoms: /唔係海關嘅問題/ },
  'en-US': {
    customs: /Customs and duties/,
    prices: /first (0\.5 )?kg/,
    demand: /What would you like us/,
    notCustoms: /wasn't customs/,
  },
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17: "who pays the duties?", "how long does customs keep it?" got the domestic price list or nothing. They get
// the courier's customs rule (who pays, what is duty-free, how long an inspection takes, the papers, what the courier
// does) in every market and language — on their own, in the middle of a complaint (then the step again) and after an
// international parcel's status. A parcel sent back for its address, asked "was it customs?", hears plainly it was not.
describe('customs and duties get a real answer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '网上从国外买的东西寄过来 关税要我自己交吗？'],
    ['zh-CN', '包裹要是被海关查验 一般得等几天'],
    ['zh-TW', '我在網路上買的東西從日本寄過來，關稅要由誰繳？'],
    ['zh-TW', '海關查驗通常要多久？'],
    ['yue', '喺外國網購啲嘢寄返嚟 使唔使自己交關稅？'],
    ['yue', '件貨俾海關扣起咗 點算好'],
    ['en-US', 'Will I be the one paying import duty on an order shipped from Europe?'],
    ['en-US', 'how long can customs keep a parcel for inspection?'],
  ] as const)('on its own: the customs rule, not the price list (%s: %s)', async (lines, asked) => {
    const { customs, prices } = LINES[lines];
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(customs);
    expect(told.text).not.toMatch(prices);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${delayed} 晚了好几天 我要投诉`, '另外问一下 国际件的关税一般是谁付？'],
    ['zh-TW', `${delayed} 晚了好幾天 我要客訴`, '順便問一下，國際包裹的關稅是誰付？'],
    ['yue', `${delayed} 遲咗好多日 我要投訴`, '順便問埋 海外寄嚟嘅件要唔要交關稅？'],
    [
      'en-US',
      `${delayed} is days late and I want to complain`,
      'quick question, who pays the duties on international parcels?',
    ],
  ] as const)('in the middle of a complaint: answered, then the step again (%s)', async (lines, opening, asked) => {
    const { customs, demand } = LINES[lines];
    const adapter = h.adapter({ locale: localeOf(lines) });
    expect((await sendAll(adapter, opening)).text).toMatch(demand);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(customs);
    expect(told.text).toMatch(demand);
  });

  it.each([
    ['zh-CN', `${returned} 到哪了`, '那这件要交关税吗？'],
    ['zh-TW', `${returned} 現在在哪裡`, '那這件需要繳關稅嗎？'],
    ['en-US', `where is ${returned}?`, 'and will anyone have to pay duties on it?'],
  ] as const)("after an international parcel's status: the customs rule (%s)", async (lines, status, asked) => {
    const adapter = h.adapter({ locale: localeOf(lines) });
    await sendAll(adapter, status);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(LINES[lines].customs);
    expect(told.text).not.toMatch(LINES[lines].prices);
  });

  it.each([
    ['zh-CN', `${returned} 怎么退回去了 是不是海关那边的问题？`],
    ['zh-TW', `${returned} 為什麼被退回？是海關扣的嗎？`],
    ['yue', `${returned} 點解俾人退返轉頭 係咪海關嗰邊有問題？`],
    ['en-US', `${returned} came back to the sender, was it stopped by customs?`],
  ] as const)('a parcel sent back for its address: plainly not customs (%s)', async (lines, asked) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(LINES[lines].notCustoms);
  });
});
