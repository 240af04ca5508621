import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { repoRoot, tempDir } from '../helpers';
import { synthBundle } from '../synth-process';

// scripts/build.mjs in a throwaway copy of the repository: the bundle is rebuilt whenever a byte
// of its inputs changed, and is not used unless it was made from exactly what runs now.

/**
 * A copy of everything the build reads (node_modules/ linked), with the checkout's bundle: the
 * bundle records its sources by their path in the repository, and they are the same here, so the
 * first build takes the fast path (its key checked, not trusted) instead of building again.
 */
function buildRepo(): string {
  const root = tempDir('build');
  for (const entry of [
    'main.ts',
    'charts',
    'lib',
    'model',
    'policy',
    'synth',
    'scripts',
    'preflight',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'cdk8s.yaml',
    'schemas.lock.json',
    'dist',
    'flux',
    'hosts',
    'imports',
  ]) {
    cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, '.build'));
  // Jest's global setup built these (test/global-setup.mjs).
  for (const name of ['synth', 'preflight-reachable'])
    for (const file of [`${name}.js`, `${name}.inputs.json`]) cpSync(join(dirname(synthBundle()), file), join(root, '.build', file));
  return root;
}

const env = { ...process.env, OCEANID_SCHEMAS: process.env.OCEANID_SCHEMAS ?? join(repoRoot, '../shared/schemas'), OCEANID_DEBUG: '' };

function build(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), ...args], { cwd: root, encoding: 'utf8', env });
}

function edit(root: string, file: string, from: RegExp | string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

// The tests share one repository and run in order, so each esbuild build and each synth run (about
// a second of CPU each) serves as many checks as it can.
describe('the synth bundle', () => {
  let root: string;
  beforeAll(() => {
    root = buildRepo();
    const seeded = statSync(join(root, '.build/synth.js')).mtimeMs;
    const first = build(root);
    if (first.status !== 0) throw new Error(`the first build failed: ${first.stderr}`);
    // The seeded bundle was taken as it is: its inputs are the copy's, byte for byte.
    expect(statSync(join(root, '.build/synth.js')).mtimeMs).toBe(seeded);
  });
  const bundle = () => join(root, '.build/synth.js');

  // The bundle of `npm run preflight`'s reachability check: the same cache as the synth's, a quarter of its build.
  const reachable = () => join(root, '.build/preflight-reachable.js');
  const buildReachable = `import('./scripts/build.mjs').then(({ bundleOrExit }) => bundleOrExit('preflight-reachable'))`;

  it('rebuilds a tampered bundle before anything runs it', () => {
    const built = readFileSync(reachable());
    writeFileSync(reachable(), built.toString('utf8').replace('did not answer', 'TAMPERED, did not answer'));
    expect(readFileSync(reachable()).equals(built)).toBe(false);
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', buildReachable], { cwd: root, encoding: 'utf8', env }).status).toBe(0);
    // Built afresh here, where node_modules is a link: esbuild names the modules by the path it resolved.
    const rebuilt = readFileSync(reachable());
    expect(rebuilt.toString('utf8')).not.toContain('TAMPERED');
    expect(sha256(rebuilt)).toBe(JSON.parse(readFileSync(join(root, '.build/preflight-reachable.inputs.json'), 'utf8')).bundle);
  });

  it('a bundle record that names a file outside the repository, or holds no key, is not trusted: the file is never read, the bundle rebuilt', async () => {
    // A FIFO nobody writes to: reading it blocks for ever, as a record committed to a pull request could make CI do.
    const fifo = join(tempDir('outside'), 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const recordFile = join(root, '.build/preflight-reachable.inputs.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    writeFileSync(recordFile, JSON.stringify({ ...record, sources: [...record.sources, relative(root, fifo)] }));
    const built = statSync(reachable()).mtimeMs;
    // Not spawnSync: should the build read the FIFO after all, Jest's time-out ends this test.
    const child = spawn(process.execPath, ['--input-type=module', '-e', buildReachable], { cwd: root, env, stdio: 'ignore' });
    expect(await new Promise((done) => child.on('exit', done))).toBe(0);
    expect(statSync(reachable()).mtimeMs).not.toBe(built);
    expect(JSON.parse(readFileSync(recordFile, 'utf8')).sources).toEqual(record.sources);
    // A record without a key, naming a source that cannot be read, and the bundle's own sha256: rebuilt too.
    writeFileSync(recordFile, JSON.stringify({ sources: ['gone.ts'], bundle: sha256(readFileSync(reachable())) }));
    const rebuilt = statSync(reachable()).mtimeMs;
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', buildReachable], { cwd: root, encoding: 'utf8', env }).status).toBe(0);
    expect(statSync(reachable()).mtimeMs).not.toBe(rebuilt);
  });

  it('runs the model as it is after an edit that keeps the bundle the same length (count: 1 -> count: 0), then reuses that bundle', () => {
    const before = readFileSync(join(root, 'dist/production/README.md'), 'utf8');
    // The seeded record comes from Jest's global setup, one esbuild run for every bundle (unless
    // .build/synth.js was current before it); built alone, a record lists every file esbuild loaded.
    const sources = () => JSON.parse(readFileSync(join(root, '.build/synth.inputs.json'), 'utf8')).sources;
    const seeded = sources();
    edit(root, 'model/production.ts', /count: 1\b/, 'count: 0');
    const run = build(root, '--run');
    expect(run.stderr).toMatch(/gpu\.count: .*\(got 0\)/);
    expect(run.status).toBe(1);
    expect(sources()).toEqual(seeded);
    expect(readFileSync(join(root, 'dist/production/README.md'), 'utf8')).toBe(before);
    // The fast path stays: nothing changed since, so nothing is rebuilt.
    const built = statSync(bundle()).mtimeMs;
    expect(build(root).status).toBe(0);
    expect(statSync(bundle()).mtimeMs).toBe(built);
  });

  it("a syntax error and a bad import print esbuild's messages only, and exit 1", () => {
    edit(root, 'synth/run.ts', "const check = argv.includes('--check');", 'const check = argv.includes(;');
    edit(root, 'main.ts', "from './synth/diff'", "from './synth/difff'");
    const run = build(root, '--run');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\[ERROR\] Unexpected ";"[\s\S]*synth\/run\.ts:\d+:\d+/);
    expect(run.stderr).toMatch(/\[ERROR\] Could not resolve "\.\/synth\/difff"[\s\S]*main\.ts:\d+:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the Jest transformer', () => {
  it("keys its cache by esbuild's version and its own bytes, so an upgrade or an edit transforms afresh", () => {
    const dir = tempDir('transformer');
    const copy = join(dir, 'jest-esbuild.cjs');
    writeFileSync(copy, `${readFileSync(join(repoRoot, 'scripts/jest-esbuild.cjs'), 'utf8')}\n// edited\n`);
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
    const key = (file: string) =>
      (require(file) as { getCacheKey: (s: string, f: string, o: { configString: string }) => string }).getCacheKey('x', 'a.ts', { configString: '{}' });
    expect(key(copy)).not.toBe(key(join(repoRoot, 'scripts/jest-esbuild.cjs')));
  });
});
