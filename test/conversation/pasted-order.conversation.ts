import { orderGoods } from '../../src/bot/pasted-order';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A shop's order pasted with "can this be sent?" gets the rules of the goods it lists — never a request for a tracking
 * number (the order's number is none) — and a price asked with the cities after an earlier 寄 ("两件装一个箱子寄 3公斤
 * 上海寄成都") is computed with those cities, not asked for them again (blind batch 22: 17.1, 17.3).
 */
describe('a pasted order and a price asked with its cities', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'can I ship these? Order #A88213 Items: power bank 20000mAh x1, perfume 30ml x2 Ship to: 12 King Rd, Kowloon',
      [/^Power banks/, /Perfume, nail polish/],
    ],
    [
      'zh-CN',
      '这单能发吗？\n订单编号：550182736401\n商品名称：白酒 500ml ×2、榴莲 ×1\n收件地址：浙江省杭州市西湖区…',
      [/^酒类可以寄/, /榴莲：/],
    ],
    [
      'zh-TW',
      '這筆可以寄嗎 訂單編號 8812003 商品：香水 ×1、行動電源 ×2 收件地址：台北市信義區…',
      [/^香水、指甲油/, /行動電源不可寄送國際件/],
    ],
  ] as const)('%s: the listed goods’ rules, in order, and no number asked for', async (locale, message, rules) => {
    const [replies] = await talk(h.adapter({ locale }), [message]);
    const said = all(replies);
    let at = -1;
    for (const rule of rules) {
      const found = said.search(rule);
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    expect(said).not.toMatch(/tracking number|运单号|單號/i);
  });

  // (Review of #17: "can you send me the tracking number?", "能帮我看看发货了没有" and a claim's "accepted" got the
  // prohibited-items list.)
  it.each([
    [
      'en-US',
      'Order #88213 Items: phone case, charger. The shop says it was shipped last week, can you send me the tracking number?',
      /Never accepted/,
    ],
    [
      'en-US',
      'my order #5521 arrived damaged. Items: glass vase. Are damaged items accepted for a claim?',
      /Never accepted/,
    ],
    [
      'zh-CN',
      '订单号：20261120-5531 商品：手机壳 ×1 收货地址：上海市浦东新区世纪大道100号 能帮我看看发货了没有',
      /禁止寄递/,
    ],
    ['zh-TW', '訂單編號：8812003 商品：手機殼 ×1 收件地址：台北市信義區… 可以幫我看看發貨了沒', /禁止寄送/],
  ] as const)(
    '%s: an order pasted with a tracking or claim question is no sending question',
    async (locale, message, rules) => {
      const [replies] = await talk(h.adapter({ locale }), [message]);
      expect(all(replies)).not.toMatch(rules);
    },
  );

  it.each([
    [
      'en-US',
      "I'll pack both in one box and send it, about 1.5 kg, Hangzhou to Guangzhou how much?",
      /Hangzhou → Guangzhou, 1.5 kg/,
    ],
    ['zh-CN', '两件装一个箱子寄 3公斤左右 上海寄成都要多少钱', /上海 → 成都，3 公斤/],
    ['zh-TW', '兩樣裝一箱一起寄 大約2公斤 台北寄高雄多少錢', /台北 → 高雄，2 公斤/],
  ] as const)('%s: the price with the cities given after an earlier 寄', async (locale, message, quote) => {
    const [replies] = await talk(h.adapter({ locale }), [message]);
    expect(all(replies)).toMatch(quote);
  });

  it('reads the goods of an order without their counts or sizes, and no goods without an order', () => {
    expect(orderGoods('订单号 240311 商品：迷你充电宝 10000mAh ×3，香水 50ml ×2 收货地址：广州')).toEqual([
      '迷你充电宝',
      '香水',
    ]);
    expect(orderGoods('商品：香水 能寄吗')).toEqual([]);
  });
});
