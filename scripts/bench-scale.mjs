// `npm run bench:scale -- N`: the production cluster plus N synthetic workloads
// (scripts/synthetic-workloads.ts), synth + policy gate + write, as one process: its wall time and
// peak resident memory. It only measures.
import { spawnSync } from 'node:child_process';
import { bundle } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 0) {
  console.error('usage: npm run bench:scale -- N   (N synthetic workloads, a whole number)');
  process.exit(2);
}
const { file } = await bundle('scripts/bench-synthetic.ts', 'bench-synthetic');
const start = performance.now();
const r = spawnSync(process.execPath, [file, String(n)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const seconds = (performance.now() - start) / 1000;
if (r.status !== 0) throw new Error(`bench-synthetic ${n} failed (${r.status}):\n${r.stderr}`);
// The child's last stdout line is its own peak memory.
const mib = Number(/peak-rss-kib (\d+)\s*$/.exec(r.stdout)?.[1]) / 1024;
console.log(`${n} workloads: ${seconds.toFixed(2)} s, ${mib.toFixed(0)} MiB peak`);
