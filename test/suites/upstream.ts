import { ApiObject, JsonPatch } from 'cdk8s';
import { GPU_NODE_REASON_ANNOTATION, GpuNodeDaemon } from '../../lib/gpu-node-daemon';
import { GpuScheduling, toleratesTaint } from '../../lib/gpu-scheduling';
import { HardenedDeployment } from '../../lib/hardened-deployment';
import { HelmReleaseFromChart } from '../../lib/helm-release-from-chart';
import { ImageReference } from '../../lib/image-reference';
import { Endpoint } from '../../lib/allow-traffic';
import { Probe } from '../../lib/probe';
import { ResourceBudget } from '../../lib/resource-budget';
import { TunnelRoute } from '../../lib/tunnel-route';
import { gpuDaemonReasonFindings } from '../../policy/gpu';
import { find, manifests, modelWith, renderedProduction, testChart } from '../helpers';

// Values checked against the upstream projects at the pinned versions (evidence in the commit
// messages); each test fails on the output these values replaced.
const cluster = renderedProduction();
const tritonPod = () => (find(cluster, 'Deployment', 'triton', 'gpu-inference') as any).spec.template.spec;

describe('Triton image (triton-inference-server/server build.py at v2.60.0: 2.60.0 is container 25.08)', () => {
  it("defaults to NVIDIA's release of Triton 2.60.0, nvcr.io/nvidia/tritonserver:25.08-py3", () => {
    const triton = tritonPod().containers.find((c: any) => c.name === 'triton');
    expect(triton.image).toBe('nvcr.io/nvidia/tritonserver:25.08-py3');
  });

  it('a mirror in the model replaces registry and path and keeps the tag', () => {
    const model = modelWith((m) => (m.images.triton!.mirror = 'ghcr.io/ry4n-s/tritonserver'));
    const image = ImageReference.fromModel(model, 'triton');
    expect(image.ref).toBe('ghcr.io/ry4n-s/tritonserver:25.08-py3');
    expect(image.upstreamRepository).toBe('nvcr.io/nvidia/tritonserver');
  });

  it('a mirror that is not a registry path is refused naming the field', () => {
    expect(() => modelWith((m) => (m.images.triton!.mirror = 'ghcr.io/x/triton:25.08-py3'))).toThrow(/images\.triton\.mirror/);
  });
});

/** Whether the rendered NetworkPolicies let pods with `labels` in `namespace` open `port` to IPv4 `ip`. */
function egressAllows(namespace: string, labels: Record<string, string>, ip: string, port: number, protocol = 'TCP'): boolean {
  const toInt = (a: string) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const inCidr = (cidr: string) => {
    const [base, bits] = cidr.split('/');
    const mask = Number(bits) === 0 ? 0 : 2 ** 32 - 2 ** (32 - Number(bits));
    return (toInt(ip) & mask) >>> 0 === (toInt(base) & mask) >>> 0;
  };
  return (manifests(cluster, 'NetworkPolicy') as any[])
    .filter((p) => p.metadata.namespace === namespace && (p.spec.policyTypes ?? []).includes('Egress'))
    .filter((p) => Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([k, v]) => labels[k] === v))
    .some((p) =>
      (p.spec.egress ?? []).some(
        (rule: any) =>
          (rule.ports ?? []).some((pt: any) => pt.port === port && (pt.protocol ?? 'TCP') === protocol) &&
          (rule.to ?? []).some((peer: any) => peer.ipBlock && inCidr(peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some(inCidr)),
      ),
    );
}

describe('cert-manager DNS-01 self-check over DNS-over-HTTPS (cert-manager v1.21.1 chart values)', () => {
  const release = find(cluster, 'HelmRelease', 'cert-manager', 'cert-manager') as any;
  const controller = { 'app.kubernetes.io/name': 'cert-manager', 'app.kubernetes.io/component': 'controller' };

  it('sets the chart values that become --dns01-recursive-nameservers(-only) on the controller', () => {
    expect(release.spec.values.dns01RecursiveNameservers).toBe('https://1.1.1.1/dns-query,https://1.0.0.1/dns-query');
    expect(release.spec.values.dns01RecursiveNameserversOnly).toBe(true);
  });

  it('the NetworkPolicies let the controller reach each resolver on 443, and no nameserver on 53', () => {
    for (const url of release.spec.values.dns01RecursiveNameservers.split(',')) {
      expect(egressAllows('cert-manager', controller, new URL(url).hostname, 443)).toBe(true);
    }
    expect(egressAllows('cert-manager', controller, '1.1.1.1', 53, 'UDP')).toBe(false);
    expect(egressAllows('cert-manager', controller, '108.162.192.1', 53, 'UDP')).toBe(false);
  });
});

describe('nothing rendered goes unused', () => {
  it('every ConfigMap is read by a pod (volume, env or envFrom)', () => {
    const read = new Set<string>();
    for (const m of manifests(cluster) as any[]) {
      const spec = m.spec?.template?.spec;
      if (!spec) continue;
      const ns = m.metadata.namespace;
      for (const v of spec.volumes ?? []) if (v.configMap) read.add(`${ns}/${v.configMap.name}`);
      for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        for (const e of c.env ?? []) if (e.valueFrom?.configMapKeyRef) read.add(`${ns}/${e.valueFrom.configMapKeyRef.name}`);
        for (const e of c.envFrom ?? []) if (e.configMapRef) read.add(`${ns}/${e.configMapRef.name}`);
      }
    }
    const unread = manifests(cluster, 'ConfigMap')
      .map((c) => `${c.metadata.namespace}/${c.metadata.name}`)
      .filter((c) => !read.has(c));
    expect(unread).toEqual([]);
  });

  it("Triton's labels.txt is named by the output's label_filename (model_config.proto, common r25.08) and sits in the model directory", () => {
    const config = find(cluster, 'ConfigMap', 'triton-model-distilbert', 'gpu-inference') as any;
    expect(config.data['config.pbtxt']).toMatch(/\{ name: "logits" data_type: TYPE_FP32 dims: \[ 2 \] label_filename: "labels\.txt" \}/);
    expect(config.data['labels.txt']).toBe('NEGATIVE\nPOSITIVE\n');
    const triton = tritonPod().containers.find((c: any) => c.name === 'triton');
    expect(triton.volumeMounts).toContainEqual({ name: 'model-config', mountPath: '/models/distilbert/labels.txt', subPath: 'labels.txt', readOnly: true });
  });

  it('the Flux Alert uses eventMetadata, not the deprecated summary (notification v1beta3, Flux v2.7.5 CRD)', () => {
    const alert = find(cluster, 'Alert', 'oceanid', 'flux-system') as any;
    expect(alert.spec.summary).toBeUndefined();
    expect(alert.spec.eventMetadata).toEqual({ cluster: cluster.model.name });
  });
});

describe('the calypso path is self-contained (cloudflare/cloudflared 2025.11.1)', () => {
  const gpuNode = cluster.model.gpuInference!.node;
  const pod = tritonPod();
  const tritonLabels = (find(cluster, 'Deployment', 'triton', 'gpu-inference') as any).spec.template.metadata.labels;

  it('cloudflared runs beside Triton in its pod, forwarding gpu.<base> to http://localhost:8000', () => {
    expect(pod.nodeSelector).toEqual({ 'kubernetes.io/hostname': gpuNode });
    const sidecar = pod.containers.find((c: any) => c.name === 'cloudflared');
    expect(sidecar.args).toEqual(['tunnel', '--config', '/etc/cloudflared/config.yaml', 'run']);
    expect(sidecar.env).toContainEqual({ name: 'TUNNEL_TOKEN', valueFrom: { secretKeyRef: { name: 'cloudflared-node-token', key: 'token' } } });
    const config = (find(cluster, 'ConfigMap', 'cloudflared-node-config', 'gpu-inference') as any).data['config.yaml'];
    expect(config).toContain(`hostname: ${cluster.model.gpuInference!.hostname}.${cluster.model.baseDomain}\n    service: http://localhost:8000`);
    expect(config).toContain('metrics: "0.0.0.0:2000"');
    const deployments = manifests(cluster, 'Deployment')
      .filter((d) => d.metadata.namespace === 'gpu-inference')
      .map((d) => d.metadata.name);
    expect(deployments).toEqual(['triton']);
  });

  it('a Flux cloudflared update reaches the sidecar: its image carries the setter marker', () => {
    expect(cluster.files.get('dist/production/triton/triton.yaml')).toContain(
      `image: docker.io/cloudflare/cloudflared:${cluster.model.images.cloudflared.tag} # {"$imagepolicy": "flux-system:production-cloudflared"}`,
    );
  });

  it('resolves through the node, not CoreDNS: dnsPolicy Default and no DNS egress to kube-dns', () => {
    expect(pod.dnsPolicy).toBe('Default');
    const toKubeDns = (manifests(cluster, 'NetworkPolicy') as any[])
      .filter((p) => p.metadata.namespace === 'gpu-inference')
      .flatMap((p) => p.spec.egress ?? [])
      .flatMap((rule: any) => rule.to ?? [])
      .filter((peer: any) => peer.podSelector?.matchLabels?.['k8s-app'] === 'kube-dns');
    expect(toKubeDns).toEqual([]);
    // The node's resolver, on its LAN or public.
    expect(egressAllows('gpu-inference', tritonLabels, '192.168.2.1', 53, 'UDP')).toBe(true);
    expect(egressAllows('gpu-inference', tritonLabels, '192.168.2.1', 53, 'TCP')).toBe(true);
  });

  it('reaches Cloudflare (7844 TCP/UDP, 443, DoT fallback 1.1.1.1:853) and huggingface.co (443) directly', () => {
    const edge = '198.41.192.7';
    expect(egressAllows('gpu-inference', tritonLabels, edge, 7844, 'TCP')).toBe(true);
    expect(egressAllows('gpu-inference', tritonLabels, edge, 7844, 'UDP')).toBe(true);
    expect(egressAllows('gpu-inference', tritonLabels, edge, 443)).toBe(true);
    expect(egressAllows('gpu-inference', tritonLabels, '1.1.1.1', 853)).toBe(true);
    expect(egressAllows('gpu-inference', tritonLabels, '18.244.28.52', 443)).toBe(true);
    // Nothing else in the cluster is needed on the way: no ingress to Triton from other pods.
    const ingress = (manifests(cluster, 'NetworkPolicy') as any[]).filter(
      (p) => p.metadata.namespace === 'gpu-inference' && (p.spec.policyTypes ?? []).includes('Ingress') && p.spec.ingress,
    );
    expect(ingress.map((p) => p.metadata.name)).toEqual([]);
  });
});

describe('a pod on a GPU node without a GPU says why, in dist/', () => {
  const model = cluster.model;
  const gpus = GpuScheduling.allNodes(model);
  const tolerates = (tolerations: any[] | undefined) => (tolerations ?? []).some((t) => gpus.some((g) => g.taints.some((taint) => toleratesTaint(t, taint))));

  it('every rendered pod template or HelmRelease that tolerates a GPU taint without a GPU carries oceanid.io/gpu-node-reason', () => {
    const carriers: string[] = [];
    for (const m of manifests(cluster) as any[]) {
      if (m.kind === 'HelmRelease' && tolerates(m.spec.values?.tolerations)) {
        expect(m.spec.values.podAnnotations?.[GPU_NODE_REASON_ANNOTATION]).toMatch(/\S{10}/);
        expect(m.metadata.annotations?.[GPU_NODE_REASON_ANNOTATION]).toBe(m.spec.values.podAnnotations[GPU_NODE_REASON_ANNOTATION]);
        carriers.push(`${m.kind}/${m.metadata.name}`);
      }
      const t = m.spec?.template;
      const requests = (t?.spec?.containers ?? []).some((c: any) => c.resources?.limits?.['nvidia.com/gpu']);
      if (t && tolerates(t.spec.tolerations) && !requests) {
        expect(t.metadata.annotations?.[GPU_NODE_REASON_ANNOTATION]).toMatch(/\S{10}/);
        carriers.push(`${m.kind}/${m.metadata.name}`);
      }
    }
    expect(carriers).toEqual(['HelmRelease/nvidia-device-plugin']);
    const release = find(cluster, 'HelmRelease', 'nvidia-device-plugin', 'nvidia-device-plugin') as any;
    expect(release.spec.values.podAnnotations[GPU_NODE_REASON_ANNOTATION]).toBe(
      'advertises the node GPUs to the kubelet as nvidia.com/gpu; without it no GPU can be requested',
    );
  });

  function reasonFindings(build: (daemon: GpuNodeDaemon) => void): string[] {
    const { chart } = testChart();
    build(new GpuNodeDaemon(chart, 'daemon', { nodes: gpus, reason: 'exports the GPU node metrics for the dashboard' }));
    const objects = chart.node
      .findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject)
      .map((source) => ({ manifest: source.toJson(), source, file: 'x.yaml', kustomization: 'apps', cluster: model.name }));
    return gpuDaemonReasonFindings(objects, model).map((f) => `${f.rule} ${f.object} ${f.path}`);
  }
  const exporter = (daemon: GpuNodeDaemon) =>
    new HardenedDeployment(daemon, 'exporter', {
      name: 'exporter',
      namespace: 'monitoring',
      placement: daemon.placement,
      containers: [
        {
          image: ImageReference.fromModel(model, 'cloudflared'),
          resources: ResourceBudget.of({ cpu: '10m', memory: '16Mi', cpuLimit: '100m', memoryLimit: '64Mi' }),
          readiness: Probe.tcp(9400),
          liveness: Probe.tcp(9400),
        },
      ],
    });

  it('a HardenedDeployment inside a GpuNodeDaemon gets the reason from the daemon, and passes', () => {
    expect(
      reasonFindings((d) => {
        const pod = exporter(d).deployment.toJson().spec.template;
        expect(pod.metadata.annotations).toEqual({ [GPU_NODE_REASON_ANNOTATION]: 'exports the GPU node metrics for the dashboard' });
      }),
    ).toEqual([]);
  });

  it('the policy rejects a tolerating pod template whose reason was removed or changed', () => {
    expect(reasonFindings((d) => exporter(d).deployment.addJsonPatch(JsonPatch.remove('/spec/template/metadata/annotations')))).toEqual([
      'gpu/daemon-reason Deployment/monitoring/exporter spec.template.metadata.annotations',
    ]);
    expect(
      reasonFindings((d) =>
        exporter(d).deployment.addJsonPatch(JsonPatch.replace(`/spec/template/metadata/annotations/oceanid.io~1gpu-node-reason`, 'because')),
      ),
    ).toEqual(['gpu/daemon-reason Deployment/monitoring/exporter spec.template.metadata.annotations']);
  });

  it('the policy rejects a tolerating HelmRelease without the reason in values.podAnnotations', () => {
    expect(
      reasonFindings(
        (d) =>
          new HelmReleaseFromChart(d, 'r', {
            name: 'r',
            namespace: 'x',
            chart: model.charts.nvidiaDevicePlugin,
            crds: 'Skip',
            values: { tolerations: d.placement.tolerations },
          }),
      ),
    ).toEqual(['gpu/daemon-reason HelmRelease/x/r spec.values.podAnnotations']);
  });
});

describe('Label Studio 1.20.0 behind the tunnel, run as HumanSignal chart 1.11.5 (appVersion 1.20.0) runs it', () => {
  const deployment = find(cluster, 'Deployment', 'label-studio', 'label-studio') as any;
  const pod = deployment.spec.template.spec;
  const container = (name: string) => [...pod.initContainers, ...pod.containers].find((c: any) => c.name === name);
  const env = (name: string) => Object.fromEntries(container(name).env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  const origin = `https://${cluster.model.labelStudio.hostname}.${cluster.model.baseDomain}`;

  it('trusts its public origin for CSRF (Django 4+: scheme included) and keeps cookies on HTTPS', () => {
    for (const name of ['db-migrations', 'first-user', 'app']) {
      expect(env(name)).toMatchObject({ CSRF_TRUSTED_ORIGINS: origin, LABEL_STUDIO_HOST: origin, SESSION_COOKIE_SECURE: '1', CSRF_COOKIE_SECURE: '1' });
    }
  });

  it('creates the first user from Pulumi ESC, with signup closed', () => {
    const admin = find(cluster, 'ExternalSecret', 'label-studio-admin', 'label-studio') as any;
    expect(admin.spec.data.map((d: any) => [d.secretKey, d.remoteRef.key])).toEqual([
      ['username', cluster.model.labelStudio.secrets.adminUsername],
      ['password', cluster.model.labelStudio.secrets.adminPassword],
    ]);
    expect(container('first-user').args).toEqual(['label-studio', 'init']);
    expect(env('first-user')).toMatchObject({
      LABEL_STUDIO_USERNAME: { secretKeyRef: { name: 'label-studio-admin', key: 'username' } },
      LABEL_STUDIO_PASSWORD: { secretKeyRef: { name: 'label-studio-admin', key: 'password' } },
      LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK: 'true',
    });
    expect(env('app').LABEL_STUDIO_PASSWORD).toBeUndefined();
  });

  it('turns off what needs internet egress: release check, analytics, Sentry (backend and frontend)', () => {
    expect(env('app')).toMatchObject({ LATEST_VERSION_CHECK: 'false', COLLECT_ANALYTICS: 'false', SENTRY_DSN: '', FRONTEND_SENTRY_DSN: '' });
    const labels = deployment.spec.template.metadata.labels;
    expect(egressAllows('label-studio', labels, '34.120.195.249', 443)).toBe(false);
  });

  it('migrations in an init container, uwsgi behind nginx on 8085, which the Service and the tunnel use', () => {
    expect(container('db-migrations').args).toEqual(['label-studio-migrate']);
    expect(container('app').args).toEqual(['label-studio-uwsgi']);
    expect(env('app').SKIP_DB_MIGRATIONS).toBe('true');
    expect(container('app').readinessProbe.httpGet).toEqual({ path: '/health', port: 'uwsgi' });
    expect(container('app').ports).toEqual([{ name: 'uwsgi', containerPort: 8000, protocol: 'TCP' }]);
    expect(container('nginx').args).toEqual(['nginx']);
    expect(env('nginx').APP_HOST).toBe('localhost');
    expect(container('nginx').ports).toEqual([{ name: 'http', containerPort: 8085, protocol: 'TCP' }]);
    expect(container('nginx').readinessProbe.httpGet).toEqual({ path: '/nginx_health', port: 'http' });
    const service = find(cluster, 'Service', 'label-studio', 'label-studio') as any;
    expect(service.spec.ports).toEqual([{ name: 'http', port: 8085, targetPort: 'http', protocol: 'TCP' }]);
    const tunnel = (find(cluster, 'ConfigMap', 'cloudflared-config', 'cloudflared') as any).data['config.yaml'];
    expect(tunnel).toContain(`service: http://label-studio.label-studio.svc.cluster.local:8085`);
  });

  it('read-only root filesystem, with the paths it writes mounted: /tmp, OPT_DIR, /label-studio/data', () => {
    for (const c of [...pod.initContainers, ...pod.containers]) {
      expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
      expect(c.volumeMounts.map((m: any) => m.mountPath).sort()).toEqual(['/label-studio/data', '/opt/heartex/instance-data/etc', '/tmp']);
    }
    // nginx buffers uploads of up to 350m in /tmp: its own.
    expect(pod.volumes.find((v: any) => v.name === 'tmp-nginx').emptyDir.sizeLimit).toBe('1Gi');
  });
});

describe('value objects added for these fixes validate eagerly', () => {
  it('Endpoint.address takes an IPv4 address only', () => {
    expect(Endpoint.address('1.1.1.1').toPeer()).toEqual({ ipBlock: { cidr: '1.1.1.1/32', except: undefined } });
    expect(() => Endpoint.address('one.one.one.one')).toThrow('endpoint address: "one.one.one.one" is not an IPv4 address');
  });

  it('TunnelRoute.toLocalPort checks hostname and port', () => {
    expect(TunnelRoute.toLocalPort('gpu.boathou.se', 8000).origin).toBe('http://localhost:8000');
    expect(() => TunnelRoute.toLocalPort('gpu', 8000)).toThrow('tunnel route hostname: "gpu" is not a fully qualified domain name');
    expect(() => TunnelRoute.toLocalPort('gpu.boathou.se', 0)).toThrow('tunnel route gpu.boathou.se port: 0 is not a port number');
  });
});
