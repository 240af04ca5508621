// Bundles a TypeScript entry point (main.ts for the synth) into one JavaScript file with esbuild
// and, with --run, executes the synth in this process; type checking is `npm run typecheck`.
//
// Each bundle is cached in .build/<name>.js: a synth takes 0.65 s with it and 1.2 s without
// (measured 2026-12-08, three runs each). .build/<name>.inputs.json records the sha256 of every
// source esbuild read, of the files that steer it and of the options, and of the bundle itself; a
// run rehashes those (milliseconds) and reuses the bundle only when both match: an mtime or a
// length says nothing about content, and a tampered bundle is rebuilt (test/suites/synth-bundle.ts).
// No V8 code cache: it saved 0.04 s per synth.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files that decide a bundle besides its sources (node_modules is pinned by the lock files). */
const STEERING_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

// The key holds these, not the checkout's path: a copy of the repository reuses a copied bundle.
const options = {
  bundle: true,
  platform: 'node',
  target: 'node26',
  format: 'cjs',
  // Loaded from node_modules only when a validator must be compiled (policy/schema.ts).
  external: ['ajv', 'ajv/*'],
  logLevel: 'warning',
  // The schema gate locates node_modules through require.resolve at run time, by design.
  logOverride: { 'require-resolve-not-external': 'silent' },
  // Written by rename below, so a concurrent run never loads a half-written bundle.
  write: false,
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
};
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function readOrUndefined(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** sha256 over the options and every input's content; undefined when a source cannot be read. */
function bundleKey(entry, sources, read) {
  const key = createHash('sha256').update(`${entry}\0${JSON.stringify(options)}\0`);
  for (const file of [...STEERING_FILES, ...sources]) {
    const content = read(file);
    if (content === undefined && !STEERING_FILES.includes(file)) return undefined;
    key.update(`${file}\0${sha256(content ?? 'missing')}\n`);
  }
  return key.digest('hex');
}

/** A cache file that cannot be written only costs speed: warn and go on. */
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, data);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch (error) {
    process.stderr.write(`warning: ${relative(repoRoot, file)} not saved (${error.message}); the next run builds it again.\n`);
  }
}

/** The entry point of each bundle: `npm run synth`, `preflight` (its reachability check first) and `rehearse`. */
export const ENTRIES = { synth: 'main.ts', 'preflight-reachable': 'preflight/reachable.ts', preflight: 'preflight/main.ts', rehearse: 'rehearsal/main.ts' };

/**
 * The bundles of `entries` ({ name: entry }) as { name: { file, code } }, each rebuilt unless
 * .build/<name>.js was made from exactly the current inputs, the stale ones in one esbuild run: their
 * shared sources are read and parsed once (ENTRIES: 1.45 s of CPU together, 3.2 s one by one,
 * measured 2026-12-08). Each output is byte-identical to its own build.
 */
export async function bundles(entries) {
  const out = join(repoRoot, '.build');
  const result = {};
  for (const [name, entry] of Object.entries(entries)) {
    try {
      const recorded = JSON.parse(readFileSync(join(out, `${name}.inputs.json`), 'utf8'));
      const code = readFileSync(join(out, `${name}.js`));
      // A record is read from the working tree: one naming a file outside the repository (a FIFO, a device) is not read, but rebuilt.
      const inside = (f) => !/^\.\.([/\\]|$)/.test(relative(repoRoot, resolve(repoRoot, f)));
      const key = recorded.sources.every(inside) ? bundleKey(entry, recorded.sources, (f) => readOrUndefined(join(repoRoot, f))) : undefined;
      if (key && key === recorded.key && sha256(code) === recorded.bundle) result[name] = { file: join(out, `${name}.js`), code };
    } catch {
      // No usable record: build.
    }
  }
  const stale = Object.fromEntries(Object.entries(entries).filter(([name]) => !result[name]));
  if (Object.keys(stale).length === 0) return result;
  const { build } = await import('esbuild');
  const steering = new Map(STEERING_FILES.map((f) => [f, readOrUndefined(join(repoRoot, f))]));
  // The repository's own files are loaded here and their bytes kept, so the key records exactly what was bundled.
  const loaded = new Map();
  const recordSources = {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /\.(tsx?|[cm]?js|json)$/ }, (args) => {
        if (args.namespace !== 'file' || args.path.split(sep).includes('node_modules')) return undefined;
        const contents = readFileSync(args.path);
        loaded.set(relative(repoRoot, args.path).split(sep).join('/'), contents);
        return { contents, loader: LOADERS[extname(args.path)] };
      });
    },
  };
  const built = await build({ ...options, absWorkingDir: repoRoot, entryPoints: stale, outdir: out, metafile: true, plugins: [recordSources] });
  for (const [name, entry] of Object.entries(stale)) {
    // Built alone, every file esbuild loaded; together, the files each entry's imports reach, whether or
    // not their code ended up in its bundle (test/suites/synth-bundle.ts compares the two).
    const reached = new Set(Object.keys(stale).length === 1 ? loaded.keys() : [entry]);
    for (const file of reached) for (const i of built.metafile.inputs[file]?.imports ?? []) if (loaded.has(i.path)) reached.add(i.path);
    const sources = [...reached].sort();
    const file = join(out, `${name}.js`);
    const code = Buffer.from(built.outputFiles.find((o) => o.path === file).contents);
    const key = bundleKey(entry, sources, (f) => (steering.has(f) ? steering.get(f) : loaded.get(f)));
    writeCache(file, code);
    writeCache(join(out, `${name}.inputs.json`), JSON.stringify({ key, bundle: sha256(code), sources }));
    result[name] = { file, code };
  }
  return result;
}

/** The bundle of `entry` as `{ file, code }`, built unless .build/<name>.js was made from exactly the current inputs. */
export const bundle = async (entry, name) => (await bundles({ [name]: entry }))[name];

/** Runs a bundle as the CommonJS module it is, in this process (as `node <file> ...args` would). */
export function run({ file, code }, args) {
  process.argv = [process.argv[0], file, ...args];
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  mod._compile(code.toString('utf8'), file);
}

/** The bundle, or exit 1: esbuild has printed its messages (file, line, what is wrong); a stack trace adds nothing. */
export async function bundleOrExit(name) {
  try {
    return await bundle(ENTRIES[name], name);
  } catch (error) {
    if (!Array.isArray(error?.errors)) process.stderr.write(`${name}: building the bundle failed: ${error?.message ?? error}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const synth = await bundleOrExit('synth');
  const args = process.argv.slice(2).filter((a) => a !== '--run');
  if (process.argv.includes('--run')) run(synth, args);
}
