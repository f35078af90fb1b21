import fs from 'node:fs';
import path from 'node:path';
import { parseLabelledTsv } from '../../../src/nlu';
import { detectCues } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';
import { chronologicalFirstReads, eraOf } from '../../../src/nlu/model/chronological';
import { leaveOneBatchOut } from '../../../src/nlu/model/cross-validate';
import { restrictedCues } from '../../../src/nlu/model/era-cues';
import { DEFAULT_TRAINING } from '../../../src/nlu/model/train';

const doc = (source: string, text: string, label: string, features: string[]) => ({
  source,
  text,
  label,
  features,
});

describe('first reads replayed in the order the tuning batches were written', () => {
  it('places the dev set first and our own sentences after the batch they answer', () => {
    expect(eraOf(doc('test/fixtures/nlu/devset.tsv', '', '', []))).toEqual({ era: 0, batch: null });
    expect(eraOf(doc('test/fixtures/nlu/tuning/tune-3.tsv', '', '', []))).toEqual({ era: 3, batch: 'tune-3' });
    expect(eraOf(doc('test/fixtures/nlu/tuning/own-3.tsv', '', '', []))).toEqual({ era: 3.5, batch: null });
  });

  it('reads a batch with a model that never saw a later batch or later sentences of our own', () => {
    const documents = [
      doc('devset.tsv', '你好', 'greeting', ['hello']),
      doc('tuning/tune-1.tsv', '多谢晒', 'thanks', ['zzz']),
      doc('tuning/own-1.tsv', '多谢晒啦', 'thanks', ['zzz']),
      doc('tuning/tune-2.tsv', '多谢晒呀', 'thanks', ['zzz']),
    ];
    const replayed = chronologicalFirstReads(documents, DEFAULT_TRAINING);
    const first = (source: string) => replayed.held.find((h) => h.document.source === source)?.evidence.model?.[0];
    // tune-1 first: only the dev set was written, whose one label is all the model knows.
    expect(first('tuning/tune-1.tsv')?.label).toBe('greeting');
    // tune-2 comes after tune-1 and own-1: it is read by a model that learnt 'zzz'.
    expect(first('tuning/tune-2.tsv')?.label).toBe('thanks');
    // Leave-one-batch-out reads tune-1 with tune-2 and own-1 known: what the replay must not do.
    const lobo = leaveOneBatchOut(documents, DEFAULT_TRAINING);
    const tune1 = lobo.held.find((h) => h.document.source === 'tuning/tune-1.tsv');
    expect(tune1?.evidence.model?.[0]?.label).toBe('thanks');
  });

  it('reads cues through the separate alternatives exactly as the cue file does when every one is allowed', () => {
    const devset = parseLabelledTsv(fs.readFileSync(path.join(__dirname, '../../fixtures/nlu/devset.tsv'), 'utf8'));
    const all = restrictedCues(() => true);
    const none = restrictedCues(() => false);
    for (const { text } of devset) {
      const normalized = normalize(text);
      expect([...all(normalized)].sort()).toEqual([...detectCues(normalized)].sort());
      expect(none(normalized).size).toBe(0);
    }
  });
});
