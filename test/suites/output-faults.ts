import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { clusters } from '../../model/clusters';
import { runDiffCli } from '../../synth/diff';
import { OutputError, OutputFs, recoverInterruptedWrite, writeOutputsAtomically } from '../../synth/output';
import { ownerIsAlive, ProcessOwner, processOwner } from '../../synth/owner';
import { CliIo, isBootstrapOwned, OUTPUT_ROOTS, readSettledOutputs, synthesize } from '../../synth/run';
import { repoRoot, snapshotTree, tempDir } from '../helpers';
import { changedRepo, runCli, synthLeftovers } from '../synth-process';

// The fault suite: whatever happens to a synth (killed at any step, another run at the same time,
// a read-only, immutable or full disk, a rename that fails mid-swap), dist/, flux/ and hosts/ end
// up exactly old or exactly new, and nothing of the failed run stays behind. Faults are injected
// in-process through the writer's file system; a lock holder that is killed is a real process.

let rendered: Map<string, string> | undefined;
/** What the synth writes for a changedRepo() (the same for each), rendered once per test file. */
function newTree(): Map<string, string> {
  rendered ??= new Map([...synthesize(clusters, changedRepo()).files].sort(([a], [b]) => a.localeCompare(b)));
  return rendered;
}

/** The generated folders on disk, bootstrap-owned files aside, in the order newTree uses. */
function tree(root: string): Map<string, string> {
  const files = snapshotTree(root);
  return new Map([...files].filter(([path]) => !isBootstrapOwned(path)).sort(([a], [b]) => a.localeCompare(b)));
}

/** A temporary folder holding a copy of the generated folders only, for the writer alone. */
function changedTree(): string {
  const root = tempDir('tree');
  for (const entry of ['cdk8s.yaml', ...OUTPUT_ROOTS]) cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  return root;
}

let fullSteps: string[] | undefined;
/** Every change the writer makes to the disk, in order, writing newTree() over the committed output (probed once per test file). */
function writerSteps(): string[] {
  if (!fullSteps) {
    const probe = changedTree();
    const steps: string[] = [];
    const counting = interceptMutations(fs, (call, path) => steps.push(`${call} ${path.slice(probe.length + 1)}`));
    writeOutputsAtomically(probe, newTree(), { roots: OUTPUT_ROOTS, preserve: isBootstrapOwned, fs: counting });
    fullSteps = steps;
  }
  return fullSteps;
}

/** A run that has ended: this process's id with another start time, as after the id was reused. */
const ENDED_RUN = { ...processOwner(), startTime: '1' };

const MUTATING_CALLS = ['mkdirSync', 'writeFileSync', 'renameSync', 'rmSync'] as const;

/** `fs` with `before(call, path, dest)` run before each call that changes the disk (it may throw); `dest` is a rename's target. */
function interceptMutations(base: OutputFs, before: (call: (typeof MUTATING_CALLS)[number], path: string, dest?: string) => void): OutputFs {
  const wrapped: Record<string, unknown> = { ...base };
  for (const call of MUTATING_CALLS) {
    const original = base[call] as (...args: unknown[]) => unknown;
    wrapped[call] = (...args: unknown[]) => {
      before(call, String(args[0]), call === 'renameSync' ? String(args[1]) : undefined);
      return original(...args);
    };
  }
  return wrapped as unknown as OutputFs;
}

/** node:fs until the `step`th change of the disk; from there on nothing reaches the disk, as after SIGKILL. */
function killedAt(step: number): OutputFs {
  let count = 0;
  return interceptMutations(fs, () => {
    if (++count >= step) throw new Error(`killed at step ${step}`);
  });
}

const SYSCALLS: Record<(typeof MUTATING_CALLS)[number] | 'accessSync', string> = {
  mkdirSync: 'mkdir',
  writeFileSync: 'open',
  renameSync: 'rename',
  rmSync: 'rm',
  accessSync: 'access',
};

function errno(code: string, call: keyof typeof SYSCALLS, path: string | undefined, dest?: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: simulated fault, ${SYSCALLS[call]}`) as NodeJS.ErrnoException;
  return Object.assign(error, { code, syscall: SYSCALLS[call] }, path === undefined ? {} : { path }, dest === undefined ? {} : { dest });
}

/**
 * node:fs, except that the calls `fails` picks throw the errno `code`, as a kernel would. A full
 * disk fails in write(2), whose Node error names no path.
 */
function faultyFs(code: string, fails: (call: keyof typeof SYSCALLS, path: string) => boolean): OutputFs {
  const base = interceptMutations(fs, (call, path, dest) => {
    if (fails(call, path)) throw errno(code, call, code === 'ENOSPC' && call === 'writeFileSync' ? undefined : path, dest);
  });
  return {
    ...base,
    accessSync: (path: fs.PathLike, mode?: number) => {
      if (fails('accessSync', String(path))) throw errno(code, 'accessSync', String(path));
      fs.accessSync(path, mode);
    },
  };
}

describe('a synth that cannot write leaves the old output exactly, in one line', () => {
  const under = (root: string, folder: string) => (path: string) => path === join(root, folder) || path.startsWith(`${join(root, folder)}/`);
  const cases: [string, (root: string) => OutputFs, RegExp][] = [
    [
      'a read-only dist/',
      (root) => faultyFs('EROFS', (_call, path) => under(root, 'dist')(path)),
      /^cannot write dist: read-only file system \(EROFS\); dist\/, flux\/ and hosts\/ are unchanged$/,
    ],
    [
      'an immutable file in flux/',
      (root) => faultyFs('EPERM', (call, path) => call === 'accessSync' && path === join(root, 'flux/production/oceanid/kustomization.yaml')),
      /^cannot write flux\/production\/oceanid\/kustomization\.yaml: operation not permitted \(an immutable file or folder\?\) \(EPERM\); dist\/, flux\/ and hosts\/ are unchanged$/,
    ],
    [
      'a full disk while staging',
      () => {
        let writes = 0;
        return faultyFs('ENOSPC', (call) => call === 'writeFileSync' && ++writes > 10);
      },
      /^cannot write \.synth-staging-[\w-]+\/\S+: no space left on device \(ENOSPC\); dist\/, flux\/ and hosts\/ are unchanged$/,
    ],
    [
      'hosts/ that cannot be moved once dist/ and flux/ are swapped',
      (root) => faultyFs('EBUSY', (call, path) => call === 'renameSync' && path === join(root, 'hosts')),
      /^cannot move hosts to \.synth-old-[\w-]+\/hosts: busy \(a mount point\?\) \(EBUSY\); dist\/, flux\/ and hosts\/ are as they were$/,
    ],
  ];
  // Each case leaves the repository as it found it (checked), so one serves them all.
  let root: string;
  let before: Map<string, string>;
  beforeAll(() => {
    root = changedRepo();
    before = tree(root);
  });
  it.each(cases)('%s', (_name, faults, message) => {
    const result = runCli(root, clusters, [], { fs: faults(root) });
    expect(result.err).toMatch(message);
    expect(result.code).toBe(1);
    expect(tree(root)).toEqual(before);
    expect(synthLeftovers(root)).toEqual([]);
  });

  it('a swap that can be neither finished nor undone stays journaled, and the next run completes it', () => {
    // The last user of the shared repository: it writes.
    const expected = newTree();
    // hosts/ cannot be moved aside, and dist/ cannot be moved back.
    const faults = faultyFs(
      'EIO',
      (call, path) => call === 'renameSync' && (path === join(root, 'hosts') || (path.includes('.synth-old-') && path.endsWith('/dist'))),
    );
    const failed = runCli(root, clusters, [], { fs: faults });
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(
      /^cannot move hosts to \S+: input\/output error \(EIO\); undoing the swap failed too \(cannot move \S+\/dist to dist: .*\): \.synth-journal\.json stays, and the next synth completes or undoes it$/,
    );
    expect(existsSync(join(root, '.synth-journal.json'))).toBe(true);

    const next = runCli(root, clusters);
    expect(next.code).toBe(0);
    expect(next.err).toContain('note: an interrupted synth left .synth-journal.json; its swap is now complete.');
    expect(tree(root)).toEqual(expected);
    expect(synthLeftovers(root)).toEqual([]);
  });
});

describe('a synth killed at any step of its write', () => {
  // The writer takes the same kinds of step for 10 files as for all of them (a folder, a file, each
  // root, the journal, each swap and removal), and each kill re-runs it: so the output here is the
  // part of it that holds the changed file (label-studio), one more component, a file directly under
  // dist/production/, flux/ and hosts/.
  const part = (files: Map<string, string>) =>
    new Map([...files].filter(([path]) => !path.startsWith('dist/') || /^dist\/production\/(README\.md|label-studio\/|triton\/)/.test(path)));
  /** A temporary folder holding `files` only. */
  const planted = (files: Map<string, string>) => {
    const root = tempDir('tree');
    for (const [path, content] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    return root;
  };
  /** Every entry below `root` (folders included), to show a reused tree is laid out as a fresh one. */
  const layout = (root: string) => readdirSync(root, { recursive: true }).sort();

  it('leaves old output exactly up to the journal and new output after it, once the next run has settled it, and nothing else', () => {
    const old = part(tree(repoRoot));
    const expected = part(newTree());
    expect(old.get('dist/production/label-studio/label-studio.yaml')).not.toBe(expected.get('dist/production/label-studio/label-studio.yaml'));
    const probe = planted(old);
    // Every change the writer makes to the disk, in order.
    const steps: string[] = [];
    const counting = interceptMutations(fs, (call, path) => steps.push(`${call} ${path.slice(probe.length + 1)}`));
    writeOutputsAtomically(probe, expected, { roots: OUTPUT_ROOTS, preserve: isBootstrapOwned, fs: counting });
    const journal = steps.findIndex((s) => s.startsWith('renameSync .synth-journal.json.tmp')) + 1;
    expect(journal).toBeGreaterThan(OUTPUT_ROOTS.length);
    // A run killed before the journal leaves the old tree, laid out as before: that tree serves the
    // next step; only after a swap is a fresh one made.
    let root: string | undefined = planted(old);
    const pristine = layout(root);
    for (let step = 1; step <= steps.length; step++) {
      root ??= planted(old);
      try {
        writeOutputsAtomically(root, expected, { roots: OUTPUT_ROOTS, preserve: isBootstrapOwned, fs: killedAt(step), owner: ENDED_RUN });
      } catch {
        // Killed: what it would have done next never reaches the disk (a removal it skips is swallowed).
      }
      const label = `killed before step ${step} of ${steps.length} (${steps[step - 1]})`;
      recoverInterruptedWrite(root, OUTPUT_ROOTS);
      const after = tree(root);
      const state = sameMap(after, old) ? 'old' : sameMap(after, expected) ? 'new' : 'a mix';
      expect({ label, state, left: synthLeftovers(root) }).toEqual({ label, state: step <= journal ? 'old' : 'new', left: [] });
      if (state === 'old') expect({ label, layout: layout(root) }).toEqual({ label, layout: pristine });
      else root = undefined;
    }
  });
});

function sameMap(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** A live process that is not this one (a `sleep`), as a lock holder: its owner record and a way to kill it. */
function liveHolder(): { owner: ProcessOwner; kill: () => void } {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  return { owner: processOwner(child.pid!), kill: () => child.kill('SIGKILL') };
}

describe('a lock holder', () => {
  it('is alive while its process runs, and not once it has exited (its pid gone), or when the pid now names another process', () => {
    const holder = liveHolder();
    expect(ownerIsAlive(holder.owner)).toBe(true);
    expect(ownerIsAlive({ ...holder.owner, startTime: '1' })).toBe(false);
    holder.kill();
    const exited = spawnSync('true');
    expect(ownerIsAlive({ pid: exited.pid, startTime: '1', host: hostname() })).toBe(false);
  });
});

describe('runs at the same time', () => {
  it('a run waits for a live synth that holds the lock mid-swap, a diff that may not wait long names it, and once that synth is killed the run completes its swap', () => {
    const root = changedRepo();
    const expected = newTree();
    const holder = liveHolder();
    try {
      // The holder's synth, stopped right after dist/ was swapped in (flux/ and hosts/ still old), holding the lock.
      const swapped = writerSteps().findIndex((step) => /^renameSync \.synth-staging-\S+\/dist$/.test(step)) + 2;
      expect(() =>
        writeOutputsAtomically(root, expected, { roots: OUTPUT_ROOTS, preserve: isBootstrapOwned, fs: killedAt(swapped), owner: holder.owner }),
      ).toThrow();
      writeFileSync(join(root, '.synth-lock'), JSON.stringify({ ...holder.owner, command: 'synth', since: '2026-12-08T00:00:00.000Z' }));

      const err: string[] = [];
      const impatient = runDiffCli([], clusters, root, { out: () => undefined, err: (l) => err.push(l), lockWaitMs: 100 });
      expect({ code: impatient, err }).toEqual({
        code: 2,
        err: [
          expect.stringMatching(
            new RegExp(`^diff: dist/, flux/ and hosts/ are locked by pid ${holder.owner.pid} \\(synth, since \\S+\\); gave up after 0\\.1 s `),
          ),
        ],
      });
      // The run waits; once it says so, the holder is killed (SIGKILL), and the run takes the lock it left.
      const waited: string[] = [];
      const waiting = (line: string) => {
        waited.push(line);
        holder.kill();
      };
      const next = runCli(root, clusters, [], { err: waiting });
      expect({ code: next.code, waited }).toEqual({
        code: 0,
        waited: [
          expect.stringMatching(new RegExp(`^synth: waiting for pid ${holder.owner.pid} \\(synth, since `)),
          'note: an interrupted synth left .synth-journal.json; its swap is now complete.',
        ],
      });
      expect(next.out).toContain('no change.');
    } finally {
      holder.kill();
    }
    expect(tree(root)).toEqual(expected);
    expect(synthLeftovers(root)).toEqual([]);
  });
});

describe('validate and diff after an interrupted swap', () => {
  it('name it when it cannot be finished (a read-only checkout); otherwise finish it under the lock, say so, and compare', () => {
    const root = changedRepo();
    // Killed right after dist/ was swapped in, by a synth that has ended (so its folders may go).
    const swapped = writerSteps().findIndex((s) => /^renameSync \.synth-staging-\S+\/dist$/.test(s)) + 2;
    expect(() => writeOutputsAtomically(root, newTree(), { roots: OUTPUT_ROOTS, fs: killedAt(swapped), owner: ENDED_RUN })).toThrow();
    const readOnly = faultyFs('EROFS', (call) => call !== 'accessSync');
    const blocked = runCli(root, clusters, ['--check'], { fs: readOnly });
    expect(blocked.code).toBe(1);
    expect(blocked.err).toMatch(
      /^an interrupted synth left \.synth-journal\.json; completing it failed \(cannot move flux to \S+: read-only file system \(EROFS\)\); undoing the swap failed too \(cannot move dist to \S+: read-only file system \(EROFS\)\): \.synth-journal\.json stays, and the next synth completes or undoes it$/,
    );

    const err: string[] = [];
    const out: string[] = [];
    expect(runDiffCli([], clusters, root, { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    expect(err).toEqual(['note: an interrupted synth left .synth-journal.json; its swap is now complete.']);
    expect(out.join('\n')).toContain('No changes');
    expect(synthLeftovers(root)).toEqual([]);
  });
});

describe('nothing in the working tree steers the synth outside its own files', () => {
  const quiet = { out: () => undefined, err: () => undefined };
  // Every case below is refused before anything is changed, so they share one copy of the output
  // and one repository: what a case plants (.synth-lock, a journal, a staged folder) goes after it,
  // and both are then checked to be as they were.
  let outputs: string;
  let repository: string;
  const pristine = new Map<string, Map<string, string>>();
  beforeAll(() => {
    outputs = changedTree();
    repository = changedRepo();
    for (const root of [outputs, repository]) pristine.set(root, tree(root));
  });
  afterEach(() => {
    for (const root of [outputs, repository]) {
      for (const entry of synthLeftovers(root)) rmSync(join(root, entry), { recursive: true, force: true });
      expect(tree(root)).toEqual(pristine.get(root));
    }
  });
  const commands: [string, (root: string, io: Partial<CliIo>) => { code: number; err: string }][] = [
    ['synth', (root, io) => runCli(root, clusters, [], io)],
    ['validate', (root, io) => runCli(root, clusters, ['--check'], io)],
    [
      'diff',
      (root, io) => {
        const err: string[] = [];
        const code = runDiffCli([], clusters, root, { out: () => undefined, err: (l) => err.push(l), ...io });
        return { code, err: err.join('\n') };
      },
    ],
  ];
  // Each run below would have to wait this long for a lock held by a live process.
  const lockWaitMs = 60_000;
  const locks: [string, (root: string) => Partial<CliIo>, string][] = [
    ['a folder', (root) => (mkdirSync(join(root, '.synth-lock')), {}), '.synth-lock is a folder, not a lock file this tool wrote: remove it and run again'],
    [
      'a dangling symbolic link',
      (root) => (symlinkSync(join(root, 'no-such-file'), join(root, '.synth-lock')), {}),
      '.synth-lock is a symbolic link, not a lock file this tool wrote: remove it and run again',
    ],
    [
      'unreadable',
      (root) => {
        writeFileSync(join(root, '.synth-lock'), '{}');
        // The tests may run as root, who reads a file of mode 000: the refusal is injected.
        const unreadable = (path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
          if (String(path) === join(root, '.synth-lock'))
            throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', path });
          return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
        };
        return { fs: { ...fs, readFileSync: unreadable } as OutputFs };
      },
      'cannot read .synth-lock: permission denied (EACCES): remove it and run again',
    ],
  ];
  it.each(locks)('a .synth-lock that is %s is refused at once, in one line', (_name, make, message) => {
    const root = outputs;
    const io = { ...quiet, lockWaitMs, ...make(root) };
    expect(() => readSettledOutputs(root, 'validate', io, () => undefined)).toThrow(new OutputError(`validate: ${message}`));
  });
  it('an empty .synth-lock, however old, is waited for like a live one: its run may be slow to write its record', () => {
    const root = outputs;
    writeFileSync(join(root, '.synth-lock'), '');
    utimesSync(join(root, '.synth-lock'), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    expect(() => readSettledOutputs(root, 'validate', { ...quiet, lockWaitMs: 100 }, () => undefined)).toThrow(
      /^validate: dist\/, flux\/ and hosts\/ are locked by a run that is taking it \(\.synth-lock holds no record yet\); gave up after 0\.1 s /,
    );
    expect(readFileSync(join(root, '.synth-lock'), 'utf8')).toBe('');
  });
  it.each(commands)('%s exits at once with that line, and writes nothing', (command, run) => {
    const root = repository;
    const before = tree(root);
    const result = run(root, { lockWaitMs, ...locks[0][1](root) });
    expect({ code: result.code, err: result.err }).toEqual({ code: command === 'diff' ? 2 : 1, err: `${command}: ${locks[0][2]}` });
    expect(tree(root)).toEqual(before);
  });

  const journals: [string, (victim: string) => Record<string, unknown>][] = [
    ['staging', (victim) => ({ staging: `.synth-staging-1-1-1/../../${victim}`, old: '.synth-old-1-1-1', roots: ['dist', 'flux', 'hosts'] })],
    ['old', (victim) => ({ staging: '.synth-staging-1-1-1', old: `.synth-old-1-1-1/../../${victim}`, roots: ['dist', 'flux', 'hosts'] })],
    ['roots', (victim) => ({ staging: '.synth-staging-1-1-1', old: '.synth-old-1-1-1', roots: [`../${victim}`] })],
  ];
  /** A repository whose journal is made by `journal` from the name of a folder beside it, and that folder. */
  function forgedJournal(root: string, journal: (victim: string) => Record<string, unknown>): string {
    const victim = tempDir('victim');
    writeFileSync(join(victim, 'keep'), 'mine\n');
    // The staged copy the journal names, so a run that followed it would swap it in.
    mkdirSync(join(root, '.synth-staging-1-1-1', 'dist'), { recursive: true });
    writeFileSync(join(root, '.synth-journal.json'), JSON.stringify(journal(relative(join(root, '..'), victim))));
    return victim;
  }
  const refused = /^\.synth-journal\.json was not written by this tool \([a-z]+ .*\); nothing was changed: remove it and run again$/;
  it.each(journals)('a journal whose %s leads out of the repository is refused, and nothing outside is touched', (_field, journal) => {
    const root = outputs;
    const victim = forgedJournal(root, journal);
    expect(() => readSettledOutputs(root, 'validate', quiet, () => undefined)).toThrow(refused);
    expect(readFileSync(join(victim, 'keep'), 'utf8')).toBe('mine\n');
  });
  it.each(commands)('%s exits with that line', (command, run) => {
    const root = repository;
    const victim = forgedJournal(root, journals[0][1]);
    const result = run(root, {});
    expect(result.err).toMatch(refused);
    expect(result.code).toBe(command === 'diff' ? 2 : 1);
    expect(readFileSync(join(victim, 'keep'), 'utf8')).toBe('mine\n');
  });

  it.each([
    ['.synth-staging-1-1-1', '.synth-staging-1-1-1'],
    ['.synth-staging-1-1-1/dist', '.synth-staging-1-1-1/dist'],
  ])('a journal whose staged folder %s is a symbolic link is refused', (link, named) => {
    const root = outputs;
    const victim = tempDir('victim');
    mkdirSync(join(victim, 'dist'));
    mkdirSync(join(root, '.synth-staging-1-1-1'), { recursive: true });
    rmSync(join(root, link), { recursive: true, force: true });
    symlinkSync(victim, join(root, link));
    writeFileSync(
      join(root, '.synth-journal.json'),
      JSON.stringify({ staging: '.synth-staging-1-1-1', old: '.synth-old-1-1-1', roots: ['dist', 'flux', 'hosts'] }),
    );
    expect(() => readSettledOutputs(root, 'validate', quiet, () => undefined)).toThrow(
      new OutputError(`.synth-journal.json was not written by this tool (staging ${named} is a symbolic link); nothing was changed: remove it and run again`),
    );
    expect(existsSync(join(victim, 'dist'))).toBe(true);
    expect(lstatSync(join(root, 'dist')).isDirectory()).toBe(true);
  });
});
