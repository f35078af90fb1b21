import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16: a complaint whose first message gives the customer's phone; new wording here). That
// number is the complaint's contact: the customer hears they will be called on it, no contact question follows, the
// summary shows it and the ticket keeps it. A number told of as someone else's (the courier's) is no contact.
describe('a phone in the opening message of a complaint', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    [
      'zh-CN',
      'zh-CN',
      'SF2210478832106 好几天不动了 我要投诉 我手机 13855556666',
      '要赔偿',
      '确认',
      '+8613855556666',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      'SF2210478832106 好幾天都沒動 我要客訴 電話 0933-222-111',
      '我要賠償',
      '對',
      '+886933222111',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      'SF2210478832106 幾日冇郁過 我要投訴 打俾我 6123 4567 得㗎',
      '我要賠錢',
      '得',
      '+85261234567',
      'yue' as const,
    ],
    [
      'en-US',
      'en',
      'SF2210478832106 is stuck for days, I want to complain. reach me on +86 139 5555 7777',
      'compensation',
      'yes',
      '+8613955557777',
      undefined,
    ],
  ])(
    'is the contact: said back, not asked for, in the summary and on the ticket (%s: %s)',
    async (channel, locale, opening, demand, yes, phone, register) => {
      const turns = await talk(h.adapter({ locale: channel }), [opening, demand, yes]);
      expect(said(turns[0])).toContain(
        replies.t(locale as Locale, 'intake.contactFromOpening', { contact: phone }, register),
      );
      // The demand answered, the summary comes next, with the number: no contact question between.
      expect(said(turns[1])).toContain(phone);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.customer.phone).toBe(phone);
    },
  );

  // (A guard on the reading: it passes with or without the change.)
  it('the courier’s number told of in the opening is no contact', async () => {
    const turns = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 晚了好几天 派件员电话 13855556666 打了十几次都不接 我要投诉',
      '要赔偿',
    ]);
    expect(said(turns[0])).not.toContain('+8613855556666');
    expect(said(turns[1])).not.toContain('+8613855556666');
  });
});
