import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A return the customer sends back themselves, and who pays its postage asked ("the shop agreed I can send the
 * jacket back — is the shipping on me?", "商家同意退货了，寄回去的邮费要我自己出吗", "賣家說可以退，寄返去嘅運費使唔使我俾"):
 * the rule on a return's postage — not the price list, nor a fee complaint (issue #17).
 */
describe('who pays the postage of the customer’s own return', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'The shop agreed I can send the jacket back — will I have to pay the shipping?',
      /sender of the return pays/,
    ],
    ['zh-CN', '商家同意退货了，寄回去的邮费要我自己出吗', /由寄这一件的人付/],
    ['zh-TW', '賣家答應讓我退貨，寄回去給他們的運費是誰出？', /由寄這一件的人付/],
  ] as const)('%s: the return postage rule, no ticket', async (locale, asked, rule) => {
    const replies = await talk(h.adapter({ locale }), [asked]);
    const answer = all(replies[0]);
    expect(answer).toMatch(rule);
    expect(answer).not.toMatch(/first kg|首重|Which tracking number|哪个运单号|哪個貨運單號/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('who pays postage in general is still the prepaid or freight-collect rule', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['运费是寄件人付还是收件人付？']);
    expect(all(replies[0])).toMatch(/寄付/);
    expect(all(replies[0])).not.toMatch(/由寄这一件的人付/);
  });
});
