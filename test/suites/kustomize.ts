import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { clusters } from '../../model/clusters';
import { synthesize } from '../../synth/run';
import { repoRoot } from '../helpers';

// `kubectl kustomize DIR` is the build kustomize-controller performs on a Kustomization path.
const { clusters: rendered } = synthesize(clusters, repoRoot);

describe.each(rendered.map((c) => [c.model.name, c] as const))('cluster %s', (_name, cluster) => {
  it.each(cluster.kustomizationDirs)('kubectl kustomize %s builds every object of the folder', (dir) => {
    const out = execFileSync('kubectl', ['kustomize', join(repoRoot, dir)], { encoding: 'utf8' });
    const built = parseAllDocuments(out).map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace?: string } });
    const key = (m: { kind: string; metadata: { name: string; namespace?: string } }) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
    const expected = cluster.objects.filter((o) => o.file.startsWith(`${dir}/`)).map((o) => key(o.manifest));
    expect(built.map(key).sort()).toEqual(expected.sort());
  });
});
