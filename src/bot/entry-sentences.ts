/**
 * The sentences of a knowledge entry or rule, split at 。；; and sentence ends (shared: sending questions, seller
 * returns, business follow-ups, COD remittance — a module of its own so that none of them imports another's).
 */
export const entrySentences = (entry: string): string[] =>
  entry
    .split(/(?<=[。；;])|(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
