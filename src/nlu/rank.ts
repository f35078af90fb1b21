/**
 * Indices of `values`, highest value first, equal values in index order — what a stable sort of the indices by
 * descending value gives — written into `ranked` (as long as `values`) by insertion, without a comparator call
 * per comparison or an object per item: the NLU ranks its ~20 labels for every message. For short lists only.
 */
export function rankIndices<T extends Int8Array | Int32Array>(values: Float64Array, ranked: T): T {
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[ranked[j] as number] as number) < value) {
      ranked[j + 1] = ranked[j] as number;
      j -= 1;
    }
    ranked[j + 1] = i;
  }
  return ranked;
}
