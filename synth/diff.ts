import { spawnSync } from 'node:child_process';
import { diffLines } from 'diff';
import { ModelError, ModelSource } from '../model/load';
import { formatFinding } from '../model/finding';
import { OutputError, readTree } from './output';
import { RenderOptions } from './render';
import { CliIo, isBootstrapOwned, OUTPUT_ROOTS, readSettledOutputs, synthesize } from './run';
import { DiffResult, diffTrees, KustomizationDiff, ObjectRef } from './tree-diff';

/**
 * `npm run diff`: what a fresh synth changes against the output committed at git HEAD (or at
 * `--against <revision>`; outside a git checkout, the working tree), grouped by the Flux
 * Kustomization that applies each object. Nothing is written.
 */

interface DiffIo extends CliIo {
  /** Colour only on a terminal, and only when NO_COLOR is unset or empty. */
  readonly isTTY?: boolean;
  /** Where NO_COLOR is read; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The generated files as committed at `revision`; undefined outside a git checkout with commits. */
function gitTree(repoRoot: string, revision: string): Map<string, string> | undefined {
  const git = (args: string[], input?: string) => spawnSync('git', ['-C', repoRoot, ...args], { input, maxBuffer: 1 << 30 });
  // `^{commit}`: a revision that names no commit (or a tree) fails here, as outside a checkout.
  const listing = git(['ls-tree', '-r', '-z', `${revision}^{commit}`, '--', ...OUTPUT_ROOTS]);
  if (listing.status !== 0) return undefined;
  const blobs = listing.stdout
    .toString('utf8')
    .split('\0')
    .map((entry) => /^100(?:644|755) blob ([0-9a-f]+)\t(.+)$/s.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && !isBootstrapOwned(m[2]));
  // One `git cat-file --batch` for all of them: "<sha> blob <size>\n<bytes>\n" each, in order.
  const out = git(['cat-file', '--batch'], `${blobs.map((m) => m[1]).join('\n')}\n`).stdout;
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

/** Exit code: 0 nothing would change, 1 something would, 2 error (invalid model, policy error, anything thrown). */
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
    // The revision first: a wrong one is named before the synth's work is spent.
    const revision = against ?? 'HEAD';
    const committed = gitTree(repoRoot, revision);
    if (!committed && against) {
      io.err(`diff: ${against} is not a commit of a git checkout at ${repoRoot}`);
      return 2;
    }
    const result = synthesize(sources, repoRoot, options);
    for (const f of result.findings) io.err(formatFinding(f));
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      io.err(`${errors.length} policy error(s); the model cannot be rendered, so there is nothing to compare.`);
      return 2;
    }
    if (committed) io.out(`Compared with dist/, flux/ and hosts/ as committed at ${revision}.`);
    const diff = diffTrees(committed ?? readSettledOutputs(repoRoot, 'diff', io, () => readTree(repoRoot, OUTPUT_ROOTS, isBootstrapOwned)), result.files);
    const env = io.env ?? process.env;
    for (const line of formatDiff(diff, { color: io.isTTY === true && !env.NO_COLOR }).split('\n')) io.out(line);
    return diff.changed ? 1 : 0;
  } catch (error) {
    io.err(error instanceof ModelError || error instanceof OutputError ? error.message : `diff failed.\n  ${(error as Error).message}`);
    if ((io.env ?? process.env).OCEANID_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 2;
  }
}

const MAX_VALUE_CHARS = 200;
const MAX_TEXT_LINES = 40;

/** The diff as text, one line per object and per changed field; `color`: green additions, red removals, yellow changes. */
export function formatDiff(result: DiffResult, options: { readonly color: boolean }): string {
  const paint = (code: number) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const [green, red, yellow] = [paint(32), paint(31), paint(33)];
  if (!result.changed) return 'No changes: dist/, flux/ and hosts/ match the model.';

  const allRefs = result.kustomizations.flatMap((k) => [...k.added, ...k.removed, ...k.changed.map((c) => c.ref)]);
  const groupsByKind = new Map<string, Set<string>>();
  for (const ref of allRefs) groupsByKind.set(ref.kind, (groupsByKind.get(ref.kind) ?? new Set()).add(ref.group));
  const label = (ref: ObjectRef) => {
    const kind = (groupsByKind.get(ref.kind)?.size ?? 0) > 1 && ref.group ? `${ref.kind}.${ref.group}` : ref.kind;
    const id = ref.name === undefined ? `(${ref.file.slice(ref.file.lastIndexOf('/') + 1)})` : ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
    return `${kind} ${id}`;
  };
  const textLines = (before: string, after: string, indent: string) =>
    lineDiff(before, after).map(([op, line]) => `${indent}${(op === '-' ? red : green)(`${op} ${line}`)}`);
  const formatValue = (v: unknown) => {
    const text = v === undefined ? '(absent)' : JSON.stringify(v);
    return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
  };
  const multiline = (v: unknown) => typeof v === 'string' && v.includes('\n');

  const lines: string[] = [];
  for (const k of result.kustomizations) {
    if (lines.length > 0) lines.push('');
    lines.push(`${k.name}  (${k.folder})`);
    for (const ref of k.removed) lines.push(red(`  - ${label(ref)}`));
    for (const ref of k.added) lines.push(green(`  + ${label(ref)}`));
    for (const change of k.changed) {
      lines.push(yellow(`  ~ ${label(change.ref)}`));
      for (const f of change.fields) {
        if (f.aspect === 'order') {
          lines.push(`      ${f.path} (order): ${red((f.before as string[]).join(', '))} → ${green((f.after as string[]).join(', '))}`);
        } else if (f.aspect === 'value' && typeof f.before === 'string' && typeof f.after === 'string' && (multiline(f.before) || multiline(f.after))) {
          lines.push(`      ${f.path}: text changed`, ...textLines(f.before, f.after, '        '));
        } else {
          const suffix = f.aspect === 'comment' ? ' (comment)' : '';
          lines.push(`      ${f.path}${suffix}: ${red(formatValue(f.before))} → ${green(formatValue(f.after))}`);
        }
      }
    }
    for (const f of k.files) {
      const sign = f.status === 'added' ? green('  + file') : f.status === 'removed' ? red('  - file') : yellow('  ~ file');
      const why = {
        'text-only': ': comments or formatting only',
        moved: ': no object changed; objects moved between files or reordered',
        'not-objects': f.status === 'changed' ? ': not Kubernetes objects' : '',
      }[f.reason];
      lines.push(`${sign} ${f.path}${why}`);
      if (f.reason !== 'moved' && f.status === 'changed') lines.push(...textLines(f.before ?? '', f.after ?? '', '      '));
    }
  }

  const count = (f: (k: KustomizationDiff) => number) => result.kustomizations.reduce((n, k) => n + f(k), 0);
  const files = count((k) => k.files.length);
  lines.push(
    '',
    `Summary: ${count((k) => k.added.length)} added, ${count((k) => k.removed.length)} removed, ${count((k) => k.changed.length)} changed object(s)` +
      `${files > 0 ? `, ${files} other file change(s)` : ''} in ${result.kustomizations.map((k) => k.name).join(', ')}.`,
  );
  if (result.namespaceMoves.length > 0) {
    const moves = result.namespaceMoves.map((m) => `${m.from} → ${m.to}`).join(', ');
    lines.push(yellow(`Note: namespace changed (${moves}): shown as removal + addition; Flux prunes the old objects and creates the new ones.`));
  }
  if (result.kustomizationMoves.length > 0) {
    const moves = result.kustomizationMoves.map((m) => `${m.from} → ${m.to}: ${m.objects}`).join(', ');
    const risk = 'the old Kustomization may prune an object before the new one applies it';
    lines.push(yellow(`Note: objects moved between Kustomizations (${moves}): shown as removal + addition; ${risk}.`));
  }
  return lines.join('\n');
}

/** Removed and added lines (no context), in order; past 2,000 edits simply all old and all new lines. At most MAX_TEXT_LINES. */
function lineDiff(before: string, after: string): ['-' | '+', string][] {
  const parts = diffLines(before, after, { maxEditLength: 2000 }) ?? [
    { removed: true, added: false, value: before },
    { removed: false, added: true, value: after },
  ];
  const ops = parts
    .filter((p) => p.added || p.removed)
    .flatMap((p) =>
      p.value
        .replace(/\n$/, '')
        .split('\n')
        .map((line): ['-' | '+', string] => [p.removed ? '-' : '+', line]),
    );
  if (ops.length <= MAX_TEXT_LINES) return ops;
  return [...ops.slice(0, MAX_TEXT_LINES), ['+', `… ${ops.length - MAX_TEXT_LINES} more changed line(s)`]];
}
