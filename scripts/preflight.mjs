// `npm run preflight`: bundles preflight/ in memory with the synth's esbuild options and runs it in
// this process. Nothing is written, so any number of runs can go at once. The API server check is
// a bundle of its own that runs while esbuild builds the rest, so an unreachable cluster is reported
// within 10 s however long the build takes on a busy machine.
import { join } from 'node:path';
import { nodeBundleOptions, runCommonJs } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const { build } = await import('esbuild');
const bundle = (entry) => build({ ...nodeBundleOptions, entryPoints: [entry], write: false, outfile: join(repoRoot, '.build', 'preflight.js') });

const run = (code) => runCommonJs(code, join(repoRoot, '.build', 'preflight.js'), args);

/** The bundle's code, or one line and exit 2 when esbuild fails (a TypeScript syntax error, say). */
async function code(built) {
  try {
    return (await built).outputFiles[0].text;
  } catch (error) {
    console.error(`preflight: building preflight/ failed: ${String(error.message).split('\n')[0]}`);
    process.exit(2);
  }
}

const args = process.argv.slice(2);
const full = bundle('preflight/main.ts');
full.catch(() => undefined); // reported when awaited below
run(await code(bundle('preflight/reachable.ts')));
if (process.exitCode) process.exit(process.exitCode);
run(await code(full));
