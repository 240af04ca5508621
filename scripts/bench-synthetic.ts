import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { production } from '../model/production';
import { runDiffCli } from '../synth/diff';
import { runSynthCli } from '../synth/run';
import { addSyntheticWorkloads } from './synthetic-workloads';

// The process scripts/bench.mjs times: the production cluster plus N synthetic
// workloads, synth + gate + write into a temporary repository, or with --into DIR (kept) the same,
// validate (--check) or diff there. Its last stdout line is its peak memory: `peak-rss-kib <KiB>`.
const args = process.argv.slice(2);
const count = Number(args[0]);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const into = option('--into');
const revision = Number(option('--revision') ?? 0);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(revision) || (args.includes('--into') && !into)) {
  throw new Error('usage: bench-synthetic N [--into DIR [--revision R] [--check | diff]]');
}

const repo = resolve(__dirname, '..');
const root = into ? resolve(into) : mkdtempSync(join(tmpdir(), 'oceanid-bench-'));
const io = { out: () => undefined, err: (l: string) => process.stderr.write(`${l}\n`) };
const options = { extend: (cluster: Parameters<typeof addSyntheticWorkloads>[0]) => addSyntheticWorkloads(cluster, count, revision) };
try {
  if (!existsSync(join(root, 'cdk8s.yaml'))) {
    mkdirSync(root, { recursive: true });
    for (const entry of ['cdk8s.yaml', 'model']) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  }
  const code = args.includes('diff')
    ? runDiffCli([], [production], root, io, options)
    : runSynthCli(args.includes('--check') ? ['--check'] : [], [production], root, io, options);
  // A diff that finds changes exits 1: its result, not a failure.
  process.exitCode = args.includes('diff') && code === 1 ? 0 : code;
} finally {
  if (!into) rmSync(root, { recursive: true, force: true });
}
process.stdout.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
