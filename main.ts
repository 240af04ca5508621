import { clusters } from './model/clusters';
import { findRepoRoot, runSynthCli } from './synth/run';

// Renders every cluster of model/clusters.ts into dist/ and flux/ (or checks them with --check).
process.exitCode = runSynthCli(process.argv.slice(2), clusters, findRepoRoot(__dirname), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
