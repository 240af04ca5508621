import { GpuScheduling } from '../../lib/gpu-scheduling';
import { parse } from 'yaml';
import { renderHostArtifacts } from '../../synth/host-artifacts';
import { renderCluster } from '../../synth/render';
import { productionModel, renderedProduction } from '../helpers';
import { whatIfModel } from '../models/what-if';

describe('host artifacts', () => {
  const model = productionModel();
  const files = renderHostArtifacts(model);

  it('writes one K3s config per node under hosts/<cluster>/, outside dist/', () => {
    expect([...files.keys()].sort()).toEqual(model.nodes.map((n) => `hosts/production/${n.name}/config.yaml`).sort());
  });

  it("sets a GPU node's taint from the same declaration the workloads' tolerations come from", () => {
    const whatIf = whatIfModel((m) => (m.nodes.find((n) => n.gpu)!.labels = { 'example.com/site': 'lab' }));
    const config = parse(renderHostArtifacts(whatIf).get('hosts/what-if/test-gpu-a/config.yaml')!);
    const tolerations = GpuScheduling.forNode(whatIf, 'test-gpu-a').tolerations;
    expect(config['node-taint']).toEqual(tolerations.map((t) => `${t.key}=${t.value}:${t.effect}`));
    expect(config['node-label']).toEqual(['example.com/site=lab']);
    expect(config['node-name']).toBe('test-gpu-a');
  });

  it('follows a changed taint in the model', () => {
    const changed = whatIfModel((m) => (m.nodes.find((n) => n.gpu)!.taints![0].value = 'inference'));
    const config = parse(renderHostArtifacts(changed).get('hosts/what-if/test-gpu-a/config.yaml')!);
    expect(config['node-taint']).toEqual(['workload-type=inference:NoSchedule']);
    const triton = renderCluster(changed).objects.find((o) => o.manifest.kind === 'Deployment' && o.manifest.metadata.name === 'triton')!.manifest as any;
    expect(triton.spec.template.spec.tolerations[0].value).toBe('inference');
  });

  it('the server disables what the tunnels make unnecessary, and no file holds the join token', () => {
    const server = parse(files.get(`hosts/production/${model.nodes.find((n) => n.role === 'server')!.name}/config.yaml`)!);
    expect(server.disable).toEqual(['traefik', 'servicelb']);
    expect(server['node-taint']).toBeUndefined();
    for (const text of files.values()) expect(text).not.toMatch(/^token:/m);
  });
});

describe('the architecture document', () => {
  const doc = renderedProduction().files.get('dist/production/README.md')!;

  it('lists nodes with their taints, and what tolerates them', () => {
    const whatIf = renderCluster(whatIfModel((m) => (m.nodes[0].alias = 'test-alias'))).files.get('dist/what-if/README.md')!;
    expect(whatIf).toContain('| test-gpu-a | test-gpu-a | agent | 10.0.0.1 (behind NAT) | - | `workload-type=gpu-compute:NoSchedule` | 2 x nvidia TEST-GPU |');
    expect(whatIf).toContain('| test-server | test-alias | server | 198.51.100.1 (public) |');
    expect(whatIf).toContain('- GPU workload `gpu-inference/triton` on test-gpu-a, 1 GPU(s)');
    expect(whatIf).toMatch(/GPU-node daemon `HelmRelease\/nvidia-device-plugin` on test-gpu-a/);
  });

  it('draws the Kustomization graph with dependsOn edges', () => {
    expect(doc).toContain('```mermaid\nflowchart LR');
    expect(doc).toContain('nvidia_device_plugin --> triton');
    expect(doc).toContain('cloudnative_pg --> label_studio');
    for (const dep of ['external_secrets', 'nvidia_device_plugin', 'secret_store']) expect(doc).toContain(`  ${dep} --> triton\n`);
    for (const k of ['label_studio', 'cloudflared', 'ls_triton_adapter', 'annotations_sink', 'secret_store', 'cluster_issuer', 'flux_alerts']) {
      expect(doc).not.toContain(`nvidia_device_plugin --> ${k}\n`);
    }
  });

  it('maps hostnames to services', () => {
    expect(doc).toContain('| `label.boathou.se` | `http://label-studio.label-studio.svc.cluster.local:8085` | Deployment cloudflared/cloudflared |');
    expect(doc).toContain('| `gpu.boathou.se` | `http://localhost:8000` | Deployment gpu-inference/triton |');
  });

  it('says why a namespace is not restricted', () => {
    expect(doc).toMatch(/\| nvidia-device-plugin \| privileged \| The device plugin mounts/);
  });
});
