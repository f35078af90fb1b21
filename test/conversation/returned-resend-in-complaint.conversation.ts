import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING; // returned to the sender in Wuhan; recipient …4567
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "可唔可以再send過嚟？我急用㗎", "能再寄过来吗", "can you send it again?" in a complaint about a returned parcel, at the
 * contact step: how a returned parcel is sent out again (the returned-parcel rule), and redelivery taken as the demand —
 * never "that question I can't answer here" (review of blind batch 26's fixes, finding 6; blind batch 26 replay).
 */
describe('a returned parcel asked to be sent again inside the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-HK',
      [`喂 我個parcel ${returned} 點解會退返去武漢㗎？`, '我係收件人，電話尾數4567', '個address冇錯㗎 我一直住喺度'],
      '可唔可以再send過嚟？我急用㗎',
      /退返寄件人途中/,
      /記低你嘅要求：重新派送/,
      /答唔到/,
    ],
    [
      'zh-CN',
      [`${returned} 为什么退回武汉了？`, '我是收件人，电话尾号4567', '地址没错啊，我一直住这里'],
      '能再寄过来吗',
      /正在退回寄件人/,
      /记下您的诉求：重新派送/,
      /答不上来/,
    ],
    [
      'en-US',
      [
        `why was my parcel ${returned} sent back to Wuhan?`,
        "I'm the recipient, last 4 4567",
        "the address is right, I've always lived here",
      ],
      'can you send it again?',
      /on its way back to the sender/,
      /redelivery/,
      /can't answer/,
    ],
  ] as const)(
    '%s: the returned-parcel rule and a redelivery demand',
    async (locale, story, ask, rule, noted, unanswered) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [...story]);
      const [said] = await talk(adapter, [ask]);
      expect(all(said)).toMatch(rule);
      expect(all(said)).toMatch(noted);
      expect(all(said)).not.toMatch(unanswered);
    },
  );
});
