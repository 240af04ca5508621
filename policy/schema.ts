import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { dirname, join, resolve } from 'node:path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import lockFile from '../schemas.lock.json';
import { Manifest } from '../synth/render';
import { celRuleErrors, CelRules, extractCelRules } from './cel-rules';

/**
 * Schema validation as strict as `kubeconform --strict`: every object is checked against the
 * Kubernetes 1.33 definitions or its CRD's openAPIV3Schema, with unknown fields rejected (an
 * object schema that lists properties admits no others unless it says it preserves unknown
 * fields). Unknown kinds and unserved versions are errors. A CRD's CEL rules
 * (`x-kubernetes-validations`) are evaluated too, on objects that pass the schema.
 *
 * The pinned schema files are read from ../shared/schemas (or OCEANID_SCHEMAS). Validators are
 * compiled once per set of kinds and cached as generated code under node_modules/.cache, keyed by
 * the lock file and the kinds, so a synth whose kinds did not change loads them instead of
 * parsing megabytes of CRDs; objects that passed before are not validated again.
 */

interface LockEntry {
  readonly path: string;
  readonly url: string;
  readonly sha256: string;
  readonly kinds?: { group: string; kind: string; scope: 'Namespaced' | 'Cluster'; served: string[] }[];
}

const lock = lockFile as { files: LockEntry[] };
/** Bump when the schema transformation below changes, so cached validators are rebuilt. */
const TRANSFORM_VERSION = 6;
const K8S_ENTRY = lock.files.find((f) => f.path.endsWith('_definitions.json'))!;
// Absolute ids: ajv resolves relative ones against the referring schema's id.
const K8S_ID = 'https://oceanid.invalid/k8s.json';
const OBJECT_META = `${K8S_ID}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`;

export interface SchemaError {
  /** Dotted path of the field, e.g. `spec.template.spec.containers[0].imagePullPolicy`. */
  readonly path: string;
  readonly message: string;
}

/** `group/version/Kind`, with an empty group for the core API. */
export function gvkOf(manifest: Pick<Manifest, 'apiVersion' | 'kind'>): string {
  const [group, version] = manifest.apiVersion.includes('/') ? manifest.apiVersion.split('/') : ['', manifest.apiVersion];
  return `${group}/${version}/${manifest.kind}`;
}

/**
 * The checkout this tool runs from: the folder whose node_modules holds ajv. Schemas and caches
 * are found from here, not from the folder being rendered (tests render into temporary copies).
 */
export function toolRoot(): string {
  return resolve(dirname(require.resolve('ajv/package.json')), '..', '..');
}

/** The folder holding the pinned schema files. */
export function schemasDir(): string {
  const dir = resolve(toolRoot(), process.env.OCEANID_SCHEMAS ?? '../shared/schemas');
  if (!existsSync(dir)) {
    throw new Error(`schema folder ${dir} does not exist: run \`npm run fetch-schemas\` or set OCEANID_SCHEMAS (the synth validates every object against the pinned schemas)`);
  }
  return dir;
}

function readPinned(dir: string, entry: LockEntry): string {
  const file = join(dir, entry.path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run fetch-schemas\``);
  const text = readFileSync(file, 'utf8');
  const sum = createHash('sha256').update(text).digest('hex');
  if (sum !== entry.sha256) throw new Error(`${file} has sha256 ${sum}; schemas.lock.json pins ${entry.sha256}: fetch the pinned file again`);
  return text;
}

/** Where each kind's schema comes from, known without reading the files (from the lock index). */
interface KindIndex {
  readonly crds: Map<string, { entry: LockEntry; served: string[]; scope: string }>;
}

function indexKinds(): KindIndex {
  const crds = new Map<string, { entry: LockEntry; served: string[]; scope: string }>();
  for (const entry of lock.files) for (const k of entry.kinds ?? []) crds.set(`${k.group}/${k.kind}`, { entry, served: k.served, scope: k.scope });
  return { crds };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Makes a schema strict: objects that list properties admit no others (kubeconform --strict). */
function strictify(schema: unknown, crd: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strictify(s, crd));
  if (!schema || typeof schema !== 'object') return schema;
  const s: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) {
    if (k === 'description' || k === 'x-kubernetes-validations') continue;
    s[k] = k === 'properties' || k === 'definitions' || k === 'patternProperties' ? mapValues(v, (x) => strictify(x, crd)) : strictify(v, crd);
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

/** Property schemas of this many JSON characters or more get their own function (measured: 300 to 4,000 all help; 1,000 is as fast as 300 with fewer functions). */
const HOIST_MIN_CHARS = 1000;

/**
 * Moves every large property schema into `$defs` behind a `$ref`. With inlineRefs off, ajv then
 * emits one function per such schema, and V8 compiles only the functions an object reaches: a
 * ClusterSecretStore that uses one of forty providers compiles that provider's checks alone.
 */
function hoist(schema: Json, defs: Json): void {
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Json)) {
    if (!child || typeof child !== 'object' || '$ref' in child) continue;
    hoist(child as Json, defs);
    if (JSON.stringify(child).length < HOIST_MIN_CHARS) continue;
    const key = `d${Object.keys(defs).length}`;
    defs[key] = child;
    (schema.properties as Json)[name] = { $ref: `#/$defs/${key}` };
  }
  for (const k of ['items', 'additionalProperties']) {
    const child = schema[k];
    if (child && typeof child === 'object' && !Array.isArray(child)) hoist(child as Json, defs);
  }
}

function mapValues(obj: Json, fn: (v: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

/**
 * ajv is loaded only here, when a kind has no cached validator yet: the synth bundle leaves it
 * out (scripts/build.mjs marks it external), so a synth with warm caches never loads the compiler.
 */
function newAjv(): Ajv {
  const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
  return new AjvClass({ strict: false, allErrors: true, validateFormats: false, code: { source: true }, inlineRefs: false });
}

/** Compiles the validators for `gvks`: generated module code per GVK, or why the GVK has no schema. */
/** One compiler per process: the Kubernetes definitions are parsed and added once, CRDs once each. */
interface Compiler {
  readonly ajv: Ajv;
  readonly byGvk: Map<string, string>;
  readonly crdDocs: Map<string, Json>;
  /** The CEL rules of each CRD kind added so far that has any. */
  readonly celRules: Map<string, CelRules>;
}
let compiler: Compiler | undefined;

function getCompiler(dir: string): Compiler {
  if (compiler) return compiler;
  const ajv = newAjv();
  const k8s = JSON.parse(readPinned(dir, K8S_ENTRY)) as { definitions: Record<string, Json> };
  const byGvk = new Map<string, string>();
  for (const [name, def] of Object.entries(k8s.definitions)) {
    for (const g of (def['x-kubernetes-group-version-kind'] ?? []) as { group: string; version: string; kind: string }[]) {
      byGvk.set(`${g.group}/${g.version}/${g.kind}`, name);
    }
  }
  ajv.addSchema({ $id: K8S_ID, definitions: strictify(k8s.definitions, false) as Json });
  compiler = { ajv, byGvk, crdDocs: new Map(), celRules: new Map() };
  return compiler;
}

function compileStandalone(dir: string, gvks: string[], index: KindIndex): { code: Map<string, string>; problems: Map<string, string> } {
  const { ajv, byGvk, crdDocs, celRules } = getCompiler(dir);
  const problems = new Map<string, string>();
  const exports: Record<string, string> = {};
  for (const gvk of gvks) {
    const [group, version, kind] = gvk.split('/');
    const id = `https://oceanid.invalid/gvk/${gvk.replace(/\//g, '.')}.json`;
    if (ajv.getSchema(id)) {
      exports[gvk] = id;
      continue;
    }
    const builtin = byGvk.get(gvk);
    if (builtin) {
      ajv.addSchema({ $id: id, allOf: [{ $ref: `${K8S_ID}#/definitions/${builtin}` }], required: ['apiVersion', 'kind', 'metadata'] });
      exports[gvk] = id;
      continue;
    }
    const crd = index.crds.get(`${group}/${kind}`);
    if (!crd) {
      const versions = [...byGvk.keys()].filter((k) => k.startsWith(`${group}/`) && k.endsWith(`/${kind}`));
      problems.set(gvk, versions.length > 0 ? `${group || 'core'} ${kind} is not served at ${version} (served: ${versions.map((v) => v.split('/')[1]).join(', ')})` : `unknown kind ${kind} in API group "${group || 'core'}": no pinned schema defines it`);
      continue;
    }
    if (!crd.served.includes(version)) {
      problems.set(gvk, `${group}/${version} ${kind} is not a served version (served: ${crd.served.join(', ')})`);
      continue;
    }
    let doc = crdDocs.get(crd.entry.path);
    if (!doc) {
      doc = parse(readPinned(dir, crd.entry)) as Json;
      crdDocs.set(crd.entry.path, doc);
    }
    const schema = (doc.spec.versions as Json[]).find((v) => v.name === version)!.schema.openAPIV3Schema as Json;
    const cel = extractCelRules(schema);
    if (cel) celRules.set(gvk, cel);
    const strict = strictify(schema, true) as Json;
    // CRD schemas leave metadata open; the API server still validates it as ObjectMeta.
    strict.properties = { ...strict.properties, metadata: { $ref: OBJECT_META } };
    const $defs: Json = {};
    hoist(strict, $defs);
    ajv.addSchema({ $id: id, ...strict, $defs, required: [...new Set([...(strict.required ?? []), 'apiVersion', 'kind', 'metadata'])] });
    exports[gvk] = id;
  }
  const code = new Map<string, string>();
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  for (const [gvk, id] of Object.entries(exports)) {
    const cel = celRules.get(gvk);
    // The CEL rules travel with the validator: loaded together, cached together.
    const source = standaloneCode(ajv, ajv.getSchema(id)!) + (cel ? `\nmodule.exports.cel = ${JSON.stringify(cel)};\n` : '');
    code.set(gvk, source);
  }
  return { code, problems };
}

/** The key of the pinned schemas and of this module's transformation of them. */
export const SCHEMA_KEY = hash({ v: TRANSFORM_VERSION, lock: lock.files.map((f) => f.sha256) });
/** Committed, generated validators (`npm run import`), used while their key matches SCHEMA_KEY. */
export const GENERATED_VALIDATORS_DIR = 'imports/validators';

function fileName(gvk: string): string {
  return gvk.replace(/[^A-Za-z0-9.-]/g, '_');
}

/**
 * Generates validator modules for `gvks` into `dir` (the committed imports/validators), with the
 * schema key they were generated for. Kinds without a schema are skipped: they fail at synth.
 */
export function generateValidators(gvks: readonly string[], dir: string): { written: string[]; skipped: Map<string, string> } {
  const { code, problems } = compileStandalone(schemasDir(), [...new Set(gvks)].sort(), indexKinds());
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [gvk, source] of code) {
    writeFileSync(join(dir, `${fileName(gvk)}.js`), source);
    written.push(gvk);
  }
  writeFileSync(join(dir, 'schema-key.txt'), `${SCHEMA_KEY}\n`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return { written, skipped: problems };
}

/**
 * Validates manifests against the pinned schemas. Validators come from the committed
 * imports/validators when they were generated for the same schemas, otherwise from a cache under
 * node_modules/.cache where they are compiled once per kind. A second cache holds the hashes of
 * objects that already passed with the same schemas, so only new or changed objects are validated.
 */
export class SchemaValidator {
  static open(): SchemaValidator {
    return new SchemaValidator(toolRoot());
  }

  private readonly cacheDir: string;
  private readonly generatedDir: string | undefined;

  private constructor(root: string) {
    // OCEANID_VALIDATOR_CACHE moves the cache (tests give each run its own).
    this.cacheDir = resolve(root, process.env.OCEANID_VALIDATOR_CACHE ?? join('node_modules', '.cache', 'oceanid-validators'));
    const generated = join(root, GENERATED_VALIDATORS_DIR);
    const key = join(generated, 'schema-key.txt');
    this.generatedDir = existsSync(key) && readFileSync(key, 'utf8').trim() === SCHEMA_KEY ? generated : undefined;
  }

  /** Schema errors of each manifest (only manifests with errors appear in the result). */
  validateAll(manifests: readonly Manifest[]): Map<Manifest, SchemaError[]> {
    const validFile = join(this.cacheDir, `valid-${SCHEMA_KEY}.json`);
    // OCEANID_VALIDATION_RESULT_CACHE=off validates every object (benchmarks measure that cost).
    const useResults = process.env.OCEANID_VALIDATION_RESULT_CACHE !== 'off';
    const known = new Set<string>(useResults && existsSync(validFile) ? (JSON.parse(readFileSync(validFile, 'utf8')) as string[]) : []);
    const pending = manifests.map((m) => ({ m, h: hash(m) })).filter(({ h }) => !known.has(h));
    const result = new Map<Manifest, SchemaError[]>();
    if (pending.length === 0) return result;

    const { validators, problems, index, saveCodeCache } = this.load(pending.map(({ m }) => gvkOf(m)));
    let learned = false;
    for (const { m, h } of pending) {
      const errors = validateOne(m, validators, problems, index);
      if (errors.length > 0) result.set(m, errors);
      else {
        known.add(h);
        learned = true;
      }
    }
    saveCodeCache();
    if (learned && useResults) {
      mkdirSync(this.cacheDir, { recursive: true });
      writeFileSync(`${validFile}.${process.pid}.tmp`, JSON.stringify([...known].sort()));
      renameSync(`${validFile}.${process.pid}.tmp`, validFile);
    }
    return result;
  }

  /**
   * Validators for `kinds`: generated ones, else cached ones, else compiled now and cached (one
   * module per kind, so a new kind compiles only itself); or the reason a kind has none (unknown
   * kind, unserved version), cached the same way.
   */
  private load(kinds: string[]): { validators: Record<string, ValidateFunction>; problems: Map<string, string>; index: KindIndex; saveCodeCache: () => void } {
    const gvks = [...new Set(kinds)].sort();
    const index = indexKinds();
    const cached = (gvk: string, ext: string) => join(this.cacheDir, `${SCHEMA_KEY}-${fileName(gvk)}.${ext}`);
    const generated = (gvk: string) => (this.generatedDir ? join(this.generatedDir, `${fileName(gvk)}.js`) : undefined);
    const moduleOf = (gvk: string) => {
      const g = generated(gvk);
      return g && existsSync(g) ? g : cached(gvk, 'js');
    };
    const missing = gvks.filter((g) => !existsSync(moduleOf(g)) && !existsSync(cached(g, 'problem')));
    if (missing.length > 0) {
      const { code, problems } = compileStandalone(schemasDir(), missing, index);
      mkdirSync(this.cacheDir, { recursive: true });
      for (const [gvk, problem] of problems) writeFileSync(cached(gvk, 'problem'), problem);
      for (const [gvk, source] of code) {
        writeFileSync(`${cached(gvk, 'js')}.${process.pid}.tmp`, source);
        renameSync(`${cached(gvk, 'js')}.${process.pid}.tmp`, cached(gvk, 'js'));
      }
    }
    const validators: Record<string, ValidateFunction> = {};
    const problems = new Map<string, string>();
    const saves: (() => void)[] = [];
    for (const gvk of gvks) {
      if (existsSync(cached(gvk, 'problem'))) {
        problems.set(gvk, readFileSync(cached(gvk, 'problem'), 'utf8'));
        continue;
      }
      const file = moduleOf(gvk);
      let loaded = loadedValidators.get(file);
      if (!loaded) {
        loaded = loadWithCodeCache(file, `${cached(gvk, 'js')}.v8cache`);
        loadedValidators.set(file, loaded);
      }
      validators[gvk] = loaded.exports as ValidateFunction;
      saves.push(loaded.save);
    }
    return { validators, problems, index, saveCodeCache: () => saves.forEach((save) => save()) };
  }
}

/** Validator modules already loaded by this process, by file. */
const loadedValidators = new Map<string, { exports: unknown; save: () => void }>();

/**
 * `require(file)` with V8's code cache beside it: the generated validators are megabytes of
 * JavaScript whose functions V8 compiles lazily on first call. `save` writes the cache after the
 * validators ran, so it holds the functions validation actually used.
 */
function loadWithCodeCache(file: string, cacheFile: string): { exports: unknown; save: () => void } {
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = { exports: {} as unknown };
  const fn = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: { exports: unknown }, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  let saved = cachedData !== undefined && !script.cachedDataRejected;
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(`${cacheFile}.${process.pid}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
    } catch {
      // A read-only cache folder only costs speed.
    }
  };
  return { exports: mod.exports, save };
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

function validateOne(manifest: Manifest, validators: Record<string, ValidateFunction>, problems: Map<string, string>, index: KindIndex): SchemaError[] {
  const gvk = gvkOf(manifest);
  const problem = problems.get(gvk);
  if (problem) return [{ path: 'apiVersion', message: problem }];
  const validate = validators[gvk];
  if (!validate) return [{ path: 'kind', message: `no validator was built for ${gvk}` }];
  const errors: SchemaError[] = [];
  const [group, , kind] = gvk.split('/');
  const crd = index.crds.get(`${group}/${kind}`);
  if (crd?.scope === 'Cluster' && manifest.metadata?.namespace) {
    errors.push({ path: 'metadata.namespace', message: `${kind} is cluster-scoped: remove the namespace` });
  }
  if (!validate(manifest)) errors.push(...dedupe((validate.errors ?? []).map(describe)));
  // As on the API server, CEL rules see only objects that passed the OpenAPI checks.
  const cel = (validate as ValidateFunction & { cel?: CelRules }).cel;
  if (errors.length === 0 && cel) errors.push(...celRuleErrors(manifest, cel));
  return errors;
}

function dedupe(errors: SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(`${e.path}\0${e.message}`) && seen.add(`${e.path}\0${e.message}`));
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
    case 'type':
      return { path, message: `must be ${(error.params as { type: string | string[] }).type}` };
    case 'enum':
      return { path, message: `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}
