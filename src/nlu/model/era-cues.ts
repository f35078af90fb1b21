import cueData from '../data/cues.json';
import { englishOf, type CueName, type Cues } from '../cues';
import type { NormalizedText } from '../normalize';

// The cue file as separate alternatives, for estimates that replay the rules with only some of them (the cues an
// era of the tuning corpus could have justified). Plain regexes, as `cues.test.ts` reads them: slow, offline only.

interface Alternative {
  name: CueName;
  side: 'zh' | 'en';
  regex: RegExp;
}

export const ALTERNATIVES: readonly Alternative[] = (
  Object.entries(cueData) as [CueName, { zh: string[]; en: string[] }][]
).flatMap(([name, cue]) =>
  (['zh', 'en'] as const).flatMap((side) =>
    cue[side].map((pattern) => ({ name, side, regex: new RegExp(pattern, 'u') })),
  ),
);

const matches = new Map<string, number[]>();

function matchingOn(side: 'zh' | 'en', text: string): number[] {
  const key = `${side}\u0000${text}`;
  let found = matches.get(key);
  if (!found) {
    found = [];
    if (text !== '')
      for (let i = 0; i < ALTERNATIVES.length; i += 1) {
        const alternative = ALTERNATIVES[i] as Alternative;
        if (alternative.side === side && alternative.regex.test(text)) found.push(i);
      }
    matches.set(key, found);
  }
  return found;
}

/** The alternatives (indices into ALTERNATIVES) a normalised text matches, Chinese and English. */
export function alternativesMatching(normalized: NormalizedText): number[] {
  return [
    ...matchingOn('zh', normalized.hasCjk ? normalized.text : ''),
    ...matchingOn('en', normalized.hasLatin ? englishOf(normalized) : ''),
  ];
}

/** A cue reader that knows only the alternatives `allowed` keeps. */
export function restrictedCues(allowed: (alternative: number) => boolean): (normalized: NormalizedText) => Cues {
  return (normalized) => {
    const found = new Set<CueName>();
    for (const i of alternativesMatching(normalized)) if (allowed(i)) found.add((ALTERNATIVES[i] as Alternative).name);
    return found;
  };
}
