import { runReachabilityCli } from './reachability';

// `npm run preflight`, step 1: is the cluster there at all? (see scripts/preflight.mjs)
process.exitCode = runReachabilityCli(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) });
