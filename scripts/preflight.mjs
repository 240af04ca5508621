// `npm run preflight`: runs preflight/ from bundles cached like the synth's (scripts/build.mjs), in
// this process. The API server check is a bundle of its own that runs first, so an unreachable
// cluster is reported before the rest of preflight/ is loaded.
import { bundleOrExit, run } from './build.mjs';

const args = process.argv.slice(2);
run(await bundleOrExit('preflight-reachable'), args);
if (process.exitCode) process.exit(process.exitCode);
run(await bundleOrExit('preflight'), args);
