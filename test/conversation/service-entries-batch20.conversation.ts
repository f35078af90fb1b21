import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;

/**
 * Per language: the openings of the knowledge files' entries on receipts, business accounts, nobody at home and the
 * claim time limit; the claim-evidence text a receipt used to get; the demand step's question.
 */
// `demand`: the step goes on after the answer — the demand question, or, when it was put twice already (it is never
// put a third time: demand-taken-any-way), the demand let go and the contact question.
const LINES = {
  'zh-CN': {
    receipt: /发票和收据/,
    business: /企业账户（月结）/,
    nobodyHome: /没人在家怎么办：/,
    timeLimit: /理赔时限/,
    evidence: /理赔证据|拍清楚外箱/,
    demand: /怎么处理|暂无具体要求|联系电话/,
  },
  'zh-TW': {
    receipt: /發票和收據/,
    business: /企業月結帳戶/,
    nobodyHome: /沒人在家怎麼辦：/,
    timeLimit: /理賠時限/,
    evidence: /理賠證據|拍清楚外箱/,
    demand: /怎麼處理|暫無具體要求|聯絡電話/,
  },
  yue: {
    receipt: /收據同發票/,
    business: /公司戶口（月結）/,
    nobodyHome: /冇人喺屋企點算：/,
    timeLimit: /索償時限/,
    evidence: /索償證據/,
    demand: /點樣處理|冇特別要求|聯絡電話/,
  },
  'en-US': {
    receipt: /Receipts and invoices/,
    business: /Business accounts/,
    nobodyHome: /If nobody is home/,
    timeLimit: /time limit is 7 days/,
    evidence: /Claim evidence/,
    demand: /What would you like us|no specific demand|phone number or (an )?email/,
  },
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17, batch 20: a receipt or an invoice asked for got the claim's evidence text; monthly billing and regular
// pickups got the hold fees or a menu; "how long do I have to claim" after the packing rules got the delivery times;
// "what if nobody is home" got a did-you-mean menu. Each is answered from the market's knowledge files.
describe('service questions answered from the knowledge files', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '寄快递的运费能开增值税发票吗'],
    ['zh-TW', '請問寄件的運費可以打統編嗎'],
    ['yue', '寄件嗰陣俾嘅運費可唔可以出收據俾我'],
    ['en-US', 'how do I get an invoice for the shipping I paid?'],
  ] as const)('a receipt or invoice asked for: the entry on it, not claim evidence (%s)', async (lines, asked) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(LINES[lines].receipt);
    expect(told.text).not.toMatch(LINES[lines].evidence);
  });

  it.each([
    ['zh-CN', `${delivered} 货到付款我付了钱 卖家说没收到`, '收件人 1111', '你们能给我开个付款凭证吗'],
    ['zh-TW', `${delivered} 貨到付款我已經付了 賣家說沒收到錢`, '收件人 1111', '能不能給我一張收據證明我付過'],
    ['yue', `${delivered} 貨到付款我俾咗錢 賣家話冇收到`, '收件人 1111', '可唔可以俾張收據我證明我俾咗錢'],
    [
      'en-US',
      `${delivered} I paid the courier cash on delivery and the seller says nothing came through`,
      'recipient, 1111',
      'could you send me a receipt showing I paid?',
    ],
  ] as const)('in a complaint: the receipt entry, then the step again (%s)', async (lines, opening, digits, asked) => {
    const adapter = h.adapter({ locale: localeOf(lines) });
    await sendAll(adapter, opening);
    await sendAll(adapter, digits);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(LINES[lines].receipt);
    expect(told.text).not.toMatch(LINES[lines].evidence);
    expect(told.text).toMatch(LINES[lines].demand);
  });

  it.each([
    [
      'zh-CN',
      `${delivered} 货到付款我付了钱 卖家说没收到`,
      '收件人 1111',
      '你们能给我开个付款凭证吗',
      '另外我们公司也要开发票',
    ],
    [
      'en-US',
      `${delivered} I paid the courier cash on delivery and the seller says nothing came through`,
      'recipient, 1111',
      'could you send me a receipt showing I paid?',
      'my company will want an invoice as well',
    ],
  ] as const)(
    'asked again in the same complaint: not the paragraph twice (%s)',
    async (lines, opening, digits, first, second) => {
      const adapter = h.adapter({ locale: localeOf(lines) });
      for (const said of [opening, digits, first]) await sendAll(adapter, said);
      const again = await sendAll(adapter, second);
      expect(again.text).not.toMatch(LINES[lines].receipt);
      expect(again.text).toMatch(LINES[lines].demand);
    },
  );

  it.each([
    ['zh-CN', '我们是做电商的 每天都有货要发 可以安排固定时间上门取件吗'],
    ['zh-TW', '公司想申請月結，請問怎麼辦理'],
    ['yue', '我哋間舖想開個月結戶口 應該點做'],
    ['en-US', 'we ship every week, can we get monthly billing instead of paying each time?'],
  ] as const)('a business account: the entry on it and a person offered (%s)', async (lines, asked) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(LINES[lines].business);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', '送货的时候要是家里没人会怎样'],
    ['zh-TW', '白天上班不在家，包裹送來怎麼辦'],
    ['yue', '派件嗰陣屋企冇人會點'],
    ['en-US', "what happens if no one's home when the driver comes?"],
  ] as const)('nobody at home: the failed-delivery entry, no menu (%s)', async (lines, asked) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text).toMatch(LINES[lines].nobodyHome);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', '寄件要怎么包装比较好', '万一碎了 索赔有期限吗'],
    ['zh-TW', '寄件要怎麼包裝比較好', '假如摔壞了 理賠的期限是多久'],
    ['yue', '寄嘢要點包裝好啲', '萬一整爛咗 幾耐之內要索償'],
    ['en-US', 'any tips for packing a parcel?', 'and if something gets smashed, is there a deadline to claim?'],
  ] as const)(
    'a claim time limit after the packing rules: the limit, not delivery times (%s)',
    async (lines, packing, limit) => {
      const adapter = h.adapter({ locale: localeOf(lines) });
      await sendAll(adapter, packing);
      const told = await sendAll(adapter, limit);
      expect(told.text).toMatch(LINES[lines].timeLimit);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
