// The commit Flux's image automation pushes needs no commit by a person: in a clean copy of the
// repository with every policy moved to a newer tag, the synth reports no change and `npm test`
// passes. The nested `npm test` leaves out the two tests that run a nested `npm test` themselves
// (this one and the worked examples', which do not read image tags), so it does not recurse.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { OUTPUT_ROOTS } from '../synth/run';
import { applySetters, LatestRef, setterMarkers } from './flux-setters';
import { repoRoot, snapshotTree, tempDir } from './helpers';

/** The files of the repository a commit would hold (tracked or not ignored), as they are in the working tree, in `dir`, sharing node_modules. */
function trackedCopy(dir: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(repoRoot, f)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function run(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A newer tag of the same shape: the last number of `tag` plus one (2025.11.1 -> 2025.11.2). */
function nextTag(tag: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(tag);
  if (!m) throw new Error(`tag ${tag} has no number to raise`);
  return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
}

describe('an image update by Flux keeps CI green', () => {
  const root = tempDir('flux-commit');
  trackedCopy(root);
  const env = { ...process.env, OCEANID_SCHEMAS: resolve(repoRoot, process.env.OCEANID_SCHEMAS ?? '../shared/schemas') };

  // The ImagePolicies the committed output asks Flux to run, and what each marker holds today.
  const policies = [...snapshotTree(root, OUTPUT_ROOTS).values()]
    .flatMap((text) => parseAllDocuments(text).map((d) => d.toJS()))
    .filter((o) => o?.kind === 'ImagePolicy')
    .map((o) => `${o.metadata.namespace}:${o.metadata.name}`);
  const markers = setterMarkers(root);
  const latest: Record<string, LatestRef> = {};
  for (const policy of policies) {
    const image = markers.find((m) => m.setter === policy);
    if (!image) continue;
    const name = image.value.slice(0, image.value.lastIndexOf(':'));
    latest[policy] = { name, tag: nextTag(image.value.slice(name.length + 1)) };
  }
  const before = snapshotTree(root, ['model', ...OUTPUT_ROOTS]);
  const changed = applySetters(root, latest);
  const afterFlux = snapshotTree(root, ['model', ...OUTPUT_ROOTS]);

  it('the policies have markers in the model and in dist/, and Flux changes only marked lines', () => {
    expect(policies.length).toBeGreaterThan(0);
    expect(Object.keys(latest).sort()).toEqual([...policies].sort());
    expect(changed.some((f) => f.startsWith('model/'))).toBe(true);
    expect(changed.some((f) => f.startsWith('dist/'))).toBe(true);
    for (const file of changed) {
      const old = before.get(file)!.split('\n');
      const now = afterFlux.get(file)!.split('\n');
      expect(now.filter((line, i) => line !== old[i]).every((line) => line.includes('"$imagepolicy"'))).toBe(true);
    }
  });

  it('then the synth reports no change and `npm test` passes in the copy, with no further commit', async () => {
    const synth = await run(root, ['scripts/build.mjs', '--run'], env);
    expect(synth.output).toContain('no change');
    expect(synth.code).toBe(0);
    expect(snapshotTree(root, ['model', ...OUTPUT_ROOTS])).toEqual(afterFlux);
    // One nested worker, so that the two runs together load the machine no more than one run does;
    // its tests and hooks get more time than the default 60 s, as they share the machine.
    const tests = await run(
      root,
      ['scripts/test.mjs', '--testPathIgnorePatterns', '/test/(image-update|worked-example)\\.test\\.ts$', '--maxWorkers=1', '--testTimeout=600000'],
      env,
    );
    expect({ code: tests.code, failures: tests.code === 0 ? '' : tests.output.slice(-6000) }).toEqual({ code: 0, failures: '' });
    expect(readFileSync(join(root, changed[0]), 'utf8')).toBe(afterFlux.get(changed[0]));
  }, 600_000);
});
