import { clusters } from './model/clusters';
import { runDiffCli } from './synth/diff';
import { findRepoRoot, runSynthCli } from './synth/run';

// Renders every cluster of model/clusters.ts into dist/ and flux/ (or checks them with --check);
// `diff` prints what a synth would change, object by object, and writes nothing.
const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  isTTY: process.stdout.isTTY,
};
// A reader that stops early (`npm run diff | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const diff = process.argv[2] === 'diff';
try {
  const root = findRepoRoot(__dirname);
  process.exitCode = diff ? runDiffCli(process.argv.slice(3), clusters, root, io) : runSynthCli(process.argv.slice(2), clusters, root, io);
} catch (error) {
  // The commands report what they expect as one line; anything else still ends in one line.
  io.err(`${diff ? 'diff' : 'synth'} failed: ${(error as Error)?.message ?? error}`);
  if (process.env.OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
  process.exitCode = diff ? 2 : 1;
}
