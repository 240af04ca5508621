import { spawnSync } from 'node:child_process';
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
 * `npm run diff`: what a fresh synth changes against the output committed at git HEAD (or at
 * `--against <revision>`), object by object and grouped by the Flux Kustomization that applies
 * each object: after `npm run synth` it still shows what the next commit changes. Outside a git
 * checkout it compares with the working tree. Nothing is written.
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

/**
 * The generated files as committed at `revision`, without those `flux bootstrap` owns; undefined
 * when `repoRoot` is not in a git checkout with commits (git's own message goes nowhere).
 */
export function gitTree(repoRoot: string, revision: string): Map<string, string> | undefined {
  const git = (args: string[], input?: string) => spawnSync('git', ['-C', repoRoot, ...args], { input, maxBuffer: 1 << 30 });
  if (git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).status !== 0) return undefined;
  const listing = git(['ls-tree', '-r', '-z', revision, '--', ...OUTPUT_ROOTS]);
  if (listing.status !== 0) return undefined;
  const blobs = listing.stdout
    .toString('utf8')
    .split('\0')
    .map((entry) => /^100(?:644|755) blob ([0-9a-f]+)\t(.+)$/s.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && !isBootstrapOwned(m[2]));
  // One `git cat-file --batch` for all of them: "<sha> blob <size>\n<bytes>\n" each, in order.
  const out = git(['cat-file', '--batch'], blobs.map((m) => m[1]).join('\n') + '\n').stdout;
  const files = new Map<string, string>();
  let at = 0;
  for (const [, , path] of blobs) {
    const header = out.indexOf(10, at);
    const size = Number(out.toString('latin1', at, header).split(' ')[2]);
    files.set(path, out.toString('utf8', header + 1, header + 1 + size));
    at = header + size + 2;
  }
  return files;
}

const USAGE =
  'usage: npm run diff [-- --against <revision>]  (compares a fresh synth with dist/, flux/ and hosts/ as committed at HEAD or <revision>; writes nothing)';

/**
 * The diff command. Writes nothing. Returns the exit code: 0 nothing would change, 1 something
 * would, 2 error (invalid model, policy error, anything thrown), with the error on stderr.
 */
export function runDiffCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: DiffIo, options: RenderOptions = {}): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const against = argv[0] === '--against' ? argv[1] : argv[0]?.startsWith('--against=') ? argv[0].slice('--against='.length) : undefined;
  if (argv.length > 0 && (!against || against.startsWith('-') || argv.length > (argv[0] === '--against' ? 2 : 1))) {
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
    const revision = against ?? 'HEAD';
    const committed = gitTree(repoRoot, revision);
    if (!committed && against) {
      io.err(`diff: ${against} is not a commit of a git checkout at ${repoRoot}`);
      return 2;
    }
    if (committed) io.out(`Compared with dist/, flux/ and hosts/ as committed at ${revision}.`);
    const diff = diffTrees(committed ?? readSettledOutputs(repoRoot, 'diff', io, () => readCommittedTree(repoRoot)), result.files);
    const env = io.env ?? process.env;
    for (const line of formatDiff(diff, { color: io.isTTY === true && !env.NO_COLOR }).split('\n')) io.out(line);
    return diff.changed ? 1 : 0;
  } catch (error) {
    io.err(error instanceof ModelError || error instanceof OutputError ? error.message : `diff failed.\n  ${(error as Error).message}`);
    if ((io.env ?? process.env).OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 2;
  }
}
