import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const QUEUE = /排第 \d+ 位|in the agents' queue|waiting for an agent|等待客服|等緊客服/;

/**
 * "I don't want to sit in a queue, just log a complaint" while waiting for a person (issue #17, blind batch 18 07.2):
 * the request for a person is withdrawn and the complaint told when it was asked for is taken down by the bot —
 * not the queue line again.
 */
describe('a queue declined, a complaint logged instead', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delayed} 晚了三天了 给我转人工`,
      '等等 我不想排队了 帮我登记投诉就行',
      ['重新派送', '13800001234', '提交'],
    ],
    ['zh-TW', `${delayed} 遲咗三日 同我轉人工`, '唔想排隊喇 幫我登記投訴就得', ['重新派送', '91234567', '提交']],
    [
      'en-US',
      `${delayed} is 3 days late, get me a person`,
      "hold on, I don't want to wait in a queue, just log a complaint",
      ['redelivery', '13800001234', 'submit'],
    ],
  ])('%s: withdraws the hand-off and takes the complaint down', async (locale, human, noQueue, rest) => {
    const [, withdrawn] = await talk(h.adapter({ locale }), [human, noQueue, ...rest]);
    expect(all(withdrawn)).not.toMatch(QUEUE);
    expect(all(withdrawn)).toMatch(/怎么处理|怎麼處理|點樣處理|would you like us to do/i);
    const tickets = await h.store.tickets.find({});
    expect(tickets.map((t) => t.status)).toContain('withdrawn');
    const filed = tickets.find((t) => t.status !== 'withdrawn');
    expect(filed?.category).toBe('delay');
    expect(filed?.demand).toBe('redelivery');
  });
});
