import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { toleratesTaint } from '../../lib/gpu-scheduling';
import type { ModelSource } from '../../model/load';
import type { TaintModel } from '../../model/schema';
import type { CliIo } from '../../synth/run';
import { repoRoot, snapshotTree, tempDir } from '../helpers';
import { applyWorkedExample, cloneLikeCopy, workedExampleBlocks } from '../worked-example';

/** Every object of the rendered files of `tree` below `prefix`, with its file. */
function objectsOf(tree: Map<string, string>, prefix: string): { file: string; object: any }[] {
  return [...tree]
    .filter(([file]) => file.startsWith(prefix) && file.endsWith('.yaml'))
    .flatMap(([file, text]) => parseAllDocuments(text).map((d) => ({ file, object: d.toJS() })))
    .filter(({ object }) => object?.kind);
}

function tolerationsOf(object: any): any[] {
  return object.spec?.template?.spec?.tolerations ?? object.spec?.values?.tolerations ?? [];
}

describe("the README's worked example, followed literally in a copy of the repository", () => {
  const blocks = workedExampleBlocks(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  const root = tempDir('worked-example');
  cloneLikeCopy(repoRoot, root);
  const before = snapshotTree(root);
  // Once someone has followed the example in this repository, the copy already has it: the same
  // assertions then hold for the repository as it is.
  const alreadyApplied = existsSync(join(repoRoot, blocks.find((b) => !b.where && b.file.startsWith('charts/apps/'))?.file ?? 'charts/apps/ner-inference.ts'));
  if (!alreadyApplied) applyWorkedExample(root, blocks);
  // The copy's own code, model and table: loaded from the copy, rendered in this process.
  const { clusters } = require(join(root, 'model/clusters.ts')) as { clusters: readonly ModelSource[] };
  const { runSynthCli } = require(join(root, 'synth/run.ts')) as {
    runSynthCli: (argv: string[], sources: readonly ModelSource[], root: string, io: CliIo) => number;
  };
  const err: string[] = [];
  const code = runSynthCli([], clusters, root, { out: () => undefined, err: (l) => err.push(l) });
  const after = snapshotTree(root);
  const objects = objectsOf(after, 'dist/production/');

  it('touches only the model, one chart file and one table row', () => {
    expect([...new Set(blocks.map((b) => b.file))].sort()).toEqual([
      'charts/apps/ner-inference.ts',
      'charts/components.ts',
      'model/images/production.yaml',
      'model/production.ts',
      'model/schema.ts',
    ]);
    expect(
      blocks
        .find((b) => b.file === 'charts/components.ts')!
        .code.split('\n')
        .filter((l) => l.trim().startsWith('component(')).length,
    ).toBe(1);
  });

  it("passes the formatter and the linter as written, so the copy's `npm test` lint step passes too", () => {
    const touched = [...new Set(blocks.map((b) => b.file))].filter((f) => /\.(ts|mjs|cjs)$/.test(f));
    const biome = join(repoRoot, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
    const run = spawnSync(process.execPath, [biome, 'ci', '--colors=off', '--diagnostic-level=error', ...touched], { cwd: root, encoding: 'utf8' });
    expect(run.stdout + run.stderr).not.toMatch(/×/);
    expect(run.status).toBe(0);
  });

  it('synthesizes: the policy gate passes and the new node gets its host configuration', () => {
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    expect(before.has('hosts/production/hyperion/config.yaml')).toBe(alreadyApplied);
    expect(after.get('hosts/production/hyperion/config.yaml')).toContain('workload-type=gpu-ner:NoSchedule');
  });

  it('renders the new GPU workload on the new node, with its GPUs', () => {
    const deployments = objects.filter(({ object }) => object.kind === 'Deployment' && object.metadata.name === 'ner');
    expect(deployments.map((d) => d.file)).toEqual(['dist/production/ner-inference/ner-inference.yaml']);
    const pod = deployments[0].object.spec.template.spec;
    expect(pod.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'hyperion' });
    expect(pod.runtimeClassName).toBe('nvidia');
    expect(pod.containers[0].resources.limits['nvidia.com/gpu']).toBe(2);
    expect(after.get('dist/production/ner-inference/kustomization.yaml')).toContain('- ner-inference.yaml');
  });

  it("lets nothing but the new workload and the declared GPU-node daemon tolerate the new node's taint", () => {
    const taint: TaintModel = { key: 'workload-type', value: 'gpu-ner', effect: 'NoSchedule' };
    const tolerating = objects
      .filter(({ object }) => tolerationsOf(object).some((t) => toleratesTaint(t, taint)))
      .map(({ object }) => `${object.kind}/${object.metadata.name}`);
    expect(tolerating.sort()).toEqual(['Deployment/ner', 'HelmRelease/nvidia-device-plugin']);
  });
});
