import { CloudflaredConnector } from '../../lib/cloudflared-connector';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { HardenedDeployment } from '../../lib/hardened-deployment';
import { HelmReleaseFromChart } from '../../lib/helm-release-from-chart';
import { ImageReference } from '../../lib/image-reference';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { AllowTraffic, Endpoint } from '../../lib/allow-traffic';
import { PodPlacement } from '../../lib/pod-placement';
import { Probe } from '../../lib/probe';
import { PulumiSecretStore } from '../../lib/pulumi-secret-store';
import { ResourceBudget } from '../../lib/resource-budget';
import { SetterMarkers } from '../../lib/setter-markers';
import { TritonModelConfig } from '../../lib/triton-model-config';
import { TunnelRoute } from '../../lib/tunnel-route';
import { toYamlDocument } from '../../lib/yaml';
import { modelWith, productionModel, synthChart, testChart } from '../helpers';

const model = productionModel();
const web = {
  image: ImageReference.fromModel(model, 'labelStudio'),
  ports: [{ name: 'http', port: 8080 }],
  resources: ResourceBudget.of({ cpu: '100m', memory: '128Mi', cpuLimit: '1', memoryLimit: '256Mi' }),
  liveness: Probe.httpGet('/health', 'http'),
  readiness: Probe.httpGet('/ready', 'http'),
};

const byKind = (objs: any[], kind: string) => objs.filter((o) => o.kind === kind);

describe('HardenedDeployment', () => {
  it('renders a pod that passes the restricted Pod Security Standard', () => {
    const { chart } = testChart();
    new HardenedDeployment(chart, 'd', { name: 'web', namespace: 'apps', containers: [web] });
    const [deployment] = byKind(synthChart(chart), 'Deployment');
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.automountServiceAccountToken).toBe(false);
    const c = pod.containers[0];
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      privileged: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(c.image).toBe('docker.io/heartexlabs/label-studio:1.20.0');
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } });
    expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(c.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
  });

  it('adds a Service for named ports and a PDB only with more than one replica', () => {
    const one = testChart();
    new HardenedDeployment(one.chart, 'd', { name: 'web', namespace: 'apps', containers: [web], servicePorts: ['http'] });
    const objs = synthChart(one.chart);
    expect(byKind(objs, 'PodDisruptionBudget')).toHaveLength(0);
    const [service] = byKind(objs, 'Service');
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': 'web' });
    expect(service.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }]);

    const two = testChart();
    new HardenedDeployment(two.chart, 'd', { name: 'web', namespace: 'apps', containers: [web], replicas: 2 });
    const [pdb] = byKind(synthChart(two.chart), 'PodDisruptionBudget');
    expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } } });
  });

  it('refuses a Service port no container declares', () => {
    const { chart } = testChart();
    expect(() => new HardenedDeployment(chart, 'd', { name: 'web', namespace: 'apps', containers: [web], servicePorts: ['grpc'] })).toThrow(
      'web.servicePorts: no container port is named "grpc" (ports: http)',
    );
  });

  it('marks an automated image with its Flux setter', () => {
    const { chart } = testChart();
    const d = new HardenedDeployment(chart, 'd', {
      name: 'tunnel',
      namespace: 'x',
      containers: [{ ...web, image: ImageReference.fromModel(model, 'cloudflared') }],
    });
    const markers = SetterMarkers.of(d.deployment).all;
    expect(markers).toEqual([
      { path: ['spec', 'template', 'spec', 'containers', 0, 'image'], marker: '{"$imagepolicy": "flux-system:production-cloudflared"}' },
    ]);
    expect(toYamlDocument(d.deployment.toJson(), markers)).toContain(
      `image: docker.io/cloudflare/cloudflared:${model.images.cloudflared.tag} # {"$imagepolicy": "flux-system:production-cloudflared"}`,
    );
  });
});

describe('value objects validate eagerly and name the field', () => {
  it('Probe', () => {
    expect(() => Probe.httpGet('health', 80)).toThrow('probe path: "health" must start with "/"');
    expect(() => Probe.tcp(70000)).toThrow('probe port: 70000 is not a port number');
    expect(() => Probe.exec([])).toThrow('probe command: must not be empty');
    expect(() => Probe.tcp(80, { periodSeconds: -1 })).toThrow('probe periodSeconds');
  });

  it('ResourceBudget', () => {
    expect(() => ResourceBudget.of({ cpu: '2', memory: '1Gi', cpuLimit: '500m' })).toThrow('resources.cpuLimit: 500m is below the request 2');
    expect(() => ResourceBudget.of({ cpu: 'lots', memory: '1Gi' })).toThrow('resources.cpu: "lots" is not a CPU quantity');
    expect(ResourceBudget.of({ cpu: '1', memory: '1Gi' }).toValues()).toEqual({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } });
  });

  it('TunnelRoute', () => {
    expect(TunnelRoute.toService('label.boathou.se', 'label-studio', 'label-studio', 8080).origin).toBe(
      'http://label-studio.label-studio.svc.cluster.local:8080',
    );
    expect(() => TunnelRoute.toService('label', 's', 'n', 80)).toThrow('tunnel route hostname: "label" is not a fully qualified domain name');
  });

  it('PodPlacement.spreadAcross needs two nodes and spreads one per node', () => {
    expect(() => PodPlacement.spreadAcross(['srv712429'], {})).toThrow('spreadAcross: needs at least two nodes');
    const p = PodPlacement.spreadAcross(['srv712429', 'srv712695'], { app: 'x' });
    expect(p.topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'x' } } },
    ]);
  });

  it('ImageReference carries a per-cluster policy only for automated images', () => {
    expect(ImageReference.fromModel(model, 'cloudflared').policyName).toBe('production-cloudflared');
    expect(ImageReference.fromModel(model, 'labelStudio').policyName).toBeUndefined();
    expect(ImageReference.fromModel(model, 'lsTritonAdapter').setterMarker).toBeUndefined();
  });
});

describe('OceanidNamespace', () => {
  it('labels Pod Security (enforce, audit, warn) and denies all traffic but DNS by default', () => {
    const { chart } = testChart();
    new OceanidNamespace(chart, 'ns', { name: 'apps' });
    const objs = synthChart(chart);
    const [ns] = byKind(objs, 'Namespace');
    for (const mode of ['enforce', 'audit', 'warn']) {
      expect(ns.metadata.labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
      expect(ns.metadata.labels[`pod-security.kubernetes.io/${mode}-version`]).toBe('v1.33');
    }
    const policies = byKind(objs, 'NetworkPolicy');
    expect(policies.map((p: any) => p.metadata.name)).toEqual(['default-deny', 'allow-dns-egress']);
    expect(policies[0].spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  it('needs a written reason to enforce less than restricted, and records it', () => {
    const { chart } = testChart();
    expect(() => new OceanidNamespace(chart, 'a', { name: 'x', podSecurity: 'privileged' })).toThrow('namespace x.podSecurityReason');
    new OceanidNamespace(chart, 'b', { name: 'y', podSecurity: 'baseline', podSecurityReason: 'because', hasPods: false });
    const objs = synthChart(chart);
    expect(byKind(objs, 'Namespace')[0].metadata.annotations).toEqual({ 'oceanid.io/pod-security-reason': 'because' });
    expect(byKind(objs, 'NetworkPolicy')).toHaveLength(0);
  });
});

describe('AllowTraffic', () => {
  it('opens one flow with an egress rule at the client and an ingress rule at the server', () => {
    const { chart } = testChart();
    new AllowTraffic(chart, 'f', { name: 'a-to-b', from: Endpoint.pods('a', { app: 'a' }), to: Endpoint.pods('b', { app: 'b' }), ports: [5432] });
    const [egress, ingress] = byKind(synthChart(chart), 'NetworkPolicy');
    expect(egress.metadata).toEqual({ name: 'a-to-b-egress', namespace: 'a' });
    expect(egress.spec.egress[0]).toEqual({
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'b' } }, podSelector: { matchLabels: { app: 'b' } } }],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
    expect(ingress.metadata).toEqual({ name: 'a-to-b-ingress', namespace: 'b' });
    expect(ingress.spec.podSelector).toEqual({ matchLabels: { app: 'b' } });
  });

  it('to the internet writes only the egress side and excludes private ranges', () => {
    const { chart } = testChart();
    new AllowTraffic(chart, 'f', { name: 'a-out', from: Endpoint.pods('a'), to: Endpoint.internet(), ports: [443] });
    const policies = byKind(synthChart(chart), 'NetworkPolicy');
    expect(policies).toHaveLength(1);
    expect(policies[0].spec.egress[0].to[0].ipBlock).toEqual({ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] });
  });
});

describe('secrets', () => {
  it('PulumiSecret maps Secret keys to ESC paths through the one ClusterSecretStore', () => {
    const { chart } = testChart();
    new PulumiSecret(chart, 's', { name: 'token', namespace: 'x', data: { token: 'cloudflare.tunnelToken' } });
    const [es] = synthChart(chart);
    expect(es.apiVersion).toBe('external-secrets.io/v1');
    expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'pulumi-esc' });
    expect(es.spec.data).toEqual([{ secretKey: 'token', remoteRef: { key: 'cloudflare.tunnelToken' } }]);
    expect(() => new PulumiSecret(chart, 't', { name: 'bad', namespace: 'x', data: { token: 'hunter2' } })).toThrow(
      'bad.data.token: "hunter2" is not a dotted Pulumi ESC path',
    );
  });

  it('PulumiSecretStore authenticates with the bootstrap token Secret by reference', () => {
    const { chart } = testChart();
    new PulumiSecretStore(chart, 'store', { secrets: model.secrets });
    const [store] = synthChart(chart);
    expect(store.spec.provider.pulumi).toEqual({
      organization: 'ryan-taylor',
      project: 'oceanid-cluster',
      environment: 'prod',
      auth: { accessToken: { secretRef: { name: 'pulumi-esc-access-token', key: 'accessToken', namespace: 'external-secrets' } } },
    });
  });
});

describe('HelmReleaseFromChart', () => {
  it('uses an OCIRepository for oci:// charts and a HelmRepository otherwise, with CRD policy and remediation', () => {
    const { chart } = testChart();
    new HelmReleaseFromChart(chart, 'oci', { name: 'cert-manager', namespace: 'cert-manager', chart: model.charts.certManager });
    new HelmReleaseFromChart(chart, 'https', { name: 'cloudnative-pg', namespace: 'cnpg-system', chart: model.charts.cloudnativePg });
    const objs = synthChart(chart);
    const [oci] = byKind(objs, 'OCIRepository');
    expect(oci.spec).toMatchObject({ url: 'oci://quay.io/jetstack/charts/cert-manager', ref: { tag: 'v1.21.1' }, layerSelector: { operation: 'copy' } });
    const [repo] = byKind(objs, 'HelmRepository');
    expect(repo.spec.url).toBe('https://cloudnative-pg.github.io/charts');
    const [cm, pg] = byKind(objs, 'HelmRelease');
    expect(cm.apiVersion).toBe('helm.toolkit.fluxcd.io/v2');
    expect(cm.spec.chartRef).toEqual({ kind: 'OCIRepository', name: 'cert-manager', namespace: 'flux-system' });
    expect(pg.spec.chart.spec).toMatchObject({ chart: 'cloudnative-pg', version: '0.29.0', sourceRef: { kind: 'HelmRepository', name: 'cloudnative-pg' } });
    for (const r of [cm, pg]) {
      expect(r.spec.install).toEqual({ crds: 'CreateReplace', remediation: { retries: 3 } });
      expect(r.spec.upgrade).toMatchObject({ crds: 'CreateReplace', remediation: { retries: 3, remediateLastFailure: true } });
    }
  });

  it('refuses an OCI URL that does not end with the chart name', () => {
    const { chart } = testChart();
    expect(
      () =>
        new HelmReleaseFromChart(chart, 'x', { name: 'x', namespace: 'x', chart: { repository: 'oci://ghcr.io/org/charts', chart: 'x', version: '1.0.0' } }),
    ).toThrow('must end with the chart name "/x"');
  });
});

describe('CloudflaredConnector', () => {
  it('declares its routes in a config file with a 404 catch-all and reads its token from ESC', () => {
    const { chart } = testChart();
    new CloudflaredConnector(chart, 'c', {
      name: 'tunnel',
      namespace: 'cloudflared',
      image: ImageReference.fromModel(model, 'cloudflared'),
      routes: [TunnelRoute.toService('label.boathou.se', 'label-studio', 'label-studio', 8080)],
      tokenEscPath: 'cloudflare.tunnelToken',
    });
    const objs = synthChart(chart);
    expect(byKind(objs, 'ConfigMap')[0].data['config.yaml']).toBe(
      'no-autoupdate: true\nmetrics: "0.0.0.0:2000"\ningress:\n  - hostname: label.boathou.se\n    service: http://label-studio.label-studio.svc.cluster.local:8080\n  - service: http_status:404\n',
    );
    const c = byKind(objs, 'Deployment')[0].spec.template.spec.containers[0];
    expect(c.env).toEqual([{ name: 'TUNNEL_TOKEN', valueFrom: { secretKeyRef: { name: 'tunnel-token', key: 'token' } } }]);
    expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'metrics' });
    expect(byKind(objs, 'ExternalSecret')[0].spec.data[0].remoteRef.key).toBe('cloudflare.tunnelToken');
  });

  it('refuses the same hostname twice', () => {
    const { chart } = testChart();
    const route = TunnelRoute.toService('a.boathou.se', 's', 'n', 80);
    expect(
      () =>
        new CloudflaredConnector(chart, 'c', {
          name: 't',
          namespace: 'n',
          image: ImageReference.fromModel(model, 'cloudflared'),
          routes: [route, route],
          tokenEscPath: 'a.b',
        }),
    ).toThrow('t.routes: hostname "a.boathou.se" is routed twice');
  });
});

describe('TritonModelConfig', () => {
  it('renders config.pbtxt for an ONNX model with dynamic batching on the GPU', () => {
    const pbtxt = TritonModelConfig.fromModel(model.gpuInference!.model, 1).toPbtxt();
    expect(pbtxt).toContain('name: "distilbert"');
    expect(pbtxt).toContain('platform: "onnxruntime_onnx"');
    expect(pbtxt).toContain('max_batch_size: 32');
    expect(pbtxt).toContain('preferred_batch_size: [ 8, 16, 32 ]');
    expect(pbtxt).toContain('max_queue_delay_microseconds: 2000');
    expect(pbtxt).toContain('{ kind: KIND_GPU count: 1 gpus: [ 0 ] }');
    expect(pbtxt).toContain('{ name: "logits" data_type: TYPE_FP32 dims: [ 2 ] label_filename: "labels.txt" }');
  });

  it('follows the model: two GPUs list both devices', () => {
    const twoGpus = modelWith((m) => {
      m.nodes[2].gpu!.count = 2;
      m.gpuInference!.gpus = 2;
    });
    expect(TritonModelConfig.fromModel(twoGpus.gpuInference!.model, 2).toPbtxt()).toContain('gpus: [ 0, 1 ]');
  });
});
