import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';
import { compareStrings, kustomizationOf, objectKey, ParsedObject, parseTree } from './diff-parse';
import type { DiffResult, FieldChange, FileChange, KustomizationDiff, ObjectChange, ObjectRef } from './diff-result';
import { diffValues } from './value-diff';

// Comparing the committed tree with a fresh synth, object by object per Kustomization. Pure:
// maps of repository-relative path -> file content in, data out.

/** Compares the committed tree with a fresh synth (both: repository-relative path -> content). */
export function diffTrees(committed: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): DiffResult {
  // A file with the same bytes on both sides holds the same objects on both sides and adds
  // nothing to the diff; only the files that differ are parsed (YAML parsing dominates the cost).
  const differs = (path: string) => committed.get(path) !== fresh.get(path);
  const before = parseTree(new Map([...committed].filter(([path]) => differs(path))));
  const after = parseTree(new Map([...fresh].filter(([path]) => differs(path))));
  const folders = [...new Set([...before.objects.keys(), ...after.objects.keys()])];
  // Every path, grouped by folder once (filtering all paths per folder was quadratic in the folders).
  const pathsByFolder = new Map<string, string[]>();
  for (const path of [...new Set([...committed.keys(), ...fresh.keys()])].sort(compareStrings)) {
    const folder = kustomizationOf(path).folder;
    const list = pathsByFolder.get(folder);
    if (list) list.push(path);
    else pathsByFolder.set(folder, [path]);
  }
  const kustomizations: KustomizationDiff[] = [];
  /** Files whose differences are explained by an object change. */
  const explained = new Set<string>();

  for (const folder of folders) {
    const old = before.objects.get(folder) ?? new Map<string, ParsedObject>();
    const now = after.objects.get(folder) ?? new Map<string, ParsedObject>();
    const added = [...now.entries()]
      .filter(([k]) => !old.has(k))
      .map(([, o]) => o)
      .sort(byOrder);
    const removed = [...old.entries()]
      .filter(([k]) => !now.has(k))
      .map(([, o]) => o)
      .sort(byOrder);
    const changed: (ObjectChange & { order: number })[] = [];
    for (const [key, o] of now) {
      const prev = old.get(key);
      if (!prev) continue;
      const fields = diffObject(prev, o);
      if (fields.length === 0) continue;
      changed.push({ ref: o.ref, fields, order: o.order });
      explained.add(prev.ref.file).add(o.ref.file);
    }
    for (const o of [...added, ...removed]) explained.add(o.ref.file);

    const files: FileChange[] = [];
    for (const path of pathsByFolder.get(folder) ?? []) {
      const a = committed.get(path);
      const b = fresh.get(path);
      if (a === b) continue;
      const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
      const objectsBefore = a === undefined ? [] : before.files.get(path);
      const objectsAfter = b === undefined ? [] : after.files.get(path);
      if (objectsBefore === undefined || objectsAfter === undefined) {
        files.push({ path, status, reason: 'not-objects', before: a, after: b });
      } else if (!explained.has(path)) {
        const sameObjects =
          objectsBefore.length === objectsAfter.length &&
          objectsBefore.every((o, i) => objectKey(o.ref) === objectKey(objectsAfter[i].ref) && diffObject(o, objectsAfter[i]).length === 0);
        files.push({ path, status, reason: sameObjects ? 'text-only' : 'moved', before: a, after: b });
      }
    }

    if (added.length + removed.length + changed.length + files.length === 0) continue;
    kustomizations.push({
      name: kustomizationOf(`${folder}/x`).name,
      folder,
      added: added.map((o) => o.ref),
      removed: removed.map((o) => o.ref),
      changed: changed.sort(byOrder).map(({ ref, fields }) => ({ ref, fields })),
      files,
    });
  }
  kustomizations.sort(compareKustomizations);

  const allAdded = kustomizations.flatMap((k) => k.added.map((ref) => ({ ref, kustomization: k.name })));
  const allRemoved = kustomizations.flatMap((k) => k.removed.map((ref) => ({ ref, kustomization: k.name })));
  const named = (x: { ref: ObjectRef }) => x.ref.name !== undefined;
  const namespaceMoves = countPairs(
    allRemoved.filter(named),
    allAdded.filter(named),
    (x) => [x.ref.group, x.ref.kind, x.ref.name].join('\u0000'),
    (x) => x.ref.namespace ?? '(cluster)',
  );
  const kustomizationMoves = countPairs(
    allRemoved.filter(named),
    allAdded.filter(named),
    (x) => objectKey(x.ref),
    (x) => x.kustomization,
  );
  return { kustomizations, namespaceMoves, kustomizationMoves, changed: kustomizations.length > 0 };
}

/**
 * For each removed object, the first added object with the same key on another side (namespace,
 * Kustomization); counted per (from side, to side). Through a map of the added objects: pairing by
 * a scan of them per removed object was quadratic in a diff that moves many objects.
 */
function countPairs<T>(
  removed: readonly T[],
  added: readonly T[],
  keyOf: (x: T) => string,
  sideOf: (x: T) => string,
): { from: string; to: string; objects: number }[] {
  // Per key: the first added object, and the first one on another side than that one; the first
  // match of a removed object is one of the two.
  const firsts = new Map<string, { first: T; other?: T }>();
  for (const a of added) {
    const entry = firsts.get(keyOf(a));
    if (!entry) firsts.set(keyOf(a), { first: a });
    else if (!entry.other && sideOf(a) !== sideOf(entry.first)) entry.other = a;
  }
  const counts = new Map<string, { from: string; to: string; objects: number }>();
  for (const r of removed) {
    const candidates = firsts.get(keyOf(r));
    const a = candidates && (sideOf(candidates.first) !== sideOf(r) ? candidates.first : candidates.other);
    if (!a) continue;
    const [from, to] = [sideOf(r), sideOf(a)];
    const entry = counts.get(`${from}\u0000${to}`) ?? { from, to, objects: 0 };
    counts.set(`${from}\u0000${to}`, { ...entry, objects: entry.objects + 1 });
  }
  return [...counts.values()];
}

function diffObject(a: ParsedObject, b: ParsedObject): FieldChange[] {
  const out: FieldChange[] = [];
  diffValues([], a.value, b.value, out);
  for (const path of [...new Set([...a.comments.keys(), ...b.comments.keys()])]) {
    if (a.comments.get(path) !== b.comments.get(path)) out.push({ path, aspect: 'comment', before: a.comments.get(path), after: b.comments.get(path) });
  }
  return out;
}

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

/** Clusters alphabetically; within a cluster flux-system first, then the components by name. */
function compareKustomizations(a: KustomizationDiff, b: KustomizationDiff): number {
  const rank = (k: KustomizationDiff): [string, number, string] => {
    const [cluster, layer] = k.name.split('/');
    if (!k.folder.startsWith('dist/') && !k.folder.startsWith('flux/')) return [k.folder, 99, k.name];
    // flux/<cluster>/oceanid first (it applies the others), then the components by name.
    return [cluster, layer === FLUX_BOOTSTRAP_KUSTOMIZATION ? 0 : 1, layer];
  };
  const [ca, ia, la] = rank(a);
  const [cb, ib, lb] = rank(b);
  return compareStrings(ca, cb) || ia - ib || compareStrings(la, lb);
}
