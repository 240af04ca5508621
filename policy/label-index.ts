// Label selection both ways through maps built once: matching every Service to its pods, or every
// pod to its PodDisruptionBudgets, costs time in proportion to the matches (test/suites/scale.ts).

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

/** Items with a matchLabels selector (PodDisruptionBudgets), found by the labels they select. */
export class SelectorIndex<T> {
  /** Each selector is filed under one of its pairs: labels it selects hold that pair too. */
  private readonly byPair = new Map<string, { selector: Record<string, string>; item: T }[]>();

  add(namespace: string | undefined, selector: Record<string, string> | undefined, item: T): void {
    const first = Object.entries(selector ?? {})[0];
    if (!selector || !first) return;
    push(this.byPair, pairKey(namespace, first[0], first[1]), { selector, item });
  }

  /** The items in `namespace` whose selector selects `labels`. */
  selecting(namespace: string | undefined, labels: Record<string, string>): T[] {
    const out: T[] = [];
    for (const [key, value] of Object.entries(labels)) {
      for (const c of this.byPair.get(pairKey(namespace, key, value)) ?? []) if (selects(c.selector, labels)) out.push(c.item);
    }
    return out;
  }
}
