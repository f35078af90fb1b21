import { ANY_DATE_WORD } from './entities/dates';
import { DEMAND_PATTERNS } from './entities/demand';
import { RegexGate } from './regex-gate';
import { SIGNAL_PATTERNS } from './signals';

/**
 * The patterns read on a message's normalised text (tone and escalation signals, demands, whether it names a date):
 * one walk of one RegexGate over the text tells which of them can match at all, and most are not run.
 */
export const TEXT_PATTERNS: readonly RegExp[] = [...SIGNAL_PATTERNS, ...DEMAND_PATTERNS, ANY_DATE_WORD];
/** Where each reader's patterns start in TEXT_PATTERNS (the signals' at 0). */
export const DEMANDS_AT = SIGNAL_PATTERNS.length;
export const DATE_WORD_AT = DEMANDS_AT + DEMAND_PATTERNS.length;
export const TEXT_GATE = new RegexGate(TEXT_PATTERNS);
