import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * "能帮我加急吗？" in a delay complaint asks the parcel sped up, not the ticket's priority: the bot never answers it
 * with "filed at high priority: a first answer within 15 minutes…" (review 29, item 3). "会优先处理吗" still asks the
 * priority (test/conversation/priority-asked.conversation.ts).
 */
describe('a speed-up asked in a delay complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delayed} 晚了三天，我要投诉`, '能帮我加急吗？', /这个修改我也可以一起办/],
    ['zh-TW', `${delayed} 遲咗三日，我要投訴`, '可唔可以幫我加急？', /呢個修改我都可以一齊做/],
    ['en-US', `${delayed} is 3 days late, I want to complain`, 'can you make it urgent?', /I can take that change too/],
  ])('%s: taken as the speed-up, not answered with the priority', async (locale, complaint, rush, speedUp) => {
    const [, asked] = await talk(h.adapter({ locale }), [complaint, rush]);
    expect(said(asked)).toMatch(speedUp);
    expect(said(asked)).not.toMatch(/优先级处理|優先級處理|priority: a first answer/);
  });
});
