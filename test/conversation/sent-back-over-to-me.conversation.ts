import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const EA = DEMO_TRACKING.returned;

/**
 * "叫他们寄回来给我", "叫佢哋寄返過嚟俾我" about a parcel returned unasked: the parcel wanted again — the redelivery
 * demand, said back — not "no specific demand" (issue #17, blind batch 34a: 13.3). "寄回来给我的是空箱子" tells what
 * came, and asks nothing. New wording.
 */
describe('a returned parcel wanted sent back over', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${EA} 为什么退回去了 我一直在家`, '我要投诉，让他们把件寄回来给我', /重新派送/],
    ['zh-TW', `${EA} 做咩退咗件貨 我成日喺屋企`, '幫我投訴 叫佢哋寄返過嚟俾我啦', /重新派送/],
  ])('%s: the redelivery is the demand', async (locale, opening, wanted, demand) => {
    const [, said] = await talk(h.adapter({ locale }), [opening, wanted]);
    expect((said ?? []).join('\n')).toMatch(demand);
  });
});
