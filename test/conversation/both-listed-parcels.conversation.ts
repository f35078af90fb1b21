import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, lostLooking } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
// A status line opens with the number and its route: "782828807290222 (Zhengzhou → Xi'an)", "782…（郑州 → 西安）".
const statusOf = (number: string) => new RegExp(`${number}\\s?[(（]`);

/**
 * Two parcels listed, then spoken of together with no number ("both of them… why?"): both answered, the second taken
 * as its own ticket after the first; that second one spoken of again is not its status repeated — a question whether
 * it is lost is answered from its record and the claim rule, a statement leaves the phone in it taken; and its own
 * complaint, "either find it or pay", is a loss with both demands, never asked again nor given the delay rule (blind
 * batch 23: 11.2, 11.3–11.5, 11.7). New wording in each language.
 */
describe('both parcels of a list, spoken of together', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `帮我看看 ${stuck}、${lostLooking} 现在到哪了`,
        '两件都是急用的货，怎么一个不动一个出异常？',
        '第二个是朋友寄的。电话13912345678',
        '第二件算不算丢了？',
        // (The demand question, asked again after the side question, is answered by "submit": the summary, then filed.)
        '提交',
        '提交',
        '登记第二件，要么把货找回来要么赔钱',
      ],
      /认定丢失/,
      /类型：丢失[\s\S]*重新派送、赔偿/,
      /特快费|您希望我们怎么处理/,
    ],
    [
      'zh-TW',
      [
        `請查 ${stuck} 和 ${lostLooking} 到哪裡了`,
        '兩件都是客戶要的貨，怎麼都卡住了？',
        '第二件是朋友寄的。電話0912345678',
        '第二件算不算遺失？',
        '送出',
        '送出',
        '登記第二件，要麼找回來要麼賠錢',
      ],
      /認定遺失/,
      /類型：丟失[\s\S]*重新派送、賠償/,
      /特快費|您希望我們怎麼處理/,
    ],
    [
      'en-US',
      [
        `where are ${stuck} and ${lostLooking}?`,
        'both of them are stock for my shop, why is one not moving and the other showing an exception?',
        'the second one was sent by a friend. my phone is 13912345678',
        'does the second one count as lost yet?',
        'submit',
        'now log the second one, either find it or compensate me',
      ],
      /counts as lost/,
      /Type: lost parcel[\s\S]*redelivery, compensation/,
      /express surcharge|What would you like us to do/,
    ],
  ])('%s', async (locale, turns, lostRule, lostSummary, notAgain) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const [, both, aboutSecond, isLost] = replies;
    const [filed, second] = replies.slice(-2);
    expect(said(both)).toMatch(statusOf(stuck));
    expect(said(both)).toMatch(statusOf(lostLooking));
    // (The phone beside it is taken; the second parcel's status is not told again.)
    expect(said(aboutSecond)).toMatch(/13912345678|912345678/);
    expect(said(aboutSecond)).not.toMatch(statusOf(lostLooking));
    expect(said(isLost)).toContain(lostLooking);
    expect(said(isLost)).toMatch(lostRule);
    expect(said(filed)).toContain(lostLooking);
    expect(said(second)).toMatch(lostSummary);
    expect(said(second)).not.toMatch(notAgain);
  });
});
