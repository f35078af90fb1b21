import { RegexGate } from '../../../src/nlu/regex-gate';
import { normalize } from '../../../src/nlu/normalize';
import { TEXT_PATTERNS } from '../../../src/nlu/text-gate';
import { fixtureSentences } from './fixture-sentences';

describe('RegexGate', () => {
  it('never rules out a signal, demand or date pattern that matches, on every fixture sentence (the gate only skips work)', () => {
    const gate = new RegexGate(TEXT_PATTERNS);
    const texts = fixtureSentences().flatMap((sentence) => [sentence, sentence.toUpperCase()]);
    expect(texts.length).toBeGreaterThan(6000);
    let ruledOut = 0;
    const missed: string[] = [];
    for (const sentence of texts) {
      const { text } = normalize(sentence);
      const may = gate.mayMatch(text);
      TEXT_PATTERNS.forEach((pattern, i) => {
        pattern.lastIndex = 0;
        const matches = pattern.test(text);
        pattern.lastIndex = 0;
        if (matches && may[i] !== 1) missed.push(`${pattern.source.slice(0, 30)} ← ${text}`);
        if (may[i] === 0) ruledOut += 1;
      });
    }
    expect(missed).toEqual([]);
    // And it does skip: most patterns cannot match most messages.
    expect(ruledOut / (texts.length * TEXT_PATTERNS.length)).toBeGreaterThan(0.8);
  });

  it('reads an i-flag pattern’s literals in lower case, as the normalised text is', () => {
    const gate = new RegexGate([/LAWYER|律师/i, /Lawyer/, /(?:sue|court)\b/]);
    expect([...gate.mayMatch('i will call my lawyer')]).toEqual([1, 0, 0]);
    expect([...gate.mayMatch('see you in court')]).toEqual([0, 0, 1]);
    expect([...gate.mayMatch('找律师')]).toEqual([1, 0, 0]);
    expect([...gate.mayMatch('hello')]).toEqual([0, 0, 0]);
  });

  it('runs a pattern whose literals it cannot read on every text', () => {
    const gate = new RegexGate([/\u5f8b师/, /[!！]{2,}/]);
    expect([...gate.mayMatch('hello')]).toEqual([1, 1]);
  });

  it('refuses one source given twice with different flags (their literals would differ)', () => {
    expect(() => new RegexGate([/Court/i, /Court/])).toThrow(/twice/);
  });
});
