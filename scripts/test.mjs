// `npm test`: the type-check (`tsc --noEmit`, TypeScript 7's native compiler), the format check and linter (Biome:
// biome.json's rules, among them no import cycle and no import from a lower layer into a higher
// one) and the Jest suite, run side by side; fails when any fails. Extra arguments go to Jest.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from './build.mjs';

const require = createRequire(import.meta.url);
// Package files by path: jest's exports map does not list its bin script.
const bin = (pkg, name) => join(dirname(require.resolve(`${pkg}/package.json`)), name);

function run(label, script, args) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ label, code, output, seconds: (Date.now() - start) / 1000 }));
  });
}

const results = await Promise.all([
  run('tsc --noEmit', bin('typescript-native', 'bin/tsc'), ['--noEmit', '-p', '.']),
  // Format check and lint in one pass; errors only: warnings do not fail, and `npm run lint` lists them.
  run('biome ci', bin('@biomejs/biome', 'bin/biome'), ['ci', '--diagnostic-level=error', '--colors=off', '.']),
  run('jest', bin('jest', 'bin/jest.js'), process.argv.slice(2)),
]);
for (const r of results) {
  process.stdout.write(`\n== ${r.label} (exit ${r.code}, ${r.seconds.toFixed(1)} s)\n${r.output}`);
}
const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.map((r) => r.label).join(', ')}`);
  process.exit(1);
}
console.log('\ntype-check, lint and tests passed');
