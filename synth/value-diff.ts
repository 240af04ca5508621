import type { FieldChange } from './diff-result';

// The field-level comparison of two plain values (parsed YAML), by the paths `npm run diff` prints.

/** One step of a field path: a map key, a list index, or the name of an item of a named list. */
export type Segment = { key: string } | { index: number } | { name: string };

export function diffValues(path: readonly Segment[], a: unknown, b: unknown, out: FieldChange[]): void {
  if (deepEqual(a, b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) diffValues([...path, { key }], a[key], b[key], out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (isNamedList(a) && isNamedList(b)) {
      const byName = (list: unknown[]) => new Map(list.map((x) => [(x as { name: string }).name, x]));
      const oldItems = byName(a);
      const newItems = byName(b);
      for (const name of [...new Set([...oldItems.keys(), ...newItems.keys()])]) diffValues([...path, { name }], oldItems.get(name), newItems.get(name), out);
      const oldOrder = [...oldItems.keys()].filter((n) => newItems.has(n));
      const newOrder = [...newItems.keys()].filter((n) => oldItems.has(n));
      if (!deepEqual(oldOrder, newOrder)) out.push({ path: formatPath(path), aspect: 'order', before: oldOrder, after: newOrder });
    } else {
      for (let i = 0; i < Math.max(a.length, b.length); i++) diffValues([...path, { index: i }], a[i], b[i], out);
    }
  } else {
    out.push({ path: formatPath(path), aspect: 'value', before: a, after: b });
  }
}

/** A list whose items are all objects with a distinct string `name` (containers, env, ports, volumes, ...). */
export function isNamedList(list: readonly unknown[]): boolean {
  const names = list.map((x) => (isPlainObject(x) && typeof x.name === 'string' ? x.name : undefined));
  return names.every((n) => n !== undefined) && new Set(names).size === names.length;
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if ('index' in seg) out += `[${seg.index}]`;
    else if ('name' in seg) out += `[name=${seg.name}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg.key)) out += out ? `.${seg.key}` : seg.key;
    else out += `[${JSON.stringify(seg.key)}]`;
  }
  return out || '(object)';
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}
