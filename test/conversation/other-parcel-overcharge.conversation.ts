import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Another parcel's overcharge told during a complaint is that parcel's own complaint: never added to this one as a
 * second problem, its words never joined to this parcel's account (issue #17 review of intake-asides.ts,
 * noteAnotherProblem: told at the demand question, it was).
 */
describe('another parcel’s overcharge is not added to the complaint under way', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('keeps the other parcel’s overcharge off this complaint, and says it will be a ticket of its own', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${delayed} is 3 days late and still sitting in the Beijing hub, I want to complain`,
      `Different thing: ${stuck}, I was quoted 23 at the counter but charged 45, I want to complain`,
      'refund',
      'skip',
    ]);
    const told = all(replies[1]);
    expect(told).not.toContain('as a second problem');
    expect(told).toContain('a complaint about it will be a ticket of its own');
    const summary = all(replies[3]);
    expect(summary).toContain('Type: delay');
    expect(summary).not.toContain('fee dispute');
    expect(summary).not.toContain('quoted 23');
  });
});
