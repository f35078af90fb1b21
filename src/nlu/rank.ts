/**
 * Sorts `items` in place by a numeric field, highest first, equal values keeping their order — exactly what
 * `items.sort((a, b) => b[field] - a[field])` does (a stable sort), by insertion, without a comparator call per
 * comparison: the NLU ranks its ~20 labels for every message. For short lists only.
 */
export function rankByDescending<K extends string, T extends Record<K, number>>(items: T[], field: K): T[] {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    const value = item[field];
    let j = i - 1;
    while (j >= 0 && (items[j] as T)[field] < value) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
