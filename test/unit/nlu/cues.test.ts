import fs from 'node:fs';
import path from 'node:path';
import cueData from '../../../src/nlu/data/cues.json';
import { correctTypos } from '../../../src/nlu/cues';
import { parseLabelledTsv } from '../../../src/nlu';
import { normalize } from '../../../src/nlu/normalize';

// Every fixture we tune on. The frozen blind sets are left out: they measure, they never justify a cue.
const FIXTURES = path.join(__dirname, '../../fixtures/nlu');
const tuningFiles = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.tsv')),
  ...fs.readdirSync(path.join(FIXTURES, 'tuning')).map((f) => path.join('tuning', f)),
];
const sentences = tuningFiles
  .flatMap((file) => parseLabelledTsv(fs.readFileSync(path.join(FIXTURES, file), 'utf8')))
  .map((example) => {
    const normalized = normalize(example.text);
    return {
      zh: normalized.hasCjk ? normalized.text : '',
      en: normalized.hasLatin ? correctTypos(normalized.text) : '',
    };
  });

/**
 * The one allowed exception: a single word (English) or a term of at most three characters (Chinese) is an
 * entry of the family's vocabulary, not a memorised sentence, even when only one fixture uses it.
 */
function isVocabularyTerm(lang: 'zh' | 'en', pattern: string): boolean {
  return lang === 'zh'
    ? /^[\u3400-\u9fff]{1,3}$/.test(pattern)
    : /^(\\b)?[a-z']+(\([a-z|]*\)\??)?(\\b)?$/.test(pattern);
}

describe('cues are word families and patterns, not memorised sentences', () => {
  it(`every cue phrase or pattern matches at least two sentences across the ${tuningFiles.length} tuning fixtures`, () => {
    const memorised: string[] = [];
    for (const [name, patterns] of Object.entries(cueData))
      for (const lang of ['zh', 'en'] as const)
        for (const pattern of patterns[lang]) {
          if (isVocabularyTerm(lang, pattern)) continue;
          const re = new RegExp(pattern, 'u');
          const matches = sentences.filter((s) => s[lang] !== '' && re.test(s[lang])).length;
          if (matches < 2) memorised.push(`${name} ${lang} ${pattern} (${matches})`);
        }
    expect(memorised).toEqual([]);
  });

  it('knows a sentence-specific cue when it sees one (the check is not vacuous)', () => {
    expect(isVocabularyTerm('en', '\\bthe parcel was meant to be here yesterday\\b')).toBe(false);
    expect(isVocabularyTerm('zh', '说好昨天到今天还没到')).toBe(false);
    expect(isVocabularyTerm('en', '\\bvanished\\b')).toBe(true);
    expect(isVocabularyTerm('zh', '冒领')).toBe(true);
  });
});
