import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { trainOnFeatures } from '../../../src/nlu/model/train';

describe('training the naive Bayes', () => {
  it("keeps the counts natural's own addExample keeps, from the feature index", () => {
    const documents = [
      { features: ['late', 'where', 'late where'], label: 'complaint.delay' },
      { features: ['where', 'parcel', '#tracking'], label: 'track' },
      { features: ['late', 'parcel', 'still'], label: 'complaint.delay' },
      { features: ['hi'], label: 'greeting' },
      { features: ['parcel', 'broken'], label: 'complaint.damaged' },
    ];
    const natural = new BayesClassifier(undefined, 0.2);
    for (const { features, label } of documents) natural.addDocument(features, label);
    const index = new Map(Object.keys(natural.features).map((feature, i) => [feature, i]));
    for (const { features, label } of documents) {
      const vector: number[] = [];
      for (const f of features) vector[index.get(f) as number] = 1;
      natural.classifier.addExample(vector, label);
    }
    const ours = trainOnFeatures(documents, { smoothing: 0.2, minFeatureCount: 1, softmax: null, softmaxWeight: 0 });
    expect(JSON.stringify(ours)).toBe(JSON.stringify({ ...JSON.parse(JSON.stringify(natural)), docs: [] }));
    const { classifier } = ours as { classifier: { classTotals: Record<string, number>; totalExamples: number } };
    expect(classifier.classTotals['complaint.delay']).toBe(3);
    expect(classifier.totalExamples).toBe(6);
  });
});
