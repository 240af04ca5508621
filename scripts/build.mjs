// Bundles a TypeScript entry point (main.ts and everything it imports, for the synth) into one
// JavaScript file with esbuild and, with --run, executes the synth in this process. Type checking is
// a separate step (`npm run typecheck`): running only needs JavaScript, and esbuild makes it fast.
//
// Each bundle is cached in .build/<name>.js: building the synth's takes 0.43 s of a 1.0 s synth
// (docs/performance.md). .build/<name>.inputs.json records the sha256 of every source file esbuild
// read, of the files that steer it (the lock files, package.json, tsconfig.json, this script) and of
// the build options, with the sha256 of the bundle itself. A run rehashes those few hundred
// kilobytes (milliseconds) and reuses the bundle only when the key and the bundle's own bytes both
// match (a file's mtime or length says nothing about its content). No V8 code cache: it saved
// 0.04 s per synth.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './schemas.mjs';

/** Files that decide a bundle besides the sources esbuild reads (node_modules is pinned by the lock files). */
const STEERING_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

const options = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Loaded from node_modules only when a validator must be compiled (see policy/schema.ts).
  external: ['ajv', 'ajv/*'],
  logLevel: 'warning',
  // The schema gate locates node_modules through require.resolve at run time, by design.
  logOverride: { 'require-resolve-not-external': 'silent' },
  // Written below by rename, so a concurrent run never loads a half-written bundle.
  write: false,
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
};

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** A file's bytes, or undefined when it does not exist (or cannot be read). */
function readOrUndefined(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** sha256 over the build options and the content hash of every input; undefined when a source cannot be read. */
function bundleKey(entry, sources, read) {
  const key = createHash('sha256').update(`${entry}\0${JSON.stringify(options)}\0`);
  for (const file of [...STEERING_FILES, ...sources]) {
    const content = read(file);
    if (content === undefined && !STEERING_FILES.includes(file)) return undefined;
    key.update(`${file}\0${sha256(content ?? 'missing')}\n`);
  }
  return key.digest('hex');
}

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

/** Loads the repository's own files for esbuild and keeps their bytes, so the key records exactly what was bundled. */
const recordSources = (loaded) => ({
  name: 'record-sources',
  setup(build) {
    build.onLoad({ filter: /\.(tsx?|[cm]?js|json)$/ }, (args) => {
      if (args.namespace !== 'file' || args.path.split(sep).includes('node_modules')) return undefined;
      const contents = readFileSync(args.path);
      loaded.set(relative(repoRoot, args.path).split(sep).join('/'), contents);
      return { contents, loader: LOADERS[extname(args.path)] };
    });
  },
});

/** Writes a cache file by rename; one that cannot be written only costs speed, so this warns and goes on. */
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, data);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch (error) {
    process.stderr.write(`warning: ${relative(repoRoot, file)} not saved (${error.message}); the next run builds it again.\n`);
  }
}

/** The bundle of `entry` as `{ file, code }`, built unless .build/<name>.js was made from exactly the current inputs. */
export async function bundle(entry, name) {
  const file = join(repoRoot, '.build', `${name}.js`);
  const inputsFile = join(repoRoot, '.build', `${name}.inputs.json`);
  try {
    const recorded = JSON.parse(readFileSync(inputsFile, 'utf8'));
    const code = readFileSync(file);
    if (bundleKey(entry, recorded.sources, (f) => readOrUndefined(join(repoRoot, f))) === recorded.key && sha256(code) === recorded.bundle)
      return { file, code };
  } catch {
    // No usable record: build.
  }
  const { build } = await import('esbuild');
  const steering = new Map(STEERING_FILES.map((f) => [f, readOrUndefined(join(repoRoot, f))]));
  const loaded = new Map();
  const result = await build({ ...options, entryPoints: [entry], outfile: file, plugins: [recordSources(loaded)] });
  const code = Buffer.from(result.outputFiles[0].contents);
  const sources = [...loaded.keys()].sort();
  const key = bundleKey(entry, sources, (f) => (steering.has(f) ? steering.get(f) : loaded.get(f)));
  writeCache(file, code);
  writeCache(inputsFile, JSON.stringify({ key, bundle: sha256(code), sources }));
  return { file, code };
}

/** Runs a bundle as the CommonJS module it is, in this process (as `node <file> ...args` would). */
export function run({ file, code }, args) {
  process.argv = [process.argv[0], file, ...args];
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  mod._compile(code.toString('utf8'), file);
}

/** The bundle, or exit 1: esbuild has printed its messages (file, line, what is wrong); a stack trace adds nothing. */
export async function bundleOrExit(entry, name) {
  try {
    return await bundle(entry, name);
  } catch (error) {
    if (!Array.isArray(error?.errors)) process.stderr.write(`${name}: building the bundle failed: ${error?.message ?? error}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const synth = await bundleOrExit('main.ts', 'synth');
  if (process.argv.includes('--run')) {
    run(
      synth,
      process.argv.slice(2).filter((a) => a !== '--run'),
    );
  }
}
