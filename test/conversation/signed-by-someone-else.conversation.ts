import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (batch 20, problem 5): a parcel the record says was signed for by the recipient in person, while the
// customer says it was left with a neighbour or taken by someone else: the contradiction is named in the first
// reply and goes on the complaint for the outlet to check.
describe('signed in person, but left with someone else', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const delivered = DEMO_TRACKING.delivered;

  it.each([
    ['zh-CN', `${delivered} 说签收了，其实快递员直接交给门卫了，我没拿到`, '对不上', '没有特别要求'],
    ['zh-TW', `${delivered} 話簽收咗，其實速遞員擺咗喺隔籬屋，我冇收到`, '對唔上', '冇特別要求'],
    [
      'en-US',
      `${delivered} shows signed, but the driver left it with a neighbour and I never got it`,
      "doesn't match",
      'nothing in particular',
    ],
  ])('the record is named against the account and kept on the complaint (%s)', async (locale, opening, named, none) => {
    const turns = await talk(h.adapter({ locale }), [opening, none, 'skip', 'submit']);
    expect((turns[0] ?? []).join('\n')).toContain(named);
    const [ticket] = await h.store.tickets.find({});
    expect(JSON.stringify(ticket)).toContain(named);
  });
});
