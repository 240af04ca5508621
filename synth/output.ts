import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Atomic replacement of the generated folders (dist/, flux/, ...). Everything is written to a
 * staging folder first; only then is each folder swapped in by rename, under a journal. A synth
 * that fails or is killed before the journal exists leaves the old folders untouched; one killed
 * during the swap is rolled forward by the next run (or by `recoverInterruptedWrite`).
 */

const JOURNAL = '.synth-journal.json';
const STAGING_PREFIX = '.synth-staging-';
const OLD_PREFIX = '.synth-old-';

interface Journal {
  readonly staging: string;
  readonly old: string;
  readonly roots: string[];
}

export interface WriteOptions {
  /** Top-level folders the synth owns and replaces as a whole. */
  readonly roots: readonly string[];
  /** Repository-relative paths inside those roots kept as they are (e.g. Flux bootstrap files). */
  readonly preserve?: (path: string) => boolean;
  /** Called after each staged file; lets the fault test stop the process mid-write. */
  readonly onStagedFile?: (count: number) => void;
  /** Called after each swapped root; lets the fault test stop the process mid-swap. */
  readonly onSwappedRoot?: (root: string) => void;
}

/** Replaces `roots` with exactly `files`. Returns false when the tree already matched. */
export function writeOutputsAtomically(repoRoot: string, files: ReadonlyMap<string, string>, options: WriteOptions): boolean {
  recoverInterruptedWrite(repoRoot);
  const preserve = options.preserve ?? (() => false);
  for (const path of files.keys()) {
    if (!options.roots.includes(path.split('/')[0])) throw new Error(`internal: ${path} is outside the generated folders ${options.roots.join(', ')}`);
  }
  if (treeMatches(repoRoot, files, options.roots, preserve)) return false;

  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${STAGING_PREFIX}${stamp}`;
  const old = `${OLD_PREFIX}${stamp}`;
  mkdirSync(join(repoRoot, staging));
  let count = 0;
  for (const [path, content] of files) {
    const target = join(repoRoot, staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    options.onStagedFile?.(++count);
  }
  for (const root of options.roots) {
    for (const path of listFiles(join(repoRoot, root)).map((p) => `${root}/${p}`).filter(preserve)) {
      const target = join(repoRoot, staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(join(repoRoot, path)));
    }
    mkdirSync(join(repoRoot, staging, root), { recursive: true });
  }

  mkdirSync(join(repoRoot, old));
  const journal: Journal = { staging, old, roots: [...options.roots] };
  writeFileSync(join(repoRoot, `${JOURNAL}.tmp`), JSON.stringify(journal));
  renameSync(join(repoRoot, `${JOURNAL}.tmp`), join(repoRoot, JOURNAL));
  for (const root of options.roots) {
    swapRoot(repoRoot, journal, root);
    options.onSwappedRoot?.(root);
  }
  finish(repoRoot, journal);
  return true;
}

/** Completes a swap a killed synth left half done, and removes abandoned staging folders. */
export function recoverInterruptedWrite(repoRoot: string): void {
  const journalPath = join(repoRoot, JOURNAL);
  if (existsSync(journalPath)) {
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    for (const root of journal.roots) swapRoot(repoRoot, journal, root);
    finish(repoRoot, journal);
  }
  rmSync(join(repoRoot, `${JOURNAL}.tmp`), { force: true });
  for (const entry of readdirSync(repoRoot)) {
    if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(OLD_PREFIX)) rmSync(join(repoRoot, entry), { recursive: true, force: true });
  }
}

/** Idempotent: moves `root` aside and the staged copy in, whichever of the two is still to do. */
function swapRoot(repoRoot: string, journal: Journal, root: string): void {
  const live = join(repoRoot, root);
  const staged = join(repoRoot, journal.staging, root);
  const aside = join(repoRoot, journal.old, root);
  if (!existsSync(staged)) return;
  if (existsSync(live)) renameSync(live, aside);
  renameSync(staged, live);
}

function finish(repoRoot: string, journal: Journal): void {
  rmSync(join(repoRoot, JOURNAL), { force: true });
  rmSync(join(repoRoot, journal.old), { recursive: true, force: true });
  rmSync(join(repoRoot, journal.staging), { recursive: true, force: true });
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** True when the generated folders hold exactly `files` (preserved paths aside). */
export function treeMatches(repoRoot: string, files: ReadonlyMap<string, string>, roots: readonly string[], preserve: (path: string) => boolean): boolean {
  return staleFiles(repoRoot, files, roots, preserve).length === 0;
}

/** Paths that differ between the disk and `files`: changed, missing or extra. */
export function staleFiles(repoRoot: string, files: ReadonlyMap<string, string>, roots: readonly string[], preserve: (path: string) => boolean): string[] {
  const onDisk = roots.flatMap((root) => listFiles(join(repoRoot, root)).map((p) => `${root}/${p}`)).filter((p) => !preserve(p));
  const stale = onDisk.filter((p) => !files.has(p));
  for (const [path, content] of files) {
    const full = join(repoRoot, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) stale.push(path);
  }
  return stale.sort();
}
