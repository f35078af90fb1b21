import { statesOwnPlan } from '../../src/bot/intake-reading';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const UNKNOWN = '620493817725';

/**
 * A recipient with a missed-delivery note and a number nobody can find (blind batch 39b: 11): "好 那我禮拜六去信義那間
 * 謝謝" — a yes, their own plan and thanks — was taken as yes to the person offered beside "check the number again",
 * and a ticket opened. A yes followed by what the customer will do themselves closes: no person, no ticket, and in a
 * complaint the bot opened, no number "stood by". (Its replay also heard "sorry the packing wasn't done well" to "我又
 * 看了一遍 没错": no harm the customer never spoke of is acknowledged on a faint reading.)
 */
describe("the customer's own plan closes", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: after the not-found choices, no person is taken and no ticket opened', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const replies = await talk(adapter, [
      `我今天回家門上貼了一張招領通知 說送貨沒人在 單子上號碼是 ${UNKNOWN} 現在包裹在哪裡？`,
      `號碼我再看一次 沒錯啊 就是${UNKNOWN} 是你們的單子啊`,
      '那可以禮拜六再送一次嗎 平日我都上班',
      '不然我自己去拿 台北松山區最近的營業所在哪 開到幾點',
      '好 那我禮拜六去信義那間 謝謝',
    ]);
    expect(all(replies[3])).toMatch(/轉人工/);
    expect(all(replies[4])).not.toMatch(/轉接人工|C-\d{8}/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'en-US',
      [
        `there was a missed delivery note on my door, number ${UNKNOWN}, where is my parcel now?`,
        `I checked the number again, it is right, ${UNKNOWN}`,
        "otherwise I'll get it myself, which station is nearest in Xuhui, Shanghai and when does it close",
        "ok I'll go to that one on saturday, thanks",
      ],
    ],
    [
      'zh-CN',
      [
        `今天回家门上贴了张取件通知 单号是 ${UNKNOWN} 包裹现在在哪？`,
        `我又看了一遍 没错 就是${UNKNOWN}`,
        '那我自己去拿 上海徐汇最近的网点在哪 几点关门',
        '好 那我周六去那个网点 谢谢',
      ],
    ],
  ])('%s: inside a complaint the bot opened, nothing is filed on it', async (locale, turns) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, turns);
    expect(all(replies[1])).not.toMatch(/包装|packing|packaging/i);
    expect(all(replies[3])).not.toMatch(/C-\d{8}|What would you like us to do|怎么处理/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['好 那我禮拜六去信義那間 謝謝', true],
    ["ok I'll collect it on saturday, thanks", true],
    ['行 那我明天自己去拿', true],
    ['好 唔該', false],
    ['ok', false],
    ['好 那我禮拜六去信義那間嗎？', false],
  ])('%s: own plan %s', (text, expected) => expect(statesOwnPlan(text)).toBe(expected));
});
