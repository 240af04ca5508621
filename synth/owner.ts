import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** The process that owns a lock or staging folder: pid and start time (/proc/<pid>/stat), as pids are reused. */
export interface ProcessOwner {
  readonly pid: number;
  /** Clock ticks since boot; null without /proc. */
  readonly startTime: string | null;
  readonly host: string;
}

const HAS_PROC = existsSync('/proc/self/stat');

/** null when not running (zombies included); undefined when this system cannot tell. */
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

/** The owner record of a process on this host (this one by default). */
export function processOwner(pid = process.pid): ProcessOwner {
  return { pid, startTime: startTimeOf(pid) ?? null, host: hostname() };
}

/** False only when the owner is known to have ended; one on another host counts as running. */
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

/** `<pid>-<start time>`. */
export function ownerTag(owner: ProcessOwner = processOwner()): string {
  return `${owner.pid}-${owner.startTime ?? 'x'}`;
}

export function ownerOfTag(tag: string): ProcessOwner | undefined {
  const match = /^(\d+)-(\d+|x)(?:-|$)/.exec(tag);
  return match ? { pid: Number(match[1]), startTime: match[2] === 'x' ? null : match[2], host: hostname() } : undefined;
}
