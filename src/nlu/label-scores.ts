import { rankIndices } from './rank';
import type { Label } from './types';

/** A fixed list of labels and each one's place in it: made once, shared by every message's LabelScores. */
export class LabelOrder {
  /**
   * A plain object rather than a Map: the rules add points some fifty times per message with constant labels, which
   * become property reads of one shape once inlined.
   */
  private readonly index: Partial<Record<Label, number>>;

  constructor(readonly labels: readonly Label[]) {
    this.index = Object.fromEntries(labels.map((label, i) => [label, i])) as Partial<Record<Label, number>>;
  }

  indexOf(label: Label): number {
    const at = this.index[label];
    // typeof, not undefined: a name Object.prototype has (toString) is no label either.
    if (typeof at !== 'number') throw new RangeError(`no score is kept for ${label}`);
    return at;
  }
}

/**
 * Each label's points for one message, by its place in a LabelOrder, and their ranking: no Map and no object per
 * label, only per runner-up. `ranked()` is what a stable sort of the labels by score, highest first, gives.
 */
export class LabelScores {
  readonly scores: Float64Array;

  constructor(private readonly order: LabelOrder) {
    this.scores = new Float64Array(order.labels.length);
  }

  /** Every label back to 0 points (one LabelScores can serve message after message). */
  cleared(): this {
    this.scores.fill(0);
    return this;
  }

  add(label: Label, points: number): void {
    const at = this.order.indexOf(label);
    this.scores[at] = (this.scores[at] as number) + points;
  }

  get(label: Label): number {
    return this.scores[this.order.indexOf(label)] as number;
  }

  labelAt(at: number): Label {
    return this.order.labels[at] as Label;
  }

  /** Label indices, highest score first, equal scores in the order's order. */
  ranked(): Int8Array {
    return rankIndices(this.scores, new Int8Array(this.scores.length));
  }

  /** The first label of `ranked` with points that `accept` takes, if any. */
  firstWithPoints(ranked: Int8Array, accept: (label: Label) => boolean): Label | undefined {
    for (let k = 0; k < ranked.length; k += 1) {
      const at = ranked[k] as number;
      if ((this.scores[at] as number) > 0 && accept(this.labelAt(at))) return this.labelAt(at);
    }
    return undefined;
  }

  /** Every label but `label` with points, best first. */
  runnersUp(ranked: Int8Array, label: Label): { label: Label; score: number }[] {
    const runnersUp: { label: Label; score: number }[] = [];
    for (let k = 0; k < ranked.length; k += 1) {
      const at = ranked[k] as number;
      const score = this.scores[at] as number;
      if (score > 0 && this.labelAt(at) !== label) runnersUp.push({ label: this.labelAt(at), score });
    }
    return runnersUp;
  }
}
