import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const replies = new Replies();
// The catalog line after its placeholder (the status name): what every reading of it holds.
const meaning = (locale: Locale, key: Parameters<Replies['t']>[1]) =>
  replies.t(locale, key, { status: '\u0000' }).split('\u0000')[1] as string;

/**
 * "What does it mean, delayed? Is it lost?" about a parcel 3 days late whose last scan is today (blind batch 22's
 * rescore, 03.6): on its way but late — never "moving normally" — and not lost, with no "gap in the scans" where
 * there is none. A parcel with no scan for days still hears of the gap.
 */
describe('what a late status means, and whether it is lost', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'en', `where is ${delayed}`, 'what does that mean, is it lost?'],
    ['zh-CN', 'zh-CN', `${delayed} 到哪了`, '这个状态是什么意思 是不是丢了'],
    ['zh-TW', 'zh-TW', `${delayed} 到哪裡了`, '這個狀態是什麼意思 是不是寄丟了'],
  ])('%s: late, on its way, not lost — no scan gap spoken of', async (channel, locale, track, ask) => {
    const said = ((await talk(h.adapter({ locale: channel }), [track, ask])).at(-1) ?? []).join('\n');
    if (locale === 'en') expect(said).toContain(meaning('en', 'facts.meaning.late'));
    expect(said).not.toContain(meaning(locale as Locale, 'facts.meaning.moving'));
    expect(said).toContain(replies.t(locale as Locale, 'direct.lost.moving'));
    expect(said).not.toContain(replies.t(locale as Locale, 'direct.lost.stalled'));
  });

  it('en: a parcel with no scan for days still hears that a gap is a hold-up, not a loss', async () => {
    const said = ((await talk(h.adapter({ locale: 'en-US' }), [`where is ${stuck}`, 'is it lost?'])).at(-1) ?? []).join(
      '\n',
    );
    expect(said).toContain(replies.t('en', 'direct.lost.stalled'));
  });
});
