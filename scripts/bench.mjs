// `npm run bench`: medians of wall time per command, rows interleaved round-robin so machine noise
// hits every row alike, each also divided by a `node -e 0` timed just before it (the machine's speed
// varies up to 2x within minutes; the ratio moves less). It only measures; no test asserts a time.
// Not tinybench: it times functions in this process; these rows are processes, interleaved.
// BENCH_RUNS=<n> (default 5); BENCH_ONLY=<regular expression> keeps only the matching rows.
// `npm run bench:scale -- N` (--scale N): the production cluster plus N synthetic workloads
// (scripts/synthetic-workloads.ts), synth + gate + write, once: its wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, repoRoot } from './build.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const { file: syntheticFile } = await bundle('scripts/bench-synthetic.ts', 'bench-synthetic');
if (process.argv.includes('--scale')) {
  const n = Number(process.argv[process.argv.indexOf('--scale') + 1]);
  if (!Number.isInteger(n) || n < 0) {
    console.error('usage: npm run bench:scale -- N   (N synthetic workloads, a whole number)');
    process.exit(2);
  }
  const start = performance.now();
  const r = spawnSync(process.execPath, [syntheticFile, String(n)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench-synthetic ${n} failed (${r.status}):\n${r.stderr}`);
  // The child's last stdout line is its own peak memory.
  const mib = Number(/peak-rss-kib (\d+)\s*$/.exec(r.stdout)?.[1]) / 1024;
  console.log(`${n} workloads: ${((performance.now() - start) / 1000).toFixed(2)} s, ${mib.toFixed(0)} MiB peak`);
  process.exit(0);
}
const SCALE = 10000;
// The synthetic model's output at SCALE workloads, for the validate and diff rows (written untimed).
const scaleRepo = join(mkdtempSync(join(tmpdir(), 'oceanid-bench-scale-')), 'repo');
const node = (name, args, more = {}) => ({ name, runs: [[process.execPath, args]], ...more });
const npm = (script) => ({ name: `npm run ${script}`, runs: [['npm', ['run', '-s', script]]] });
const layers = readdirSync(join(repoRoot, 'dist/production'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `dist/production/${d.name}`)
  .concat('flux/production/oceanid');

const allRows = [
  node('node -e 0', ['-e', '0'], { base: true }),
  npm('synth'),
  node('node scripts/build.mjs --run (the synth process)', ['scripts/build.mjs', '--run']),
  node('same, bundle rebuilt', ['scripts/build.mjs', '--run'], { before: () => rmSync(join(repoRoot, '.build/synth.inputs.json'), { force: true }) }),
  node('npm run validate', ['scripts/build.mjs', '--run', '--check']),
  node('npm run diff', ['scripts/build.mjs', '--run', 'diff']),
  { name: `kubectl kustomize, all ${layers.length} Kustomization paths`, runs: layers.map((d) => ['kubectl', ['kustomize', d]]) },
  npm('lint'),
  npm('typecheck'),
  ...[10, 100, 1000, SCALE].map((n) => node(`synthetic model, ${n} workloads (synth + gate + write)`, [syntheticFile, String(n)], { heavy: n === SCALE })),
  node(`validate, synthetic model at ${SCALE} workloads`, [syntheticFile, String(SCALE), '--into', scaleRepo, '--check'], { heavy: true, scale: true }),
  node(`diff, synthetic model at ${SCALE} workloads, every workload changed`, [syntheticFile, String(SCALE), '--into', scaleRepo, '--revision', '1', 'diff'], {
    heavy: true,
    scale: true,
  }),
];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const rows = allRows.filter((r) => r.base || !only || only.test(r.name));
if (rows.some((r) => r.scale)) spawnSync(process.execPath, [syntheticFile, String(SCALE), '--into', scaleRepo], { cwd: repoRoot, stdio: 'ignore' });

function time(row) {
  row.before?.();
  const start = performance.now();
  for (const [cmd, args] of row.runs) {
    const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return (performance.now() - start) / 1000;
}

const base = rows.find((r) => r.base);
const times = new Map(rows.map((r) => [r, []]));
// Heavy rows last in each round; the others once untimed first, to warm.
for (let i = 0; i < runs; i++) {
  for (const row of [...rows.filter((r) => !r.heavy), ...rows.filter((r) => r.heavy)]) {
    if (!row.before && !row.heavy) time(row);
    const floor = time(base);
    const seconds = time(row);
    times.get(row).push({ seconds, ratio: seconds / floor });
  }
}
rmSync(join(scaleRepo, '..'), { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`medians of ${runs} interleaved runs on Node ${process.version}; ratio = time / node -e 0 timed just before\n`);
for (const row of rows) {
  const [seconds, ratio] = ['seconds', 'ratio'].map((k) => median(times.get(row).map((x) => x[k])));
  console.log(`${row.name.padEnd(width)}  ${seconds.toFixed(3).padStart(8)} s  ${ratio.toFixed(1).padStart(6)}x`);
}
