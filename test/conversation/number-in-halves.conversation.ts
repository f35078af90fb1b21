import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A tracking number sent in two messages ("SF2210478", then "832106"): the first half is said to look like only the
 * start of a number and the rest is asked for; the rest makes the whole number, looked up as if sent whole — found or
 * not found. Anything else next forgets the start (blind batch 17: 08.2–08.3, 19.1–19.3).
 */
describe('a tracking number sent in two halves', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', delayed.slice(0, 9), delayed.slice(9), '只是单号的前半段', `${delayed}（广州 → 北京）`],
    ['zh-TW', `${stuck.slice(0, 8)} `, stuck.slice(8).replace(/(\d{3})/, '$1 '), '好似淨係單號嘅前半截', stuck],
    ['en-US', 'SF 2210 478', '832 106', 'looks like only the start of a tracking number', `${delayed} (Guangzhou`],
  ])('%s: "%s" then "%s" is one number', async (locale, first, second, startSaid, status) => {
    // (The Hong Kong customer writes Cantonese first: the reply to the half is in it.)
    const turns = locale === 'zh-TW' ? ['你好呀 我想查下件貨去咗邊', first, second] : [first, second];
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-2))).toContain(startSaid);
    expect(all(replies.at(-1))).toContain(status);
  });

  it('two halves that make a number nobody issued are looked up and not found', async () => {
    const [, whole] = await talk(h.adapter({ locale: 'en-US' }), ['SF 1234', '5678 9012 3']);
    expect(all(whole)).toContain('SF1234567890123');
    expect(all(whole)).toMatch(/can't find|couldn't find|not find/i);
  });

  it('something else after the half forgets it', async () => {
    const [, , later] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478',
      'how much to send 2kg to Shanghai',
      '832106',
    ]);
    expect(all(later)).not.toContain(delayed);
  });
});
