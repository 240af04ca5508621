// `npm run bench:scale -- N`: the synthetic model at N workloads (the production cluster plus N
// hardened Deployments, scripts/synthetic-workloads.ts), synth + policy gate + write. Prints the wall time of that process
// and its peak resident memory; the last line is `N workloads: <seconds> s, <MiB> MiB peak`.
// It only measures; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { bundle } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 0) {
  console.error('usage: npm run bench:scale -- N   (N synthetic workloads, a whole number)');
  process.exit(2);
}

const { file } = await bundle('scripts/bench-synthetic.ts', 'bench-synthetic');

/** Wall seconds and the child's own report of its peak memory (its last stdout line). */
function timeSynthetic(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [file, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`bench-synthetic ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const kib = Number(/peak-rss-kib (\d+)\s*$/.exec(r.stdout)?.[1]);
  return { seconds, mib: kib / 1024 };
}

const { seconds, mib } = timeSynthetic([String(n)]);
console.log(`${n} workloads: ${seconds.toFixed(2)} s, ${mib.toFixed(0)} MiB peak`);
