import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusters } from '../model/clusters';
import { ModelSource } from '../model/load';
import { isBootstrapOwned, synthesize } from '../synth/run';
import { repoRoot, snapshotTree, sourceWith, synthesizedClusters, tempRepo } from './helpers';
import { changedRepo, runCli } from './synth-process';
// How the synth is built: the bundle, keyed by content.
import './suites/synth-bundle';
// npm run diff: in-process, and once from the bundle.
import './suites/diff';

describe('the committed output', () => {
  it('is exactly what a fresh synth produces (run `npm run synth` and commit when this fails)', () => {
    const { files } = synthesizedClusters();
    const committed = snapshotTree(repoRoot);
    for (const path of [...committed.keys()].filter(isBootstrapOwned)) committed.delete(path);
    expect([...committed.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect({ path, content: committed.get(path) }).toEqual({ path, content });
  });

  it('is deterministic: two synths give the same bytes', () => {
    // The first is the synth the test above compared with the committed output.
    const a = synthesizedClusters().files;
    const b = synthesize(clusters, repoRoot).files;
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('`--check` passes on the committed tree and fails naming the file once one of dist/, flux/ or hosts/ is edited', () => {
    const root = tempRepo();
    expect(runCli(root, clusters, ['--check']).code).toBe(0);
    for (const path of ['dist/production/triton/triton.yaml', 'hosts/production/calypso/config.yaml']) {
      const file = join(root, path);
      const before = readFileSync(file, 'utf8');
      writeFileSync(file, `${before}# stale\n`);
      const result = runCli(root, clusters, ['--check']);
      expect({ path, code: result.code }).toEqual({ path, code: 1 });
      expect(result.err).toContain(path);
      writeFileSync(file, before);
    }
  });
});

describe('bad input stops the synth and leaves dist/ and flux/ untouched', () => {
  const cases: [string, () => ModelSource, RegExp][] = [
    ['a misspelt node name', () => sourceWith((m) => (m.gpuInference!.node = 'calipso')), /gpuInference\.node: "calipso" is not a node of this cluster/],
    ['a GPU count of 0', () => sourceWith((m) => (m.gpuInference!.gpus = 0)), /gpuInference\.gpus: the GPU workload needs at least one GPU \(got 0\)/],
    ['an unknown field', () => sourceWith((m) => ((m as Record<string, unknown>).baseDomian = 'x.io')), /unknown field "baseDomian"/],
  ];
  // Each case checks that it left the repository as it was, so they share one.
  let root: string;
  let before: Map<string, string>;
  beforeAll(() => {
    root = tempRepo();
    before = snapshotTree(root);
  });
  it.each(cases)('%s', (_name, source, message) => {
    const result = runCli(root, [source()]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('nothing was written');
    expect(snapshotTree(root)).toEqual(before);
  });

  it('a missing image tag in the Flux-writable image file', () => {
    // The last user of the shared repository: it edits the image file.
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('    tag: 25.08-py3\n', ''));
    const result = runCli(root, clusters);
    expect(result.code).toBe(1);
    expect(result.err).toContain('images.triton.tag: a pinned image tag is required (missing)');
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('writing', () => {
  // One synth over a repository holding both a file `flux bootstrap` owns and a chart that no longer exists.
  let root: string;
  let code: number;
  beforeAll(() => {
    root = tempRepo();
    mkdirSync(join(root, 'flux/production/flux-system'), { recursive: true });
    writeFileSync(join(root, 'flux/production/flux-system/gotk-sync.yaml'), 'kind: Kustomization\n');
    mkdirSync(join(root, 'dist/production/old-app'));
    writeFileSync(join(root, 'dist/production/old-app/old-app.yaml'), 'kind: ConfigMap\n');
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 1.20.0', 'tag: 1.20.1'));
    code = runCli(root, clusters).code;
  });

  it('keeps the files `flux bootstrap` owns under flux/<cluster>/flux-system/', () => {
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'flux/production/flux-system/gotk-sync.yaml'), 'utf8')).toBe('kind: Kustomization\n');
    expect(readFileSync(join(root, 'dist/production/label-studio/label-studio.yaml'), 'utf8')).toContain('label-studio:1.20.1');
  });

  it('removes files of charts that no longer exist', () => {
    expect(code).toBe(0);
    expect(existsSync(join(root, 'dist/production/old-app/old-app.yaml'))).toBe(false);
  });
});

describe('the synth process', () => {
  it('exits non-zero with a one-paragraph message and no stack trace on a bad model', () => {
    const root = changedRepo(true);
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 8.11.1', 'tag: latest'));
    const before = snapshotTree(root);
    const run = spawnSync(process.execPath, [join(root, '.build/synth.js')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('images.modelFetcher.tag: the tag "latest" is not pinned');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(root)).toEqual(before);
  });
});
