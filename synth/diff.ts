import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Composer, isMap, isScalar, isSeq, Parser } from 'yaml';
import { FluxLayer } from '../lib/flux-layer';
import { ModelError, ModelSource } from '../model/load';
import { formatFinding } from '../policy';
import { listFiles, OutputError } from './output';
import { FLUX_SYNC_DIR, RenderOptions } from './render';
import { CliIo, isBootstrapOwned, OUTPUT_ROOTS, readSettledOutputs, synthesize } from './run';

/**
 * `npm run diff`: what `npm run synth` would change in the committed dist/ and flux/, object by
 * object and grouped by the Flux Kustomization that applies each object. Nothing is written.
 *
 * `diffTrees` and `formatDiff` are pure (maps of repository-relative path -> file content in,
 * data or text out); `runDiffCli` reads the disk and synthesizes in memory.
 */

/** Identity of one Kubernetes object as the diff sees it. */
export interface ObjectRef {
  readonly apiVersion: string;
  /** API group: the part of apiVersion before the slash, "" for the core group. */
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  /** metadata.name; undefined for objects without one (kustomization.yaml), which are known by their file. */
  readonly name?: string;
  /** Repository-relative file the object is in (on the side it was read from). */
  readonly file: string;
}

/** One field of a changed object. `before`/`after` are undefined when the field is absent on that side. */
export interface FieldChange {
  /** e.g. `spec.template.spec.containers[name=cloudflared].image`, `metadata.labels["app.kubernetes.io/name"]`. */
  readonly path: string;
  /**
   * `value`: the field's value; `order`: a list keyed by name holds the same names in another order
   * (before/after are the name lists); `comment`: the line comment after the field, e.g. a Flux
   * `$imagepolicy` setter marker.
   */
  readonly aspect: 'value' | 'order' | 'comment';
  readonly before: unknown;
  readonly after: unknown;
}

export interface ObjectChange {
  /** The object as it will be (file of the fresh synth). */
  readonly ref: ObjectRef;
  readonly fields: readonly FieldChange[];
}

/** A file-level change that the object diff does not show on its own. */
export interface FileChange {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
  /**
   * `not-objects`: the file (on at least one side) is not YAML Kubernetes objects;
   * `text-only`: same objects, different text (comments, formatting);
   * `moved`: no object changed, but objects moved between files or were reordered.
   */
  readonly reason: 'not-objects' | 'text-only' | 'moved';
  /** File contents; undefined on the side where the file does not exist. */
  readonly before?: string;
  readonly after?: string;
}

/** The changes of one Flux Kustomization (one folder of dist/ or flux/<cluster>/oceanid/). */
export interface KustomizationDiff {
  /** `<cluster>/<layer>`, or `<cluster>/flux-system` for flux/<cluster>/oceanid. */
  readonly name: string;
  /** Repository-relative folder, e.g. `dist/production/apps`. */
  readonly folder: string;
  readonly added: readonly ObjectRef[];
  readonly removed: readonly ObjectRef[];
  readonly changed: readonly ObjectChange[];
  readonly files: readonly FileChange[];
}

/** Objects removed from one namespace and added, under the same kind and name, in another. */
export interface NamespaceMove {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

/** Objects removed from one Kustomization and added, under the same identity, to another. */
export interface KustomizationMove {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

export interface DiffResult {
  /** Only the Kustomizations with a change, clusters alphabetically, each in Flux apply order. */
  readonly kustomizations: readonly KustomizationDiff[];
  readonly namespaceMoves: readonly NamespaceMove[];
  readonly kustomizationMoves: readonly KustomizationMove[];
  /** True when `npm run synth` would change anything. */
  readonly changed: boolean;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Which Flux Kustomization applies a file: its name and folder. */
export function kustomizationOf(path: string): { name: string; folder: string } {
  const parts = path.split('/');
  if (parts[0] === 'dist' && parts.length >= 4) return { name: `${parts[1]}/${parts[2]}`, folder: parts.slice(0, 3).join('/') };
  if (parts[0] === 'flux' && parts.length >= 4 && parts[2] === FLUX_SYNC_DIR) return { name: `${parts[1]}/flux-system`, folder: parts.slice(0, 3).join('/') };
  const folder = parts.slice(0, -1).join('/') || '.';
  return { name: folder, folder };
}

interface ParsedObject {
  readonly ref: ObjectRef;
  readonly value: Record<string, unknown>;
  /** Field path -> line comment after that field. */
  readonly comments: ReadonlyMap<string, string>;
  /** Position in the tree (files in path order, documents in file order), for stable output. */
  readonly order: number;
}

/** The objects of a YAML file, or undefined when it is not (only) Kubernetes objects. */
function parseObjects(path: string, content: string): Omit<ParsedObject, 'order'>[] | undefined {
  if (!/\.ya?ml$/.test(path)) return undefined;
  try {
    return parseObjectDocuments(path, content);
  } catch {
    return undefined; // e.g. an alias the YAML library refuses to resolve: not objects the diff can compare
  }
}

function parseObjectDocuments(path: string, content: string): Omit<ParsedObject, 'order'>[] | undefined {
  const out: Omit<ParsedObject, 'order'>[] = [];
  // Document by document, as parseAllDocuments composes them, but without holding every
  // document's syntax tree at once: a file of 10,000 workloads' objects took 900 MiB that way.
  for (const doc of new Composer().compose(new Parser().parse(content))) {
    if (doc.errors.length > 0) return undefined;
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (!isPlainObject(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
    const metadata = isPlainObject(value.metadata) ? value.metadata : {};
    const comments = new Map<string, string>();
    collectComments(doc.contents, value, [], comments);
    out.push({
      ref: {
        apiVersion: value.apiVersion,
        group: value.apiVersion.includes('/') ? value.apiVersion.slice(0, value.apiVersion.indexOf('/')) : '',
        kind: value.kind,
        namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
        name: typeof metadata.name === 'string' ? metadata.name : undefined,
        file: path,
      },
      value,
      comments,
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Line comments after scalar fields (where setter markers live), by the same paths the value diff prints. */
function collectComments(node: unknown, value: unknown, path: readonly Segment[], out: Map<string, string>): void {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      collectComments(pair.value, value[key], [...path, { key }], out);
    }
  } else if (isSeq(node) && Array.isArray(value)) {
    const named = isNamedList(value);
    node.items.forEach((item, i) => collectComments(item, value[i], [...path, named ? { name: (value[i] as { name: string }).name } : { index: i }], out));
  } else if (isScalar(node) && node.comment) {
    out.set(formatPath(path), node.comment.trim());
  }
}

/** Identity of an object inside one Kustomization. */
function objectKey(ref: ObjectRef): string {
  return [ref.group, ref.kind, ref.namespace ?? '', ref.name ?? `file:${ref.file}`].join('\u0000');
}

interface ParsedTree {
  /** Folder -> object key -> object. */
  readonly objects: Map<string, Map<string, ParsedObject>>;
  /** Path -> objects of that file (undefined when it is not an object file). */
  readonly files: Map<string, ParsedObject[] | undefined>;
}

function parseTree(tree: ReadonlyMap<string, string>): ParsedTree {
  const objects = new Map<string, Map<string, ParsedObject>>();
  const files = new Map<string, ParsedObject[] | undefined>();
  let order = 0;
  for (const path of [...tree.keys()].sort(compareStrings)) {
    const parsed = parseObjects(path, tree.get(path)!)?.map((o) => ({ ...o, order: order++ }));
    const folder = kustomizationOf(path).folder;
    const inFolder = objects.get(folder) ?? new Map<string, ParsedObject>();
    objects.set(folder, inFolder);
    const keyed: ParsedObject[] = [];
    for (const object of parsed ?? []) {
      // A duplicate identity (not something the synth writes) still shows, under its own key.
      let key = objectKey(object.ref);
      for (let n = 2; inFolder.has(key); n++) key = `${objectKey(object.ref)}#${n}`;
      inFolder.set(key, object);
      keyed.push(object);
    }
    files.set(path, parsed ? keyed : undefined);
  }
  return { objects, files };
}

// ---------------------------------------------------------------------------------------------
// Comparing

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
    const added = [...now.entries()].filter(([k]) => !old.has(k)).map(([, o]) => o).sort(byOrder);
    const removed = [...old.entries()].filter(([k]) => !now.has(k)).map(([, o]) => o).sort(byOrder);
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
        const sameObjects = objectsBefore.length === objectsAfter.length && objectsBefore.every((o, i) => objectKey(o.ref) === objectKey(objectsAfter[i].ref) && diffObject(o, objectsAfter[i]).length === 0);
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
  const namespaceMoves = countPairs(allRemoved.filter(named), allAdded.filter(named), (x) => [x.ref.group, x.ref.kind, x.ref.name].join('\u0000'), (x) => x.ref.namespace ?? '(cluster)');
  const kustomizationMoves = countPairs(allRemoved.filter(named), allAdded.filter(named), (x) => objectKey(x.ref), (x) => x.kustomization);
  return { kustomizations, namespaceMoves, kustomizationMoves, changed: kustomizations.length > 0 };
}

/**
 * For each removed object, the first added object with the same key on another side (namespace,
 * Kustomization); counted per (from side, to side). Through a map of the added objects: pairing by
 * a scan of them per removed object was quadratic in a diff that moves many objects.
 */
function countPairs<T>(removed: readonly T[], added: readonly T[], keyOf: (x: T) => string, sideOf: (x: T) => string): { from: string; to: string; objects: number }[] {
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

type Segment = { key: string } | { index: number } | { name: string };

function diffValues(path: readonly Segment[], a: unknown, b: unknown, out: FieldChange[]): void {
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
function isNamedList(list: readonly unknown[]): boolean {
  const names = list.map((x) => (isPlainObject(x) && typeof x.name === 'string' ? x.name : undefined));
  return names.every((n) => n !== undefined) && new Set(names).size === names.length;
}

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

function isPlainObject(x: unknown): x is Record<string, unknown> {
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

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Clusters alphabetically; within a cluster flux-system first, then the layers in apply order. */
function compareKustomizations(a: KustomizationDiff, b: KustomizationDiff): number {
  const rank = (k: KustomizationDiff): [string, number, string] => {
    const [cluster, layer] = k.name.split('/');
    if (!k.folder.startsWith('dist/') && !k.folder.startsWith('flux/')) return [k.folder, 99, k.name];
    const index = layer === 'flux-system' ? 0 : FluxLayer.ALL.findIndex((l) => l.name === layer);
    return [cluster, index < 0 ? 98 : index + 1, layer];
  };
  const [ca, ia, la] = rank(a);
  const [cb, ib, lb] = rank(b);
  return compareStrings(ca, cb) || ia - ib || compareStrings(la, lb);
}

// ---------------------------------------------------------------------------------------------
// Formatting

export interface FormatOptions {
  /** ANSI colours: green additions, red removals, yellow changes. */
  readonly color: boolean;
}

const MAX_VALUE_CHARS = 200;
const MAX_TEXT_LINES = 40;

/** The diff as text, one line per object and per changed field; no trailing newline. */
export function formatDiff(result: DiffResult, options: FormatOptions): string {
  const paint = (code: number) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const green = paint(32);
  const red = paint(31);
  const yellow = paint(33);
  if (!result.changed) return 'No changes: dist/, flux/ and hosts/ match the model.';

  const allRefs = result.kustomizations.flatMap((k) => [...k.added, ...k.removed, ...k.changed.map((c) => c.ref)]);
  const groupsByKind = new Map<string, Set<string>>();
  for (const ref of allRefs) groupsByKind.set(ref.kind, (groupsByKind.get(ref.kind) ?? new Set()).add(ref.group));
  const label = (ref: ObjectRef) => {
    const kind = (groupsByKind.get(ref.kind)?.size ?? 0) > 1 && ref.group ? `${ref.kind}.${ref.group}` : ref.kind;
    const id = ref.name === undefined ? `(${ref.file.slice(ref.file.lastIndexOf('/') + 1)})` : ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
    return `${kind} ${id}`;
  };
  const textLines = (before: string, after: string, indent: string) => formatLineDiff(before, after).map(([op, line]) => `${indent}${(op === '-' ? red : green)(`${op} ${line}`)}`);

  const lines: string[] = [];
  for (const k of result.kustomizations) {
    if (lines.length > 0) lines.push('');
    lines.push(`${k.name}  (${k.folder})`);
    for (const ref of k.removed) lines.push(red(`  - ${label(ref)}`));
    for (const ref of k.added) lines.push(green(`  + ${label(ref)}`));
    for (const change of k.changed) {
      lines.push(yellow(`  ~ ${label(change.ref)}`));
      for (const f of change.fields) {
        if (f.aspect === 'order') {
          lines.push(`      ${f.path} (order): ${red((f.before as string[]).join(', '))} → ${green((f.after as string[]).join(', '))}`);
        } else if (f.aspect === 'value' && typeof f.before === 'string' && typeof f.after === 'string' && (f.before.includes('\n') || f.after.includes('\n'))) {
          lines.push(`      ${f.path}: text changed`);
          lines.push(...textLines(f.before, f.after, '        '));
        } else {
          const suffix = f.aspect === 'comment' ? ' (comment)' : '';
          lines.push(`      ${f.path}${suffix}: ${red(formatValue(f.before))} → ${green(formatValue(f.after))}`);
        }
      }
    }
    for (const f of k.files) {
      const sign = f.status === 'added' ? green('  + file') : f.status === 'removed' ? red('  - file') : yellow('  ~ file');
      const why = f.reason === 'text-only' ? ': comments or formatting only' : f.reason === 'moved' ? ': no object changed; objects moved between files or reordered' : f.status === 'changed' ? ': not Kubernetes objects' : '';
      lines.push(`${sign} ${f.path}${why}`);
      if (f.reason !== 'moved' && f.status === 'changed') lines.push(...textLines(f.before ?? '', f.after ?? '', '      '));
    }
  }

  const count = (f: (k: KustomizationDiff) => number) => result.kustomizations.reduce((n, k) => n + f(k), 0);
  const files = count((k) => k.files.length);
  lines.push('');
  lines.push(
    `Summary: ${count((k) => k.added.length)} added, ${count((k) => k.removed.length)} removed, ${count((k) => k.changed.length)} changed object(s)` +
      `${files > 0 ? `, ${files} other file change(s)` : ''} in ${result.kustomizations.map((k) => k.name).join(', ')}.`,
  );
  if (result.namespaceMoves.length > 0) {
    const moves = result.namespaceMoves.map((m) => `${m.from} → ${m.to}`).join(', ');
    lines.push(yellow(`Note: namespace changed (${moves}): shown as removal + addition; Flux prunes the old objects and creates the new ones.`));
  }
  if (result.kustomizationMoves.length > 0) {
    const moves = result.kustomizationMoves.map((m) => `${m.from} → ${m.to}: ${m.objects}`).join(', ');
    lines.push(yellow(`Note: objects moved between Kustomizations (${moves}): shown as removal + addition; the old Kustomization may prune an object before the new one applies it.`));
  }
  return lines.join('\n');
}

function formatValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** Removed and added lines (no context), in order; at most MAX_TEXT_LINES of them. */
function formatLineDiff(before: string, after: string): ['-' | '+', string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const ops: ['-' | '+', string][] = [];
  if (x.length * y.length > 4_000_000) {
    ops.push(...x.map((l): ['-', string] => ['-', l]), ...y.map((l): ['+', string] => ['+', l]));
  } else {
    // Longest common subsequence, then walk it.
    const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        i++;
        j++;
      } else if (j >= y.length || (i < x.length && lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', x[i++]]);
      else ops.push(['+', y[j++]]);
    }
  }
  if (ops.length <= MAX_TEXT_LINES) return ops;
  return [...ops.slice(0, MAX_TEXT_LINES), ['+', `… ${ops.length - MAX_TEXT_LINES} more changed line(s)`]];
}

// ---------------------------------------------------------------------------------------------
// Command

export interface DiffIo extends CliIo {
  /** Whether stdout is a terminal: colour only then (and only when NO_COLOR is unset or empty). */
  readonly isTTY?: boolean;
  /** Environment to read NO_COLOR from; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The committed generated files, as on disk, without those `flux bootstrap` owns. */
export function readCommittedTree(repoRoot: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of OUTPUT_ROOTS) {
    for (const rel of listFiles(join(repoRoot, root))) {
      const path = `${root}/${rel}`;
      if (!isBootstrapOwned(path)) files.set(path, readFileSync(join(repoRoot, path), 'utf8'));
    }
  }
  return files;
}

const USAGE = 'usage: npm run diff  (compares a fresh synth with the committed dist/ and flux/; writes nothing)';

/**
 * The diff command. Writes nothing. Returns the exit code: 0 nothing would change, 1 something
 * would, 2 error (invalid model, policy error, anything thrown), with the error on stderr.
 */
export function runDiffCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: DiffIo, options: RenderOptions = {}): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (argv.length > 0) {
    io.err(`unknown argument ${JSON.stringify(argv[0])}\n${USAGE}`);
    return 2;
  }
  try {
    const result = synthesize(sources, repoRoot, options);
    for (const f of result.findings) io.err(formatFinding(f));
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      io.err(`${errors.length} policy error(s); the model cannot be rendered, so there is nothing to compare.`);
      return 2;
    }
    const diff = diffTrees(readSettledOutputs(repoRoot, 'diff', io, () => readCommittedTree(repoRoot)), result.files);
    const env = io.env ?? process.env;
    for (const line of formatDiff(diff, { color: io.isTTY === true && !env.NO_COLOR }).split('\n')) io.out(line);
    return diff.changed ? 1 : 0;
  } catch (error) {
    io.err(error instanceof ModelError || error instanceof OutputError ? error.message : `diff failed.\n  ${(error as Error).message}`);
    if ((io.env ?? process.env).OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 2;
  }
}
