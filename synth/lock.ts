import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeFsError, OutputError } from './output';
import { currentOwner, ownerIsAlive, ProcessOwner } from './owner';

/**
 * The output lock: one file in the repository root, created with O_EXCL and holding who took it.
 * Every run that writes dist/, flux/ and hosts/ (a synth) or must read them as one consistent tree
 * (validate, diff) holds it for that whole step, so two runs never interleave. A lock whose owner
 * has died (kill -9, a crash) is stale and removed by the next run; a live one is waited for, up
 * to a bounded time. The name matches .gitignore's `.synth-*`.
 */
export const LOCK_FILE = '.synth-lock';

/** A lock file that is still empty this long after it was created was left by a run killed while creating it. */
const UNWRITTEN_LOCK_STALE_MS = 5_000;
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
}

/** Runs `fn` holding the output lock of `repoRoot`; throws OutputError when another run keeps it too long. */
export function withOutputLock<T>(repoRoot: string, command: string, fn: () => T, options: OutputLockOptions = {}): T {
  const path = join(repoRoot, LOCK_FILE);
  const record: LockRecord = { ...currentOwner(), command, since: new Date().toISOString() };
  const held = acquire(path, record, options);
  try {
    return fn();
  } finally {
    if (held !== undefined && readRaw(path) === held) rmSync(path, { force: true });
  }
}

/** The lock's content as this run wrote it, or undefined when a read-only run goes on without it. */
function acquire(path: string, record: LockRecord, options: OutputLockOptions): string | undefined {
  const content = JSON.stringify(record);
  const waitMs = options.waitMs ?? defaultWaitMs();
  const start = Date.now();
  const deadline = start + waitMs;
  let told = false;
  for (;;) {
    try {
      if (createExclusive(path, content)) return content;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (options.readOnly && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')) return undefined;
      throw new OutputError(`${record.command}: cannot take the output lock ${LOCK_FILE}: ${describeFsError(error)}`);
    }
    const raw = readRaw(path);
    if (raw === undefined) continue;
    const holder = parseRecord(raw);
    if (isStale(path, holder)) {
      removeStale(path, raw);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new OutputError(
        `${record.command}: dist/, flux/ and hosts/ are locked by ${describeHolder(holder)}; gave up after ${waitMs / 1000} s ` +
          `(remove ${LOCK_FILE} only if that process is not an Oceanid synth)`,
      );
    }
    if (!told && Date.now() - start >= QUIET_WAIT_MS) {
      told = true;
      options.onWait?.(describeHolder(holder));
    }
    sleep(POLL_MS);
  }
}

function defaultWaitMs(): number {
  const seconds = Number(process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS);
  return Number.isFinite(seconds) && seconds >= 0 && process.env.OCEANID_SYNTH_LOCK_WAIT_SECONDS !== '' ? seconds * 1000 : 30_000;
}

/** Creates `path` with `content` unless it exists (O_EXCL): true when this run created it. */
function createExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    // A lock that could not be written (a full disk) must not stay behind and block the next run.
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  return true;
}

function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
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

/** A lock whose owner has ended, or that was never written and is older than a run takes to write it. */
function isStale(path: string, holder: LockRecord | undefined): boolean {
  if (holder) return !ownerIsAlive(holder);
  try {
    return Date.now() - statSync(path).mtimeMs > UNWRITTEN_LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Removes a stale lock, unless it changed since it was read: under a second, short-lived lock, so
 * two runs that both found it stale cannot remove a third run's fresh lock.
 */
function removeStale(path: string, raw: string): void {
  const breaker = `${path}.break`;
  if (!createExclusive(breaker, JSON.stringify({ ...currentOwner(), command: 'stale-lock removal', since: new Date().toISOString() }))) {
    const other = readRaw(breaker);
    if (other !== undefined && isStale(breaker, parseRecord(other))) rmSync(breaker, { force: true });
    else sleep(POLL_MS);
    return;
  }
  try {
    if (readRaw(path) === raw) rmSync(path, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

function describeHolder(holder: LockRecord | undefined): string {
  if (!holder) return `a run that is just taking the lock (${LOCK_FILE} is still empty)`;
  const host = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${host} (${holder.command}, since ${holder.since})`;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
