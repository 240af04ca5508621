import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { RenderedCluster } from '../../lib/rendered';
import { repoRoot, synthesizedClusters, tempDir } from '../helpers';

// `kubectl kustomize DIR` is the build kustomize-controller performs on a Kustomization path.
const { clusters: rendered } = synthesizedClusters();

interface Built {
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
}

const key = (m: Built) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;

/**
 * Builds every Kustomization path of a cluster with one kustomize run: a throwaway kustomization
 * lists the paths as resources (each is still built from its own root, as Flux builds it) and asks
 * for origin annotations, which name the file every built object came from. One kubectl process
 * per cluster instead of one per path.
 */
function buildAll(cluster: RenderedCluster): Map<string, string[]> {
  const dir = tempDir('kustomize');
  const resources = cluster.kustomizationDirs.map((d) => `  - ${relative(dir, join(repoRoot, d))}\n`).join('');
  writeFileSync(join(dir, 'kustomization.yaml'), `resources:\n${resources}buildMetadata: [originAnnotations]\n`);
  const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  const byFile = new Map<string, string[]>();
  for (const doc of parseAllDocuments(out)) {
    const object = doc.toJS() as Built;
    const origin = /^path: (.*)$/m.exec(object.metadata.annotations?.['config.kubernetes.io/origin'] ?? '');
    if (!origin) throw new Error(`kustomize built ${key(object)} without an origin annotation`);
    const file = relative(repoRoot, join(dir, origin[1]));
    byFile.set(file, [...(byFile.get(file) ?? []), key(object)]);
  }
  return byFile;
}

describe.each(rendered.map((c) => [c.model.name, c] as const))('cluster %s', (_name, cluster) => {
  let built: Map<string, string[]>;
  beforeAll(() => {
    built = buildAll(cluster);
  });

  it.each(cluster.kustomizationDirs)('kubectl kustomize %s builds every object of the folder, each from its own file', (dir) => {
    const inDir = (file: string) => file.startsWith(`${dir}/`);
    const fromBuild = [...built].filter(([file]) => inDir(file)).flatMap(([file, keys]) => keys.map((k) => `${file}: ${k}`));
    const expected = cluster.objects.filter((o) => inDir(o.file)).map((o) => `${o.file}: ${key(o.manifest as Built)}`);
    expect(fromBuild.sort()).toEqual(expected.sort());
  });

  it('builds nothing that is outside its Kustomization paths', () => {
    const outside = [...built.keys()].filter((file) => !cluster.kustomizationDirs.some((d) => file.startsWith(`${d}/`)));
    expect(outside).toEqual([]);
  });
});
