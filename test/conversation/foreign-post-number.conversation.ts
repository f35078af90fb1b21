import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A number of another country's post (blind batch 42a: a Royal Mail "LX…GB" and a Japan Post "EJ…JP" were answered
 * "I can't find it, please check the number" — the customer had it right): said to be that post's, with where to
 * follow it. A number of ours that is not found is still asked to be checked. Wordings differ from the blind testers'.
 */
describe('a number of another country’s post', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'where is LX483920172GB please', /postal number from abroad \(United Kingdom\)/],
    ['zh-CN', '帮我查一下 EE726103956AU', /是澳大利亚邮政的单号/],
    ['zh-TW', 'EJ331059772JP 而家去咗邊', /係日本郵政嘅單號/],
  ])('%s: "%s" is said to be that post’s', async (locale, asked, note) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(note);
    expect(all(answer)).not.toMatch(/Please check the number|请核对|唔該核對/);
  });

  it('en: a number of ours not found is still to be checked', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), ['where is SF1402837465000']);
    expect(all(answer)).not.toMatch(/postal number from abroad/);
  });
});
