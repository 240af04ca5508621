// Bundles the synth (main.ts and everything it imports) into one JavaScript file with esbuild and,
// with --run, executes it in this process. Type checking is a separate step (`npm run typecheck`):
// the synth itself only needs JavaScript, and esbuild produces it in milliseconds.
//
// The bundle is cached in .build/synth.js: building it takes 0.4 s of a 1.0 s synth (measured,
// docs/performance.md). .build/inputs.json records the sha256 of every source file esbuild read, of
// the files that steer it (package-lock.json, npm's record of the installed tree, package.json,
// tsconfig.json, this script) and of the build options, with the sha256 of the bundle itself. A run
// rehashes those few hundred kilobytes (milliseconds) and reuses the bundle only when the key and
// the bundle's own bytes both match (a file's mtime or length says nothing about its content).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import Module from 'node:module';
import { repoRoot } from './schemas.mjs';

const outfile = join(repoRoot, '.build', 'synth.js');
const inputsFile = join(repoRoot, '.build', 'inputs.json');
const codeCacheFile = `${outfile}.v8cache`;
/** Files that decide the bundle besides the sources esbuild reads (node_modules is pinned by the lock files). */
const STEERING_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
const INPUTS_FORMAT = 1;

/** esbuild options shared by every Node bundle of this repository (synth, benchmarks, generators). */
export const nodeBundleOptions = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Loaded from node_modules only when a validator must be compiled (see policy/schema.ts).
  external: ['ajv', 'ajv/*'],
  logLevel: 'warning',
  // The validator cache locates node_modules through require.resolve at run time, by design.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

/** Bundles one TypeScript entry point into `outfile` (for scripts that run as their own process). */
export async function bundleScript(entry, outfile) {
  const { build } = await import('esbuild');
  await build({ ...nodeBundleOptions, entryPoints: [entry], outfile });
}

const synthOptions = {
  ...nodeBundleOptions,
  entryPoints: ['main.ts'],
  outfile,
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

/**
 * The bundle's key: sha256 over the build options and the content hash of every input, in a fixed
 * order. `read` gives a repository-relative file's bytes; a source that cannot be read gives no key.
 */
function bundleKey(sources, read) {
  const key = createHash('sha256').update(`${INPUTS_FORMAT}\0${JSON.stringify(synthOptions)}\0`);
  for (const file of STEERING_FILES) key.update(`${file}\0${sha256(read(file) ?? 'missing')}\n`);
  for (const file of sources) {
    const content = read(file);
    if (content === undefined) return undefined;
    key.update(`${file}\0${sha256(content)}\n`);
  }
  return key.digest('hex');
}

/** The built bundle when .build/inputs.json says it was made from exactly the files on disk now. */
function freshBundle() {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return undefined;
  }
  if (recorded?.format !== INPUTS_FORMAT || !Array.isArray(recorded.sources)) return undefined;
  if (bundleKey(recorded.sources, (f) => readOrUndefined(join(repoRoot, f))) !== recorded.key) return undefined;
  const code = readOrUndefined(outfile);
  if (code === undefined) return undefined;
  const sha = sha256(code);
  return sha === recorded.bundle ? { file: outfile, code, sha } : undefined;
}

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

/**
 * Loads the repository's own files for esbuild and keeps their bytes, so the key records exactly
 * what the bundle was made from even when a file is edited while esbuild runs.
 */
function recordSources(loaded) {
  return {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /\.(tsx?|[cm]?js|json)$/ }, async (args) => {
        if (args.namespace !== 'file' || args.path.split(sep).includes('node_modules')) return undefined;
        const contents = await readFile(args.path);
        loaded.set(relative(repoRoot, args.path).split(sep).join('/'), contents);
        return { contents, loader: LOADERS[extname(args.path)] };
      });
    },
  };
}

/** Replaces `file` by rename, so a concurrent run reads the old or the new bytes, never a mix. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Writes a cache file; one that cannot be written only costs speed, so this warns and goes on. */
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomically(file, data);
  } catch (error) {
    process.stderr.write(`warning: ${relative(repoRoot, file)} not saved (${error.message}); the next run builds it again.\n`);
  }
}

/** The synth bundle, built unless the one in .build/ was made from exactly the current inputs: `{ file, code, sha }`. */
export async function buildSynth() {
  const fresh = freshBundle();
  if (fresh) return fresh;
  const { build } = await import('esbuild');
  const steering = new Map(STEERING_FILES.map((f) => [f, readOrUndefined(join(repoRoot, f))]));
  const loaded = new Map();
  const result = await build({ ...synthOptions, metafile: true, plugins: [recordSources(loaded)] });
  const code = Buffer.from(result.outputFiles[0].contents);
  const sha = sha256(code);
  // The metafile lists every input; a file the plugin did not load (another file type) is read now.
  for (const file of Object.keys(result.metafile.inputs)) {
    if (file.split('/').includes('node_modules') || loaded.has(file)) continue;
    const content = readOrUndefined(join(repoRoot, file));
    if (content !== undefined) loaded.set(file, content);
  }
  const sources = [...loaded.keys()].sort();
  const key = bundleKey(sources, (f) => (steering.has(f) ? steering.get(f) : loaded.get(f)));
  writeCache(outfile, code);
  writeCache(inputsFile, JSON.stringify({ format: INPUTS_FORMAT, key, bundle: sha, sources }));
  return { file: outfile, code, sha };
}

/**
 * Runs CommonJS `code` as the module `filename`, in this process (same semantics as `node filename`).
 * No V8 code cache: it saved 0.04 s of a synth (docs/performance.md), less than it cost to key and check.
 */
export function runCommonJs(code, filename, args) {
  process.argv = [process.argv[0], filename, ...args];
  const mod = new Module(filename);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(dirname(filename));
  mod._compile(code, filename);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let bundle;
  try {
    bundle = await buildSynth();
  } catch (error) {
    // esbuild has printed its messages (file, line, what is wrong); its stack trace adds nothing.
    if (!Array.isArray(error?.errors)) process.stderr.write(`synth: building the bundle failed: ${error?.message ?? error}\n`);
    process.exit(1);
  }
  if (process.argv.includes('--run'))
    runCommonJs(
      bundle.code.toString('utf8'),
      bundle.file,
      process.argv.slice(2).filter((a) => a !== '--run'),
    );
}
