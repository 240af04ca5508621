// Label selection through a map built once: matching every Service or PodDisruptionBudget to its
// pods costs time in proportion to the matches (test/suites/scale.ts).

/** True when `selector` (matchLabels form) selects a pod with `labels`: it holds every pair, and an empty selector selects nothing. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function pairKey(namespace: string | undefined, key: string, value: string): string {
  return `${namespace ?? ''}\u0000${key}\u0000${value}`;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Labelled items (pod templates), found by the selectors that select them. */
export class LabelledIndex<T> {
  private readonly byPair = new Map<string, { labels: Record<string, string>; item: T }[]>();

  add(namespace: string | undefined, labels: Record<string, string>, item: T): void {
    for (const [key, value] of Object.entries(labels)) push(this.byPair, pairKey(namespace, key, value), { labels, item });
  }

  /** The items in `namespace` that `selector` selects, in the order they were added. */
  selectedBy(namespace: string | undefined, selector: Record<string, string> | undefined): T[] {
    if (!selector) return [];
    // The rarest pair of the selector narrows the candidates most; each is then checked in full.
    let candidates: { labels: Record<string, string>; item: T }[] | undefined;
    for (const [key, value] of Object.entries(selector)) {
      const list = this.byPair.get(pairKey(namespace, key, value)) ?? [];
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    return (candidates ?? []).filter((c) => selects(selector, c.labels)).map((c) => c.item);
  }
}
