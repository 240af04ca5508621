import { Composer, isMap, isScalar, isSeq, Parser } from 'yaml';
import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';
import type { ObjectRef } from './diff-result';
import { FLUX_SYNC_DIR } from './render';
import { formatPath, isNamedList, isPlainObject, Segment } from './value-diff';

// Reading the generated files for `npm run diff`: which Kustomization a file belongs to, and the
// Kubernetes objects (with their setter-marker comments) in it.

/** Which Flux Kustomization applies a file: its name and folder. */
export function kustomizationOf(path: string): { name: string; folder: string } {
  const parts = path.split('/');
  if (parts[0] === 'dist' && parts.length >= 4) return { name: `${parts[1]}/${parts[2]}`, folder: parts.slice(0, 3).join('/') };
  if (parts[0] === 'flux' && parts.length >= 4 && parts[2] === FLUX_SYNC_DIR)
    return { name: `${parts[1]}/${FLUX_BOOTSTRAP_KUSTOMIZATION}`, folder: parts.slice(0, 3).join('/') };
  const folder = parts.slice(0, -1).join('/') || '.';
  return { name: folder, folder };
}

/** One object of a parsed file, with its line comments. */
export interface ParsedObject {
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
    for (const [i, item] of node.items.entries())
      collectComments(item, value[i], [...path, named ? { name: (value[i] as { name: string }).name } : { index: i }], out);
  } else if (isScalar(node) && node.comment) {
    out.set(formatPath(path), node.comment.trim());
  }
}

/** Identity of an object inside one Kustomization. */
export function objectKey(ref: ObjectRef): string {
  return [ref.group, ref.kind, ref.namespace ?? '', ref.name ?? `file:${ref.file}`].join('\u0000');
}

export interface ParsedTree {
  /** Folder -> object key -> object. */
  readonly objects: Map<string, Map<string, ParsedObject>>;
  /** Path -> objects of that file (undefined when it is not an object file). */
  readonly files: Map<string, ParsedObject[] | undefined>;
}

/** The objects of every file of a tree, by Kustomization folder and by file. */
export function parseTree(tree: ReadonlyMap<string, string>): ParsedTree {
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

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
