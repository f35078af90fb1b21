import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Not in the demo data: a tracking lookup finds nothing.
const MISTYPED = 'SF1402873465921';
const DEMAND_STEP = /What would you like us to do|您希望我们怎么处理|您希望我們怎麼處理|你想我哋點樣處理/;

/**
 * The situation read as it is (issue #17, batch 11 pattern 3): contents broken inside a crushed box are damage — a
 * high-priority damaged ticket with the packaging beside it, not a low-priority packaging one; a customer who
 * mistyped a number and sends the right one only wants to know where the parcel is, and is not taken for a
 * complainant.
 */
describe('the situation read as it is', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it.each([
    ['zh-CN', `${DEMO_TRACKING.delivered} 今天到的 里面的碗裂了一个 纸箱也破了 一点缓冲都没有`, '退款', '提交'],
    ['zh-TW', `${DEMO_TRACKING.delivered} 紙箱整個壓爛 一點緩衝材都沒有 裡面的杯子也碎了`, '退款', '提交'],
    ['zh-TW', `${DEMO_TRACKING.delivered} 個箱扁晒 冇防震 入面隻碗都裂咗`, '退錢', '提交'],
    [
      'en-US',
      `${DEMO_TRACKING.delivered} box came totally crushed, zero padding, and one of the mugs inside is cracked`,
      'a refund',
      'submit',
    ],
  ])(
    '%s: broken contents in a crushed box are filed as damaged, high priority, the box beside it',
    async (locale, ...turns) => {
      await play(locale, turns);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ category: 'damaged', priority: 'high' });
      expect(ticket?.description).toMatch(/包装问题|包裝問題|packaging/i);
    },
  );

  it.each([
    ['zh-CN', '帮我查一下 ' + MISTYPED, `不好意思 输错了 是${DEMO_TRACKING.normal}`],
    ['zh-TW', '我想查包裹 ' + MISTYPED, `阿 我打錯了 是${DEMO_TRACKING.normal}才對`],
    ['en-US', `where is ${MISTYPED}`, `my bad, mistyped it: ${DEMO_TRACKING.normal}`],
  ])('%s: the right number after a mistyped one is tracked, not taken for a complaint', async (locale, ...turns) => {
    const [, corrected] = await play(locale, turns);
    expect(corrected).toContain(DEMO_TRACKING.normal);
    // (The promised day, as the customer's language writes it.)
    expect(corrected).toMatch(/Nov 24|11月24日/);
    expect(corrected).not.toMatch(DEMAND_STEP);
    expect(corrected).not.toMatch(/抱歉|sorry/i);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});

/**
 * Proof digits given in a complaint filed on a number tracking cannot find are checked against the parcel the record
 * has that the customer named beside it, not turned down against the unknown one (issue #17, batch 11 09.4).
 */
describe('proof digits for the parcel the record has', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      '货到付款的钱一直没打给我 单号SF7777000011112',
      '单号没错 就是这个',
      '另外782828807290222这个代收款也没到',
      '0000',
      '核对无误',
    ],
    [
      'zh-TW',
      '貨到付款的錢一直沒匯給我 單號SF7777000011112',
      '單號沒錯 就是這個',
      '另外782828807290222這個代收款也沒入帳',
      '0000',
      '核對無誤',
    ],
    [
      'en-US',
      'the COD money never reached me, SF7777000011112',
      'that number is right, check again',
      'also 782828807290222, its COD money is missing too',
      '0000',
      'Thanks, that matches',
    ],
  ])('%s: the sender digits of the other parcel are checked against it', async (locale, ...rest) => {
    const turns = rest.slice(0, 4);
    const matched = rest[4] as string;
    const replies = (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));
    expect(replies[3]).toContain(matched);
    expect(replies[3]).not.toMatch(/不符|doesn't match|do not match/);
  });
});
