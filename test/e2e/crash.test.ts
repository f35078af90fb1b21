import { runCrash } from '../../bench/crash-harness';

/**
 * kill -9 in the middle of a steady load of signed Twilio webhooks and Direct Line posts, against ParcelCare from
 * dist/ as a real child process; a restart on the same DATA_DIR; every message that was not acknowledged sent
 * again as its transport would (same MessageSid, same clientActivityID). `npm run bench:crash` runs the same
 * harness longer and prints the figures.
 */
describe('crash safety: kill -9 under load, restart, resend what was not acknowledged', () => {
  it.each([
    ['SMS', { smsCustomers: 8, webchatCustomers: 0 }],
    ['Direct Line', { smsCustomers: 0, webchatCustomers: 6 }],
    ['SMS with SQLITE_SYNCHRONOUS=group', { smsCustomers: 8, webchatCustomers: 0, synchronous: 'group' as const }],
  ])(
    '%s: loses no acknowledged message, stores none twice and answers every customer',
    async (_channel, customers) => {
      const result = await runCrash({ ...customers, loadMs: 1200 });
      // The kill landed while messages were in flight and after some were acknowledged.
      expect(result.acknowledgedBeforeCrash).toBeGreaterThan(0);
      expect(result.resent).toBeGreaterThan(0);
      expect({
        neverAcknowledged: result.neverAcknowledged,
        missing: result.missing,
        duplicates: result.duplicates,
        unanswered: result.unanswered,
        examples: result.examples,
      }).toEqual({
        neverAcknowledged: 0,
        missing: 0,
        duplicates: 0,
        unanswered: 0,
        examples: { missing: [], duplicates: [], unanswered: [] },
      });
    },
    120_000,
  );
});
