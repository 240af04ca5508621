import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { production } from '../model/production';
import { runSynthCli } from '../synth/run';
import { addSyntheticWorkloads } from './synthetic-workloads';

/**
 * Benchmark entry: the production cluster plus N synthetic workloads (scripts/synthetic-workloads.ts),
 * synthesized, validated and written into a fresh temporary repository. Run by scripts/bench.mjs
 * as its own process.
 */
const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 0) throw new Error('usage: bench-synthetic N');

const repo = resolve(__dirname, '..');
const root = mkdtempSync(join(tmpdir(), 'oceanid-bench-'));
try {
  for (const entry of ['cdk8s.yaml', 'model']) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  const code = runSynthCli([], [production], root, { out: () => undefined, err: (l) => process.stderr.write(`${l}\n`) }, { extend: (cluster) => addSyntheticWorkloads(cluster, count) });
  process.exitCode = code;
} finally {
  rmSync(root, { recursive: true, force: true });
}
