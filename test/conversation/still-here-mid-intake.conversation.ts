import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;

/** Per language: the complaint's opening, the demand step's question, "can't answer that here", the "still here" words. */
const LINES = {
  'zh-CN': {
    opening: `${delayed} 过了好几天还没到 我要投诉`,
    demand: /怎么处理/,
    cannot: /答不上来/,
    here: /让您久等了|我一直在|在呢/,
  },
  'zh-TW': {
    opening: `${delayed} 等了好幾天都還沒到 我要客訴`,
    demand: /怎麼處理/,
    cannot: /答不上來/,
    here: /讓您久等了|我一直都在|在的/,
  },
  yue: {
    opening: `${delayed} 等咗成個星期都未到 我要投訴`,
    demand: /點樣處理/,
    cannot: /答唔到/,
    here: /唔好意思要你等|我一直都喺度|喺度喺度/,
  },
  'en-US': {
    opening: `${delayed} still hasn't turned up days after the date, I'd like to complain`,
    demand: /What would you like us to do/,
    cannot: /can't answer that/,
    here: /I'm here|Still with you|I'm here and/,
  },
} as const;
const localeOf = (lines: keyof typeof LINES) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17: a customer pinging the bot in the middle of a complaint ("hello??", "人呢") was told "I can't answer that
// one here", or in Chinese handed to a person. It is impatience: a short "still here" (other words when it comes
// again), then the step's question again, and nothing handed off.
describe('impatience in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '人呢？', '还在吗'],
    ['zh-TW', '？？？', '有人嗎'],
    ['yue', '喂 仲喺唔喺度呀', '有冇人呀'],
    ['en-US', 'helloooo?', 'anyone there??'],
  ] as const)('a short "still here", then the step again, never "can\'t answer" (%s)', async (lines, first, second) => {
    const { opening, demand, cannot, here } = LINES[lines];
    const adapter = h.adapter({ locale: localeOf(lines) });
    expect((await sendAll(adapter, opening)).text).toMatch(demand);
    const once = await sendAll(adapter, first);
    expect(once.text).toMatch(here);
    expect(once.text).toMatch(demand);
    expect(once.text).not.toMatch(cannot);
    const twice = await sendAll(adapter, second);
    expect(twice.text).toMatch(here);
    expect(twice.text).toMatch(demand);
    // Pinged again, other words.
    expect(twice.text.split('\n')[0]).not.toEqual(once.text.split('\n')[0]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
