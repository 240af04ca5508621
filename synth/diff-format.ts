import type { DiffResult, KustomizationDiff, ObjectRef } from './diff-result';

// The text of `npm run diff`: one line per object and per changed field.

export interface FormatOptions {
  /** ANSI colours: green additions, red removals, yellow changes. */
  readonly color: boolean;
}

const MAX_VALUE_CHARS = 200;
const MAX_TEXT_LINES = 40;

/** The diff as text, one line per object and per changed field; no trailing newline. */
export function formatDiff(result: DiffResult, options: FormatOptions): string {
  const paint = (code: number) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const green = paint(32);
  const red = paint(31);
  const yellow = paint(33);
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
    formatLineDiff(before, after).map(([op, line]) => `${indent}${(op === '-' ? red : green)(`${op} ${line}`)}`);

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
        } else if (f.aspect === 'value' && typeof f.before === 'string' && typeof f.after === 'string' && (f.before.includes('\n') || f.after.includes('\n'))) {
          lines.push(`      ${f.path}: text changed`);
          lines.push(...textLines(f.before, f.after, '        '));
        } else {
          const suffix = f.aspect === 'comment' ? ' (comment)' : '';
          lines.push(`      ${f.path}${suffix}: ${red(formatValue(f.before))} → ${green(formatValue(f.after))}`);
        }
      }
    }
    for (const f of k.files) {
      const sign = f.status === 'added' ? green('  + file') : f.status === 'removed' ? red('  - file') : yellow('  ~ file');
      const why =
        f.reason === 'text-only'
          ? ': comments or formatting only'
          : f.reason === 'moved'
            ? ': no object changed; objects moved between files or reordered'
            : f.status === 'changed'
              ? ': not Kubernetes objects'
              : '';
      lines.push(`${sign} ${f.path}${why}`);
      if (f.reason !== 'moved' && f.status === 'changed') lines.push(...textLines(f.before ?? '', f.after ?? '', '      '));
    }
  }

  const count = (f: (k: KustomizationDiff) => number) => result.kustomizations.reduce((n, k) => n + f(k), 0);
  const files = count((k) => k.files.length);
  lines.push('');
  lines.push(
    `Summary: ${count((k) => k.added.length)} added, ${count((k) => k.removed.length)} removed, ${count((k) => k.changed.length)} changed object(s)` +
      `${files > 0 ? `, ${files} other file change(s)` : ''} in ${result.kustomizations.map((k) => k.name).join(', ')}.`,
  );
  if (result.namespaceMoves.length > 0) {
    const moves = result.namespaceMoves.map((m) => `${m.from} → ${m.to}`).join(', ');
    lines.push(yellow(`Note: namespace changed (${moves}): shown as removal + addition; Flux prunes the old objects and creates the new ones.`));
  }
  if (result.kustomizationMoves.length > 0) {
    const moves = result.kustomizationMoves.map((m) => `${m.from} → ${m.to}: ${m.objects}`).join(', ');
    lines.push(
      yellow(
        `Note: objects moved between Kustomizations (${moves}): shown as removal + addition; ` +
          `the old Kustomization may prune an object before the new one applies it.`,
      ),
    );
  }
  return lines.join('\n');
}

function formatValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** Removed and added lines (no context), in order; at most MAX_TEXT_LINES of them. */
function formatLineDiff(before: string, after: string): ['-' | '+', string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const ops: ['-' | '+', string][] = [];
  if (x.length * y.length > 4_000_000) {
    ops.push(...x.map((l): ['-', string] => ['-', l]), ...y.map((l): ['+', string] => ['+', l]));
  } else {
    // Longest common subsequence, then walk it.
    const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--)
      for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        i++;
        j++;
      } else if (j >= y.length || (i < x.length && lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', x[i++]]);
      else ops.push(['+', y[j++]]);
    }
  }
  if (ops.length <= MAX_TEXT_LINES) return ops;
  return [...ops.slice(0, MAX_TEXT_LINES), ['+', `… ${ops.length - MAX_TEXT_LINES} more changed line(s)`]];
}
