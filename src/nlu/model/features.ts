import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';
import { bigrams } from 'natural/lib/natural/ngrams/ngrams_zh';
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import type { NormalizedText } from '../normalize';
import { correctTypos, type Cues } from '../cues';

/** Most distinct features read from one message: bounds the work and keeps natural's Bayes product from underflowing. */
export const MAX_FEATURES = 120;

const tokenizer = new AggressiveTokenizer();
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * The model's view of a message: Chinese as character unigrams and bigrams (natural has no Chinese word
 * tokenizer), English as Porter stems and stem bigrams with stop words kept ("not", "where" carry intent),
 * numbers as one token, and whether a tracking number was found.
 */
export function featuresOf(normalized: NormalizedText, hasTrackingNumber: boolean, cues: Cues): string[] {
  const features = new Set<string>();
  // The rules' word families (lexicon entries such as "late" or "attitude"): one feature per family lets the
  // model generalise from "延误" in one example to "遲咗" in another.
  for (const cue of cues) features.add(`cue:${cue}`);
  if (hasTrackingNumber) features.add('#tracking');
  if (normalized.hasCjk) {
    for (const run of normalized.text.match(CJK_RUN) ?? []) {
      for (const char of run) features.add(char);
      if (run.length > 1) for (const pair of bigrams(run)) features.add(pair.join(''));
    }
  }
  if (normalized.hasLatin) {
    let previous = '^';
    for (const token of tokenizer.tokenize(correctTypos(normalized.text))) {
      if (!/[a-z]/.test(token)) {
        if (/\d/.test(token)) features.add('#number');
        continue;
      }
      const word = stem(token.replace(/'/g, ''));
      features.add(word);
      features.add(`${previous} ${word}`);
      previous = word;
    }
  }
  return features.size > MAX_FEATURES ? [...features].slice(0, MAX_FEATURES) : [...features];
}
