import { OPEN_STATUSES } from '../../src/tickets';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const CLOSED = /已关闭|已關閉|已經關閉|closed ticket|nobody will contact you|不会再联系|不會再聯絡|唔會再搵你/;
const NOT_CLOSED = /没有关闭|沒有關閉|冇關閉|not closed/;

/**
 * A customer who gives up on waiting for a person is angry, not withdrawing (issue #17, blind batch 19: 08.5, 27.6,
 * 18.7): the hand-off's ticket stays in the queue (with the complaint joined to it), the customer hears that the case is
 * not closed, who answers, where and within what time, and a threat to go further is noted on the ticket.
 */
describe('giving up on the wait keeps the case open', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delayed} 怎么还没到`, '我要找人工客服', '等了半天没人 不等了 我去微博曝光你们', 'media'],
    ['zh-TW', `${delayed} 點解仲未到`, '幫我轉真人', '咁耐都冇人理 唔想等喇', undefined],
    [
      'en-US',
      `where on earth is ${delayed}`,
      'put me through to a human',
      "I can't wait any longer, I'll put all of this on weibo",
      'media',
    ],
  ])(
    '%s: the ticket stays open and the customer hears what happens next',
    async (locale, track, human, givesUp, threat) => {
      const adapter = h.adapter({ locale });
      const [, handedOff, heard] = await talk(adapter, [track, human, givesUp]);
      expect(all(handedOff)).toContain('C-20261123-0001');
      expect(all(heard)).not.toMatch(CLOSED);
      expect(all(heard)).toMatch(NOT_CLOSED);
      // Who, where and when: an agent, in this chat, within the ticket's first-response time.
      expect(all(heard)).toContain('C-20261123-0001');
      expect(all(heard)).toMatch(/分钟|分鐘|minutes/);
      const open = await h.store.tickets.find({ status: [...OPEN_STATUSES] });
      expect(open).toHaveLength(1);
      expect(open[0]?.status).toBe('pending_agent');
      const noted = open[0]?.history.find((entry) => entry.action === 'threat to escalate');
      if (threat) expect(noted?.note).toContain(threat);
      else expect(noted).toBeUndefined();
    },
  );

  it('zh-TW (Cantonese): a complaint handed over unfinished is not dropped when the customer stops waiting', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [, , , heard] = await talk(adapter, [
      `${delayed} 遲咗幾日 我要投訴`,
      '我要賠償',
      '搵個真人同我跟',
      '算數啦 唔等喇',
    ]);
    expect(all(heard)).not.toMatch(/冇登記投訴|沒有登記|not filed/);
    expect(all(heard)).toMatch(NOT_CLOSED);
    const open = await h.store.tickets.find({ status: [...OPEN_STATUSES] });
    expect(open).toHaveLength(1);
  });

  it('en: "never mind, no need for an agent" is still a change of mind that withdraws the request', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , withdrawn] = await talk(adapter, [
      `where is ${delayed}`,
      'get me an agent',
      'never mind, no need for an agent',
    ]);
    expect(all(withdrawn)).toMatch(/withdrawn/);
  });
});
