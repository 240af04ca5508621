import { parse } from 'yaml';
import { toleratesTaint } from '../../lib/gpu-scheduling';
import { ModelError } from '../../model/load';
import { renderHostArtifacts } from '../../synth/host-artifacts';
import { renderCluster } from '../../synth/render';
import { find, manifests, modelWith, productionModel, renderedProduction } from '../helpers';

// The facts of the running cluster (../shared/SYSTEM.md, "The running cluster"), each pinned here
// by its literal value: changing one in the model must be a deliberate edit of this file too.
const model = productionModel();
const cluster = renderedProduction();
const hosts = renderHostArtifacts(model);
const hostConfig = (node: string) => parse(hosts.get(`hosts/production/${node}/config.yaml`)!);

function modelError(edit: Parameters<typeof modelWith>[0]): string {
  try {
    modelWith(edit);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as Error).message;
  }
  throw new Error('expected a ModelError');
}

/** Every value a rendered object selects `kubernetes.io/hostname` with, wherever it sits. */
function hostnameSelections(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) hostnameSelections(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.key === 'kubernetes.io/hostname' && Array.isArray(o.values)) out.push(...(o.values as string[]));
    if (typeof o['kubernetes.io/hostname'] === 'string') out.push(o['kubernetes.io/hostname'] as string);
    for (const v of Object.values(o)) hostnameSelections(v, out);
  }
  return out;
}

describe('the facts of the running cluster, in the model', () => {
  it('nodes are named as Kubernetes knows them, with the names people use as aliases', () => {
    // The running nodes; a node added to the model (docs/add-an-app.md) leaves these as they are.
    expect(model.nodes.slice(0, 3).map((n) => [n.name, n.alias, n.role, n.address, n.reachability])).toEqual([
      ['srv712429', 'tethys', 'server', '157.173.210.123', 'public'],
      ['srv712695', 'styx', 'agent', '191.101.1.3', 'public'],
      ['calypso', undefined, 'agent', '192.168.2.80', 'nat'],
    ]);
  });

  it('calypso is the GPU node: 1 x RTX 4090, tainted workload-type=gpu-compute:NoSchedule, running Triton with its one GPU', () => {
    const calypso = model.nodes.find((n) => n.name === 'calypso')!;
    expect(calypso.gpu).toEqual({ vendor: 'nvidia', model: 'RTX-4090', count: 1 });
    expect(calypso.taints).toEqual([{ key: 'workload-type', value: 'gpu-compute', effect: 'NoSchedule' }]);
    expect(model.gpuInference).toMatchObject({ node: 'calypso', gpus: 1 });
    const tolerating: string[] = [];
    const requesting: string[] = [];
    for (const o of cluster.objects) {
      const m = o.manifest as any;
      const spec = m.spec?.template?.spec;
      const tolerations = spec?.tolerations ?? m.spec?.values?.tolerations ?? [];
      if (tolerations.some((t: any) => toleratesTaint(t, calypso.taints[0]))) tolerating.push(`${m.kind}/${m.metadata.name}`);
      const onCalypso = spec?.nodeSelector?.['kubernetes.io/hostname'] === 'calypso';
      for (const c of spec?.containers ?? [])
        if (onCalypso && c.resources?.limits?.['nvidia.com/gpu']) requesting.push(`${m.metadata.name}:${c.resources.limits['nvidia.com/gpu']}`);
    }
    expect(requesting).toEqual(['triton:1']);
    expect(tolerating.sort()).toEqual(['Deployment/triton', 'HelmRelease/nvidia-device-plugin']);
  });

  it("calypso's host config and the architecture document show these facts", () => {
    expect(hostConfig('calypso')).toMatchObject({
      'node-name': 'calypso',
      'node-taint': ['workload-type=gpu-compute:NoSchedule'],
      'node-label': ['oceanid.io/site=home-lan'],
    });
    const doc = cluster.files.get('dist/production/README.md')!;
    expect(doc).toContain(
      '| calypso | calypso | agent | 192.168.2.80 (behind NAT) | `oceanid.io/site=home-lan` | `workload-type=gpu-compute:NoSchedule` | 1 x nvidia RTX-4090 |',
    );
    expect(doc).toContain('| srv712429 | tethys | server | 157.173.210.123 (public) |');
    expect(doc).toContain('- GPU workload `gpu-inference/triton` on calypso, 1 GPU(s)');
  });

  it('K3s is v1.33.4+k3s1, the Git repository github.com/ry4n-s/oceanid, the base domain boathou.se', () => {
    expect(model.k3sVersion).toBe('v1.33.4+k3s1');
    expect(model.repository.url).toBe('ssh://git@github.com/ry4n-s/oceanid');
    expect((find(cluster, 'GitRepository', 'oceanid', 'flux-system') as any).spec.url).toBe('ssh://git@github.com/ry4n-s/oceanid');
    expect(model.baseDomain).toBe('boathou.se');
  });

  it('secrets come from the Pulumi ESC environment ryan-taylor/oceanid-cluster/prod', () => {
    expect(model.secrets.pulumi).toEqual({ organization: 'ryan-taylor', project: 'oceanid-cluster', environment: 'prod' });
    const store = find(cluster, 'ClusterSecretStore', 'pulumi-esc') as any;
    expect(store.spec.provider.pulumi).toMatchObject({ organization: 'ryan-taylor', project: 'oceanid-cluster', environment: 'prod' });
  });
});

describe('node selection uses only Kubernetes node names', () => {
  const names = model.nodes.map((n) => n.name);

  it('the cluster tunnel requires exactly the non-GPU nodes of the model', () => {
    const pod = (find(cluster, 'Deployment', 'cloudflared', 'cloudflared') as any).spec.template.spec;
    const values = pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values;
    expect(values).toEqual(model.nodes.filter((n) => !n.gpu).map((n) => n.name));
    expect(values.every((v: string) => names.includes(v))).toBe(true);
  });

  it('every hostname selector and affinity in every rendered object names a node of the model, never an alias', () => {
    const selected = manifests(cluster).flatMap((m) => hostnameSelections(m));
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.filter((v) => !names.includes(v))).toEqual([]);
  });

  it('host configs live under hosts/production/<Kubernetes node name>/ and set that name as node-name', () => {
    expect([...hosts.keys()].sort()).toEqual(names.map((n) => `hosts/production/${n}/config.yaml`).sort());
    for (const n of names) expect(hostConfig(n)['node-name']).toBe(n);
  });
});

describe('K3s host configs for nodes that share no private network', () => {
  it('agents join the server at its public address, with the token from a file', () => {
    for (const agent of ['srv712695', 'calypso']) {
      expect(hostConfig(agent).server).toBe('https://157.173.210.123:6443');
      expect(hostConfig(agent)['token-file']).toBe('/etc/rancher/k3s/token');
    }
    expect(hostConfig('srv712429').server).toBeUndefined();
    for (const text of hosts.values()) expect(text).not.toMatch(/<[^>]*address[^>]*>/);
  });

  it('public nodes advertise their address as external IP; calypso, behind NAT, only its own address', () => {
    expect(hostConfig('srv712429')).toMatchObject({ 'node-ip': '157.173.210.123', 'node-external-ip': '157.173.210.123' });
    expect(hostConfig('srv712695')).toMatchObject({ 'node-ip': '191.101.1.3', 'node-external-ip': '191.101.1.3' });
    expect(hostConfig('calypso')['node-ip']).toBe('192.168.2.80');
    expect(hostConfig('calypso')['node-external-ip']).toBeUndefined();
  });

  it('the server runs flannel over WireGuard between external IPs; flannel options are server-only', () => {
    expect(hostConfig('srv712429')).toMatchObject({ 'flannel-backend': 'wireguard-native', 'flannel-external-ip': true });
    for (const agent of ['srv712695', 'calypso']) {
      expect(hostConfig(agent)['flannel-backend']).toBeUndefined();
      expect(hostConfig(agent)['flannel-external-ip']).toBeUndefined();
    }
  });

  it('each node installs exactly K3s v1.33.4+k3s1, never from a channel', () => {
    for (const [file, text] of hosts) {
      const role = parse(text).server ? 'agent' : 'server';
      expect([file, text]).toEqual([file, expect.stringContaining(`#   curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.33.4+k3s1 sh -s - ${role}\n`)]);
      expect(text).not.toContain('INSTALL_K3S_CHANNEL');
    }
  });
});

describe('node addresses and descriptions are validated', () => {
  it.each([['256.1.1.1'], ['157.173.210'], ['tethys.example.com'], ['192.168.2.80/24'], ['2001:db8::zz'], ['']])('rejects %j, naming the field', (bad) => {
    expect(modelError((m) => (m.nodes[1].address = bad))).toContain(
      `nodes[1].address: expected an IPv4 or IPv6 address such as "203.0.113.10" or "2001:db8::10" (got ${JSON.stringify(bad)})`,
    );
  });

  it('rejects a node description that would break out of a host config comment or the node table', () => {
    expect(modelError((m) => (m.nodes[2].description = 'GPU box\nnode-name: evil'))).toContain('nodes[2].description: expected one line of text without "|"');
    expect(modelError((m) => (m.nodes[2].description = 'a | b'))).toContain('nodes[2].description: expected one line of text without "|"');
  });

  it('accepts IPv6', () => {
    expect(modelWith((m) => (m.nodes[1].address = '2001:db8::20')).nodes[1].address).toBe('2001:db8::20');
  });

  it("rejects a server behind NAT, a duplicate address and an alias that is another node's name", () => {
    expect(modelError((m) => (m.nodes[0].reachability = 'nat'))).toContain('nodes[0].reachability: server "srv712429" is behind NAT');
    expect(modelError((m) => (m.nodes[1].address = m.nodes[0].address))).toContain('nodes[1].address: 157.173.210.123 is already the address of nodes[0]');
    expect(modelError((m) => (m.nodes[1].alias = 'calypso'))).toContain('nodes[1].alias: "calypso" is already a node name');
  });
});

describe('the annotations sink', () => {
  const sinkEnv = (c: typeof cluster) => (find(c, 'Deployment', 'annotations-sink', 'label-studio') as any).spec.template.spec.containers[0].env;

  it("is deployed in production and is Label Studio's webhook, with writing to the stage schema off", () => {
    expect(model.annotationsSink).toMatchObject({ writeToStage: false, stageSchema: 'stage', databasePort: 5432 });
    expect(sinkEnv(cluster)).toEqual([
      { name: 'PORT', value: '8080' },
      { name: 'WRITE_TO_STAGE', value: 'false' },
    ]);
    expect(manifests(cluster, 'ExternalSecret').map((m) => m.metadata.name)).not.toContain('annotations-sink-database');
    expect(cluster.files.get('dist/production/README.md')).toContain(
      '| Settings -> Webhooks (`POST /api/webhooks`) | `http://annotations-sink.label-studio.svc.cluster.local:8080/webhook` |',
    );
  });

  it('with writeToStage on, reads DATABASE_URL from ESO, writes to the stage schema and may reach the database', () => {
    const on = renderCluster(modelWith((m) => (m.annotationsSink = { ...m.annotationsSink, writeToStage: true })));
    expect(sinkEnv(on)).toEqual([
      { name: 'PORT', value: '8080' },
      { name: 'WRITE_TO_STAGE', value: 'true' },
      { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'annotations-sink-database', key: 'database-url' } } },
      { name: 'STAGE_SCHEMA', value: 'stage' },
      { name: 'OUTPUT_FORMATS', value: 'hf-jsonl,cleaned-extractions' },
    ]);
    expect((find(on, 'ExternalSecret', 'annotations-sink-database', 'label-studio') as any).spec.data[0].remoteRef.key).toBe('annotationsSink.databaseUrl');
    const egress = find(on, 'NetworkPolicy', 'annotations-sink-to-stage-postgres-egress', 'label-studio') as any;
    expect(JSON.stringify(egress.spec)).toContain('5432');
  });
});
