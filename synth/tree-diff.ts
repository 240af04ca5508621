import { isDeepStrictEqual } from 'node:util';
import { Composer, isMap, isScalar, isSeq, Parser } from 'yaml';
import { groupOf } from '../lib/kustomization-dependencies';
import { push } from '../policy/label-index';
import { isPlainObject } from '../model/defaults';
import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';
import { FLUX_SYNC_DIR } from './render';

// What `npm run diff` finds, object by object per Flux Kustomization. Pure: maps of
// repository-relative path -> file content in, data out.

/** `group` is "" for the core group; an object without a name (kustomization.yaml) is known by its file. */
export interface ObjectRef {
  readonly apiVersion: string;
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly file: string;
}

/** `order`: a list keyed by name holds the same names in another order; `comment`: the line comment after the field (a setter marker). */
export interface FieldChange {
  readonly path: string;
  readonly aspect: 'value' | 'order' | 'comment';
  readonly before: unknown;
  readonly after: unknown;
}

/** A file change the object diff does not show: `text-only` (same objects), `moved` (objects moved or reordered), `not-objects`. */
export interface FileChange {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly reason: 'not-objects' | 'text-only' | 'moved';
  readonly before?: string;
  readonly after?: string;
}

/** `name`: `<cluster>/<layer>`, or `<cluster>/flux-system` for flux/<cluster>/oceanid. */
export interface KustomizationDiff {
  readonly name: string;
  readonly folder: string;
  readonly added: readonly ObjectRef[];
  readonly removed: readonly ObjectRef[];
  readonly changed: readonly { readonly ref: ObjectRef; readonly fields: readonly FieldChange[] }[];
  readonly files: readonly FileChange[];
}

/** Objects removed on one side (namespace or Kustomization) and added, under the same identity, on another. */
export interface Move {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

export interface DiffResult {
  /** Only those with a change: clusters alphabetically, flux-system first, then the components by name. */
  readonly kustomizations: readonly KustomizationDiff[];
  readonly namespaceMoves: readonly Move[];
  readonly kustomizationMoves: readonly Move[];
  readonly changed: boolean;
}

/** `comments`: field path -> the line comment after it; `order`: files in path order, documents in file order. */
interface ParsedObject {
  readonly ref: ObjectRef;
  readonly value: Record<string, unknown>;
  readonly comments: ReadonlyMap<string, string>;
  readonly order: number;
}

export function diffTrees(committed: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): DiffResult {
  // Only files that differ are parsed: YAML parsing dominates the cost.
  const paths = [...new Set([...committed.keys(), ...fresh.keys()])].filter((p) => committed.get(p) !== fresh.get(p)).sort(compareStrings);
  const [before, after] = [parseTree(committed, paths), parseTree(fresh, paths)];
  const pathsByFolder = new Map<string, string[]>();
  for (const path of paths) push(pathsByFolder, kustomizationOf(path).folder, path);
  const kustomizations: KustomizationDiff[] = [];
  /** Files whose differences an object change explains. */
  const explained = new Set<string>();

  for (const folder of new Set([...before.objects.keys(), ...after.objects.keys()])) {
    const old = before.objects.get(folder) ?? new Map<string, ParsedObject>();
    const now = after.objects.get(folder) ?? new Map<string, ParsedObject>();
    const added = [...now].filter(([k]) => !old.has(k)).map(([, o]) => o);
    const removed = [...old].filter(([k]) => !now.has(k)).map(([, o]) => o);
    const changed: { ref: ObjectRef; fields: FieldChange[]; order: number }[] = [];
    for (const [key, o] of now) {
      const prev = old.get(key);
      const fields = prev ? diffObject(prev, o) : [];
      if (fields.length === 0) continue;
      changed.push({ ref: o.ref, fields, order: o.order });
      explained.add(prev!.ref.file).add(o.ref.file);
    }
    for (const o of [...added, ...removed]) explained.add(o.ref.file);

    const files: FileChange[] = [];
    for (const path of pathsByFolder.get(folder) ?? []) {
      const a = committed.get(path);
      const b = fresh.get(path);
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
      added: added.sort(byOrder).map((o) => o.ref),
      removed: removed.sort(byOrder).map((o) => o.ref),
      changed: changed.sort(byOrder).map(({ ref, fields }) => ({ ref, fields })),
      files,
    });
  }
  kustomizations.sort(compareKustomizations);

  const side = (list: 'added' | 'removed') =>
    kustomizations.flatMap((k) => k[list].filter((ref) => ref.name !== undefined).map((ref) => ({ ref, kustomization: k.name })));
  const [removed, added] = [side('removed'), side('added')];
  const byName = (x: (typeof added)[number]) => `${x.ref.group}\u0000${x.ref.kind}\u0000${x.ref.name}`;
  // An identity both removed and added moved between Kustomizations in its own namespace (every
  // component's default-deny NetworkPolicy, say): pairing it with a namesake elsewhere would
  // report a namespace change that did not happen.
  const removedKeys = new Set(removed.map((x) => objectKey(x.ref)));
  const moved = new Set(added.map((x) => objectKey(x.ref)).filter((k) => removedKeys.has(k)));
  const unmoved = (list: typeof added) => list.filter((x) => !moved.has(objectKey(x.ref)));
  const namespaceMoves = countMoves(unmoved(removed), unmoved(added), byName, (x) => x.ref.namespace ?? '(cluster)');
  const kustomizationOfMove = (x: (typeof added)[number]) => x.kustomization;
  const kustomizationMoves = countMoves(removed, added, (x) => objectKey(x.ref), kustomizationOfMove);
  return { kustomizations, namespaceMoves, kustomizationMoves, changed: kustomizations.length > 0 };
}

/**
 * Pairs each removed object with the first added one of the same key on another side, counted per
 * (from, to). Through a map: a scan of the added objects per removed one was quadratic; the added
 * objects of one key are few (one per side), so the search among them stops at once.
 */
function countMoves<T>(removed: readonly T[], added: readonly T[], keyOf: (x: T) => string, sideOf: (x: T) => string): Move[] {
  const addedByKey = new Map<string, T[]>();
  for (const a of added) push(addedByKey, keyOf(a), a);
  const counts = new Map<string, Move>();
  for (const r of removed) {
    const a = addedByKey.get(keyOf(r))?.find((x) => sideOf(x) !== sideOf(r));
    if (!a) continue;
    const [from, to] = [sideOf(r), sideOf(a)];
    const objects = (counts.get(`${from}\u0000${to}`)?.objects ?? 0) + 1;
    counts.set(`${from}\u0000${to}`, { from, to, objects });
  }
  return [...counts.values()];
}

function diffObject(a: ParsedObject, b: ParsedObject): FieldChange[] {
  const out: FieldChange[] = [];
  diffValues([], a.value, b.value, out);
  for (const path of new Set([...a.comments.keys(), ...b.comments.keys()])) {
    if (a.comments.get(path) !== b.comments.get(path)) out.push({ path, aspect: 'comment', before: a.comments.get(path), after: b.comments.get(path) });
  }
  return out;
}

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

/** Clusters alphabetically; within a cluster flux-system first (it applies the others), then the components by name. */
function compareKustomizations(a: KustomizationDiff, b: KustomizationDiff): number {
  // "\u0000" sorts below every character of a name: the cluster decides first, then the rank.
  const rank = (k: KustomizationDiff) => {
    const [cluster, layer] = k.name.split('/');
    if (!k.folder.startsWith('dist/') && !k.folder.startsWith('flux/')) return `${k.folder}\u00002${k.name}`;
    return `${cluster}\u0000${layer === FLUX_BOOTSTRAP_KUSTOMIZATION ? 0 : 1}${layer}`;
  };
  return compareStrings(rank(a), rank(b));
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Which Flux Kustomization applies a file: its name and folder. */
function kustomizationOf(path: string): { name: string; folder: string } {
  const parts = path.split('/');
  if (parts[0] === 'dist' && parts.length >= 4) return { name: `${parts[1]}/${parts[2]}`, folder: parts.slice(0, 3).join('/') };
  if (parts[0] === 'flux' && parts.length >= 4 && parts[2] === FLUX_SYNC_DIR)
    return { name: `${parts[1]}/${FLUX_BOOTSTRAP_KUSTOMIZATION}`, folder: parts.slice(0, 3).join('/') };
  const folder = parts.slice(0, -1).join('/') || '.';
  return { name: folder, folder };
}

function objectKey(ref: ObjectRef): string {
  return [ref.group, ref.kind, ref.namespace ?? '', ref.name ?? `file:${ref.file}`].join('\u0000');
}

/** The objects of the files at `paths` (sorted) in `tree`, by Kustomization folder (then object key) and by file (undefined: not an object file). */
function parseTree(tree: ReadonlyMap<string, string>, paths: readonly string[]) {
  const objects = new Map<string, Map<string, ParsedObject>>();
  const files = new Map<string, ParsedObject[] | undefined>();
  let order = 0;
  for (const path of paths.filter((p) => tree.has(p))) {
    const parsed = parseObjects(path, tree.get(path)!)?.map((o) => ({ ...o, order: order++ }));
    const folder = kustomizationOf(path).folder;
    const inFolder = objects.get(folder) ?? new Map<string, ParsedObject>();
    objects.set(folder, inFolder);
    for (const object of parsed ?? []) {
      // A duplicate identity (not something the synth writes) still shows, under its own key.
      let key = objectKey(object.ref);
      for (let n = 2; inFolder.has(key); n++) key = `${objectKey(object.ref)}#${n}`;
      inFolder.set(key, object);
    }
    files.set(path, parsed);
  }
  return { objects, files };
}

/** The objects of a YAML file, or undefined when it is not (only) Kubernetes objects. */
function parseObjects(path: string, content: string): Omit<ParsedObject, 'order'>[] | undefined {
  if (!/\.ya?ml$/.test(path)) return undefined;
  const out: Omit<ParsedObject, 'order'>[] = [];
  try {
    // Document by document: parseAllDocuments holds every syntax tree at once (900 MiB for 10,000 workloads).
    for (const doc of new Composer().compose(new Parser().parse(content))) {
      if (doc.errors.length > 0) return undefined;
      const value = doc.toJS() as unknown;
      if (value === null || value === undefined) continue;
      if (!isPlainObject(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
      const metadata = isPlainObject(value.metadata) ? value.metadata : {};
      const comments = new Map<string, string>();
      collectComments(doc.contents, value, [], comments);
      const { apiVersion, kind } = value;
      const [namespace, name] = [metadata.namespace, metadata.name].map((v) => (typeof v === 'string' ? v : undefined));
      out.push({ ref: { apiVersion, group: groupOf(apiVersion), kind, namespace, name, file: path }, value, comments });
    }
  } catch {
    return undefined; // e.g. an alias the YAML library refuses to resolve
  }
  return out.length > 0 ? out : undefined;
}

/** Line comments after scalar fields (where setter markers live), by the paths the value diff prints. */
function collectComments(node: unknown, value: unknown, path: readonly Segment[], out: Map<string, string>): void {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      collectComments(pair.value, value[key], [...path, { key }], out);
    }
  } else if (isSeq(node) && Array.isArray(value)) {
    const named = isNamedList(value);
    for (const [i, item] of node.items.entries())
      collectComments(item, value[i], [...path, named ? { name: (value[i] as { name: string }).name } : { index: i }], out);
  } else if (isScalar(node) && node.comment) {
    out.set(formatPath(path), node.comment.trim());
  }
}

type Segment = { key: string } | { index: number } | { name: string };

function diffValues(path: readonly Segment[], a: unknown, b: unknown, out: FieldChange[]): void {
  if (isDeepStrictEqual(a, b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValues([...path, { key }], a[key], b[key], out);
  } else if (Array.isArray(a) && Array.isArray(b) && isNamedList(a) && isNamedList(b)) {
    const byName = (list: unknown[]) => new Map(list.map((x) => [(x as { name: string }).name, x]));
    const [oldItems, newItems] = [byName(a), byName(b)];
    for (const name of new Set([...oldItems.keys(), ...newItems.keys()])) diffValues([...path, { name }], oldItems.get(name), newItems.get(name), out);
    const oldOrder = [...oldItems.keys()].filter((n) => newItems.has(n));
    const newOrder = [...newItems.keys()].filter((n) => oldItems.has(n));
    if (!isDeepStrictEqual(oldOrder, newOrder)) out.push({ path: formatPath(path), aspect: 'order', before: oldOrder, after: newOrder });
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffValues([...path, { index: i }], a[i], b[i], out);
  } else {
    out.push({ path: formatPath(path), aspect: 'value', before: a, after: b });
  }
}

/** Items all objects with a distinct string `name` (containers, env, ports, volumes, ...). */
function isNamedList(list: readonly unknown[]): boolean {
  const names = list.map((x) => (isPlainObject(x) && typeof x.name === 'string' ? x.name : undefined));
  return names.every((n) => n !== undefined) && new Set(names).size === names.length;
}

/** e.g. `spec.template.spec.containers[name=cloudflared].image`, `metadata.labels["app.kubernetes.io/name"]`. */
function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if ('index' in seg) out += `[${seg.index}]`;
    else if ('name' in seg) out += `[name=${seg.name}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg.key)) out += out ? `.${seg.key}` : seg.key;
    else out += `[${JSON.stringify(seg.key)}]`;
  }
  return out || '(object)';
}
