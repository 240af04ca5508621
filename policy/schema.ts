import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import lockFile from '../schemas.lock.json';
import { Manifest } from '../lib/rendered';
import { celRuleErrors, CelRules, extractCelRules } from './cel-rules';
import { readPinned, schemasDir as pinnedSchemasDir } from './pinned-schemas.cjs';
import { sha256, ValidatorCache, ValidatorSource } from './validator-cache';

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
  return pinnedSchemasDir(toolRoot());
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

/**
 * Property schemas of this many JSON characters or more get their own function (measured: 300 to
 * 4,000 all help; 1,000 is as fast as 300 with fewer functions).
 */
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
      problems.set(
        gvk,
        versions.length > 0
          ? `${group || 'core'} ${kind} is not served at ${version} (served: ${versions.map((v) => v.split('/')[1]).join(', ')})`
          : `unknown kind ${kind} in API group "${group || 'core'}": no pinned schema defines it`,
      );
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
/** sha256 of each committed validator module, checked whenever one is loaded. */
const CHECKSUMS_FILE = 'checksums.json';

function fileName(gvk: string): string {
  return gvk.replace(/[^A-Za-z0-9.-]/g, '_');
}

/**
 * Generates validator modules for `gvks` into `dir` (the committed imports/validators), with the
 * schema key they were generated for and the sha256 of each. Kinds without a schema are skipped:
 * they fail at synth.
 */
export function generateValidators(gvks: readonly string[], dir: string): { written: string[]; skipped: Map<string, string> } {
  const { code, problems } = compileStandalone(schemasDir(), [...new Set(gvks)].sort(), indexKinds());
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const sums: Record<string, string> = {};
  for (const [gvk, source] of code) {
    writeFileSync(join(dir, `${fileName(gvk)}.js`), source);
    sums[`${fileName(gvk)}.js`] = sha256(source);
    written.push(gvk);
  }
  writeFileSync(join(dir, 'schema-key.txt'), `${SCHEMA_KEY}\n`);
  writeFileSync(join(dir, CHECKSUMS_FILE), `${JSON.stringify(sums, Object.keys(sums).sort(), 2)}\n`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return { written, skipped: problems };
}

function packageVersion(pkg: string): string {
  return `${pkg}@${(JSON.parse(readFileSync(join(toolRoot(), 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version}`;
}

/**
 * The key of the code that turns a validator's result into a verdict: this module, the cache that
 * loads validators and the CEL rules and evaluator (or, in the synth bundle, the bundle itself,
 * which holds them all), and the ajv runtime the generated validators call. Read from the code
 * that is running, so a changed rule can never reuse a verdict reached under the old one. A run
 * that cannot read it gets a key of its own.
 */
function computeRuleKey(): string {
  try {
    // Under Jest each module runs from its source; the bundle holds them and the CEL evaluator.
    const code = __filename.endsWith('.ts') ? [__filename, join(__dirname, 'cel-rules.ts'), join(__dirname, 'validator-cache.ts')] : [__filename];
    const libraries = __filename.endsWith('.ts') ? ['ajv', '@marcbachmann/cel-js'] : ['ajv'];
    return sha256([...code.map((f) => sha256(readFileSync(f))), ...libraries.map(packageVersion)].join('\n'));
  } catch {
    return randomUUID();
  }
}

/**
 * The key of what compiles a validator: the pinned schemas, this module's transformation of them
 * (its source, read from the checkout, so a model edit that rebuilds the bundle keeps compiled
 * kinds) and the ajv version. Each compiled module is sealed with its own sha256, which verdicts
 * are keyed by, so a module is never trusted for its name alone.
 */
function computeCompileKey(): string {
  try {
    const source = __filename.endsWith('.ts') ? __filename : join(toolRoot(), 'policy', 'schema.ts');
    return hash({ SCHEMA_KEY, source: sha256(readFileSync(source)), ajv: packageVersion('ajv') });
  } catch {
    return hash({ SCHEMA_KEY, ruleKey });
  }
}
let ruleKey: string | undefined;
let compileKey: string | undefined;

/** Options of one run of the schema gate. */
export interface SchemaGateOptions {
  /**
   * Validate every object and read nothing from the cache folder: no verdicts, no compiled
   * validators, no V8 code caches (`npm run validate`, CI). Committed validators are still used,
   * each checked against its recorded sha256.
   * @default true when CI is set (and not "false" or "0") or OCEANID_VALIDATE_FROM_SCRATCH=1
   */
  readonly fromScratch?: boolean;
}

/** Whether the environment asks for validation from scratch (CI, or OCEANID_VALIDATE_FROM_SCRATCH=1). */
export function fromScratchByEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  const on = (v: string | undefined) => v !== undefined && !['', '0', 'false'].includes(v.toLowerCase());
  return on(env.OCEANID_VALIDATE_FROM_SCRATCH) || on(env.CI);
}

/**
 * Validates manifests against the pinned schemas. Validators come from the committed
 * imports/validators when they were generated for the same schemas and match their recorded
 * sha256, otherwise from the cache folder where they are compiled once per kind (sealed, see
 * ValidatorCache). The cache also holds the verdicts already reached, each keyed by the object,
 * the pinned schemas, the sha256 of the validator module and the rule code, so only new or changed
 * objects, or objects whose validator or rules changed, are validated.
 */
export class SchemaValidator {
  static open(options: SchemaGateOptions = {}): SchemaValidator {
    return new SchemaValidator(toolRoot(), options.fromScratch ?? fromScratchByEnvironment());
  }

  private readonly cache: ValidatorCache;
  private readonly generated: { dir: string; sums: Record<string, string> } | undefined;
  /** Warnings the committed validators raised (the cache's own are added in `warnings`). */
  private readonly ownWarnings: string[] = [];
  /** The source of each kind's validator, once read and verified. */
  private readonly sources = new Map<string, { file: string; code: ValidatorSource } | undefined>();

  private constructor(root: string, fromScratch: boolean) {
    // OCEANID_VALIDATOR_CACHE moves the cache (tests give each run its own).
    const cacheDir = resolve(root, process.env.OCEANID_VALIDATOR_CACHE ?? join('node_modules', '.cache', 'oceanid-validators'));
    this.cache = fromScratch ? ValidatorCache.none() : ValidatorCache.open(cacheDir);
    const dir = join(root, GENERATED_VALIDATORS_DIR);
    try {
      if (readFileSync(join(dir, 'schema-key.txt'), 'utf8').trim() === SCHEMA_KEY) {
        this.generated = { dir, sums: JSON.parse(readFileSync(join(dir, CHECKSUMS_FILE), 'utf8')) as Record<string, string> };
      }
    } catch {
      // No committed validators for these schemas: every kind is compiled.
    }
    ruleKey ??= computeRuleKey();
    compileKey ??= computeCompileKey();
  }

  /** One line per cache file that was discarded, or committed validator that did not match its checksum. */
  get warnings(): readonly string[] {
    return [...this.ownWarnings, ...this.cache.warnings];
  }

  /** Schema errors of each manifest (only manifests with errors appear in the result). */
  validateAll(manifests: readonly Manifest[]): Map<Manifest, SchemaError[]> {
    const resultsFile = `results-${hash({ SCHEMA_KEY, ruleKey })}.json`;
    // OCEANID_VALIDATION_RESULT_CACHE=off validates every object (benchmarks measure that cost).
    const useResults = this.cache.enabled && process.env.OCEANID_VALIDATION_RESULT_CACHE !== 'off';
    const known = useResults ? this.cache.readResults(resultsFile) : new Set<string>();
    const verdictKey = (m: Manifest, h: string) => {
      const code = this.source(gvkOf(m))?.code;
      return code && this.cache.mac('verdict', SCHEMA_KEY, ruleKey!, code.sha256, h);
    };
    const pending = manifests.map((m) => ({ m, h: hash(m) })).filter(({ m, h }) => !useResults || !known.has(verdictKey(m, h) ?? ''));
    const result = new Map<Manifest, SchemaError[]>();
    if (pending.length === 0) return result;

    const { validators, problems, index, saveCodeCache } = this.load(pending.map(({ m }) => gvkOf(m)));
    let learned = false;
    for (const { m, h } of pending) {
      const errors = validateOne(m, validators, problems, index);
      if (errors.length > 0) result.set(m, errors);
      else if (useResults) {
        known.add(verdictKey(m, h)!);
        learned = true;
      }
    }
    saveCodeCache();
    if (learned) this.cache.writeResults(resultsFile, known);
    return result;
  }

  /**
   * The verified source of `gvk`'s validator: the committed module when its bytes match the
   * recorded sha256, else the sealed module in the cache; undefined when it must be compiled.
   */
  private source(gvk: string): { file: string; code: ValidatorSource } | undefined {
    if (this.sources.has(gvk)) return this.sources.get(gvk);
    let found: { file: string; code: ValidatorSource } | undefined;
    const name = `${fileName(gvk)}.js`;
    const recorded = this.generated?.sums[name];
    if (recorded) {
      const file = join(this.generated!.dir, name);
      const source = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (source !== undefined && sha256(source) === recorded) found = { file, code: { source, sha256: recorded } };
      else
        this.ownWarnings.push(
          `${file}: ${source === undefined ? 'missing' : `does not match its sha256 in ${GENERATED_VALIDATORS_DIR}/${CHECKSUMS_FILE}`}; ` +
            `compiled from the pinned schemas instead (run \`npm run import\` to regenerate it)`,
        );
    }
    if (!found) {
      const code = this.cache.readModule(this.cachedName(gvk, 'js'));
      if (code) found = { file: join(this.cache.dir!, this.cachedName(gvk, 'js')), code };
    }
    this.sources.set(gvk, found);
    return found;
  }

  /** Cache file name of a compiled kind: keyed by the schemas and the code that compiles it. */
  private cachedName(gvk: string, ext: string): string {
    return `${compileKey}-${fileName(gvk)}.${ext}`;
  }

  /**
   * Validators for `kinds`: committed ones, else cached ones, else compiled now and cached (one
   * module per kind, so a new kind compiles only itself); or the reason a kind has none (unknown
   * kind, unserved version).
   */
  private load(kinds: string[]): { validators: Record<string, ValidateFunction>; problems: Map<string, string>; index: KindIndex; saveCodeCache: () => void } {
    const gvks = [...new Set(kinds)].sort();
    const index = indexKinds();
    const missing = gvks.filter((g) => !this.source(g));
    const problems = new Map<string, string>();
    if (missing.length > 0) {
      const compiled = compileStandalone(schemasDir(), missing, index);
      for (const [gvk, problem] of compiled.problems) problems.set(gvk, problem);
      for (const [gvk, source] of compiled.code) {
        const name = this.cachedName(gvk, 'js');
        const code = this.cache.writeModule(name, source);
        this.sources.set(gvk, { file: this.cache.dir ? join(this.cache.dir, name) : join(toolRoot(), name), code });
      }
    }
    const validators: Record<string, ValidateFunction> = {};
    const saves: (() => void)[] = [];
    for (const gvk of gvks) {
      const found = this.source(gvk);
      if (!found) continue;
      const memo = `${found.file}\0${found.code.sha256}\0${this.cache.dir ?? ''}`;
      let loaded = loadedValidators.get(memo);
      if (!loaded) {
        loaded = this.cache.runModule(found.file, found.code, fileName(gvk) + '.js');
        loadedValidators.set(memo, loaded);
      }
      validators[gvk] = loaded.exports as ValidateFunction;
      saves.push(loaded.save);
    }
    const saveCodeCache = () => {
      for (const save of saves) save();
    };
    return { validators, problems, index, saveCodeCache };
  }
}

/** Validator modules already loaded by this process, by file, content hash and cache folder. */
const loadedValidators = new Map<string, { exports: unknown; save: () => void }>();

function hash(value: unknown): string {
  return sha256(JSON.stringify(value)).slice(0, 32);
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
