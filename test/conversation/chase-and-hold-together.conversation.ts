import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;

/**
 * A speed-up asked for, and then "also, hold it at the station, I'll pick it up": both requests go on — the hold is
 * recorded and the chase is not withdrawn — and the customer hears both (issue #17, blind batch 23: 15.4).
 */
describe('a chase and a hold on the same parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `where is ${stuck}?`,
        'can you speed it up?',
        '7777',
        "oh and also hold it at the station please, I'll pick it up myself",
      ],
      ['hold it at the station', 'speed up its delivery stays as well'],
    ],
    [
      'zh-CN',
      [`${stuck}到哪了`, '能帮我催一下吗', '尾号7777', '另外放到网点吧，我自己去取'],
      ['暂存在派送网点', '加急派送的请求也照旧保留'],
    ],
    [
      'zh-TW',
      [`${stuck} 幾日都冇郁，幫我催吓`, '尾號7777', '仲有可唔可以放喺站度，我自己去攞？'],
      ['留喺服務點俾你自己去攞', '加急配送嘅要求都照舊保留'],
    ],
  ])('%s: the hold is added and the speed-up stays', async (locale, turns, parts) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const last = (replies.at(-1) ?? []).join('\n');
    for (const part of parts) expect(last).toContain(part);
    expect(last).not.toMatch(/withdrawn|撤回/);
    const waiting = await h.store.deliveryChanges.list({ trackingNumber: stuck, status: 'requested', limit: 20 });
    expect(waiting.map((r) => r.kind).sort()).toEqual(['expedite', 'hold']);
  });
});
