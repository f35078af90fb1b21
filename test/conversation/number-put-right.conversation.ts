import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// The number with its last four digits left off: its check fails.
const cut = normal.slice(0, -4);

/**
 * A number put right ("應該係 SF…", "sorry, it should be SF…") after the first one failed its check, in a chat that
 * asked where the parcel is: tracked — its status — not a change of delivery asking for the last 4 digits, and the
 * questions after it are answered with no such request hanging on them (blind batch 22: 30.2–30.4).
 */
describe('a tracking number put right is tracked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      `查下 ${cut} 去咗邊`,
      `唔好意思 其實係 ${normal}`,
      '充電寶可唔可以寄',
      /承諾送達日期/,
      /嘅派送之前|的配送之前/,
    ],
    ['zh-CN', `帮我查一下 ${cut}`, `不好意思 应该是 ${normal}`, '能寄充电宝吗', /承诺送达日期/, /的派送之前/],
    [
      'en-US',
      `track ${cut} please`,
      `sorry, it should be ${normal}`,
      'can I send a power bank?',
      /Promised delivery/,
      /Before I change anything/,
    ],
  ])('%s', async (locale, first, putRight, question, status, nag) => {
    const replies = await talk(h.adapter({ locale }), [first, putRight, question]);
    expect(all(replies[1])).toMatch(status);
    expect(all(replies[1])).not.toMatch(nag);
    expect(all(replies[2])).not.toMatch(nag);
    // (The power bank's rule is the answer: its capacity limit.)
    expect(all(replies[2])).toMatch(/20,?000 ?mAh/i);
  });
});
