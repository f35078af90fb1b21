import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import type { NormalizedText } from '../normalize';
import cueData from '../data/cues.json';
import { englishOf, type CueName, type Cues } from '../cues';

/** Most distinct features read from one message: bounds the work and keeps natural's Bayes product from underflowing. */
export const MAX_FEATURES = 120;

const tokenizer = new AggressiveTokenizer();
// One string per cue, made once: the model looks features up by string, and a string keeps its hash.
const CUE_FEATURES = Object.fromEntries(Object.keys(cueData).map((cue) => [cue, `cue:${cue}`])) as Record<
  CueName,
  string
>;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

// Porter stemming is the costliest step of reading English, and customers use few distinct words: each is
// stemmed once (the cache is bounded, like the typo corrections).
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;
/**
 * Longer "words" are runs such as 2,000 letters and digits, no word the model knows: natural's stemmer takes
 * time quadratic in their length (~25 ms for 2,000), so they are read as they are.
 */
const LONGEST_STEMMED = 64;

export function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = word.length > LONGEST_STEMMED ? word : stem(word);
    if (stems.size < MAX_CACHED_STEMS) stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The model's view of a message: Chinese as character unigrams and bigrams (natural has no Chinese word
 * tokenizer), English as Porter stems and stem bigrams with stop words kept ("not", "where" carry intent),
 * numbers as one token, and whether a tracking number was found.
 */
export function featuresOf(
  normalized: NormalizedText,
  hasTrackingNumber: boolean,
  cues: Cues,
  english = englishOf(normalized),
): string[] {
  const features = new Set<string>();
  // The rules' word families (lexicon entries such as "late" or "attitude"): one feature per family lets the
  // model generalise from "延误" in one example to "遲咗" in another.
  for (const cue of cues) features.add(CUE_FEATURES[cue]);
  if (hasTrackingNumber) features.add('#tracking');
  if (normalized.hasCjk) {
    for (const run of normalized.text.match(CJK_RUN) ?? []) {
      for (const char of run) features.add(char);
      // Character bigrams, as natural's ngrams_zh.bigrams gives them (the run holds BMP characters only).
      for (let i = 0; i + 1 < run.length; i += 1) features.add(run.slice(i, i + 2));
    }
  }
  if (normalized.hasLatin) {
    let previous = '^';
    for (const token of tokenizer.tokenize(english)) {
      if (!/[a-z]/.test(token)) {
        if (/\d/.test(token)) features.add('#number');
        continue;
      }
      const word = stemOf(token.replace(/'/g, ''));
      features.add(word);
      features.add(`${previous} ${word}`);
      previous = word;
    }
  }
  return features.size > MAX_FEATURES ? [...features].slice(0, MAX_FEATURES) : [...features];
}
