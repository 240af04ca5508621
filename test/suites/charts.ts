import { COMPONENTS } from '../../charts/components';
import { GpuNodeDaemon } from '../../lib/gpu-node-daemon';
import { GpuScheduling } from '../../lib/gpu-scheduling';
import { GpuWorkload } from '../../lib/gpu-workload';
import { RenderedCluster, renderCluster } from '../../synth/render';
import { find, manifests, modelWith, productionModel, renderedProduction } from '../helpers';
import { whatIfModel } from '../models/what-if';

const cluster = renderedProduction();
const gpu = GpuScheduling.forNode(productionModel(), productionModel().gpuInference!.node);

// Taken on the fictional what-if model, whose images carry no automation: they change when code
// changes, never when Flux moves a production tag (dist/ itself is checked for staleness).
describe('snapshots: one per rendered file of the what-if test model', () => {
  for (const [path, content] of renderCluster(whatIfModel()).files) {
    it(path, () => {
      // The snapshot may move only with the code: no file of the test model carries a setter marker Flux would rewrite.
      expect(content).not.toContain('$imagepolicy');
      expect(content).toMatchSnapshot();
    });
  }
});

/** Each Flux Kustomization of a rendered cluster (dist/ components) and the names it depends on. */
function dependsOnOf(rendered: RenderedCluster): Record<string, string[]> {
  const ks = manifests(rendered, 'Kustomization').filter((m) => m.apiVersion.startsWith('kustomize.toolkit'));
  return Object.fromEntries(ks.map((k: any) => [k.metadata.name, (k.spec.dependsOn ?? []).map((d: any) => d.name)]));
}

/** The Kustomizations whose objects run on a GPU node (GPU workloads and GPU-node daemons). */
function gpuKustomizations(rendered: RenderedCluster): Set<string> {
  return new Set(rendered.objects.filter((o) => GpuWorkload.isInside(o.source) || GpuNodeDaemon.enclosing(o.source)).map((o) => o.kustomization));
}

/** The Kustomizations that can become Ready while the Kustomizations in `down` cannot: none of their dependsOn, transitively, is down. */
function canBecomeReady(deps: Record<string, string[]>, down: ReadonlySet<string>): string[] {
  const blocked = (k: string, seen = new Set<string>()): boolean =>
    down.has(k) || (!seen.has(k) && (seen.add(k), (deps[k] ?? []).some((d) => blocked(d, seen))));
  return Object.keys(deps)
    .filter((k) => !blocked(k))
    .sort();
}

describe('Flux Kustomizations: one per component', () => {
  it('renders one folder and one Kustomization per component, each depending on exactly what its objects need', () => {
    expect(cluster.kustomizationDirs).toEqual([...COMPONENTS.map((c) => `dist/production/${c.name}`), 'flux/production/oceanid'].sort());
    // The components of this repository (an app added to the table brings its own Kustomization beside these).
    expect(dependsOnOf(cluster)).toMatchObject({
      'cert-manager': [],
      'external-secrets': [],
      'cloudnative-pg': [],
      'nvidia-device-plugin': [],
      'secret-store': ['external-secrets'],
      'cluster-issuer': ['cert-manager', 'external-secrets', 'secret-store'],
      'flux-alerts': ['external-secrets', 'secret-store'],
      triton: ['external-secrets', 'nvidia-device-plugin', 'secret-store'],
      'ls-triton-adapter': ['external-secrets', 'label-studio', 'secret-store'],
      'annotations-sink': ['label-studio'],
      'label-studio': ['cloudnative-pg', 'external-secrets', 'secret-store'],
      cloudflared: ['external-secrets', 'secret-store'],
    });
    for (const k of manifests(cluster, 'Kustomization').filter((m) => m.apiVersion.startsWith('kustomize.toolkit')) as any[]) {
      expect(k.spec).toMatchObject({
        prune: true,
        wait: true,
        sourceRef: { kind: 'GitRepository', name: 'oceanid' },
        path: `./dist/production/${k.metadata.name}`,
      });
      expect(k.spec.interval && k.spec.retryInterval && k.spec.timeout).toBeTruthy();
    }
  });

  it('puts custom resources in a Kustomization that depends on the one installing their CRDs', () => {
    const deps = dependsOnOf(cluster);
    const where = (kind: string) => [...new Set(cluster.objects.filter((o) => o.manifest.kind === kind).map((o) => o.kustomization))];
    expect(where('ClusterSecretStore')).toEqual(['secret-store']);
    expect(deps['secret-store']).toContain('external-secrets');
    expect(where('ClusterIssuer')).toEqual(['cluster-issuer']);
    expect(deps['cluster-issuer']).toContain('cert-manager');
    expect(where('Cluster')).toEqual(['label-studio']);
    expect(deps['label-studio']).toContain('cloudnative-pg');
    for (const k of where('ExternalSecret')) expect(deps[k]).toEqual(expect.arrayContaining(['external-secrets', 'secret-store']));
  });

  it('what if the GPU node is down: every Kustomization but the GPU ones can become Ready (what-if model)', () => {
    const whatIf = renderCluster(whatIfModel());
    const deps = dependsOnOf(whatIf);
    const gpu = gpuKustomizations(whatIf);
    expect([...gpu].sort()).toEqual(['nvidia-device-plugin', 'triton']);
    expect(canBecomeReady(deps, gpu)).toEqual(
      Object.keys(deps)
        .filter((k) => !gpu.has(k))
        .sort(),
    );
    expect(canBecomeReady(deps, gpu)).toEqual([
      'annotations-sink',
      'cert-manager',
      'cloudflared',
      'cloudnative-pg',
      'cluster-issuer',
      'external-secrets',
      'flux-alerts',
      'label-studio',
      'ls-triton-adapter',
      'secret-store',
    ]);
  });

  it('what if the GPU node is removed from the model (and the adapter that needs it): the same Kustomizations and dependsOn, minus those', () => {
    const withGpu = dependsOnOf(renderCluster(whatIfModel()));
    const without = dependsOnOf(
      renderCluster(
        whatIfModel((m) => {
          m.nodes = m.nodes.filter((n) => !n.gpu);
          delete m.gpuInference;
          delete m.lsTritonAdapter;
        }),
      ),
    );
    expect(without).toEqual(Object.fromEntries(Object.entries(withGpu).filter(([k]) => !['nvidia-device-plugin', 'triton', 'ls-triton-adapter'].includes(k))));
  });

  it('the GitRepository packs only this cluster output', () => {
    const repo = find(cluster, 'GitRepository', 'oceanid', 'flux-system') as any;
    expect(repo.spec.ignore).toBe('/*\n!/dist/production/\n');
    expect(repo.spec.ref).toEqual({ branch: 'main' });
  });
});

describe('the Calypso contract', () => {
  const triton = find(cluster, 'Deployment', 'triton', 'gpu-inference') as any;
  const pod = triton.spec.template.spec;

  it('Triton tolerates the GPU taint, runs on its GPU node with the nvidia runtime and requests its GPUs', () => {
    expect(pod.tolerations).toEqual(gpu.tolerations);
    expect(pod.nodeSelector).toEqual(gpu.nodeSelector);
    expect(pod.runtimeClassName).toBe('nvidia');
    expect(pod.containers[0].resources.limits['nvidia.com/gpu']).toBe(1);
    expect(pod.containers[0].image).toBe('nvcr.io/nvidia/tritonserver:25.08-py3');
    expect(pod.containers[0].readinessProbe.httpGet).toEqual({ path: '/v2/health/ready', port: 'http' });
  });

  it('serves a declared model repository: generated config.pbtxt plus a checksum-verified fetch of the ONNX file', () => {
    const config = find(cluster, 'ConfigMap', 'triton-model-distilbert', 'gpu-inference') as any;
    expect(config.data['config.pbtxt']).toContain('platform: "onnxruntime_onnx"');
    const mounts = pod.containers[0].volumeMounts.map((m: any) => m.mountPath);
    expect(mounts).toEqual(expect.arrayContaining(['/models/distilbert/config.pbtxt', '/models/distilbert/1']));
    const fetch = pod.initContainers[0];
    expect(fetch.env).toContainEqual({ name: 'MODEL_SHA256', value: '252cf7048af94a1599019fef35961b2bd3d6db13df0b0a4b032b92baeae31939' });
    expect(fetch.command.join(' ')).toContain('sha256sum -c');
  });

  it('the node tunnel publishes gpu.boathou.se -> Triton :8000 from a sidecar in the Triton pod, without a GPU', () => {
    const config = find(cluster, 'ConfigMap', 'cloudflared-node-config', 'gpu-inference') as any;
    expect(config.data['config.yaml']).toContain('hostname: gpu.boathou.se\n    service: http://localhost:8000');
    const sidecar = pod.containers.find((c: any) => c.name === 'cloudflared');
    expect(sidecar.resources.limits['nvidia.com/gpu']).toBeUndefined();
    expect(sidecar.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'tunnel-metrics' });
  });

  it('the adapter calls Triton through gpu.<base> with Cloudflare Access credentials from ESO', () => {
    const env = (find(cluster, 'Deployment', 'ls-triton-adapter', 'label-studio') as any).spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'TRITON_URL', value: 'https://gpu.boathou.se' });
    expect(env).toContainEqual({ name: 'TRITON_MODEL_NAME', value: 'distilbert' });
    const secretRefs = env.filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef.name);
    expect(new Set(secretRefs)).toEqual(new Set(['ls-triton-adapter-cloudflare-access']));
    find(cluster, 'ExternalSecret', 'ls-triton-adapter-cloudflare-access', 'label-studio');
  });
});

describe('platform components', () => {
  it('the device plugin lands on the GPU nodes: their tolerations, nvidia runtime, default affinity replaced by them', () => {
    const release = find(cluster, 'HelmRelease', 'nvidia-device-plugin', 'nvidia-device-plugin') as any;
    const gpuNodes = GpuScheduling.allNodes(productionModel());
    expect(release.spec.values).toMatchObject({ tolerations: GpuScheduling.tolerationsOf(gpuNodes), runtimeClassName: 'nvidia' });
    // One GPU node is also selected by hostname; several only through the affinity.
    expect(release.spec.values.nodeSelector).toEqual(gpuNodes.length === 1 ? gpuNodes[0].nodeSelector : undefined);
    const terms = release.spec.values.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms;
    expect(terms).toEqual([{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: gpuNodes.map((n) => n.nodeName) }] }]);
  });

  it('only the device plugin namespace is privileged, and it says why', () => {
    const levels = Object.fromEntries(manifests(cluster, 'Namespace').map((n) => [n.metadata.name, n.metadata.labels!['pod-security.kubernetes.io/enforce']]));
    expect(Object.entries(levels).filter(([, l]) => l !== 'restricted')).toEqual([['nvidia-device-plugin', 'privileged']]);
    expect(find(cluster, 'Namespace', 'nvidia-device-plugin').metadata.annotations!['oceanid.io/pod-security-reason']).toMatch(/hostPath/);
  });

  it('the cluster tunnel runs 2 replicas spread over the two VPS nodes, with a PDB and readiness on /ready', () => {
    const d = find(cluster, 'Deployment', 'cloudflared', 'cloudflared') as any;
    expect(d.spec.replicas).toBe(2);
    const pod = d.spec.template.spec;
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(
      productionModel()
        .nodes.filter((n) => !n.gpu)
        .map((n) => n.name),
    );
    expect(pod.topologySpreadConstraints[0]).toMatchObject({ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' });
    expect(pod.tolerations).toBeUndefined();
    expect(pod.containers[0].readinessProbe.httpGet).toEqual({ path: '/ready', port: 'metrics' });
    find(cluster, 'PodDisruptionBudget', 'cloudflared', 'cloudflared');
    expect((find(cluster, 'ConfigMap', 'cloudflared-config', 'cloudflared') as any).data['config.yaml']).toContain('hostname: label.boathou.se');
  });

  it('the ClusterSecretStore reads Pulumi ESC with the out-of-band token, which is never rendered', () => {
    const store = find(cluster, 'ClusterSecretStore', 'pulumi-esc') as any;
    expect(store.spec.provider.pulumi.auth.accessToken.secretRef).toEqual({
      name: 'pulumi-esc-access-token',
      key: 'accessToken',
      namespace: 'external-secrets',
    });
    expect(manifests(cluster, 'Secret')).toEqual([]);
  });

  it('every ExternalSecret reads from that store', () => {
    for (const es of manifests(cluster, 'ExternalSecret') as any[]) expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'pulumi-esc' });
  });

  it('Label Studio uses its CloudNativePG cluster with ESO credentials and publishes its integration URLs', () => {
    const env = (find(cluster, 'Deployment', 'label-studio', 'label-studio') as any).spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'POSTGRE_HOST', value: 'label-studio-db-rw' });
    expect(env).toContainEqual({ name: 'POSTGRE_PASSWORD', valueFrom: { secretKeyRef: { name: 'label-studio-db-owner', key: 'password' } } });
    const db = find(cluster, 'Cluster', 'label-studio-db', 'label-studio') as any;
    expect(db.spec.bootstrap.initdb).toEqual({ database: 'labelstudio', owner: 'labelstudio', secret: { name: 'label-studio-db-owner' } });
    expect(cluster.files.get('dist/production/README.md')).toContain(
      '| Settings -> Model (`POST /api/ml`) | `http://ls-triton-adapter.label-studio.svc.cluster.local:9090` |',
    );
    expect(cluster.files.get('dist/production/README.md')).toContain(
      '| Settings -> Webhooks (`POST /api/webhooks`) | `http://annotations-sink.label-studio.svc.cluster.local:8080/webhook` |',
    );
  });

  it('every namespace with pods denies all traffic by default', () => {
    const withPods = new Set(
      manifests(cluster)
        .filter((m) => ['Deployment', 'Cluster', 'HelmRelease'].includes(m.kind))
        .map((m) => m.metadata.namespace),
    );
    const denied = new Set(
      manifests(cluster, 'NetworkPolicy')
        .filter((p) => p.metadata.name === 'default-deny')
        .map((p) => p.metadata.namespace),
    );
    expect([...withPods].filter((ns) => !denied.has(ns))).toEqual([]);
  });
});

describe('Flux alerts', () => {
  it('report every error of Flux sources, Kustomizations, image automation and each HelmRelease namespace to the provider', () => {
    const alert = find(cluster, 'Alert', 'oceanid', 'flux-system') as any;
    expect(alert.apiVersion).toBe('notification.toolkit.fluxcd.io/v1beta3');
    expect(alert.spec.eventSeverity).toBe('error');
    const releases = new Set(manifests(cluster, 'HelmRelease').map((r) => r.metadata.namespace));
    const watched = new Set(alert.spec.eventSources.filter((e: any) => e.kind === 'HelmRelease').map((e: any) => e.namespace));
    expect(watched).toEqual(releases);
    expect(alert.spec.eventSources.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['Kustomization', 'GitRepository', 'ImageUpdateAutomation']));
    const provider = find(cluster, 'Provider', 'oceanid', 'flux-system') as any;
    expect(provider.spec).toEqual({ type: 'slack', channel: 'oceanid-ops', secretRef: { name: 'flux-alerts-slack' } });
    expect((find(cluster, 'ExternalSecret', 'flux-alerts-slack', 'flux-system') as any).spec.data[0].remoteRef.key).toBe('flux.alertsWebhookUrl');
    expect(cluster.objects.find((o) => o.manifest.kind === 'Alert')!.kustomization).toBe('flux-alerts');
  });
});

describe('runtime settings checked against upstream', () => {
  const pod = (name: string, namespace: string) => (find(cluster, 'Deployment', name, namespace) as any).spec.template.spec;

  it('the one-instance Label Studio database has no PodDisruptionBudget (CloudNativePG 1.30: it would block every node drain)', () => {
    const db = find(cluster, 'Cluster', 'label-studio-db', 'label-studio') as any;
    expect(db.spec.instances).toBe(1);
    expect(db.spec.enablePDB).toBe(false);
  });

  it('each Label Studio container has a /tmp of its own (HumanSignal chart 1.11.5: tmp-dir-init, -app, -nginx)', () => {
    const spec = pod('label-studio', 'label-studio');
    const containers = [...spec.initContainers, ...spec.containers];
    const tmp = containers.map((c: any) => c.volumeMounts.find((m: any) => m.mountPath === '/tmp').name);
    expect(new Set(tmp).size).toBe(containers.length);
    for (const name of tmp) expect(spec.volumes.find((v: any) => v.name === name).emptyDir.sizeLimit).toBe('1Gi');
  });

  it("Triton's root filesystem is writable by default, with the reason on the pod (kserve/kserve#5711); the model setting makes it read-only", () => {
    const triton = pod('triton', 'gpu-inference');
    expect(triton.containers[0].securityContext.readOnlyRootFilesystem).toBe(false);
    expect((find(cluster, 'Deployment', 'triton', 'gpu-inference') as any).spec.template.metadata.annotations['oceanid.io/writable-root-triton']).toContain(
      'kserve/kserve#5711',
    );
    for (const c of triton.containers.slice(1)) expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
    const strict = renderCluster(modelWith((m) => (m.gpuInference!.readOnlyRootFilesystem = true)));
    const strictTriton = (find(strict, 'Deployment', 'triton', 'gpu-inference') as any).spec.template;
    expect(strictTriton.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
    expect(strictTriton.metadata.annotations['oceanid.io/writable-root-triton']).toBeUndefined();
  });

  it("the device plugin namespace's reason lists every host path chart 0.19.3 mounts, the MPS root included", () => {
    const ns = find(cluster, 'Namespace', 'nvidia-device-plugin') as any;
    const reason = ns.metadata.annotations['oceanid.io/pod-security-reason'];
    for (const path of ['/var/lib/kubelet/device-plugins', '/run/nvidia/mps', '/var/run/cdi']) expect(reason).toContain(path);
  });

  it("egress to the API server goes to the server node's address only, never to 0.0.0.0/0", () => {
    const server = productionModel().nodes.find((n) => n.role === 'server')!;
    const toApi = manifests(cluster, 'NetworkPolicy').filter((p) => p.metadata.name.endsWith('-to-api-server-egress')) as any[];
    expect(toApi.map((p) => p.metadata.name).sort()).toEqual([
      'cert-manager-to-api-server-egress',
      'cnpg-to-api-server-egress',
      'external-secrets-to-api-server-egress',
      'postgres-to-api-server-egress',
    ]);
    for (const p of toApi) expect(p.spec.egress).toEqual([{ ports: [{ port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: `${server.address}/32` } }] }]);
  });
});
