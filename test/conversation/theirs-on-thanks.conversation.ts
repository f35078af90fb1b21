import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A complaint the bot opened is the customer's once they gave a number to be called on or threatened a review or the
 * regulator over it: "thanks" then does not drop it unsaid ("I haven't filed a complaint") — they hear it is not filed
 * yet and the step goes on. A manager asked for in Cantonese mid-complaint is a person asked for (blind batch 17:
 * 10.6, 30.4).
 */
describe('a complaint made theirs is not dropped on thanks', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      turns: [
        lostLooking,
        'this is ridiculous, 9 days. im writing to the consumer council about you',
        'call me on 13922224444',
        'ok thank you',
      ],
      notFiledYet: new RegExp(`Your complaint about ${lostLooking} is not filed yet`),
      dropped: "I haven't filed a complaint",
    },
    {
      locale: 'zh-CN',
      turns: [lostLooking, '都九天了 我要去邮政局投诉你们', '打我电话 13922224444', '好的谢谢'],
      // ("好的谢谢" at the demand step reads as no demand in particular: the summary, to be confirmed.)
      notFiledYet: new RegExp(`您关于 ${lostLooking} 的投诉还没有登记|您的投诉信息：[^]*确认提交吗`),
      dropped: '这次没有登记投诉',
    },
  ])(
    '$locale: thanks after a phone and a threat keeps the complaint',
    async ({ locale, turns, notFiledYet, dropped }) => {
      const adapter = h.adapter({ locale });
      const replies = await talk(adapter, turns);
      expect(all(replies.at(-1))).toMatch(notFiledYet);
      expect(all(replies.at(-1))).not.toContain(dropped);
    },
  );

  it('zh-TW (Cantonese): a manager asked for at the contact step hands the complaint to a person', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const replies = await talk(adapter, [
      `${delayed} 遲咗三日仲未到 我要退運費`,
      '退款',
      '我要搵經理 唔係就上網寫差評',
    ]);
    expect(all(replies.at(-1))).toMatch(/真人|人工/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.status).toBe('pending_agent');
  });
});
