const ENGLISH = new Intl.PluralRules('en');

/**
 * A count with its English noun in the form the number takes ("1 file", "2 files", "0 files"), for the English
 * that agents, supervisors and operators read outside the reply catalog (which has its own plural forms).
 */
export function englishCount(count: number, one: string, other: string): string {
  return `${count} ${ENGLISH.select(count) === 'one' ? one : other}`;
}
