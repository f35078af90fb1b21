import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16: an earlier complaint to be looked up by phone in the middle of a new one; new wording
// here). The phone is for the lookup, not the new complaint's contact: the customer hears that a person looks the
// earlier one up by it and that it was not made this complaint's contact; the step is asked again, and the ticket
// carries the phone for the agent in its account.
describe('an earlier complaint looked up by phone during a new one', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const t = (locale: string, key: Parameters<Replies['t']>[1], vars = {}, register?: 'yue') =>
    replies.t(locale as Locale, key, vars, register);

  it.each([
    [
      'zh-CN',
      'zh-CN',
      ['SF2210478832106 拖了三天了 我要投诉', '赔偿'],
      '顺便帮我查下我之前那个投诉 手机 13977778888',
      '跳过',
      '提交',
      '+8613977778888',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      ['SF2210478832106 拖了三天 我要客訴', '賠償'],
      '另外幫我查一下我之前的客訴 手機 0955666777',
      '跳過',
      '送出',
      '+886955666777',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      ['SF2210478832106 拖咗三日 我要投訴', '我要賠錢'],
      '順便幫我查下我之前嗰個投訴 電話 55667788',
      '跳過',
      '得',
      '+85255667788',
      'yue' as const,
    ],
    [
      'en-US',
      'en',
      ['SF2210478832106 is three days late, I want to complain', 'compensation'],
      'also can you check my previous complaint, my number is 13977778888',
      'skip',
      'yes',
      '+8613977778888',
      undefined,
    ],
  ])(
    'at the contact step: the lookup said, the step again, and the phone no contact (%s: %s)',
    async (channel, locale, opening, lookup, skip, yes, phone, register) => {
      const turns = await talk(h.adapter({ locale: channel }), [...opening, lookup, skip, yes]);
      expect(said(turns[2])).toContain(t(locale, 'intake.lookupByPhone', { phone }, register));
      // The contact question again, last: answered with "skip", the summary says the answer comes here.
      expect(said(turns[2]).split('\n').at(-1)).toBe(said(turns[1]).split('\n').at(-1));
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.customer.phone).toBeUndefined();
      expect(ticket?.description).toContain(t(locale, 'intake.lookupInAccount', { phone }));
    },
  );

  it.each([
    [
      'zh-CN',
      'zh-CN',
      'SF2210478832106 迟了三天 我要投诉 要赔偿',
      '跳过',
      '我还有个老投诉 C-20261110-0005 怎么样了',
      '那用我手机号查一下 13866665555',
      '确认',
      '+8613866665555',
    ],
    [
      'en-US',
      'en',
      'SF2210478832106 is three days late, I want to complain, compensation please',
      'skip',
      'and how is my old ticket C-20261110-0005 doing?',
      'then look it up with my number 13866665555',
      'yes',
      '+8613866665555',
    ],
  ])(
    'at the summary, after an earlier ticket was not found: the summary keeps its contact (%s)',
    async (channel, locale, opening, skip, earlier, byPhone, yes, phone) => {
      const turns = await talk(h.adapter({ locale: channel }), [opening, skip, earlier, byPhone, yes]);
      expect(said(turns[3])).toContain(t(locale, 'intake.lookupByPhone', { phone }));
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.customer.phone).toBeUndefined();
    },
  );
});
