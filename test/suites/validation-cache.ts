import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { build, Plugin, stop } from 'esbuild';
import { clusters } from '../../model/clusters';
import { runSynthCli } from '../../synth/run';
import { repoRoot, tempDir, tempRepo } from '../helpers';

/**
 * The schema gate's caches (compiled validators, V8 code caches, the list of objects that already
 * passed) may skip work only when keyed by everything that decides the verdict, and nothing in them
 * may make an invalid object pass. Each case runs the gate as its own process, as a synth does,
 * with a cache folder of its own.
 */

const bundles = tempDir('gate-bundles');
/** Each case starts the gate process two to four times; the machine is shared, so allow for slow starts. */
const PROCESS_TIMEOUT = 30_000;

/** Bundles test/fixtures/validate-cli.ts, optionally with one source edit (a changed rule). */
async function gateBundle(name: string, edit?: { file: string; from: string; to: string }): Promise<string> {
  const plugins: Plugin[] = [];
  if (edit) {
    plugins.push({
      name: 'edit',
      setup(b) {
        b.onLoad({ filter: new RegExp(`${edit.file.replace(/[/.]/g, '\\$&')}$`) }, (args) => {
          const text = readFileSync(args.path, 'utf8');
          if (!text.includes(edit.from)) throw new Error(`${edit.file} no longer contains the edited text`);
          return { contents: text.replace(edit.from, edit.to), loader: 'ts' };
        });
      },
    });
  }
  const outfile = join(bundles, `${name}.js`);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['test/fixtures/validate-cli.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['ajv', 'ajv/*'],
    logLevel: 'silent',
    plugins,
  });
  return outfile;
}

interface GateRun {
  readonly errors: Record<string, string[]>;
  readonly warnings: string[];
}

/** Runs the gate bundle on `manifests` with `cache` as its cache folder; fails on a crash. */
function runGate(bundle: string, cache: string, manifests: object[], env: Record<string, string> = {}): GateRun {
  const input = join(tempDir('gate-input'), 'manifests.json');
  writeFileSync(input, JSON.stringify(manifests));
  const base = { ...process.env };
  delete base.CI;
  delete base.OCEANID_VALIDATE_FROM_SCRATCH;
  const run = spawnSync(process.execPath, [bundle, input], {
    encoding: 'utf8',
    env: { ...base, OCEANID_VALIDATOR_CACHE: cache, NODE_PATH: join(repoRoot, 'node_modules'), ...env },
  });
  if (run.status !== 0) throw new Error(`the gate crashed (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as GateRun;
}

const configMap = (name: string, value: unknown) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'x' }, data: { n: value } });
/** v1 Secret has no committed validator: it is compiled into the cache on first use. */
const secret = (name: string, type: unknown) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'x' }, type });
const GOOD = configMap('good', '1');
const BAD = configMap('bad', 1);

/** Files of the cache folder whose name matches. */
function cacheFiles(cache: string, pattern: RegExp): string[] {
  const found = readdirSync(cache)
    .filter((f) => pattern.test(f))
    .map((f) => join(cache, f));
  if (found.length === 0) throw new Error(`no cache file matches ${pattern} in ${readdirSync(cache).join(', ')}`);
  return found;
}

/** Cuts a file in half, as a full disk or a killed writer would. */
function truncate(file: string): void {
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** V8 code cache made from a source of the same length that accepts every object. */
function forgedCodeCache(original: string): Buffer {
  const body = 'module.exports = function validate() { return true; }; module.exports.default = module.exports;';
  const evil = `${body}/*${'x'.repeat(original.length - body.length - 4)}*/`;
  expect(evil.length).toBe(original.length);
  const script = new Script(Module.wrap(evil), { filename: 'forged.js' });
  const exports: { exports: unknown } = { exports: {} };
  (script.runInThisContext() as (...a: unknown[]) => void)(exports.exports, require, exports, 'forged.js', '.');
  (exports.exports as () => boolean)();
  return script.createCachedData();
}

describe('the schema gate trusts no cache entry it did not make for the same verdict', () => {
  let gate: string;
  beforeAll(async () => {
    gate = await gateBundle('gate');
  }, 60_000);
  // esbuild's build service is a child process; left running it keeps the Jest worker alive.
  afterAll(() => stop());

  it(
    'checks itself: without tampering, a bad object fails and a good one passes',
    () => {
      const run = runGate(gate, tempDir('cache'), [GOOD, BAD]);
      expect(Object.keys(run.errors)).toEqual(['bad']);
      expect(run.errors.bad[0]).toMatch(/^data\.n: must be string/);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a forged entry in the already-validated list does not let an invalid object pass',
    () => {
      const cache = tempDir('cache');
      runGate(gate, cache, [GOOD]);
      const forged = createHash('sha256').update(JSON.stringify(BAD)).digest('hex').slice(0, 32);
      for (const file of cacheFiles(cache, /\.json$/)) {
        const list = JSON.parse(readFileSync(file, 'utf8')) as string[] | { entries: string[] };
        (Array.isArray(list) ? list : list.entries).push(forged);
        writeFileSync(file, JSON.stringify(list));
      }
      expect(runGate(gate, cache, [BAD]).errors.bad).toBeDefined();
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a replaced compiled validator in the cache is discarded and compiled again',
    () => {
      const cache = tempDir('cache');
      expect(runGate(gate, cache, [secret('good', 'Opaque')]).errors).toEqual({});
      const [module] = cacheFiles(cache, /_v1_Secret\.js$/);
      writeFileSync(module, 'module.exports = function validate() { return true; };\n');
      const run = runGate(gate, cache, [secret('bad', 5)]);
      expect(run.errors.bad).toEqual(['type: must be string']);
      expect(run.warnings.join('\n')).toContain(module);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a committed validator whose bytes differ from its recorded sha256 is not loaded',
    () => {
      // A checkout of its own (node_modules linked, kept as the tool root) with one validator replaced.
      const root = tempDir('checkout');
      symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
      cpSync(join(repoRoot, 'imports/validators'), join(root, 'imports/validators'), { recursive: true });
      const replaced = join(root, 'imports/validators/_v1_ConfigMap.js');
      writeFileSync(replaced, 'module.exports = function validate() { return true; };\n');
      const run = runGate(gate, tempDir('cache'), [BAD], {
        NODE_PATH: join(root, 'node_modules'),
        NODE_PRESERVE_SYMLINKS: '1',
        OCEANID_SCHEMAS: resolve(repoRoot, process.env.OCEANID_SCHEMAS ?? '../shared/schemas'),
      });
      expect(run.errors.bad).toBeDefined();
      expect(run.warnings).toEqual([expect.stringContaining(`${replaced}: does not match its sha256 in imports/validators/checksums.json`)]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a forged V8 code cache for a committed validator is not run',
    () => {
      const cache = tempDir('cache');
      runGate(gate, cache, [GOOD]);
      const forged = forgedCodeCache(readFileSync(join(repoRoot, 'imports/validators/_v1_ConfigMap.js'), 'utf8'));
      for (const file of cacheFiles(cache, /_v1_ConfigMap\.js.*\.v8cache$/)) writeFileSync(file, forged);
      expect(runGate(gate, cache, [BAD]).errors.bad).toBeDefined();
    },
    PROCESS_TIMEOUT,
  );

  it('a changed rule validates again objects that passed under the old rule', async () => {
    // The rule before it was written: a namespace on a cluster-scoped object went unnoticed.
    const before = await gateBundle('gate-before', { file: 'policy/schema.ts', from: "crd?.scope === 'Cluster' && manifest.metadata?.namespace", to: 'false' });
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'self', namespace: 'cert-manager' }, spec: { selfSigned: {} } };
    const cache = tempDir('cache');
    expect(runGate(before, cache, [issuer]).errors).toEqual({});
    expect(runGate(gate, cache, [issuer]).errors.self).toEqual(['metadata.namespace: ClusterIssuer is cluster-scoped: remove the namespace']);
    // Both rules' verdicts are kept (a few rule keys are), so switching back validates nothing again.
    runGate(gate, cache, [GOOD]);
    expect(readdirSync(cache).filter((f) => f.startsWith('results-'))).toHaveLength(2);
  }, 60_000);

  const SECRETS = [secret('good-secret', 'Opaque'), secret('bad-secret', 5)];
  it.each([
    ['the already-validated list', /\.json$/, [GOOD, BAD]],
    ['a compiled validator', /_v1_Secret\.js$/, SECRETS],
    ['a V8 code cache', /_v1_ConfigMap\.js.*\.v8cache$/, [GOOD, BAD]],
  ])(
    'a truncated cache file (%s) is discarded with a one-line warning naming it, then rebuilt',
    (_what, pattern, objects) => {
      const cache = tempDir('cache');
      runGate(gate, cache, [objects[0]]);
      const files = cacheFiles(cache, pattern);
      files.forEach(truncate);
      const run = runGate(gate, cache, objects);
      expect(Object.keys(run.errors)).toEqual([objects[1].metadata.name]);
      for (const file of files) expect(run.warnings.filter((w) => w.includes(file))).toHaveLength(1);
      expect(run.warnings.every((w) => !w.includes('\n'))).toBe(true);
      // Rebuilt: the next run finds nothing to discard.
      expect(runGate(gate, cache, objects).warnings).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'with CI=true the gate reads no cache at all, not even a corrupt one',
    () => {
      const cache = tempDir('cache');
      runGate(gate, cache, [GOOD]);
      cacheFiles(cache, /\.json$/).forEach(truncate);
      const run = runGate(gate, cache, [GOOD, BAD], { CI: 'true' });
      expect(Object.keys(run.errors)).toEqual(['bad']);
      expect(run.warnings).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    '`npm run validate` (--check) reads no cache at all',
    () => {
      const cache = tempDir('cache');
      runGate(gate, cache, [GOOD]);
      cacheFiles(cache, /\.json$/).forEach(truncate);
      const root = tempRepo();
      const err: string[] = [];
      const saved = process.env.OCEANID_VALIDATOR_CACHE;
      process.env.OCEANID_VALIDATOR_CACHE = cache;
      try {
        expect(runSynthCli(['--check'], clusters, root, { out: () => undefined, err: (l) => err.push(l) })).toBe(0);
      } finally {
        if (saved === undefined) delete process.env.OCEANID_VALIDATOR_CACHE;
        else process.env.OCEANID_VALIDATOR_CACHE = saved;
      }
      expect(err).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );
});
