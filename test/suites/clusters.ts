import { parse } from 'yaml';
import { clusters } from '../../model/clusters';
import { loadClusterModel } from '../../model/load';
import { production } from '../../model/production';
import { renderCluster } from '../../synth/render';
import { synthesize } from '../../synth/run';
import { find, manifests, repoRoot, synthesizedClusters } from '../helpers';
import { secondCluster } from '../models/second-cluster';

const secondModel = loadClusterModel(secondCluster, repoRoot);
const second = renderCluster(secondModel);

describe('the rendered clusters', () => {
  it('are only the cluster that exists: production, with no staging output anywhere', () => {
    expect(clusters.map((c) => c.model.name)).toEqual(['production']);
    const files = [...synthesizedClusters().files.keys()];
    expect(files.filter((f) => !/^(dist|flux|hosts)\/production\//.test(f))).toEqual([]);
    expect(files.filter((f) => /staging|nereid|proteus/.test(f))).toEqual([]);
  });
});

describe('a second cluster (test model, never rendered into the repository)', () => {
  it('shares the defaults and overrides its own identity', () => {
    const prod = loadClusterModel(production, repoRoot);
    expect(secondModel.charts).toEqual(prod.charts);
    expect(secondModel.clusterTunnel).toEqual(prod.clusterTunnel);
    expect(secondModel.labelStudio.secrets).toEqual(prod.labelStudio.secrets);
    expect(secondModel.secrets.pulumi.environment).toBe('test');
    expect(secondModel.baseDomain).toBe('second.example.com');
  });

  it('renders into dist/second/, flux/second/ and hosts/second/ only', () => {
    const roots = ['dist/second/', 'flux/second/oceanid/', 'hosts/second/'];
    expect([...second.files.keys()].filter((f) => !roots.some((r) => f.startsWith(r)))).toEqual([]);
    const ks = manifests(second, 'Kustomization').filter((m) => m.apiVersion.startsWith('kustomize.toolkit')) as any[];
    expect(ks.map((k) => k.spec.path).sort()).toEqual(ks.map((k) => `./dist/second/${k.metadata.name}`).sort());
    expect(ks.map((k) => k.metadata.name)).not.toContain('nvidia-device-plugin');
  });

  it('has no GPU node, so no device plugin, Triton, node tunnel or adapter, and nothing tolerates a taint', () => {
    const names = manifests(second).map((m) => m.metadata.name);
    for (const absent of ['nvidia-device-plugin', 'triton', 'cloudflared-node', 'ls-triton-adapter']) expect(names).not.toContain(absent);
    expect(manifests(second).filter((m: any) => m.spec?.template?.spec?.tolerations)).toEqual([]);
  });

  it('spreads the cluster tunnel over its own nodes', () => {
    const pod = (find(second, 'Deployment', 'cloudflared', 'cloudflared') as any).spec.template.spec;
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(['ceto', 'doris']);
  });

  it("writes an IPv6 server address in brackets in the agents' server URL", () => {
    expect(parse(second.files.get('hosts/second/doris/config.yaml')!).server).toBe('https://[2001:db8::10]:6443');
  });
});

describe('clusters are independent', () => {
  it("changing one cluster's model leaves the other's output byte-identical", () => {
    const before = synthesize([production, secondCluster], repoRoot).files;
    const edited = {
      ...secondCluster,
      model: { ...secondCluster.model, annotationsSink: { ...secondCluster.model.annotationsSink!, writeToStage: false }, baseDomain: 'third.example.com' },
    };
    const after = synthesize([production, edited], repoRoot).files;
    const prodFiles = (m: Map<string, string>) => [...m].filter(([f]) => f.includes('/production/'));
    expect(prodFiles(before)).toEqual(prodFiles(synthesizedClusters().files));
    expect(prodFiles(after)).toEqual(prodFiles(before));
    expect([...after].filter(([f]) => f.includes('/second/'))).not.toEqual([...before].filter(([f]) => f.includes('/second/')));
  });

  it('validates each cluster against its own nodes: a GPU workload cannot name a node of the other cluster', () => {
    const bad = { ...secondCluster, model: { ...secondCluster.model, gpuInference: { ...production.model.gpuInference! } } };
    expect(() => synthesize([production, bad], repoRoot)).toThrow(
      'gpuInference.node: "calypso" is not a node of this cluster: expected one of "ceto", "doris"',
    );
  });

  it('refuses two clusters with the same name', () => {
    // The same production model twice: a second cluster of that name with its own image file would fail its setter markers first.
    expect(() => synthesize([production, { ...production, name: 'model/production-copy.ts' }], repoRoot)).toThrow('two clusters are named "production"');
  });
});
