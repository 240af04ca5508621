import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelError, ModelSource } from '../model/load';
import { formatFinding } from '../policy';
import { formatDiff } from './diff-format';
import { listFiles, OutputError } from './output';
import { RenderOptions } from './render';
import { CliIo, isBootstrapOwned, OUTPUT_ROOTS, readSettledOutputs, synthesize } from './run';
import { diffTrees } from './tree-diff';

/**
 * `npm run diff`: what `npm run synth` would change in the committed dist/ and flux/, object by
 * object and grouped by the Flux Kustomization that applies each object. Nothing is written.
 *
 * `diffTrees` (synth/tree-diff.ts) and `formatDiff` (synth/diff-format.ts) are pure (maps of
 * repository-relative path -> file content in, data or text out); `runDiffCli` reads the disk and
 * synthesizes in memory.
 */

export interface DiffIo extends CliIo {
  /** Whether stdout is a terminal: colour only then (and only when NO_COLOR is unset or empty). */
  readonly isTTY?: boolean;
  /** Environment to read NO_COLOR from; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The committed generated files, as on disk, without those `flux bootstrap` owns. */
export function readCommittedTree(repoRoot: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of OUTPUT_ROOTS) {
    for (const rel of listFiles(join(repoRoot, root))) {
      const path = `${root}/${rel}`;
      if (!isBootstrapOwned(path)) files.set(path, readFileSync(join(repoRoot, path), 'utf8'));
    }
  }
  return files;
}

const USAGE = 'usage: npm run diff  (compares a fresh synth with the committed dist/ and flux/; writes nothing)';

/**
 * The diff command. Writes nothing. Returns the exit code: 0 nothing would change, 1 something
 * would, 2 error (invalid model, policy error, anything thrown), with the error on stderr.
 */
export function runDiffCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: DiffIo, options: RenderOptions = {}): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (argv.length > 0) {
    io.err(`unknown argument ${JSON.stringify(argv[0])}\n${USAGE}`);
    return 2;
  }
  try {
    const result = synthesize(sources, repoRoot, options);
    for (const f of result.findings) io.err(formatFinding(f));
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      io.err(`${errors.length} policy error(s); the model cannot be rendered, so there is nothing to compare.`);
      return 2;
    }
    const diff = diffTrees(
      readSettledOutputs(repoRoot, 'diff', io, () => readCommittedTree(repoRoot)),
      result.files,
    );
    const env = io.env ?? process.env;
    for (const line of formatDiff(diff, { color: io.isTTY === true && !env.NO_COLOR }).split('\n')) io.out(line);
    return diff.changed ? 1 : 0;
  } catch (error) {
    io.err(error instanceof ModelError || error instanceof OutputError ? error.message : `diff failed.\n  ${(error as Error).message}`);
    if ((io.env ?? process.env).OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 2;
  }
}
