import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into the page under test (it is plain JavaScript, nothing to download). */
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules (axe's tags). */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/**
 * Runs axe-core's WCAG A/AA rules on the page as it is now and returns the serious and critical violations, one
 * line per offending element (rule, impact, element, axe's own summary — e.g. the measured contrast ratio), so a
 * failing test says what to fix. The page's context must bypass its Content-Security-Policy: axe is injected as
 * an inline script.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(`typeof window.axe !== 'undefined'`))) await page.addScriptTag({ path: AXE_SOURCE });
  // Runs in the page (a string, since the tests' TypeScript has no DOM types).
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_A_AA)} }, resultTypes: ['violations'] })`,
  )) as AxeResults;
  return results.violations
    .filter((rule) => rule.impact && BLOCKING.includes(rule.impact))
    .flatMap((rule) =>
      rule.nodes.map(
        (node) =>
          `${rule.id} (${rule.impact}): ${node.target.join(' ')} — ${(node.failureSummary ?? rule.help).replace(/\s+/g, ' ').trim()}`,
      ),
    );
}
