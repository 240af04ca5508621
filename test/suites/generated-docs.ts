import { GpuScheduling } from '../../lib/gpu-scheduling';
import { parse } from 'yaml';
import { renderHostArtifacts } from '../../synth/host-artifacts';
import { renderCluster } from '../../synth/render';
import { modelWith, productionModel, renderedProduction } from '../helpers';

describe('host artifacts', () => {
  const model = productionModel();
  const files = renderHostArtifacts(model);

  it('writes one K3s config per node under hosts/<cluster>/, outside dist/', () => {
    expect([...files.keys()].sort()).toEqual(model.nodes.map((n) => `hosts/production/${n.name}/config.yaml`).sort());
  });

  it("sets calypso's taint from the same declaration the workloads' tolerations come from", () => {
    const config = parse(files.get('hosts/production/calypso/config.yaml')!);
    const tolerations = GpuScheduling.forNode(model, 'calypso').tolerations;
    expect(config['node-taint']).toEqual(tolerations.map((t) => `${t.key}=${t.value}:${t.effect}`));
    expect(config['node-label']).toEqual(['oceanid.io/site=home-lan']);
    expect(config['node-name']).toBe('calypso');
  });

  it('follows a changed taint in the model', () => {
    const changed = modelWith((m) => (m.nodes[2].taints![0].value = 'inference'));
    const config = parse(renderHostArtifacts(changed).get('hosts/production/calypso/config.yaml')!);
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
    expect(doc).toContain('| calypso | calypso | agent | 192.168.2.80 (behind NAT) | `oceanid.io/site=home-lan` | `workload-type=gpu-compute:NoSchedule` | 1 x nvidia RTX-4090 |');
    expect(doc).toContain('| srv712429 | tethys | server | 157.173.210.123 (public) |');
    expect(doc).toContain('- GPU workload `gpu-inference/triton` on calypso, 1 GPU(s)');
    expect(doc).toMatch(/GPU-node daemon `HelmRelease\/nvidia-device-plugin` on calypso/);
  });

  it('draws the Flux layer graph with dependsOn edges', () => {
    expect(doc).toContain('```mermaid\nflowchart LR');
    expect(doc).toContain('infra_controllers -. dependsOn .-> infra_configs');
    expect(doc).toContain('infra_configs -. dependsOn .-> apps');
  });

  it('maps hostnames to services and draws the Calypso contract', () => {
    expect(doc).toContain('| `label.boathou.se` | `http://label-studio.label-studio.svc.cluster.local:8085` | Deployment cloudflared/cloudflared |');
    expect(doc).toContain('| `gpu.boathou.se` | `http://localhost:8000` | Deployment gpu-inference/triton |');
    expect(doc).toContain('sequenceDiagram');
    expect(doc).toContain('NT->>TR: HTTP localhost:8000 /v2/models/distilbert/infer');
  });

  it('says why a namespace is not restricted', () => {
    expect(doc).toMatch(/\| nvidia-device-plugin \| privileged \| The device plugin mounts/);
  });
});
