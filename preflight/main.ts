import { clusters } from '../model/clusters';
import { findRepoRoot } from '../synth/run';
import { runPreflightCli } from './run';

// `npm run preflight [-- --context NAME] [--cluster NAME]`: the live cluster against the model.
const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};
process.exitCode = runPreflightCli(process.argv.slice(2), clusters, findRepoRoot(__dirname), io);
