// The commit Flux's image automation pushes needs no commit by a person: in a clean copy of the
// repository with every policy moved to a newer tag, the synth reports no change and `npm test`
// passes. The nested `npm test` leaves out the two tests that run a nested `npm test` themselves
// (this one and the worked examples', which do not read image tags), so it does not recurse.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { OUTPUT_ROOTS } from '../synth/run';
import { applySetters, LatestRef, setterMarkers } from './flux-setters';
import { repoRoot, repositoryCopy, runNode, snapshotTree, tempDir } from './helpers';

/** A newer tag of the same shape: the last number of `tag` plus one (2025.11.1 -> 2025.11.2). */
function nextTag(tag: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(tag);
  if (!m) throw new Error(`tag ${tag} has no number to raise`);
  return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
}

describe('an image update by Flux keeps CI green', () => {
  const root = tempDir('flux-commit');
  repositoryCopy(root);
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
    const synth = await runNode(root, ['scripts/build.mjs', '--run'], env);
    expect(synth.output).toContain('no change');
    expect(synth.code).toBe(0);
    expect(snapshotTree(root, ['model', ...OUTPUT_ROOTS])).toEqual(afterFlux);
    // One nested worker, so that the two runs together load the machine no more than one run does;
    // its tests and hooks get more time than the default 60 s, as they share the machine.
    const tests = await runNode(
      root,
      ['scripts/test.mjs', '--testPathIgnorePatterns', '/test/(image-update|worked-example)\\.test\\.ts$', '--maxWorkers=1', '--testTimeout=600000'],
      env,
    );
    expect({ code: tests.code, failures: tests.code === 0 ? '' : tests.output.slice(-6000) }).toEqual({ code: 0, failures: '' });
    expect(readFileSync(join(root, changed[0]), 'utf8')).toBe(afterFlux.get(changed[0]));
  }, 600_000);
});
