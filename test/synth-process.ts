import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSource } from '../model/load';
import { CliIo, runSynthCli } from '../synth/run';
import { repoRoot, tempRepo } from './helpers';

// Helpers for tests that run the synth as a process (kill it, start two at once) or in-process
// with injected faults.

/** The synth command in-process, with its output collected. */
export function runCli(root: string, sources: readonly ModelSource[], argv: string[] = [], io: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSynthCli(argv, sources, root, { out: (l) => out.push(l), err: (l) => err.push(l), ...io });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A temporary repository with the built synth in it, and a model change that alters the output. */
export function changedRepo(): string {
  const root = tempRepo();
  mkdirSync(join(root, '.build'));
  // Built by the Jest global setup (test/global-setup.ts).
  copyFileSync(join(repoRoot, '.build/synth.js'), join(root, '.build/synth.js'));
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

/** A synth process (`args` after the bundle, e.g. `diff`), with its output collected as it comes. */
export interface SynthProcess {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code (null when killed). */
  readonly exit: Promise<number | null>;
  /** Resolves once stderr contains `text`, or rejects when the process exits first. */
  readonly stderrShows: (text: string) => Promise<void>;
}

export function startSynth(root: string, env: Record<string, string> = {}, args: string[] = []): SynthProcess {
  const child = spawn(process.execPath, [join(root, '.build/synth.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
    stderrShows: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => proc.stderr.includes(text) && resolve();
        child.stderr.on('data', check);
        check();
        void proc.exit.then(() => (proc.stderr.includes(text) ? resolve() : reject(new Error(`the synth exited without printing "${text}": ${proc.stderr}`))));
      }),
  };
  child.stdout.on('data', (chunk) => (proc.stdout += chunk));
  child.stderr.on('data', (chunk) => (proc.stderr += chunk));
  return proc;
}

/** Starts the synth with a fault hook, waits until it pauses there, and kills it with SIGKILL. */
export async function killAt(root: string, env: Record<string, string>): Promise<void> {
  const synth = startSynth(root, env);
  await synth.stderrShows('FAULT-PAUSE');
  synth.child.kill('SIGKILL');
  await synth.exit;
}
