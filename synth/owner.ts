import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * The process that owns an output lock or a staging folder. A process id alone is not enough: after
 * a crash the id can be reused, so Linux's start time of the process (/proc/<pid>/stat) goes with it.
 */
export interface ProcessOwner {
  readonly pid: number;
  /** Clock ticks since boot when the process started; null where /proc is not available. */
  readonly startTime: string | null;
  readonly host: string;
}

const HAS_PROC = existsSync('/proc/self/stat');

/**
 * The start time of process `pid`; null when it is not running (a zombie counts as not running);
 * undefined when this system cannot tell (no /proc).
 */
function startTimeOf(pid: number): string | null | undefined {
  if (!HAS_PROC) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
  // The command name (field 2) may hold spaces and parentheses; the fields after it are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' || fields[0] === 'X' ? null : fields[19];
}

/** This process. */
export function currentOwner(): ProcessOwner {
  return { pid: process.pid, startTime: startTimeOf(process.pid) ?? null, host: hostname() };
}

/**
 * False only when the owner is known to have ended (then what it left may be removed). A process
 * on another host cannot be checked and counts as running.
 */
export function ownerIsAlive(owner: ProcessOwner): boolean {
  if (owner.host !== hostname()) return true;
  const start = startTimeOf(owner.pid);
  if (start === null) return false;
  if (start !== undefined) return owner.startTime === null || start === owner.startTime;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** A name fragment that identifies the owner on this host: `<pid>-<start time>`. */
export function ownerTag(owner: ProcessOwner = currentOwner()): string {
  return `${owner.pid}-${owner.startTime ?? 'x'}`;
}

/** The owner named by a `<pid>-<start time>` fragment at the start of `tag`, or undefined. */
export function ownerOfTag(tag: string): ProcessOwner | undefined {
  const match = /^(\d+)-(\d+|x)(?:-|$)/.exec(tag);
  return match ? { pid: Number(match[1]), startTime: match[2] === 'x' ? null : match[2], host: hostname() } : undefined;
}
