// The worked examples of docs/add-an-app.md, applied as written to one fresh copy of the
// repository: `npm run diff` says what the doc says, the synth passes the gate, and the copy passes
// what `npm test` checks of an added app: the type-check, the format and lint of every file the doc
// edits, and the repository's own tests (test/repository.test.ts: the component table, Renovate's
// reach, the facts). The rest of `npm test` tests code the doc does not change.
//
// The copy's diff, synth and repository tests run in this process from the copy's own files, which
// Jest transforms like ours (a process each, with its bundle or its own Jest, cost 5 s of CPU).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type * as Clusters from '../model/clusters';
import type * as Diff from '../synth/diff';
import type * as Run from '../synth/run';
import { repoRoot, repositoryCopy, runNode, snapshotTree, tempDir } from './helpers';
import { applyDocBlocks, DOC, docBlocks, GPU_APP, PUBLIC_APP } from './worked-example';

describe(`${DOC}: both worked examples, followed literally in one copy of the repository`, () => {
  const doc = readFileSync(join(repoRoot, DOC), 'utf8');
  const gpu = docBlocks(doc, GPU_APP);
  const web = docBlocks(doc, PUBLIC_APP);
  const root = tempDir('doc-examples');
  repositoryCopy(root);
  applyDocBlocks(root, [...gpu, ...web]);
  // The copy finds the pinned schemas where this checkout does.
  process.env.OCEANID_SCHEMAS = resolve(repoRoot, process.env.OCEANID_SCHEMAS ?? '../shared/schemas');
  const inCopy = <T>(file: string): T => require(join(root, file)) as T;
  const { clusters } = inCopy<typeof Clusters>('model/clusters.ts');
  const edited = (blocks: typeof gpu) => [...new Set(blocks.filter((b) => !b.file.startsWith('npm ')).map((b) => b.file))].sort();
  const io = () => {
    const lines: string[] = [];
    return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), isTTY: false, env: {} } };
  };

  it('a public app is four hand-edited files: its chart, the table, the model and the image file', () => {
    expect(edited(web)).toEqual(['charts/apps/status-board.ts', 'charts/components.ts', 'model/images/production.yaml', 'model/production.ts']);
    expect(edited(gpu)).toEqual(['charts/apps/ner-inference.ts', 'charts/components.ts', 'model/images/production.yaml', 'model/production.ts']);
    for (const blocks of [gpu, web]) expect(blocks.filter((b) => b.file === 'charts/components.ts' && b.code.includes('component(')).length).toBe(1);
  });

  let synthOutput = '';
  it('`npm run diff` before the synth prints the lines the doc shows; then the synth passes the gate', () => {
    const diff = io();
    expect(inCopy<typeof Diff>('synth/diff.ts').runDiffCli([], clusters, root, diff.io)).toBe(1);
    const printed = `${diff.lines.join('\n')}\n`;
    for (const block of [...gpu, ...web].filter((b) => b.file === 'npm run diff')) {
      for (const line of block.code.split('\n').filter((l) => l.trim())) expect(printed).toContain(`${line}\n`);
    }
    const synth = io();
    const code = inCopy<typeof Run>('synth/run.ts').runSynthCli([], clusters, root, synth.io);
    synthOutput = synth.lines.join('\n');
    expect({ code, synthOutput }).toEqual({ code: 0, synthOutput: expect.stringContaining('0 warning(s)') });
  });

  it('renders each app in its own Kustomization, the GPU app on its node and the public app behind the tunnel', () => {
    expect(synthOutput).toContain('ner-inference');
    const tree = snapshotTree(root);
    const objects = [...tree]
      .filter(([f]) => f.endsWith('.yaml'))
      .flatMap(([file, text]) => parseAllDocuments(text).map((d) => ({ file, o: d.toJS() })))
      .filter(({ o }) => o?.kind && o.metadata);
    const ner = objects.find(({ o }) => o.kind === 'Deployment' && o.metadata.name === 'ner')!;
    expect(ner.file).toBe('dist/production/ner-inference/ner-inference.yaml');
    expect(ner.o.spec.template.spec.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'hyperion' });
    expect(ner.o.spec.template.spec.containers[0].resources.limits['nvidia.com/gpu']).toBe(2);
    expect(tree.get('hosts/production/hyperion/config.yaml')).toContain('workload-type=gpu-ner:NoSchedule');
    const ks = (name: string) => objects.find(({ o }) => o.kind === 'Kustomization' && o.metadata.name === name)!.o.spec;
    expect(ks('ner-inference').dependsOn).toEqual([{ name: 'nvidia-device-plugin' }]);
    expect(ks('status-board').dependsOn).toEqual([{ name: 'external-secrets' }, { name: 'secret-store' }]);
    expect(tree.get('dist/production/cloudflared/cloudflared.yaml')).toContain('- hostname: status.boathou.se');
    const token = objects.find(({ o }) => o.kind === 'ExternalSecret' && o.metadata.name === 'status-board-token')!.o;
    expect(token.spec.data[0].remoteRef.key).toBe('statusBoard.apiToken');
  });

  it('then the copy type-checks, and the files the doc edits pass the format and lint check', async () => {
    const bin = (pkg: string, file: string) => join(repoRoot, 'node_modules', pkg, file);
    const tsc = await runNode(root, [bin('typescript-native', 'bin/tsc'), '--noEmit', '--singleThreaded', '-p', '.'], process.env);
    expect({ code: tsc.code, output: tsc.output }).toEqual({ code: 0, output: '' });
    const biome = await runNode(
      root,
      [bin('@biomejs/biome', 'bin/biome'), 'ci', '--diagnostic-level=error', '--colors=off', ...edited([...gpu, ...web])],
      process.env,
    );
    expect({ code: biome.code, output: biome.code === 0 ? '' : biome.output }).toEqual({ code: 0, output: '' });
  });

  describe("and the copy's test/repository.test.ts passes", () => {
    require(join(root, 'test/repository.test.ts'));
  });
});
