// The commit Flux's image automation pushes needs no commit by a person. In a copy of the model and
// the output with every policy moved to a newer tag, the synth reports no change (so the stale
// check passes and the new tag passes the model's grammar and the gate). What else in `npm test`
// could read the tag is a test or a snapshot that names it: none may name an automated production
// image, so none can fail on Flux's commit. (Recorded cluster states under test/fixtures/ are what
// ran, not what a test expects of the model; Flux's commit leaves them true.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { clusters } from '../../model/clusters';
import { listFiles } from '../../synth/output';
import { OUTPUT_ROOTS } from '../../synth/run';
import { applySetters, LatestRef, setterMarkers } from '../flux-setters';
import { productionModel, repoRoot, snapshotTree, tempRepo } from '../helpers';
import { runCli } from '../synth-process';

/** A newer tag of the same shape: the last number of `tag` plus one (2025.11.1 -> 2025.11.2). */
function nextTag(tag: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(tag);
  if (!m) throw new Error(`tag ${tag} has no number to raise`);
  return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
}

/** The places in `text` that pin `repository:tag`, or the bare tag as a string literal (in code) or a YAML `tag:` value (in a snapshot). */
function tagPins(text: string, image: { repository: string; tag: string }): number[] {
  const tag = image.tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pin = new RegExp(`${image.repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${tag}(?![\\w.-])|(['"\`])${tag}\\1|\\btag:\\s*["']?${tag}(?![\\w.-])`);
  return text
    .split('\n')
    .map((line, i) => (pin.test(line) ? i + 1 : 0))
    .filter((n) => n > 0);
}

/** Test sources and snapshots below `top`, relative to the repository (fixtures of recorded clusters left out). */
const testFiles = (top: string) =>
  listFiles(join(repoRoot, top))
    .map((f) => `${top}/${f}`)
    .filter((f) => !f.startsWith('test/fixtures/') && /\.(ts|snap)$/.test(f));

describe('an image update by Flux keeps CI green', () => {
  const root = tempRepo();

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

  it('then the synth passes the gate and reports no change: the stale check stays green', () => {
    const { code, out, err } = runCli(root, clusters);
    expect({ code, err, out }).toEqual({ code: 0, err: '', out: expect.stringContaining('no change') });
    expect(snapshotTree(root, ['model', ...OUTPUT_ROOTS])).toEqual(afterFlux);
  });

  it('no test and no snapshot pins an automated production image, so no test reads the tag Flux moves', () => {
    const model = productionModel();
    const automated = Object.values(model.images).filter((i) => i.automation);
    expect(automated.map((i) => i.repository)).toContain('docker.io/cloudflare/cloudflared');
    const pins = [...testFiles('test'), ...testFiles('__snapshots__')].flatMap((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      return automated.flatMap((image) => tagPins(text, image).map((line) => `${file}:${line} pins ${image.repository}:${image.tag}`));
    });
    expect(pins).toEqual([]);
  });

  it('sees a pin in each form a test or a snapshot would write it', () => {
    const image = { repository: 'registry.example/app', tag: '1.2.3' };
    expect(tagPins("expect(c.image).toBe('registry.example/app:1.2.3');", image)).toEqual([1]);
    expect(tagPins("expect(images.app.tag).toBe('1.2.3');", image)).toEqual([1]);
    expect(tagPins('x\n    tag: 1.2.3\n', image)).toEqual([2]);
    expect(tagPins("'1.2.30', 'registry.example/app:1.2.34', 'tag: 1.2.3.1'", image)).toEqual([]);
  });
});
