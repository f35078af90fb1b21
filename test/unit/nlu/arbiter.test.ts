import { ARBITER_INPUTS, fitArbiter, prefersModel } from '../../../src/nlu/model/arbiter';

// inputs: bias, logRatio / 4, grounded, rulesScored, rulesTrackingNumber (ARBITER_INPUTS).
const input = (logRatio: number, grounded: boolean, scored: boolean) => [
  1,
  logRatio / 4,
  grounded ? 1 : 0,
  scored ? 1 : 0,
  0,
];

describe('the arbiter between the rules and the model', () => {
  it('is fitted to prefer the model where it was right: grounded, much surer readings over guessed rules', () => {
    const cases = [
      ...Array.from({ length: 40 }, () => ({ inputs: input(8, true, true), modelRight: true })),
      ...Array.from({ length: 10 }, () => ({ inputs: input(8, true, true), modelRight: false })),
      ...Array.from({ length: 40 }, () => ({ inputs: input(1, false, false), modelRight: false })),
      ...Array.from({ length: 5 }, () => ({ inputs: input(1, false, false), modelRight: true })),
    ];
    const arbiter = fitArbiter(cases);
    expect(arbiter.weights).toHaveLength(ARBITER_INPUTS.length);
    expect(prefersModel(arbiter, input(8, true, true))).toBe(true);
    expect(prefersModel(arbiter, input(1, false, false))).toBe(false);
    // Rounded to three places, as the model file keeps them.
    for (const w of arbiter.weights) expect(Math.round(w * 1000) / 1000).toBe(w);
  });

  it('with nothing to learn from, never prefers the model', () => {
    const arbiter = fitArbiter([]);
    expect(arbiter.weights).toEqual([0, 0, 0, 0, 0]);
    expect(prefersModel(arbiter, input(12, true, true))).toBe(false);
  });
});
