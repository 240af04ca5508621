import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadClusterModels, ModelError, ModelSource } from '../model/load';
import { formatFinding } from '../model/finding';
import { validateCluster } from '../policy';
import { withOutputLock } from './lock';
import { OutputError, OutputFs, recoverInterruptedWrite, staleFiles, writeOutputsAtomically } from './output';
import { FLUX_SYNC_DIR, renderCluster, RenderOptions } from './render';

export const OUTPUT_ROOTS = ['dist', 'flux', 'hosts'] as const;

/** `flux bootstrap` writes flux/<cluster>/flux-system/; the synth keeps it as it is. */
export function isBootstrapOwned(path: string): boolean {
  const parts = path.split('/');
  return parts[0] === 'flux' && parts.length > 3 && parts[2] !== FLUX_SYNC_DIR;
}

export type SynthResult = ReturnType<typeof synthesize>;

/** Loads, renders and validates every cluster. Throws ModelError for a bad model. */
export function synthesize(sources: readonly ModelSource[], repoRoot: string, options: RenderOptions = {}) {
  const clusters = loadClusterModels(sources, repoRoot).map((model) => renderCluster(model, options));
  return { clusters, findings: clusters.flatMap((c) => validateCluster(c)), files: new Map(clusters.flatMap((c) => [...c.files])) };
}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** @default node:fs */
  readonly fs?: OutputFs;
  /** @default OCEANID_SYNTH_LOCK_WAIT_SECONDS seconds, else 30 s */
  readonly lockWaitMs?: number;
}

/** Runs `read` under the output lock, after settling an interrupted swap: validate and diff never see a half-swapped tree. */
export function readSettledOutputs<T>(repoRoot: string, command: string, io: CliIo, read: () => T, readOnly = true): T {
  const settled = () => {
    const note = recoverInterruptedWrite(repoRoot, OUTPUT_ROOTS, io.fs);
    if (note) io.err(`note: ${note}.`);
    return read();
  };
  const onWait = (holder: string) => io.err(`${command}: waiting for ${holder} to finish with dist/, flux/ and hosts/`);
  return withOutputLock(repoRoot, command, settled, { waitMs: io.lockWaitMs, onWait, readOnly, fs: io.fs });
}

/** The synth command; `--check` compares instead of writing. Exit 1: invalid model, failed policy or stale output. */
export function runSynthCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: CliIo, options: RenderOptions = {}): number {
  const check = argv.includes('--check');
  let result: SynthResult;
  try {
    result = synthesize(sources, repoRoot, options);
  } catch (error) {
    io.err(error instanceof ModelError ? error.message : `synth failed; nothing was written.\n  ${(error as Error).message}`);
    if (process.env.OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 1;
  }
  const errors = result.findings.filter((f) => f.severity === 'error');
  for (const f of result.findings) io.err(formatFinding(f));
  if (errors.length > 0) {
    io.err(`${errors.length} policy error(s); nothing was written.`);
    return 1;
  }
  try {
    return check ? checkOutputs(result, repoRoot, io) : writeOutputs(result, repoRoot, io);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.err(error.message);
    return 1;
  }
}

function checkOutputs(result: SynthResult, repoRoot: string, io: CliIo): number {
  const stale = readSettledOutputs(repoRoot, 'validate', io, () => staleFiles(repoRoot, result.files, OUTPUT_ROOTS, isBootstrapOwned));
  if (stale.length > 0) {
    io.err(`dist/, flux/ or hosts/ are stale; run \`npm run synth\` and commit. Differing files:\n${stale.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  io.out('dist/, flux/ and hosts/ match the model.');
  return 0;
}

function writeOutputs(result: SynthResult, repoRoot: string, io: CliIo): number {
  const write = () => writeOutputsAtomically(repoRoot, result.files, { roots: OUTPUT_ROOTS, preserve: isBootstrapOwned, fs: io.fs });
  const changed = readSettledOutputs(repoRoot, 'synth', io, write, false);
  for (const line of summary(result, changed)) io.out(line);
  return 0;
}

function summary(result: SynthResult, changed: boolean): string[] {
  const lines: string[] = [];
  for (const cluster of result.clusters) {
    const byLayer = new Map<string, number>();
    for (const o of cluster.objects) byLayer.set(o.kustomization, (byLayer.get(o.kustomization) ?? 0) + 1);
    lines.push(`${cluster.model.name}: ${[...byLayer].map(([layer, n]) => `${layer} ${n}`).join(', ')} (${cluster.objects.length} objects)`);
  }
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  lines.push(`${result.files.size} files, ${warnings} warning(s); ${changed ? 'dist/, flux/ and hosts/ updated' : 'no change'}.`);
  return lines;
}

/** The nearest folder above `from` holding cdk8s.yaml. */
export function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'cdk8s.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no cdk8s.yaml above ${from}: run the synth inside the repository`);
    dir = parent;
  }
  return dir;
}
