// `npm run rehearse`: bundles rehearsal/ in memory with the synth's esbuild options and runs it in
// this process (as `npm run preflight` does); nothing is written.
import { join } from 'node:path';
import { runCommonJs } from '../policy/code-cache.cjs';
import { nodeBundleOptions } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const { build } = await import('esbuild');
const filename = join(repoRoot, '.build', 'rehearse.js');
let code;
try {
  code = (await build({ ...nodeBundleOptions, entryPoints: ['rehearsal/main.ts'], write: false, outfile: filename })).outputFiles[0].text;
} catch (error) {
  console.error(`rehearse: building rehearsal/ failed: ${String(error.message).split('\n')[0]}`);
  process.exit(2);
}
runCommonJs(code, filename, undefined);
