import { loadClusterModel } from '../../model/load';
import { production } from '../../model/production';
import { staging } from '../../model/staging';
import { renderCluster } from '../../synth/render';
import { synthesize } from '../../synth/run';
import { find, manifests, repoRoot, synthesizedClusters } from '../helpers';

const stagingModel = loadClusterModel(staging, repoRoot);
const stagingCluster = renderCluster(stagingModel);

describe('the staging cluster', () => {
  it('shares the defaults and overrides its own identity', () => {
    const prod = loadClusterModel(production, repoRoot);
    expect(stagingModel.charts).toEqual(prod.charts);
    expect(stagingModel.secrets.keys).toEqual(prod.secrets.keys);
    expect(stagingModel.secrets.pulumi.environment).toBe('staging');
    expect(stagingModel.baseDomain).toBe('staging.boathou.se');
    expect(stagingModel.certificates.acmeServer).toContain('acme-staging');
  });

  it('renders into dist/staging/, flux/staging/ and hosts/staging/ only', () => {
    const roots = ['dist/staging/', 'flux/staging/oceanid/', 'hosts/staging/'];
    expect([...stagingCluster.files.keys()].filter((f) => !roots.some((r) => f.startsWith(r)))).toEqual([]);
    const ks = manifests(stagingCluster, 'Kustomization').filter((m) => m.apiVersion.startsWith('kustomize.toolkit')) as any[];
    expect(ks.map((k) => k.spec.path)).toEqual(['./dist/staging/infra-controllers', './dist/staging/infra-configs', './dist/staging/apps']);
  });

  it('has no GPU node, so no device plugin, Triton, node tunnel or adapter, and nothing tolerates a taint', () => {
    const names = manifests(stagingCluster).map((m) => m.metadata.name);
    for (const absent of ['nvidia-device-plugin', 'triton', 'cloudflared-node', 'ls-triton-adapter']) expect(names).not.toContain(absent);
    expect(manifests(stagingCluster).filter((m: any) => m.spec?.template?.spec?.tolerations)).toEqual([]);
  });

  it('runs the annotations sink and hands Label Studio its webhook URL', () => {
    find(stagingCluster, 'Deployment', 'annotations-sink', 'label-studio');
    expect(stagingCluster.files.get('dist/staging/README.md')).toContain('| Settings -> Webhooks (`POST /api/webhooks`) | `http://annotations-sink.label-studio.svc.cluster.local:8080/webhook` |');
  });

  it('spreads the cluster tunnel over its own nodes', () => {
    const pod = (find(stagingCluster, 'Deployment', 'cloudflared', 'cloudflared') as any).spec.template.spec;
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(['nereid', 'proteus']);
  });
});

describe('clusters are independent', () => {
  it("changing one cluster's model leaves the other's output byte-identical", () => {
    const before = synthesizedClusters().files;
    const edited = { ...staging, model: { ...staging.model, features: { annotationsSink: false }, baseDomain: 'stage.boathou.se' } };
    const after = synthesize([production, edited], repoRoot).files;
    const prodFiles = (m: Map<string, string>) => [...m].filter(([f]) => f.includes('/production/'));
    expect(prodFiles(after)).toEqual(prodFiles(before));
    expect([...after].filter(([f]) => f.includes('/staging/'))).not.toEqual([...before].filter(([f]) => f.includes('/staging/')));
  });

  it('validates each cluster against its own nodes: a GPU workload cannot name a node of the other cluster', () => {
    const bad = { ...staging, model: { ...staging.model, gpuInference: { ...production.model.gpuInference! } } };
    expect(() => synthesize([production, bad], repoRoot)).toThrow('gpuInference.node: "calypso" is not a node of this cluster: expected one of "nereid", "proteus"');
  });

  it('refuses two clusters with the same name', () => {
    expect(() => synthesize([production, { ...staging, model: { ...staging.model, name: 'production' } }], repoRoot)).toThrow('two clusters are named "production"');
  });
});
