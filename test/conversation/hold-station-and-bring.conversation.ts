import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SHANGHAI = DEMO_TRACKING.normal; // on its way to an address in Pudong, Shanghai

/**
 * "Which station would it be and what does she need to bring?" about a hold, with another district named (issue #17,
 * blind batch 24: 06.3, two outlets listed and nothing on what to bring): the outlet for the waybill's address holds
 * it, the district named is pointed out as another outlet's (the address may be wrong), and what to bring — the pickup
 * code, ID for someone collecting for the recipient. Wording differs from the fixture's.
 */
describe('a hold: which outlet holds it, another district named, and what to bring', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${SHANGHAI} 明天家里没人，能不能放网点让我们自己去取`,
        '寄件人2222',
        '我爸住在徐汇区，是哪个网点？去取要带什么证件？',
      ],
      /浦东[^\n]*\n[^\n]*不是您说的那个区的网点[^\n]*徐汇/,
      /取件码/,
    ],
    [
      'en-US',
      [
        `please hold ${SHANGHAI} at the station, nobody will be home`,
        'sender 2222',
        'my dad is in Xuhui. which outlet keeps it and does he need ID?',
      ],
      /Pudong[^\n]*\n[^\n]*not the outlet for the area you mention[^\n]*Xuhui/,
      /pickup code/,
    ],
    [
      'zh-TW',
      [
        `${SHANGHAI} 明天家裡沒人，可以放營業所讓我們自己去拿嗎`,
        '寄件人2222',
        '我媽住在徐匯區，是哪一個營業所？要帶什麼證件？',
      ],
      /浦東[^\n]*\n[^\n]*不是您說的那個區的營業所[^\n]*徐匯/,
      /取件碼/,
    ],
  ])('%s: the holding outlet, the other district and what to bring', async (locale, turns, outlets, bring) => {
    const a = h.adapter({ locale, user: `hold-bring-${locale}` });
    const replies = await talk(a, turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(outlets);
    expect(last).toMatch(bring);
  });
});
