import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describeFsError, OutputError, OutputFs } from './output';
import { currentOwner, ownerIsAlive, ProcessOwner } from './owner';

/**
 * The output lock: one file in the repository root, created with O_EXCL and holding who took it.
 * Every run that writes dist/, flux/ and hosts/ (a synth) or must read them as one consistent tree
 * (validate, diff) holds it for that whole step: without it, the fault suite's "runs at the same
 * time" case sees a second synth swap folders under the first one. A lock whose owner has died
 * (kill -9) is stale and removed by the next run; a live one is waited for, up to a bounded time.
 * Anything else at that name (a folder, a symbolic link, a file that cannot be read) is refused at
 * once: this tool never made it. The name matches .gitignore's `.synth-*`.
 *
 * Not proper-lockfile: it marks a lock alive by refreshing its mtime from a timer, and the synth
 * is synchronous (its event loop does not turn while it renders and writes), so a long run would
 * look stale and a second run would break in. The owner's pid and start time say it exactly.
 */
export const LOCK_FILE = '.synth-lock';

const POLL_MS = 25;
/** A wait shorter than this (another synth finishing) is not worth a message. */
const QUIET_WAIT_MS = 500;

interface LockRecord extends ProcessOwner {
  /** What the holder is doing: synth, validate or diff. */
  readonly command: string;
  /** When it took the lock (ISO 8601). */
  readonly since: string;
}

export interface OutputLockOptions {
  /**
   * How long to wait for another run to release the lock, in milliseconds.
   * @default OCEANID_SYNTH_LOCK_WAIT_SECONDS seconds, else 30 s
   */
  readonly waitMs?: number;
  /** Called once, with a description of the holder, when this run has waited for half a second. */
  readonly onWait?: (holder: string) => void;
  /**
   * A run that only reads goes on without the lock when the repository root cannot be written at
   * all (a read-only checkout): no synth can write there either.
   * @default false
   */
  readonly readOnly?: boolean;
  /**
   * The file system the lock is made through (tests inject faults here).
   * @default node:fs
   */
  readonly fs?: OutputFs;
}

/** Runs `fn` holding the output lock of `repoRoot`; throws OutputError when the lock stays taken or is not a lock. */
export function withOutputLock<T>(repoRoot: string, command: string, fn: () => T, options: OutputLockOptions = {}): T {
  const fs = options.fs ?? nodeFs;
  const path = join(repoRoot, LOCK_FILE);
  const record: LockRecord = { ...currentOwner(), command, since: new Date().toISOString() };
  const held = acquire(fs, path, record, options);
  try {
    return fn();
  } finally {
    if (held !== undefined && readLock(fs, path, command) === held) fs.rmSync(path, { force: true });
  }
}

/** The lock's content as this run wrote it, or undefined when a read-only run goes on without it. */
function acquire(fs: OutputFs, path: string, record: LockRecord, options: OutputLockOptions): string | undefined {
  const content = JSON.stringify(record);
  const waitMs = options.waitMs ?? defaultWaitMs();
  const start = Date.now();
  let told = false;
  for (;;) {
    try {
      if (createExclusive(fs, path, content)) return content;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (options.readOnly && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')) return undefined;
      throw new OutputError(`${record.command}: cannot take the output lock ${LOCK_FILE}: ${describeFsError(error)}`);
    }
    const raw = readLock(fs, path, record.command);
    // Released between the two calls: try again at once.
    if (raw === undefined) continue;
    const holder = parseRecord(raw);
    if (isStale(holder)) removeStale(fs, path, raw, record.command);
    else if (Date.now() - start >= waitMs) {
      throw new OutputError(
        `${record.command}: dist/, flux/ and hosts/ are locked by ${describeHolder(holder)}; gave up after ${waitMs / 1000} s ` +
          `(remove ${LOCK_FILE} only if that process is not an Oceanid synth)`,
      );
    } else {
      if (!told && Date.now() - start >= QUIET_WAIT_MS) {
        told = true;
        options.onWait?.(describeHolder(holder));
      }
      sleep(POLL_MS);
    }
  }
}

function defaultWaitMs(): number {
  const seconds = Number(process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS);
  return Number.isFinite(seconds) && seconds >= 0 && process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS !== '' ? seconds * 1000 : 30_000;
}

/** Creates `path` with `content` unless something is there (O_EXCL): true when this run created it. */
function createExclusive(fs: OutputFs, path: string, content: string): boolean {
  try {
    fs.writeFileSync(path, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Created but not written (a full disk): it must not stay behind and block the next run.
    if ((error as NodeJS.ErrnoException).syscall === 'write') fs.rmSync(path, { force: true });
    throw error;
  }
}

/**
 * The lock file's content; undefined when it is gone. Whatever this tool cannot have written, and
 * a file it cannot read, is refused: waiting for it would never end.
 */
function readLock(fs: OutputFs, path: string, command: string): string | undefined {
  const name = basename(path);
  const refuse = (what: string) => new OutputError(`${command}: ${what}: remove it and run again`);
  let stat: nodeFs.Stats;
  try {
    stat = fs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(`cannot read ${name}: ${describeFsError(error)}`);
  }
  if (!stat.isFile())
    throw refuse(
      `${name} is ${stat.isDirectory() ? 'a folder' : stat.isSymbolicLink() ? 'a symbolic link' : 'not a plain file'}, not a lock file this tool wrote`,
    );
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(`cannot read ${name}: ${describeFsError(error)}`);
  }
}

function parseRecord(raw: string): LockRecord | undefined {
  try {
    const record = JSON.parse(raw) as LockRecord;
    return typeof record?.pid === 'number' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lock whose owner has ended. One without a record (empty: its run is between open(2) and
 * write(2), or was killed there) is waited for like a live one, never judged by its age: a slow
 * machine must not let a second run in.
 */
function isStale(holder: LockRecord | undefined): boolean {
  return holder !== undefined && !ownerIsAlive(holder);
}

/**
 * Removes a stale lock, unless it changed since it was read: under a second, short-lived lock, so
 * two runs that both found it stale cannot remove a third run's fresh lock.
 */
function removeStale(fs: OutputFs, path: string, raw: string, command: string): void {
  const breaker = `${path}.break`;
  if (!createExclusive(fs, breaker, JSON.stringify({ ...currentOwner(), command: 'stale-lock removal', since: new Date().toISOString() }))) {
    const other = readLock(fs, breaker, command);
    if (other !== undefined && isStale(parseRecord(other))) fs.rmSync(breaker, { force: true });
    else sleep(POLL_MS);
    return;
  }
  try {
    if (readLock(fs, path, command) === raw) fs.rmSync(path, { force: true });
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

function describeHolder(holder: LockRecord | undefined): string {
  if (!holder) return `a run that is taking it (${LOCK_FILE} holds no record yet)`;
  const host = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${host} (${holder.command}, since ${holder.since})`;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
