import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16: a customer asks after an earlier complaint by phone; new wording here): the bot hands
// them to a person, as before, and now says why — a typed phone shows no ticket here, only its verified owner sees
// one — and what happens next (a person checks the number and answers on this chat, the ticket's number and time).
describe('an earlier complaint looked up by phone: why a person takes it', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    ['zh-CN', 'zh-CN', ['帮我查查我以前那个投诉 我手机号13911112345'], undefined],
    [
      'zh-TW',
      'zh-TW',
      ['我上個月有客訴過 編號 C-20261015-0021 現在怎樣了', '那你用我的手機 0912111234 查查看'],
      undefined,
    ],
    ['zh-TW', 'zh-TW', ['我之前投訴咗 C-20261015-0021 搞成點呀', '咁你用我電話 61112345 搵下啦'], 'yue' as const],
    [
      'en-US',
      'en',
      ['has anything happened with ticket C-20261015-0021?', 'try finding it by my phone 91112345'],
      undefined,
    ],
  ])('the reason, then the hand-off (%s: %s)', async (channel, locale, turns, register) => {
    const replied = await talk(h.adapter({ locale: channel }), turns);
    const last = said(replied.at(-1));
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.status).toBe('pending_agent');
    const why = replies.t(locale as Locale, 'tickets.byPhoneWhy', {}, register);
    // The reason first, then the ticket a person answers on.
    expect(last.indexOf(why)).toBeGreaterThanOrEqual(0);
    expect(last.indexOf(ticket?.number as string)).toBeGreaterThan(last.indexOf(why));
  });
});
