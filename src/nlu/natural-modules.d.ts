// natural's index loads database backends and reads .env (see PLATFORM.md), so we import single modules,
// which ship no type declarations of their own.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export = jaroWinklerDistance;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(source: string, target: string): number;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  export function stem(word: string): string;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
  export = AggressiveTokenizer;
}

declare module 'natural/lib/natural/ngrams/ngrams_zh' {
  export function bigrams(sequence: string | string[]): string[][];
  export function ngrams(sequence: string | string[], n: number): string[][];
}

declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  /** The features of one document; natural calls it a stemmer because it stems words by default. */
  interface Featurizer {
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  interface ApparatusBayes {
    /** Sparse observation: an object whose values are feature indices. */
    getClassifications(observation: Record<number, number>): { label: string; value: number }[];
    /** One document as a 0/1 vector over the vocabulary (entries left unset count as 0). */
    addExample(observation: number[], label: string): void;
    /** Per label, per feature index: examples of the label with the feature (plus smoothing). */
    classFeatures: Record<string, Record<string, number>>;
    /** Examples per label (plus one). */
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  }
  class BayesClassifier {
    constructor(featurizer?: Featurizer, smoothing?: number);
    features: Record<string, number>;
    /** The documents added, kept until training (natural's own record of them). */
    docs: unknown[];
    classifier: ApparatusBayes;
    addDocument(text: string | string[], label: string): void;
    train(): void;
    static restore(data: unknown, featurizer?: Featurizer): BayesClassifier;
  }
  export = BayesClassifier;
}

// opencc-js's one-direction build (package.json "exports"), typed like the full build; moduleResolution "node"
// does not read "exports".
declare module 'opencc-js/t2cn' {
  export * from 'opencc-js';
}
