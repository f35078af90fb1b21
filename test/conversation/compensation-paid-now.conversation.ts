import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * Compensation wanted on the spot or into a wallet named ("即刻賠錢俾我 轉數快得唔得": blind batch 26: 29.2): the
 * customer hears honestly that it cannot be paid here and now, how a claim is paid (the market's payout rule), and
 * compensation is taken as the complaint's demand — never only "noted: compensation". New wording throughout.
 */
describe('compensation asked for at once', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue', vars = {}) =>
    replies.t(locale as Locale, key, vars, register);
  const all = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    [
      'en-US',
      'en',
      '782828807290222 has gone missing, I want to complain',
      'just send the money to my PayPal today',
      /payout/i,
      undefined,
    ],
    [
      'en-US',
      'en',
      '782828807290222 never turned up, I am filing a complaint',
      'pay me right now please',
      /payout/i,
      undefined,
    ],
    ['zh-CN', 'zh-CN', '782828807290222 丢了 我要投诉', '现在马上赔钱打到我支付宝', /赔付|打款|到账/, undefined],
    ['zh-TW', 'zh-TW', '782828807290222 唔見咗 我要投訴', '即刻過數俾我 用PayMe得唔得', /過數/, 'yue' as const],
    ['zh-TW', 'zh-TW', '782828807290222 不見了 我要客訴', '現在馬上賠錢轉到我的街口', /撥付|撥入|匯款/, undefined],
  ])(
    '%s: "%s", then "%s" — not on the spot, the payout rule, compensation taken',
    async (channel, locale, open, now, payout, yue) => {
      const turns = await talk(h.adapter({ locale: channel }), [open, now]);
      const said = all(turns[1]);
      expect(said).toContain(t(locale, 'claim.notOnTheSpot', yue));
      expect(said.replace(t(locale, 'claim.notOnTheSpot', yue), '')).toMatch(payout);
      const compensation = t(locale, 'demand.compensation', yue);
      expect(said).toContain(compensation);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
