import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSource } from '../model/load';
import { CliIo, runSynthCli } from '../synth/run';
import { repoRoot, tempRepo } from './helpers';

// Helpers for tests that run the synth in-process, with injected faults, in a temporary repository.

/** The synth command in-process, with its output collected. */
export function runCli(root: string, sources: readonly ModelSource[], argv: string[] = [], io: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSynthCli(argv, sources, root, { out: (l) => out.push(l), err: (l) => err.push(l), ...io });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let built: string | undefined;
/**
 * The synth's bundle (.build/synth.js), as scripts/build.mjs finds it: current since Jest's global
 * setup (test/global-setup.mjs) built it, unless a source changed since; checked once per test file.
 */
export function synthBundle(): string {
  if (!built) {
    const script = `import('./scripts/build.mjs').then(({ bundle }) => bundle('main.ts', 'synth'))`;
    const build = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the synth bundle failed:\n${build.stderr}`);
    built = join(repoRoot, '.build/synth.js');
  }
  return built;
}

/** A temporary repository, with the synth's bundle when `withBundle`, and a model change that alters the output. */
export function changedRepo(withBundle = false): string {
  const root = tempRepo();
  if (withBundle) {
    mkdirSync(join(root, '.build'));
    copyFileSync(synthBundle(), join(root, '.build/synth.js'));
  }
  // The bundle finds ajv, the validator cache and the schemas through node_modules, as in a checkout.
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  const images = join(root, 'model/images/production.yaml');
  writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 1.20.0', 'tag: 1.20.1'));
  return root;
}

/** Entries the synth's writer and lock leave in the repository root (none once a run is over). */
export function synthLeftovers(root: string): string[] {
  return readdirSync(root).filter((e) => e.startsWith('.synth'));
}
