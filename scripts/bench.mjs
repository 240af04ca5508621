// `npm run bench`: prints medians of wall time over several runs of each command, interleaved
// round-robin in one run so machine noise hits every row alike and the ratios hold. Nothing here
// asserts a time; it only measures.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSynth, bundleScript } from './build.mjs';
import { repoRoot } from './schemas.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };

await buildSynth();
await bundleScript('scripts/bench-synthetic.ts', '.build/bench-synthetic.js');

// `npx cdk8s synth` with cdk8s' default TypeScript app (`npx ts-node main.ts`), on a copy of the
// same code so the repository is not touched.
const tsNodeRepo = mkdtempSync(join(tmpdir(), 'oceanid-bench-ts-node-'));
for (const entry of readdirSync(repoRoot)) {
  if (['node_modules', '.git', '.build'].includes(entry)) continue;
  cpSync(join(repoRoot, entry), join(tsNodeRepo, entry), { recursive: true });
}
symlinkSync(join(repoRoot, 'node_modules'), join(tsNodeRepo, 'node_modules'));
writeFileSync(join(tsNodeRepo, 'cdk8s.yaml'), 'language: typescript\napp: npx ts-node main.ts\noutput: dist\n');

// A repository holding the synthetic model's output at 10,000 workloads, for the validate and diff
// rows (written once, untimed, before the first round; removed at the end).
const SCALE = 10000;
const scaleRepo = join(mkdtempSync(join(tmpdir(), 'oceanid-bench-scale-')), 'repo');

const kustomizeDirs = ['production'].flatMap((c) => ['infra-controllers', 'infra-configs', 'apps'].map((l) => `dist/${c}/${l}`).concat(`flux/${c}/oceanid`));

const allRows = [
  { name: 'node -e 0', cmd: 'node', args: ['-e', '0'], base: true },
  { name: "npm run bench:npm-floor (npm's own cost: node -e 0 via npm)", cmd: 'npm', args: ['run', '-s', 'bench:npm-floor'] },
  { name: 'npm run synth (real clusters, synth + validation)', cmd: 'npm', args: ['run', '-s', 'synth'] },
  { name: 'node scripts/build.mjs --run (the synth process)', cmd: 'node', args: ['scripts/build.mjs', '--run'] },
  { name: 'same, validation result cache off', cmd: 'node', args: ['scripts/build.mjs', '--run'], env: { OCEANID_VALIDATION_RESULT_CACHE: 'off' } },
  { name: 'npx cdk8s synth (cdk8s.yaml: the bundled app)', cmd: 'npx', args: ['cdk8s', 'synth'], heavy: true },
  { name: 'npx cdk8s synth (default app: npx ts-node main.ts)', cmd: 'npx', args: ['cdk8s', 'synth'], cwd: tsNodeRepo, heavy: true },
  { name: `kubectl kustomize, all ${kustomizeDirs.length} Kustomization paths`, multi: kustomizeDirs.map((d) => ['kubectl', ['kustomize', d]]) },
  { name: 'npm run lint (Biome: format check, rules, import cycles, layers)', cmd: 'npm', args: ['run', '-s', 'lint'] },
  {
    name: 'same, without noImportCycles (its module-graph scan)',
    cmd: 'node',
    args: ['node_modules/@biomejs/biome/bin/biome', 'lint', '--skip=suspicious/noImportCycles', '.'],
  },
  { name: 'npm run typecheck (tsc --noEmit, TypeScript 7)', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  {
    name: 'same files, TypeScript 5.9 tsc --noEmit (for comparison)',
    cmd: 'node',
    args: ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'],
    heavy: true,
  },
  {
    name: 'npm test, cold (Jest cache, validator caches, synth bundle removed)',
    heavy: true,
    cmd: 'npm',
    args: ['test'],
    before: () => {
      spawnSync('npx', ['jest', '--clearCache'], { cwd: repoRoot, env, stdio: 'ignore' });
      rmSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true, force: true });
      for (const f of ['synth.js', 'synth.js.v8cache', 'inputs.json']) rmSync(join(repoRoot, '.build', f), { force: true });
    },
    // Refills what `before` emptied, untimed, so the other rows keep running warm as a developer's would.
    after: () => spawnSync('node', ['scripts/build.mjs', '--run', '--check'], { cwd: repoRoot, env, stdio: 'ignore' }),
  },
  ...[10, 100, 1000, SCALE].map((n) => ({
    name: `synthetic model, ${n} workloads (synth + validation, result cache off)`,
    cmd: 'node',
    args: ['.build/bench-synthetic.js', String(n)],
    env: { OCEANID_VALIDATION_RESULT_CACHE: 'off' },
    n,
    peak: true,
    heavy: n === SCALE,
    noWarmup: n === SCALE,
  })),
  // `npm run validate` and `npm run diff` of the synthetic model on its written output: validate
  // finds it current; diff compares it with revision 1 (every workload changed, every other
  // namespace renamed).
  {
    name: `validate, synthetic model at ${SCALE} workloads (result cache off)`,
    cmd: 'node',
    args: ['.build/bench-synthetic.js', String(SCALE), '--into', scaleRepo, '--check'],
    env: { OCEANID_VALIDATION_RESULT_CACHE: 'off' },
    peak: true,
    heavy: true,
    noWarmup: true,
  },
  {
    name: `diff, synthetic model at ${SCALE} workloads, every workload changed`,
    cmd: 'node',
    args: ['.build/bench-synthetic.js', String(SCALE), '--into', scaleRepo, '--revision', '1', 'diff'],
    env: { OCEANID_VALIDATION_RESULT_CACHE: 'off' },
    peak: true,
    heavy: true,
    noWarmup: true,
  },
];

/** Peak resident memory (MiB) that each `peak` row's process reported, per run. */
const peaks = new Map();

// BENCH_ONLY=<regular expression> runs only the rows whose name matches (and node -e 0).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const rows = allRows.filter((r) => r.base || !only || only.test(r.name));

if (rows.some((r) => r.args?.includes(scaleRepo))) {
  const setup = spawnSync('node', ['.build/bench-synthetic.js', String(SCALE), '--into', scaleRepo], {
    cwd: repoRoot,
    env: { ...env, OCEANID_VALIDATION_RESULT_CACHE: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (setup.status !== 0) throw new Error(`writing the ${SCALE}-workload repository failed: ${setup.stderr}`);
}

function run(row) {
  const commands = row.multi ?? [[row.cmd, row.args]];
  const start = process.hrtime.bigint();
  for (const [cmd, args] of commands) {
    const r = spawnSync(cmd, args, {
      cwd: row.cwd ?? repoRoot,
      env: { ...env, ...row.env },
      stdio: ['ignore', row.peak ? 'pipe' : 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    if (row.peak) peaks.set(row, [...(peaks.get(row) ?? []), Number(/peak-rss-kib (\d+)\s*$/.exec(r.stdout)[1]) / 1024]);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const baseRow = rows.find((r) => r.base);

/**
 * One timed run, and a `node -e 0` timed right before it: each row's ratio is the median of these
 * pairs, so a change of the machine's speed during the bench (it varies by up to 2x here within
 * minutes) moves both sides of a ratio alike. Warm rows are run once untimed first, as a
 * developer re-running them would have them warm.
 */
function once(row) {
  if (row.before) row.before();
  else if (!row.noWarmup) run(row);
  const base = run(baseRow);
  const seconds = run(row);
  row.after?.();
  return { seconds, ratio: seconds / base };
}

// Every row once per round; the heavy rows (seconds of work on both cores) come last in a round.
const schedule = [...rows.filter((r) => !r.heavy), ...rows.filter((r) => r.heavy)];
const times = new Map(rows.map((r) => [r, []]));
for (let i = 0; i < runs; i++) for (const row of schedule) times.get(row).push(once(row));
rmSync(tsNodeRepo, { recursive: true, force: true });
rmSync(dirname(scaleRepo), { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (row) => median(times.get(row).map((t) => t.seconds));
const ratio = (row) => median(times.get(row).map((t) => t.ratio));
/** Median over rounds of a / b, both measured in the same round. */
const roundRatio = (a, b) => median(times.get(a).map((t, i) => t.seconds / times.get(b)[i].seconds));
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`medians of ${runs} interleaved runs; ratio = median of (time / node -e 0 timed just before)\n`);
console.log(`${'command'.padEnd(width)}  ${'median s'.padStart(8)}  ${'ratio'.padStart(7)}  ${'peak MiB'.padStart(8)}`);
for (const row of rows) {
  const peak = peaks.has(row) ? Math.max(...peaks.get(row)).toFixed(0) : '';
  console.log(`${row.name.padEnd(width)}  ${seconds(row).toFixed(3).padStart(8)}  ${ratio(row).toFixed(1).padStart(6)}x  ${peak.padStart(8)}`);
}
const synth = rows.find((r) => r.name.startsWith('node scripts/build.mjs'));
const tsNode = rows.find((r) => r.name.includes('ts-node'));
const workloads = (n) => rows.find((r) => r.n === n);
console.log('');
if (synth && tsNode) console.log(`ts-node cdk8s synth / synth process: ${roundRatio(tsNode, synth).toFixed(1)}x`);
if (workloads(100) && workloads(1000)) console.log(`1,000 workloads / 100 workloads:     ${roundRatio(workloads(1000), workloads(100)).toFixed(1)}x`);
if (workloads(1000) && workloads(SCALE)) console.log(`10,000 workloads / 1,000 workloads:  ${roundRatio(workloads(SCALE), workloads(1000)).toFixed(1)}x`);
