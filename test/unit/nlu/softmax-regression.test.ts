import { minimizeLbfgs } from '../../../src/nlu/model/lbfgs';
import {
  packSoftmax,
  softmaxObjective,
  type SerializedBlend,
  softmaxProbabilities,
  trainSoftmax,
  unpackSoftmax,
  type SparseExample,
} from '../../../src/nlu/model/softmax-regression';
import { IntentModel } from '../../../src/nlu/model/intent-model';
import { BLENDED_TRAINING, DEFAULT_TRAINING, trainOnFeatures } from '../../../src/nlu/model/train';
import { readTablesBinary, tablesBinary, tablesOf, type SerializedBayes } from '../../../src/nlu/model/model-tables';

// A small deterministic generator (no Math.random: a failure must reproduce).
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

describe('L-BFGS', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const rosenbrock = (x: Float64Array, gradient: Float64Array): number => {
      const [a, b] = [x[0] as number, x[1] as number];
      gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      gradient[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const result = minimizeLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), {
      memory: 5,
      maxIterations: 500,
      gradientTolerance: 1e-8,
      relativeTolerance: 0,
    });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });
});

describe('softmax regression', () => {
  const labels = 3;
  const features = 6;
  const random = generator(7);
  const examples: SparseExample[] = Array.from({ length: 30 }, (_, i) => ({
    ids: Int32Array.from(new Set([Math.floor(random() * features), Math.floor(random() * features), i % features])),
    label: i % labels,
  }));

  it('has the gradient its finite differences give', () => {
    const objective = softmaxObjective(examples, features, labels, 0.05);
    const x = Float64Array.from({ length: features * labels + labels }, () => random() - 0.5);
    const gradient = new Float64Array(x.length);
    objective(x, gradient);
    const h = 1e-6;
    const scratch = new Float64Array(x.length);
    for (let i = 0; i < x.length; i += 1) {
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[i] = (up[i] as number) + h;
      down[i] = (down[i] as number) - h;
      const numeric = (objective(up, scratch) - objective(down, scratch)) / (2 * h);
      expect(Math.abs(numeric - (gradient[i] as number))).toBeLessThan(1e-7);
    }
  });

  it('converges on a separable set and reads every example right', () => {
    // Each label has its own feature (0, 1, 2), and features 3-5 are noise shared by all labels.
    const separable: SparseExample[] = Array.from({ length: 60 }, (_, i) => ({
      ids: Int32Array.from([i % labels, 3 + (Math.floor(i / labels) % 3)]),
      label: i % labels,
    }));
    const model = trainSoftmax(separable, features, labels, {
      l2: 1e-3,
      minFeatureCount: 1,
      lbfgs: { memory: 10, maxIterations: 200, gradientTolerance: 1e-6, relativeTolerance: 0 },
    });
    expect(model.converged).toBe(true);
    for (const { ids, label } of separable) {
      const p = softmaxProbabilities(model, ids);
      expect(p[label]).toBeGreaterThan(0.9);
    }
    // A noise feature alone says nothing: no label above the others by much.
    const noise = softmaxProbabilities(model, [4]);
    expect(Math.max(...noise) - Math.min(...noise)).toBeLessThan(0.2);
  });

  it('is stored in steps that read back within one step of each weight', () => {
    const model = trainSoftmax(examples, features, labels);
    const rows = Int32Array.from({ length: features }, (_, r) => 2 * r + 1);
    const packed = unpackSoftmax(packSoftmax(model, rows, 2 * features + 1), 2 * features + 1);
    expect(packed.rowOf[0]).toBe(-1);
    for (let r = 0; r < features; r += 1)
      for (let k = 0; k < labels; k += 1)
        expect(
          Math.abs(
            (packed.steps[(packed.rowOf[2 * r + 1] as number) * labels + k] as number) * packed.scale -
              (model.weights[r * labels + k] as number),
          ),
        ).toBeLessThanOrEqual(packed.scale / 2 + 1e-12);
    expect(() => unpackSoftmax(packSoftmax(model, rows, 2 * features + 1), 2 * features)).toThrow();
  });
});

describe('the model with a regression blended in', () => {
  // A toy corpus where the Bayes and the regression disagree on nothing that matters: both parts and the blend
  // must read the training messages' labels.
  const documents = [
    ...['late', 'slow', 'delayed', 'late again'].map((w) => ({ features: [w, 'parcel'], label: 'complaint.delay' })),
    ...['hello', 'hi', 'hey there', 'good morning'].map((w) => ({ features: [w], label: 'greeting' })),
    ...['where', 'status', 'where now', 'track'].map((w) => ({ features: [w, 'parcel'], label: 'track' })),
  ];
  const json = trainOnFeatures(documents, {
    ...BLENDED_TRAINING,
    softmax: { ...(BLENDED_TRAINING.softmax as NonNullable<typeof BLENDED_TRAINING.softmax>), minFeatureCount: 1 },
  }) as SerializedBayes & { blend: SerializedBlend };
  const model = IntentModel.fromJson(json);

  it('reads each part and the blend', () => {
    expect(model.blended).toBe(true);
    for (const { features, label } of documents)
      for (const part of ['blend', 'bayes', 'softmax'] as const)
        expect(model.predict(features, part)[0]?.label).toBe(label);
    const probabilityOf = (part: 'blend' | 'bayes' | 'softmax'): number =>
      model.predict(['late', 'parcel'], part).find((p) => p.label === 'complaint.delay')?.probability ?? 0;
    // The blend is neither part alone.
    expect(probabilityOf('blend')).not.toBe(probabilityOf('bayes'));
    expect(probabilityOf('blend')).not.toBe(probabilityOf('softmax'));
  });

  it('reads the same through the tables start-up reads', () => {
    const stored = readTablesBinary(tablesBinary({ tables: tablesOf(json), blend: json.blend }, 'digest'), 'digest');
    const fromTables = new IntentModel(
      stored?.tables as NonNullable<typeof stored>['tables'],
      undefined,
      undefined,
      stored?.layout,
      stored?.blend,
    );
    expect(fromTables.blended).toBe(true);
    for (const { features } of documents) expect(fromTables.predict(features)).toEqual(model.predict(features));
  });

  it('is the Bayes alone when trained without a regression', () => {
    const bayesOnly = IntentModel.fromJson(trainOnFeatures(documents, { ...DEFAULT_TRAINING, softmax: null }));
    expect(bayesOnly.blended).toBe(false);
    expect(bayesOnly.predict(['late', 'parcel'])).toEqual(model.predict(['late', 'parcel'], 'bayes'));
  });
});
