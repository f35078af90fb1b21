import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * "If it really is lost, who pays me, me or the sender?" in a complaint about a parcel standing still (blind batch
 * 26b: 02.5, 02.6): who claims (the sender, or the recipient with the sender's consent) and how a loss is paid, from
 * the market's claim rules — not the parcel's status again; and the summary names tracking that stands still as such
 * ("nothing has changed since"), never "wrong information". New wording throughout.
 */
describe('who claims if the parcel is lost', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);
  const all = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    [
      'en-US',
      "YT6865635515058 hasn't moved in days, I want to file a complaint",
      'and should it go missing, who gets compensated, the sender or me?',
      /^Who is paid/m,
      /^Uninsured/m,
    ],
    ['zh-CN', 'YT6865635515058 好几天没动了 我要投诉', '万一丢了，理赔是寄件人还是我来申请？', /^赔给谁/m, /^未保价/m],
    ['zh-TW', 'YT6865635515058 好幾天沒動了 我要客訴', '如果真的遺失了，誰來申請理賠？', /^賠給誰/m, /^未保價/m],
  ])('%s: who claims and how a loss is paid, not the status', async (channel, open, ask, claimant, limits) => {
    const turns = await talk(h.adapter({ locale: channel }), [open, ask]);
    const said = all(turns[1]);
    expect(said).toMatch(claimant);
    expect(said).toMatch(limits);
    expect(said).not.toMatch(/Last scan|最新扫描|最新掃描/);
  });

  it('en-US: "nothing has changed since" is tracking not updated in the summary, not wrong information', async () => {
    const turns = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 nothing has changed since last week, I want to complain',
      'an explanation',
      '7777',
      'skip',
    ]);
    const summary = all(turns.at(-1));
    expect(summary).toContain(t('en', 'category.info_error.stale'));
    expect(summary).not.toContain(t('en', 'category.info_error.wrong'));
  });
});
