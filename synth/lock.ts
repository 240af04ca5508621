import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describeFsError, OutputError, OutputFs } from './output';
import { ownerIsAlive, ProcessOwner, processOwner } from './owner';

/**
 * The output lock: a file created with O_EXCL, naming its holder, held by every run that writes
 * dist/, flux/ and hosts/ or reads them as one tree (validate, diff): without it the fault suite's
 * "runs at the same time" case sees a second synth swap folders under the first. A dead holder's
 * lock is removed; a live one is waited for, up to a bound; anything else at that name is refused.
 * Not proper-lockfile: it proves a holder alive by refreshing the mtime from a timer, which a
 * synchronous synth never lets run, so a long synth would look stale; pid and start time are exact.
 */
const LOCK_FILE = '.synth-lock';

const POLL_MS = 25;
/** A shorter wait (another synth finishing) is not worth a message. */
const QUIET_WAIT_MS = 500;

interface LockRecord extends ProcessOwner {
  /** synth, validate or diff. */
  readonly command: string;
  readonly since: string;
}

interface OutputLockOptions {
  /** @default OCEANID_SYNTH_LOCK_WAIT_SECONDS seconds, else 30 s */
  readonly waitMs?: number;
  /** Called once with the holder after half a second of waiting. */
  readonly onWait?: (holder: string) => void;
  /** A run that only reads goes on without the lock in a read-only checkout, where no synth can write either. @default false */
  readonly readOnly?: boolean;
  /** @default node:fs */
  readonly fs?: OutputFs;
}

/** Runs `fn` holding the output lock; throws OutputError when it stays taken or is not a lock. */
export function withOutputLock<T>(repoRoot: string, command: string, fn: () => T, options: OutputLockOptions = {}): T {
  const fs = options.fs ?? nodeFs;
  const path = join(repoRoot, LOCK_FILE);
  const held = acquire(fs, path, command, options);
  try {
    return fn();
  } finally {
    if (held !== undefined && readLock(fs, path, command) === held) fs.rmSync(path, { force: true });
  }
}

/** The lock's content as this run wrote it; undefined when a read-only run goes on without it. */
function acquire(fs: OutputFs, path: string, command: string, options: OutputLockOptions): string | undefined {
  const content = JSON.stringify({ ...processOwner(), command, since: new Date().toISOString() } satisfies LockRecord);
  const seconds = process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS ? Number(process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS) : Number.NaN;
  const waitMs = options.waitMs ?? (Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 30_000);
  const start = Date.now();
  let told = false;
  for (;;) {
    try {
      if (createExclusive(fs, path, content)) return content;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (options.readOnly && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')) return undefined;
      throw new OutputError(`${command}: cannot take the output lock ${LOCK_FILE}: ${describeFsError(error)}`);
    }
    const raw = readLock(fs, path, command);
    // Released between the two calls: try again at once.
    if (raw === undefined) continue;
    const holder = parseRecord(raw);
    if (isStale(holder)) removeStale(fs, path, raw, command);
    else if (Date.now() - start >= waitMs) {
      const hint = `remove ${LOCK_FILE} only if that process is not an Oceanid synth`;
      throw new OutputError(`${command}: dist/, flux/ and hosts/ are locked by ${describeHolder(holder)}; gave up after ${waitMs / 1000} s (${hint})`);
    } else {
      if (!told && Date.now() - start >= QUIET_WAIT_MS) {
        told = true;
        options.onWait?.(describeHolder(holder));
      }
      sleep(POLL_MS);
    }
  }
}

/** O_EXCL: true when this run created it. */
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

/** The lock's content; undefined when gone. What this tool cannot have written, or cannot read, is refused: a wait would never end. */
function readLock(fs: OutputFs, path: string, command: string): string | undefined {
  const name = basename(path);
  const refuse = (what: string) => new OutputError(`${command}: ${what}: remove it and run again`);
  try {
    const stat = fs.lstatSync(path);
    const what = stat.isDirectory() ? 'a folder' : stat.isSymbolicLink() ? 'a symbolic link' : 'not a plain file';
    if (!stat.isFile()) throw refuse(`${name} is ${what}, not a lock file this tool wrote`);
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(`cannot read ${name}: ${describeFsError(error)}`);
  }
}

/** Undefined for an empty lock (its run is between open(2) and write(2)): waited for, never judged by its age, so a slow machine lets no second run in. */
function parseRecord(raw: string): LockRecord | undefined {
  try {
    const record = JSON.parse(raw) as LockRecord;
    return typeof record?.pid === 'number' ? record : undefined;
  } catch {
    return undefined;
  }
}

const isStale = (holder: LockRecord | undefined) => holder !== undefined && !ownerIsAlive(holder);

/** Under a second, short-lived lock: two runs that both found it stale must not remove a third run's fresh lock. */
function removeStale(fs: OutputFs, path: string, raw: string, command: string): void {
  const breaker = `${path}.break`;
  if (!createExclusive(fs, breaker, JSON.stringify({ ...processOwner(), command: 'stale-lock removal', since: new Date().toISOString() }))) {
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
