// `npm run bench`: medians of wall time over several runs of each command, interleaved round-robin
// so machine noise hits every row alike. Each row is also divided by a `node -e 0` timed right
// before it: the machine's speed varies by up to 2x within minutes, and the ratio moves less.
// Nothing here asserts a time; the tests never do. Not tinybench: it times functions in this
// process one task after another, and these rows are processes that must be interleaved.
// BENCH_RUNS=<n> (default 5); BENCH_ONLY=<regular expression> runs only the matching rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const syntheticBundle = () => bundle('scripts/bench-synthetic.ts', 'bench-synthetic');
const synthetic = (await syntheticBundle()).file;
const SCALE = 10000;
// The synthetic model's output at SCALE workloads, for the validate and diff rows (written untimed).
const scaleRepo = join(mkdtempSync(join(tmpdir(), 'oceanid-bench-scale-')), 'repo');
const node = (name, args, more = {}) => ({ name, cmd: process.execPath, args, ...more });
/** Removes cached bundles (scripts/build.mjs) so the next run builds them. */
const dropBundles = (...names) => {
  for (const name of names) for (const ext of ['js', 'inputs.json']) rmSync(join(repoRoot, '.build', `${name}.${ext}`), { force: true });
};
// Every Kustomization folder the synth wrote for production (one per component), and the sync's.
const layers = readdirSync(join(repoRoot, 'dist/production'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `dist/production/${d.name}`)
  .concat('flux/production/oceanid');
// A kubeconfig whose API server is a closed loopback port: preflight's "did not answer" path, exit 2.
const closedPort = join(scaleRepo, '..', 'kubeconfig');
writeFileSync(
  closedPort,
  'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]\nusers: [{name: u, user: {}}]\ncontexts: [{name: closed, context: {cluster: c, user: u}}]\ncurrent-context: closed\n',
);

const allRows = [
  node('node -e 0', ['-e', '0'], { base: true }),
  { name: 'npm run synth', cmd: 'npm', args: ['run', '-s', 'synth'] },
  node('node scripts/build.mjs --run (the synth process)', ['scripts/build.mjs', '--run']),
  node('same, bundle rebuilt', ['scripts/build.mjs', '--run'], { before: () => dropBundles('synth') }),
  node('npm run validate', ['scripts/build.mjs', '--run', '--check']),
  node('npm run diff', ['scripts/build.mjs', '--run', 'diff']),
  { name: `kubectl kustomize, all ${layers.length} Kustomization paths`, multi: layers.map((d) => ['kubectl', ['kustomize', d]]) },
  node('npm run preflight, API server not answering (closed port; exit 2)', ['scripts/preflight.mjs'], { env: { KUBECONFIG: closedPort }, status: 2 }),
  { name: 'npm run lint', cmd: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'npm run typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  {
    name: 'npm test, cold (Jest cache and bundles removed)',
    cmd: 'npm',
    args: ['test'],
    heavy: true,
    before: () => {
      rmSync(join(repoRoot, 'node_modules/.cache'), { recursive: true, force: true });
      dropBundles('synth', 'preflight', 'preflight-reachable');
    },
  },
  ...[10, 100, 1000, SCALE].map((n) => node(`synthetic model, ${n} workloads (synth + gate + write)`, [synthetic, String(n)], { heavy: n === SCALE })),
  node(`validate, synthetic model at ${SCALE} workloads`, [synthetic, String(SCALE), '--into', scaleRepo, '--check'], { heavy: true, scale: true }),
  node(`diff, synthetic model at ${SCALE} workloads, every workload changed`, [synthetic, String(SCALE), '--into', scaleRepo, '--revision', '1', 'diff'], {
    heavy: true,
    scale: true,
  }),
];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const rows = allRows.filter((r) => r.base || !only || only.test(r.name));
if (rows.some((r) => r.scale)) spawnSync(process.execPath, [synthetic, String(SCALE), '--into', scaleRepo], { cwd: repoRoot, stdio: 'ignore' });

function time(row) {
  row.before?.();
  const start = process.hrtime.bigint();
  for (const [cmd, args] of row.multi ?? [[row.cmd, row.args]]) {
    const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ...row.env } });
    if (r.status !== (row.status ?? 0)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const base = rows.find((r) => r.base);
const times = new Map(rows.map((r) => [r, []]));
// Every row once per round (warm rows once untimed first); the heavy rows come last in a round.
for (let i = 0; i < runs; i++) {
  for (const row of [...rows.filter((r) => !r.heavy), ...rows.filter((r) => r.heavy)]) {
    // Rebuilt untimed when something removed it meanwhile (a cold test row, a clean checkout).
    if (row.args?.includes(synthetic)) await syntheticBundle();
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
  const t = times.get(row);
  console.log(
    `${row.name.padEnd(width)}  ${median(t.map((x) => x.seconds))
      .toFixed(3)
      .padStart(8)} s  ${median(t.map((x) => x.ratio))
      .toFixed(1)
      .padStart(6)}x`,
  );
}
