import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Offered to have the station chase a stalled parcel, the customer who urges in words of their own ("cant you hurry
 * it up?? call the depot or something") takes that chase — the proof is asked for it — rather than being put into a
 * complaint form (blind batch 18: 01.3). Asking to complain is still a complaint.
 */
describe('the chase offered is taken in the customer’s words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'cant you hurry it up?? call the depot or something', /Before I change anything on/],
    ['en-US', 'when will it actually arrive? i need it by friday', /due by/],
  ])('%s: “%s”', async (locale, urging, answer) => {
    const replies = await talk(h.adapter({ locale }), [
      `hi my parcel ${stuck} hasnt moved in like 4 days whats going on`,
      urging,
    ]);
    expect(all(replies[1])).toMatch(answer);
    expect(all(replies[1])).not.toMatch(/What would you like us to do\?/);
  });

  it('en: “hurry up or I complain, file a complaint” is a complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `hi my parcel ${stuck} hasnt moved in like 4 days whats going on`,
      'hurry it up, actually just file a complaint',
    ]);
    expect(all(replies[1])).not.toMatch(/Before I change anything on/);
  });

  it('en: “file a complaint then, my number ends 7777” while the chase waits for digits files the complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `hi my parcel ${stuck} hasnt moved in like 4 days whats going on`,
      'cant you hurry it up?? call the depot or something',
      'fine file a complaint then. im the receiver my number ends 7777',
    ]);
    expect(all(replies[2])).toMatch(/What would you like us to do\?|How can we reach you|Here's your complaint/);
    expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
  });
});
