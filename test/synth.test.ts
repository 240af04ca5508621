import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusters } from '../model/clusters';
import { ModelSource } from '../model/load';
import { recoverInterruptedWrite } from '../synth/output';
import { isBootstrapOwned, runSynthCli, synthesize } from '../synth/run';
import { repoRoot, snapshotTree, sourceWith, tempRepo } from './helpers';
// The schema gate's caches, each case run as its own process like the synth below.
import './suites/validation-cache';


function runCli(root: string, sources: readonly ModelSource[], argv: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSynthCli(argv, sources, root, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the committed output', () => {
  it('is exactly what a fresh synth produces (run `npm run synth` and commit when this fails)', () => {
    const { files } = synthesize(clusters, repoRoot);
    const committed = snapshotTree(repoRoot);
    for (const path of [...committed.keys()].filter(isBootstrapOwned)) committed.delete(path);
    expect([...committed.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect({ path, content: committed.get(path) }).toEqual({ path, content });
  });

  it('is deterministic: two synths give the same bytes', () => {
    const a = synthesize(clusters, repoRoot).files;
    const b = synthesize(clusters, repoRoot).files;
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('`--check` passes on the committed tree and fails naming the file once it is edited', () => {
    const root = tempRepo();
    expect(runCli(root, clusters, ['--check']).code).toBe(0);
    const file = join(root, 'dist/production/apps/triton.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('replicas: 1', 'replicas: 3'));
    const result = runCli(root, clusters, ['--check']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('dist/production/apps/triton.yaml');
  });
});

describe('bad input stops the synth and leaves dist/ and flux/ untouched', () => {
  const cases: [string, () => ModelSource, RegExp][] = [
    ['a misspelt node name', () => sourceWith((m) => (m.gpuInference!.node = 'calipso')), /gpuInference\.node: "calipso" is not a node of this cluster/],
    ['a GPU count of 0', () => sourceWith((m) => (m.gpuInference!.gpus = 0)), /gpuInference\.gpus: the GPU workload needs at least one GPU \(got 0\)/],
    ['an unknown field', () => sourceWith((m) => ((m as Record<string, unknown>).baseDomian = 'x.io')), /unknown field "baseDomian"/],
  ];
  it.each(cases)('%s', (_name, source, message) => {
    const root = tempRepo();
    const before = snapshotTree(root);
    const result = runCli(root, [source()]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('nothing was written');
    expect(snapshotTree(root)).toEqual(before);
  });

  it('a missing image tag in the Flux-writable image file', () => {
    const root = tempRepo();
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('    tag: 25.08-py3\n', ''));
    const before = snapshotTree(root);
    const result = runCli(root, clusters);
    expect(result.code).toBe(1);
    expect(result.err).toContain('images.triton.tag: a pinned image tag is required (missing)');
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('writing', () => {
  it('keeps the files `flux bootstrap` owns under flux/<cluster>/flux-system/', () => {
    const root = tempRepo();
    mkdirSync(join(root, 'flux/production/flux-system'), { recursive: true });
    writeFileSync(join(root, 'flux/production/flux-system/gotk-sync.yaml'), 'kind: Kustomization\n');
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 1.20.0', 'tag: 1.20.1'));
    expect(runCli(root, clusters).code).toBe(0);
    expect(readFileSync(join(root, 'flux/production/flux-system/gotk-sync.yaml'), 'utf8')).toBe('kind: Kustomization\n');
    expect(readFileSync(join(root, 'dist/production/apps/label-studio.yaml'), 'utf8')).toContain('label-studio:1.20.1');
  });

  it('removes files of charts that no longer exist', () => {
    const root = tempRepo();
    writeFileSync(join(root, 'dist/production/apps/old-app.yaml'), 'kind: ConfigMap\n');
    expect(runCli(root, clusters).code).toBe(0);
    expect(existsSync(join(root, 'dist/production/apps/old-app.yaml'))).toBe(false);
  });
});

describe('the synth process', () => {
  // Built by the Jest global setup (test/global-setup.ts).
  const bundle = join(repoRoot, '.build/synth.js');

  /** A temporary repository with the built synth in it, and a model change that alters the output. */
  function changedRepo(): string {
    const root = tempRepo();
    mkdirSync(join(root, '.build'));
    copyFileSync(bundle, join(root, '.build/synth.js'));
    // The bundle finds ajv, the validator cache and the schemas through node_modules, as in a checkout.
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 1.20.0', 'tag: 1.20.1'));
    return root;
  }

  it('exits non-zero with a one-paragraph message and no stack trace on a bad model', () => {
    const root = changedRepo();
    const images = join(root, 'model/images/production.yaml');
    writeFileSync(images, readFileSync(images, 'utf8').replace('tag: 8.11.1', 'tag: latest'));
    const before = snapshotTree(root);
    const run = spawnSync(process.execPath, [join(root, '.build/synth.js')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('images.modelFetcher.tag: the tag "latest" is not pinned');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(root)).toEqual(before);
  });

  /** Starts the synth with a fault hook, waits until it pauses there, and kills it with SIGKILL. */
  async function killAt(root: string, env: Record<string, string>): Promise<void> {
    const child = spawn(process.execPath, [join(root, '.build/synth.js')], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk) => {
        err += chunk;
        if (err.includes('FAULT-PAUSE')) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`synth exited without pausing: ${err}`))));
    });
  }

  it('killed while writing, leaves dist/ and flux/ byte-for-byte as they were; the next run completes', async () => {
    const root = changedRepo();
    const before = snapshotTree(root);
    await killAt(root, { OCEANID_SYNTH_FAULT_PAUSE_AFTER_FILES: '5' });
    expect(snapshotTree(root)).toEqual(before);
    expect(readdirSync(root).some((e) => e.startsWith('.synth-staging-'))).toBe(true);

    // The next synth (in-process here; the same code) cleans up and writes the new output.
    expect(runCli(root, clusters).code).toBe(0);
    expect(readFileSync(join(root, 'dist/production/apps/label-studio.yaml'), 'utf8')).toContain('label-studio:1.20.1');
    expect(readdirSync(root).filter((e) => e.startsWith('.synth'))).toEqual([]);
  });

  it('killed between swapping dist/ and flux/, is rolled forward by the next run', async () => {
    const root = changedRepo();
    await killAt(root, { OCEANID_SYNTH_FAULT_PAUSE_IN_SWAP: '1' });
    expect(existsSync(join(root, '.synth-journal.json'))).toBe(true);
    // Half swapped: dist/ is new while flux/ and hosts/ are old, until a run completes the journal.
    recoverInterruptedWrite(root);
    expect(readdirSync(root).filter((e) => e.startsWith('.synth'))).toEqual([]);
    expect(runCli(root, clusters, ['--check']).code).toBe(0);
  });
});
