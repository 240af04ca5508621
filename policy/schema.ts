import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import lock from '../schemas.lock.json';
import { groupOf } from '../lib/kustomization-dependencies';
import { Manifest } from '../lib/rendered';
import { Json } from './pod-templates';
import { celRuleErrors, CelRules, extractCelRules } from './cel-rules';
import { readPinned, schemasDir } from './pinned-schemas.cjs';

/**
 * Schema validation as strict as `kubeconform --strict`, against the Kubernetes 1.33 definitions or
 * the CRD's openAPIV3Schema from the pinned, sha256-checked files (schemas.lock.json): unknown
 * fields, unknown kinds and unserved versions are errors; a CRD's CEL rules run on objects that pass.
 */

/** Bump when the transformation below changes: the committed validators then no longer match. */
const TRANSFORM_VERSION = 7;
const K8S_ENTRY = lock.files.find((f) => f.path.endsWith('_definitions.json'))!;
// Absolute ids: ajv resolves relative ones against the referring schema's id.
const K8S_ID = 'https://oceanid.invalid/k8s.json';
const OBJECT_META = `${K8S_ID}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`;

export interface SchemaError {
  /** Dotted path of the field, e.g. `spec.template.spec.containers[0].imagePullPolicy`. */
  readonly path: string;
  readonly message: string;
}

export function gvkOf(manifest: Pick<Manifest, 'apiVersion' | 'kind'>): string {
  return `${groupOf(manifest.apiVersion)}/${manifest.apiVersion.split('/').pop()}/${manifest.kind}`;
}

/** The checkout whose node_modules holds ajv, not the folder rendered (tests render temporary copies). */
function toolRoot(): string {
  return resolve(dirname(require.resolve('ajv/package.json')), '..', '..');
}

/** Where each CRD kind (`group/Kind`) is, from the lock index, without reading the files. */
const CRDS = new Map(
  lock.files.flatMap((entry) => (entry.kinds ?? []).map((k) => [`${k.group}/${k.kind}`, { entry, served: k.served, scope: k.scope }] as const)),
);

/** Makes a schema strict: objects that list properties admit no others (kubeconform --strict). */
function strictify(schema: unknown, crd: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strictify(s, crd));
  if (!schema || typeof schema !== 'object') return schema;
  const s: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) {
    if (k === 'description' || k === 'x-kubernetes-validations') continue;
    s[k] =
      k === 'properties' || k === 'definitions' || k === 'patternProperties'
        ? Object.fromEntries(Object.entries(v as Json).map(([p, x]) => [p, strictify(x, crd)]))
        : strictify(v, crd);
  }
  if (crd && s['x-kubernetes-int-or-string']) {
    delete s.type;
    delete s['x-kubernetes-int-or-string'];
    s.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (crd && s.nullable === true && typeof s.type === 'string') {
    s.type = [s.type, 'null'];
    delete s.nullable;
  }
  if (s.properties && s.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']) s.additionalProperties = false;
  return s;
}

/** One per process: the Kubernetes definitions are added once. */
let compiler: ReturnType<typeof newCompiler> | undefined;

function newCompiler() {
  // ajv is loaded only for a kind with no committed validator: the bundle leaves it out (external).
  const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
  const ajv = new AjvClass({ strict: false, allErrors: true, validateFormats: false, code: { source: true }, inlineRefs: false });
  const dir = schemasDir(toolRoot());
  const k8s = JSON.parse(readPinned(dir, K8S_ENTRY)) as { definitions: Record<string, Json> };
  const byGvk = new Map<string, string>();
  for (const [name, def] of Object.entries(k8s.definitions)) {
    for (const g of (def['x-kubernetes-group-version-kind'] ?? []) as { group: string; version: string; kind: string }[]) {
      byGvk.set(`${g.group}/${g.version}/${g.kind}`, name);
    }
  }
  ajv.addSchema({ $id: K8S_ID, definitions: strictify(k8s.definitions, false) as Json });
  return { ajv, dir, byGvk, celRules: new Map<string, CelRules>() };
}

const getCompiler = () => (compiler ??= newCompiler());

/** Adds the schemas of `gvks`: each kind's schema id or why it has none, and each CRD kind's CEL rules. */
function register(gvks: string[]): { ids: Map<string, string>; problems: Map<string, string>; celRules: Map<string, CelRules> } {
  const { ajv, dir, byGvk, celRules } = getCompiler();
  const ids = new Map<string, string>();
  const problems = new Map<string, string>();
  /** Adds one kind's schema; why it has none. */
  const add = (gvk: string, id: string): string | undefined => {
    const [group, version, kind] = gvk.split('/');
    const builtin = byGvk.get(gvk);
    if (builtin) return void ajv.addSchema({ $id: id, allOf: [{ $ref: `${K8S_ID}#/definitions/${builtin}` }], required: ['apiVersion', 'kind', 'metadata'] });
    const crd = CRDS.get(`${group}/${kind}`);
    if (!crd) {
      const served = [...byGvk.keys()].filter((k) => k.startsWith(`${group}/`) && k.endsWith(`/${kind}`)).map((v) => v.split('/')[1]);
      const unknown = `unknown kind ${kind} in API group "${group || 'core'}": no pinned schema defines it`;
      return served.length > 0 ? `${group || 'core'} ${kind} is not served at ${version} (served: ${served.join(', ')})` : unknown;
    }
    if (!crd.served.includes(version)) return `${group}/${version} ${kind} is not a served version (served: ${crd.served.join(', ')})`;
    const doc = parse(readPinned(dir, crd.entry)) as Json;
    const schema = (doc.spec.versions as Json[]).find((v) => v.name === version)!.schema.openAPIV3Schema as Json;
    const cel = extractCelRules(schema);
    if (cel) celRules.set(gvk, cel);
    const strict = strictify(schema, true) as Json;
    // CRD schemas leave metadata open; the API server still validates it as ObjectMeta.
    strict.properties = { ...strict.properties, metadata: { $ref: OBJECT_META } };
    ajv.addSchema({ $id: id, ...strict, required: [...new Set([...(strict.required ?? []), 'apiVersion', 'kind', 'metadata'])] });
    return undefined;
  };
  for (const gvk of gvks) {
    const id = `https://oceanid.invalid/gvk/${gvk.replace(/\//g, '.')}.json`;
    const problem = ajv.getSchema(id) ? undefined : add(gvk, id);
    if (problem) problems.set(gvk, problem);
    else ids.set(gvk, id);
  }
  return { ids, problems, celRules };
}

const SCHEMA_KEY = createHash('sha256')
  .update(JSON.stringify({ v: TRANSFORM_VERSION, lock: lock.files.map((f) => f.sha256) }))
  .digest('hex')
  .slice(0, 32);
/**
 * Validators generated by `npm run import` and committed, used while their schema-key.txt matches:
 * a synth takes 0.65 s with them, 2.1 s compiling every kind (measured 2026-12-08, three runs each).
 */
export const GENERATED_VALIDATORS_DIR = 'imports/validators';

function fileName(gvk: string): string {
  return gvk.replace(/[^A-Za-z0-9.-]/g, '_');
}

/** Writes validator modules for `gvks` into `dir`, with their schema key; kinds without a schema are skipped (they fail at synth). */
export function generateValidators(gvks: readonly string[], dir: string): { written: string[]; skipped: Map<string, string> } {
  const { ids, problems, celRules } = register([...new Set(gvks)].sort());
  const { ajv } = getCompiler();
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [gvk, id] of ids) {
    const cel = celRules.get(gvk);
    // The CEL rules travel with the validator: loaded together.
    writeFileSync(join(dir, `${fileName(gvk)}.js`), standaloneCode(ajv, ajv.getSchema(id)!) + (cel ? `\nmodule.exports.cel = ${JSON.stringify(cel)};\n` : ''));
  }
  writeFileSync(join(dir, 'schema-key.txt'), `${SCHEMA_KEY}\n`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return { written: [...ids.keys()], skipped: problems };
}

type Validator = ValidateFunction & { cel?: CelRules };
const validators = new Map<string, Validator | string>();

/**
 * The schema errors of `manifests`, only those with errors. A kind's validator is its committed
 * module when generated for these schemas, else compiled in memory; nothing is cached on disk.
 */
export function validateSchemas(manifests: readonly Manifest[]): Map<Manifest, SchemaError[]> {
  const dir = join(toolRoot(), GENERATED_VALIDATORS_DIR);
  let generated = false;
  try {
    generated = readFileSync(join(dir, 'schema-key.txt'), 'utf8').trim() === SCHEMA_KEY;
  } catch {
    // None committed: every kind is compiled.
  }
  const missing: string[] = [];
  for (const gvk of new Set(manifests.map(gvkOf))) {
    if (validators.has(gvk)) continue;
    const file = join(dir, `${fileName(gvk)}.js`);
    if (generated && existsSync(file)) validators.set(gvk, nodeRequire(file) as Validator);
    else missing.push(gvk);
  }
  if (missing.length > 0) {
    const { ids, problems, celRules } = register(missing);
    for (const [gvk, problem] of problems) validators.set(gvk, problem);
    for (const [gvk, id] of ids) validators.set(gvk, Object.assign(getCompiler().ajv.getSchema(id)!, { cel: celRules.get(gvk) }));
  }
  const result = new Map<Manifest, SchemaError[]>();
  for (const m of manifests) {
    const errors = validateOne(m, validators.get(gvkOf(m))!);
    if (errors.length > 0) result.set(m, errors);
  }
  return result;
}

// Node's own require (Jest's node:module hands out its own): the validators, 5.8 MB, load once per
// process; each Jest file after the first starts its first synth in 0.14 s, not 0.46 s.
const nodeRequire = (process.getBuiltinModule('node:module') as typeof import('node:module')).createRequire(__filename);

function validateOne(manifest: Manifest, validate: Validator | string): SchemaError[] {
  if (typeof validate === 'string') return [{ path: 'apiVersion', message: validate }];
  const gvk = gvkOf(manifest);
  const errors: SchemaError[] = [];
  const [group, , kind] = gvk.split('/');
  const crd = CRDS.get(`${group}/${kind}`);
  if (crd?.scope === 'Cluster' && manifest.metadata?.namespace) {
    errors.push({ path: 'metadata.namespace', message: `${kind} is cluster-scoped: remove the namespace` });
  }
  if (!validate(manifest)) errors.push(...new Map((validate.errors ?? []).map(describe).map((e) => [`${e.path}\0${e.message}`, e])).values());
  // As on the API server, CEL rules see only objects that passed the OpenAPI checks.
  const cel = validate.cel;
  if (errors.length === 0 && cel) errors.push(...celRuleErrors(manifest, cel));
  return errors;
}

function toPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}

function describe(error: ErrorObject): SchemaError {
  const path = toPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = (error.params as { additionalProperty: string }).additionalProperty;
      return { path: path ? `${path}.${field}` : field, message: `unknown field "${field}": remove it or fix its spelling` };
    }
    case 'required': {
      const field = (error.params as { missingProperty: string }).missingProperty;
      return { path: path ? `${path}.${field}` : field, message: `required field "${field}" is missing` };
    }
    case 'enum':
      return { path, message: `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}
