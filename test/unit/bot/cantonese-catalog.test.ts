import zhTW from '../../../src/bot/replies/zh-TW.json';
import yue from '../../../src/bot/replies/zh-TW.yue.json';

/**
 * A Hong Kong customer reads the complaint intake, the FAQ answers and the prices in Cantonese, not in Taiwan
 * Mandarin (issue #17, blind batch 14 P10: 16.6, 19.1, 20.4): every customer-facing key of those parts of the
 * Traditional catalog has a Cantonese version, with the same placeholders.
 */
const CUSTOMER_FACING = ['intake.', 'faq.', 'quote.', 'within.'];
// Lines written on the ticket for the agents (the account's additions), not shown to the customer.
const FOR_AGENTS = new Set([
  'intake.alsoAsked',
  'intake.otherProblemInAccount',
  'intake.changeInAccount',
  'intake.unverifiedInAccount',
  'intake.recordDiffersInAccount',
]);
const base: Record<string, string> = zhTW;
const cantonese: Record<string, string> = yue;
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('the Cantonese catalog (zh-TW.yue.json)', () => {
  const keys = Object.keys(base).filter((k) => CUSTOMER_FACING.some((p) => k.startsWith(p)) && !FOR_AGENTS.has(k));

  it('has every intake, FAQ, price and time line of the Traditional catalog', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !(k in cantonese))).toEqual([]);
  });

  it('keeps each line’s placeholders', () => {
    const differ = Object.keys(cantonese).filter(
      (k) => k in base && placeholders(base[k] as string).join() !== placeholders(cantonese[k] as string).join(),
    );
    expect(differ).toEqual([]);
  });
});
