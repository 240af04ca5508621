// Bundles the synth (main.ts and everything it imports) into one JavaScript file with esbuild and,
// with --run, executes it in this process. Type checking is a separate step (`npm run typecheck`):
// the synth itself only needs JavaScript, and esbuild produces it in milliseconds. The bundle is
// rebuilt only when one of its inputs changed since the last build.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import vm from 'node:vm';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './schemas.mjs';

const outfile = join(repoRoot, '.build', 'synth.js');
const inputsFile = join(repoRoot, '.build', 'inputs.json');

function isFresh() {
  if (!existsSync(outfile) || !existsSync(inputsFile)) return false;
  const built = statSync(outfile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return [...inputs, 'package-lock.json', 'scripts/build.mjs'].every((f) => existsSync(join(repoRoot, f)) && statSync(join(repoRoot, f)).mtimeMs <= built);
}

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

export async function buildSynth() {
  if (isFresh()) return outfile;
  const { build } = await import('esbuild');
  const result = await build({
    ...nodeBundleOptions,
    entryPoints: ['main.ts'],
    outfile,
    // Written below by rename, so a concurrent run never loads a half-written bundle.
    write: false,
    metafile: true,
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
  });
  mkdirSync(dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, outfile);
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')).sort()));
  return outfile;
}

/**
 * Runs the bundle as a CommonJS module, with V8's code cache: compiling the 1 MB bundle is the
 * largest single cost of a synth, and the cache (rewritten whenever V8 rejects it, e.g. after a
 * rebuild) skips it. Same semantics as `node .build/synth.js`.
 */
export function runBundle(bundle, args) {
  const cacheFile = `${bundle}.v8cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const mod = new Module(bundle, undefined);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(dirname(bundle));
  process.argv = [process.argv[0], bundle, ...args];
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  if (cachedData === undefined || script.cachedDataRejected) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await buildSynth();
  if (process.argv.includes('--run')) runBundle(bundle, process.argv.slice(2).filter((a) => a !== '--run'));
}
