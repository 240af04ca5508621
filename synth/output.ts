import * as nodeFs from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ownerIsAlive, ownerOfTag, ownerTag, ProcessOwner } from './owner';

/**
 * Replaces dist/, flux/ and hosts/ as one transaction, under the output lock (synth/lock.ts): stage
 * every file, check every folder is replaceable, then swap each root in by rename under a journal.
 * Killed before the journal exists: the old folders are untouched; after: the next run rolls the
 * swap forward. A failed rename rolls every root back. The fault suite (test/suites/output-faults.ts)
 * kills and fails it at every step and finds all roots old or all new, never a mix.
 */

const JOURNAL = '.synth-journal.json';
const STAGING_PREFIX = '.synth-staging-';
const OLD_PREFIX = '.synth-old-';

interface Journal {
  readonly staging: string;
  readonly old: string;
  readonly roots: string[];
}

/** The file-system calls the writer and the lock make; the fault suite passes failing or "killed" ones. */
export type OutputFs = Pick<
  typeof nodeFs,
  'accessSync' | 'existsSync' | 'lstatSync' | 'mkdirSync' | 'readdirSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'writeFileSync'
>;

/** Its message is one line naming the path and the cause. */
export class OutputError extends Error {}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (an immutable file or folder?)',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'busy (a mount point?)',
  EXDEV: 'on another file system (a mount point?)',
  EIO: 'input/output error',
  ENOTDIR: 'not a folder',
};

/** "no space left on device (ENOSPC)", from a Node fs error. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (!e?.code) return e?.message ?? String(error);
  return `${CAUSES[e.code] ?? e.message.replace(/^\w+: /, '').replace(/, \w+ .*$/, '')} (${e.code})`;
}

/** "cannot write dist/x.yaml: no space left on device (ENOSPC)". */
function failedStep(repoRoot: string, error: unknown): string {
  if (error instanceof OutputError) return error.message;
  const e = error as NodeJS.ErrnoException & { dest?: string };
  const verb = { rename: 'move', unlink: 'remove', rmdir: 'remove', rm: 'remove', mkdir: 'create', access: 'write' }[e?.syscall ?? ''] ?? 'write';
  const path = e?.path ? ` ${relative(repoRoot, e.path) || '.'}${verb === 'move' && e.dest ? ` to ${relative(repoRoot, e.dest)}` : ''}` : '';
  return `cannot ${verb}${path}: ${describeFsError(error)}`;
}

function folders(roots: readonly string[]): string {
  const names = roots.map((r) => `${r}/`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
}

interface WriteOptions {
  /** Top-level folders replaced as a whole. */
  readonly roots: readonly string[];
  /** Paths inside the roots kept as they are (Flux bootstrap files). @default none */
  readonly preserve?: (path: string) => boolean;
  /** @default node:fs */
  readonly fs?: OutputFs;
  /** The run the staging folders are named after; a later run removes them once it has ended. @default this process */
  readonly owner?: ProcessOwner;
}

/** Replaces `roots` with exactly `files`, all or none; false when they already matched. Throws OutputError, leaving the old output. */
export function writeOutputsAtomically(repoRoot: string, files: ReadonlyMap<string, string>, options: WriteOptions): boolean {
  const fs = options.fs ?? nodeFs;
  recoverInterruptedWrite(repoRoot, options.roots, fs);
  const preserve = options.preserve ?? (() => false);
  for (const path of files.keys()) {
    if (!options.roots.includes(path.split('/')[0])) throw new Error(`internal: ${path} is outside the generated folders ${options.roots.join(', ')}`);
  }
  if (staleFiles(repoRoot, files, options.roots, preserve).length === 0) return false;
  const unchanged = `${folders(options.roots)} are unchanged`;
  try {
    checkReplaceable(repoRoot, options.roots, fs);
  } catch (error) {
    throw new OutputError(`${failedStep(repoRoot, error)}; ${unchanged}`);
  }

  const tag = `${ownerTag(options.owner)}-${Date.now()}`;
  const journal: Journal = { staging: `${STAGING_PREFIX}${tag}`, old: `${OLD_PREFIX}${tag}`, roots: [...options.roots] };
  try {
    stage(repoRoot, journal, files, preserve, fs);
    writeFile(fs, join(repoRoot, `${JOURNAL}.tmp`), JSON.stringify(journal));
    fs.renameSync(join(repoRoot, `${JOURNAL}.tmp`), join(repoRoot, JOURNAL));
  } catch (error) {
    discard(repoRoot, [journal.staging, journal.old, `${JOURNAL}.tmp`], fs);
    throw new OutputError(`${failedStep(repoRoot, error)}; ${unchanged}`);
  }
  try {
    for (const root of journal.roots) swapRoot(repoRoot, journal, root, fs);
  } catch (error) {
    throw new OutputError(`${failedStep(repoRoot, error)}; ${rollBack(repoRoot, journal, fs).outcome}`);
  }
  finish(repoRoot, journal, fs);
  return true;
}

function stage(repoRoot: string, journal: Journal, files: ReadonlyMap<string, string>, preserve: (path: string) => boolean, fs: OutputFs): void {
  fs.mkdirSync(join(repoRoot, journal.staging));
  const preserved = journal.roots.flatMap((root) => listFiles(join(repoRoot, root)).map((p) => `${root}/${p}`)).filter(preserve);
  // One mkdir(2) per folder, not one per file: each system call costs, and a folder with its parents is made once.
  const staging = join(repoRoot, journal.staging);
  const made = new Set<string>([staging]);
  const folder = (path: string) => {
    if (made.has(path)) return;
    fs.mkdirSync(path, { recursive: true });
    for (let p = path; !made.has(p); p = dirname(p)) made.add(p);
  };
  for (const [path, content] of [...files, ...preserved.map((p) => [p, fs.readFileSync(join(repoRoot, p))] as const)]) {
    const target = join(staging, path);
    folder(dirname(target));
    writeFile(fs, target, content);
  }
  for (const root of journal.roots) folder(join(staging, root));
  fs.mkdirSync(join(repoRoot, journal.old));
}

/** A failed write(2) (ENOSPC, EIO) names no path of its own: add it. */
function writeFile(fs: OutputFs, path: string, data: string | Buffer): void {
  try {
    fs.writeFileSync(path, data);
  } catch (error) {
    if (error && typeof error === 'object' && !('path' in error)) Object.assign(error, { path });
    throw error;
  }
}

/**
 * Before the first rename: every folder and file of the roots must be removable and on the
 * repository's file system (a mount point cannot be renamed). access(2), not mode bits: root writes
 * through those, and access(2) also reports read-only file systems and immutable files.
 */
function checkReplaceable(repoRoot: string, roots: readonly string[], fs: OutputFs): void {
  fs.accessSync(repoRoot, nodeFs.constants.W_OK);
  const device = fs.lstatSync(repoRoot).dev;
  const walk = (dir: string) => {
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) throw new OutputError(`cannot replace ${relative(repoRoot, dir)}: it is not a folder`);
    if (stat.dev !== device)
      throw new OutputError(`cannot replace ${relative(repoRoot, dir)}/: it is a mount point (another file system), and the synth swaps folders by rename`);
    // Moving a folder to another parent rewrites its `..` entry, so the folder itself must be writable.
    fs.accessSync(dir, nodeFs.constants.W_OK);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        try {
          fs.accessSync(full, nodeFs.constants.W_OK);
        } catch (error) {
          // A file without write permission can still be removed from a writable folder.
          if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
        }
      }
    }
  };
  for (const root of roots) if (fs.existsSync(join(repoRoot, root))) walk(join(repoRoot, root));
}

/** Completes (else undoes) a swap a killed synth left, removes what ended runs left; says what it did. Under the lock. */
export function recoverInterruptedWrite(repoRoot: string, roots: readonly string[], fs: OutputFs = nodeFs): string | undefined {
  let note: string | undefined;
  const journalPath = join(repoRoot, JOURNAL);
  if (fs.lstatSync(journalPath, { throwIfNoEntry: false })) {
    const journal = readJournal(repoRoot, roots, fs);
    const interrupted = `an interrupted synth left ${JOURNAL}`;
    try {
      for (const root of journal.roots) swapRoot(repoRoot, journal, root, fs);
    } catch (error) {
      const { undone, outcome } = rollBack(repoRoot, journal, fs);
      const message = `${interrupted}; completing it failed (${failedStep(repoRoot, error)}); ${outcome}`;
      if (!undone) throw new OutputError(message);
      return message;
    }
    finish(repoRoot, journal, fs);
    note = `${interrupted}; its swap is now complete`;
  }
  const runs = (owner: ProcessOwner | undefined) => owner !== undefined && ownerIsAlive(owner);
  const abandoned = (entry: string) => [STAGING_PREFIX, OLD_PREFIX].some((p) => entry.startsWith(p) && !runs(ownerOfTag(entry.slice(p.length))));
  const leftovers = fs.readdirSync(repoRoot).filter((entry) => entry === `${JOURNAL}.tmp` || abandoned(entry));
  discard(repoRoot, leftovers, fs);
  return note;
}

/** After the prefix of a staging or old-output folder: ownerTag, then a time. */
const TAG = /^(\d+)-(\d+|x)-(\d+)$/;

/**
 * The journal, refused before any path in it is touched unless its folders are plain entries of the
 * repository root with one run's tag (no separator, no `..`, no symbolic link) and its roots are the
 * output folders: a committed journal would otherwise make a synth, or CI's validate, move and delete
 * what it names.
 */
function readJournal(repoRoot: string, roots: readonly string[], fs: OutputFs): Journal {
  const refuse = (why: string) => new OutputError(`${JOURNAL} was not written by this tool (${why}); nothing was changed: remove it and run again`);
  const path = join(repoRoot, JOURNAL);
  if (!fs.lstatSync(path).isFile()) throw refuse('it is not a plain file');
  let journal: Partial<Journal>;
  try {
    journal = Object(JSON.parse(fs.readFileSync(path, 'utf8'))) as Partial<Journal>;
  } catch (error) {
    throw refuse(`not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(journal.roots) || journal.roots.length !== roots.length || journal.roots.some((r, i) => r !== roots[i])) {
    throw refuse(`roots ${JSON.stringify(journal.roots)} are not ${JSON.stringify(roots)}`);
  }
  for (const [field, prefix] of Object.entries({ staging: STAGING_PREFIX, old: OLD_PREFIX }) as ['staging' | 'old', string][]) {
    const name = journal[field];
    if (typeof name !== 'string' || !name.startsWith(prefix) || !TAG.test(name.slice(prefix.length))) {
      throw refuse(`${field} ${JSON.stringify(name)} is not ${prefix}<pid>-<start>-<time>`);
    }
    // The folder and each root in it: a symbolic link there would be swapped in as an output folder.
    for (const entry of [name, ...roots.map((root) => join(name, root))]) {
      const stat = fs.lstatSync(join(repoRoot, entry), { throwIfNoEntry: false });
      if (stat && !stat.isDirectory()) throw refuse(`${field} ${entry} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`);
    }
  }
  return journal as Journal;
}

function places(repoRoot: string, journal: Journal, root: string): { live: string; staged: string; aside: string } {
  return { live: join(repoRoot, root), staged: join(repoRoot, journal.staging, root), aside: join(repoRoot, journal.old, root) };
}

/** Idempotent: moves `root` aside and the staged copy in, whichever is still to do. */
function swapRoot(repoRoot: string, journal: Journal, root: string, fs: OutputFs): void {
  const { live, staged, aside } = places(repoRoot, journal, root);
  if (!fs.existsSync(staged)) return;
  if (fs.existsSync(live)) fs.renameSync(live, aside);
  fs.renameSync(staged, live);
}

/** The inverse of swapRoot, in reverse order, then the cleanup; and the outcome, for the message. */
function rollBack(repoRoot: string, journal: Journal, fs: OutputFs): { undone: boolean; outcome: string } {
  try {
    for (const root of [...journal.roots].reverse()) {
      const { live, staged, aside } = places(repoRoot, journal, root);
      if (!fs.existsSync(staged) && fs.existsSync(live)) fs.renameSync(live, staged);
      if (fs.existsSync(aside)) fs.renameSync(aside, live);
    }
  } catch (error) {
    const outcome = `undoing the swap failed too (${failedStep(repoRoot, error)}): ${JOURNAL} stays, and the next synth completes or undoes it`;
    return { undone: false, outcome };
  }
  finish(repoRoot, journal, fs);
  return { undone: true, outcome: `${folders(journal.roots)} are as they were` };
}

/** The journal first (the swap is then final), then what it points at. */
function finish(repoRoot: string, journal: Journal, fs: OutputFs): void {
  fs.rmSync(join(repoRoot, JOURNAL), { force: true });
  discard(repoRoot, [journal.old, journal.staging], fs);
}

function discard(repoRoot: string, entries: readonly string[], fs: OutputFs): void {
  for (const entry of entries) {
    try {
      fs.rmSync(join(repoRoot, entry), { recursive: true, force: true });
    } catch {
      // Left to a later run: it is named after a process that has ended.
    }
  }
}

export function listFiles(dir: string): string[] {
  if (!nodeFs.existsSync(dir)) return [];
  const entries = nodeFs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory());
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

export function readTree(repoRoot: string, roots: readonly string[], skip: (path: string) => boolean): Map<string, string> {
  const paths = roots.flatMap((root) => listFiles(join(repoRoot, root)).map((p) => `${root}/${p}`)).filter((p) => !skip(p));
  return new Map(paths.map((p) => [p, nodeFs.readFileSync(join(repoRoot, p), 'utf8')]));
}

/** Paths changed, missing or extra on disk against `files` (preserved ones aside). */
export function staleFiles(repoRoot: string, files: ReadonlyMap<string, string>, roots: readonly string[], preserve: (path: string) => boolean): string[] {
  const disk = readTree(repoRoot, roots, preserve);
  return [...new Set([...disk.keys(), ...files.keys()])].filter((p) => disk.get(p) !== files.get(p)).sort();
}
