import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { OceanidCluster } from '../../charts/oceanid-cluster';
import { KubeConfigMap, KubeNamespace, KubePod, KubeService, IntOrString } from '../../imports/k8s';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { GpuWorkload } from '../../lib/gpu-workload';
import { LABEL_STUDIO_PODS } from '../../lib/component-endpoints';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { PublicRoute } from '../../lib/public-route';
import { TunnelRoute } from '../../lib/tunnel-route';
import { FluxLayer } from '../../lib/flux-layer';
import { LayerChart } from '../../lib/layer-chart';
import { GpuScheduling } from '../../lib/gpu-scheduling';
import { HardenedDeployment } from '../../lib/hardened-deployment';
import { HelmReleaseFromChart } from '../../lib/helm-release-from-chart';
import { ImageReference } from '../../lib/image-reference';
import { PodPlacement } from '../../lib/pod-placement';
import { Probe } from '../../lib/probe';
import { ResourceBudget } from '../../lib/resource-budget';
import { badInputRepo, ModelEdit, productionModel } from '../helpers';

/**
 * The bad-input suite: each case breaks the model, the image file or a chart, and must stop the
 * synth with the named rule or message, exit 1, and leave dist/ and flux/ byte-identical.
 */
interface BadInput extends ModelEdit {
  /** A chart misuse added to the cluster. */
  readonly extend?: (cluster: OceanidCluster) => void;
  /** Rule id or message fragment that must appear in the output. */
  readonly expect: string | RegExp;
}

/** An apps-layer chart to put a misuse in. */
function appChart(cluster: OceanidCluster, layer = FluxLayer.APPS): LayerChart {
  return new LayerChart(cluster.layer(layer), 'misuse', { model: cluster.model });
}

/** A container that passes every rule: pinned image, named port, requests and limits, probes. */
function goodContainer(model: OceanidCluster['model']) {
  return {
    image: ImageReference.fromModel(model, 'lsTritonAdapter'),
    ports: [{ name: 'http', port: 8080 }],
    resources: ResourceBudget.of({ cpu: '50m', memory: '64Mi' }),
    liveness: Probe.httpGet('/health', 'http'),
    readiness: Probe.httpGet('/health', 'http'),
  };
}

/** A Deployment that passes every rule, in the label-studio namespace; cases break one thing. */
function goodWorkload(scope: Construct, cluster: OceanidCluster, extra: Partial<ConstructorParameters<typeof HardenedDeployment>[2]> = {}): HardenedDeployment {
  return new HardenedDeployment(scope, 'web', {
    name: 'web',
    namespace: 'label-studio',
    containers: [goodContainer(cluster.model)],
    ...extra,
  });
}

/**
 * Replaces a typed object by a plain ApiObject holding its JSON with `ops` applied. The generated
 * classes re-map their JSON through their typed props, which would drop exactly the kind of
 * mistake (unknown fields, other versions) these cases inject.
 */
function rawPatch(obj: ApiObject, ...ops: JsonPatch[]): ApiObject {
  const json = JsonPatch.apply(obj.toJson(), ...ops);
  const scope = obj.node.scope!;
  const id = obj.node.id;
  scope.node.tryRemoveChild(id);
  return new ApiObject(scope, id, json);
}

/** The NetworkPolicy `name` the cluster renders. */
function policyNamed(cluster: OceanidCluster, name: string): ApiObject {
  return cluster.node.findAll().find((o): o is ApiObject => o instanceof ApiObject && o.kind === 'NetworkPolicy' && o.name === name)!;
}

/** Removes the NetworkPolicy `name`, as a hand edit of the output would. */
function removePolicy(cluster: OceanidCluster, name: string): void {
  const policy = policyNamed(cluster, name);
  policy.node.scope!.node.tryRemoveChild(policy.node.id);
}

/** goodWorkload with JSON patches applied to its Deployment. */
function patched(...ops: JsonPatch[]) {
  return (cluster: OceanidCluster) => rawPatch(goodWorkload(appChart(cluster), cluster).deployment, ...ops);
}

/** An extra HelmRelease (of the CloudNativePG chart) in infra-controllers, with JSON patches applied. */
function patchedRelease(...ops: JsonPatch[]) {
  return (cluster: OceanidCluster) => {
    const r = new HelmReleaseFromChart(appChart(cluster, FluxLayer.INFRA_CONTROLLERS), 'r', {
      name: 'extra',
      namespace: 'cnpg-system',
      chart: cluster.model.charts.cloudnativePg,
    });
    rawPatch(r.release, ...ops);
  };
}

/** The first ApiObject inside `scope`. */
function objectIn(scope: Construct): ApiObject {
  return scope.node.findAll().find((x): x is ApiObject => x instanceof ApiObject)!;
}

function configMap(data: Record<string, string>) {
  return (cluster: OceanidCluster) => new KubeConfigMap(appChart(cluster), 'cm', { metadata: { name: 'leak', namespace: 'label-studio' }, data });
}

/** The one rendered object of `kind` in the cluster. */
function onlyOf(cluster: OceanidCluster, kind: string): ApiObject {
  const found = cluster.node.findAll().filter((x): x is ApiObject => x instanceof ApiObject && x.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0];
}

/** A hand-written Flux Kustomization added to flux/<cluster>/oceanid/, beside the components' own. */
function extraKustomization(cluster: OceanidCluster, name: string, spec: { path?: string; dependsOn?: string[] }): ApiObject {
  return new ApiObject(cluster.node.findChild('flux-sync'), `ks-${name}`, {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system' },
    spec: {
      interval: '10m',
      sourceRef: { kind: 'GitRepository', name: 'oceanid' },
      path: spec.path ?? './dist/production/cloudflared',
      prune: true,
      ...(spec.dependsOn ? { dependsOn: spec.dependsOn.map((d) => ({ name: d })) } : {}),
    },
  });
}

const C0 = '/spec/template/spec/containers/0';
// The production GPU node and a node without a GPU, taken from the model (their names are facts of test/suites/facts.ts).
const production = productionModel();
const GPU_NODE = production.gpuInference!.node;
const GPU_NODE_INDEX = production.nodes.findIndex((n) => n.name === GPU_NODE);
const GPU_COUNT = production.nodes[GPU_NODE_INDEX].gpu!.count;
const CPU_NODE = production.nodes.find((n) => !n.gpu)!.name;

const cases: Record<string, BadInput> = {
  // Broken models.
  'misspelt node name': { model: (m) => (m.gpuInference!.node = 'calipso'), expect: 'gpuInference.node: "calipso" is not a node of this cluster' },
  'GPU count 0': { model: (m) => (m.gpuInference!.gpus = 0), expect: 'gpuInference.gpus: the GPU workload needs at least one GPU' },
  'GPU count over capacity': {
    model: (m) => (m.gpuInference!.gpus = GPU_COUNT + 1),
    expect: `gpuInference.gpus: asks for ${GPU_COUNT + 1} GPUs but node "${GPU_NODE}" has ${GPU_COUNT}`,
  },
  'GPU workload on a node without GPU': { model: (m) => (m.gpuInference!.node = m.nodes[0].name), expect: /gpuInference\.node: node "[a-z0-9-]+" has no GPU/ },
  'GPU workload with no GPU node at all': {
    model: (m) => {
      for (const node of m.nodes) delete node.gpu;
    },
    expect: /gpuInference\.node: node "[a-z0-9-]+" has no GPU: add a `gpu` block/,
  },
  'unknown top-level field': { model: (m) => ((m as Record<string, unknown>).clusterName = 'x'), expect: '(model): unknown field "clusterName"' },
  'wrong type': {
    model: (m) => ((m as Record<string, unknown>).baseDomain = 42),
    expect: 'baseDomain: Invalid input: expected string, received number (got 42)',
  },
  'duplicate hostname': {
    model: (m) => (m.labelStudio.hostname = 'gpu'),
    expect: 'labelStudio.hostname: "gpu.boathou.se" is already used by gpuInference.hostname',
  },
  'duplicate node name': { model: (m) => (m.nodes[2].name = m.nodes[1].name), expect: /nodes\[2\]\.name: "[a-z0-9-]+" is already the name of nodes\[1\]/ },
  'missing secret path': { model: (m) => delete (m.clusterTunnel as Record<string, unknown>).tokenEscPath, expect: 'clusterTunnel.tokenEscPath' },
  'secret value in place of an ESC path': {
    model: (m) => (m.labelStudio.secrets.secretKey = 'correct horse battery staple'),
    expect: 'labelStudio.secrets.secretKey: expected a dotted Pulumi ESC path',
  },
  'GPU node without taint': {
    model: (m) => (m.nodes[GPU_NODE_INDEX].taints = []),
    expect: `nodes[${GPU_NODE_INDEX}].taints: GPU node "${GPU_NODE}" has no NoSchedule taint`,
  },
  'no control-plane node': { model: (m) => (m.nodes[0].role = 'agent'), expect: 'nodes: no node has role "server"' },
  'chart version range': { model: (m) => (m.charts.certManager.version = '^1.21.0'), expect: 'charts.certManager.version: expected a pinned version' },
  'chart repository scheme': {
    model: (m) => (m.charts.cloudnativePg.repository = 'ftp://charts.example.com'),
    expect: 'charts.cloudnativePg.repository: expected an https:// or oci:// URL',
  },
  'base domain without a dot': { model: (m) => (m.baseDomain = 'boathouse'), expect: 'baseDomain: expected a domain name' },
  'unknown taint effect': { model: (m) => ((m.nodes[2].taints![0] as { effect: string }).effect = 'NoSchedul'), expect: 'nodes[2].taints[0].effect' },
  'batch size above the maximum': {
    model: (m) => (m.gpuInference!.model.preferredBatchSizes = [64]),
    expect: 'gpuInference.model.preferredBatchSizes: every preferred batch size must be at most maxBatchSize',
  },
  'bad ACME e-mail': { model: (m) => (m.certificates.acmeEmail = 'ops-at-boathou.se'), expect: 'certificates.acmeEmail: expected an e-mail address' },
  'bad K3s version': { model: (m) => (m.k3sVersion = '1.33'), expect: 'k3sVersion: expected a K3s release' },
  'resource limit below request': {
    model: (m) => (m.gpuInference!.resources.memoryLimit = '1Gi'),
    expect: 'resources.memoryLimit: 1Gi is below the request 8Gi',
  },

  // Broken image file.
  'missing image tag': { images: (t) => t.replace('    tag: 1.20.0\n', ''), expect: 'images.labelStudio.tag: a pinned image tag is required (missing)' },
  'latest tag': { images: (t) => t.replace('tag: 8.11.1', 'tag: latest'), expect: 'images.modelFetcher.tag: the tag "latest" is not pinned' },
  'tag inside the repository': {
    images: (t) => t.replace('repository: ghcr.io/cloudnative-pg/postgresql', 'repository: ghcr.io/cloudnative-pg/postgresql:17'),
    expect: 'images.postgres.repository',
  },
  'misspelt image name': {
    images: (t) => t.replace('  triton:\n', '  triton_:\n'),
    expect: 'images.triton: missing: gpuInference is set, which runs this image',
  },
  'image file is not YAML': { images: (t) => `${t}\n  bad: [unclosed\n`, expect: 'YAML error' },
  'image file without images': { images: () => 'tags: {}\n', expect: 'images: the file must hold an `images:` map' },

  // Chart misuse: workload hygiene and Pod Security.
  'pod without limits': { extend: patched(JsonPatch.remove(`${C0}/resources/limits`)), expect: 'hygiene/resources' },
  'container without probes': { extend: patched(JsonPatch.remove(`${C0}/livenessProbe`)), expect: 'hygiene/probes' },
  'unpinned image': { extend: patched(JsonPatch.replace(`${C0}/image`, 'ghcr.io/oceanid/web')), expect: 'hygiene/image-pinned' },
  'writable root filesystem': { extend: patched(JsonPatch.replace(`${C0}/securityContext/readOnlyRootFilesystem`, false)), expect: 'hygiene/read-only-root' },
  'privileged container': { extend: patched(JsonPatch.replace(`${C0}/securityContext/privileged`, true)), expect: 'pod-security/privileged' },
  'privilege escalation allowed': {
    extend: patched(JsonPatch.remove(`${C0}/securityContext/allowPrivilegeEscalation`)),
    expect: 'pod-security/allow-privilege-escalation',
  },
  'runs as root': { extend: patched(JsonPatch.replace('/spec/template/spec/securityContext/runAsUser', 0)), expect: 'pod-security/run-as-user' },
  // One fact, one rule: Pod Security reports host access; hygiene does not report it again.
  'host network': {
    extend: patched(JsonPatch.add('/spec/template/spec/hostNetwork', true)),
    expect: /^(?![\s\S]*hygiene\/host-access)[\s\S]*pod-security\/host-namespaces Deployment\/label-studio\/web spec\.template\.spec\.hostNetwork/,
  },
  'hostPath volume': {
    extend: patched(JsonPatch.add('/spec/template/spec/volumes/-', { name: 'host', hostPath: { path: '/var/run' } })),
    expect: /pod-security\/(host-path-volumes|restricted-volumes) Deployment\/label-studio\/web spec.template.spec.volumes\[1\]/,
  },
  'added capability': { extend: patched(JsonPatch.add(`${C0}/securityContext/capabilities/add`, ['NET_ADMIN'])), expect: 'pod-security/capabilities' },
  'replicas without a PodDisruptionBudget': { extend: patched(JsonPatch.replace('/spec/replicas', 2)), expect: 'hygiene/pdb' },
  'missing ConfigMap': {
    extend: patched(JsonPatch.add('/spec/template/spec/volumes/-', { name: 'cfg', configMap: { name: 'does-not-exist' } })),
    expect: 'hygiene/reference Deployment/label-studio/web spec.template.spec.volumes[1].configMap.name',
  },
  'Secret no ExternalSecret writes': {
    extend: patched(JsonPatch.add(`${C0}/env`, [{ name: 'API', valueFrom: { secretKeyRef: { name: 'nowhere', key: 'k' } } }])),
    expect: 'Secret "nowhere" does not exist in namespace "label-studio" and no ExternalSecret creates it',
  },
  'Service selecting nothing': {
    extend: (c) =>
      new KubeService(appChart(c), 's', {
        metadata: { name: 'orphan', namespace: 'label-studio' },
        spec: { selector: { app: 'nobody' }, ports: [{ port: 80 }] },
      }),
    expect: 'hygiene/service-selector Service/label-studio/orphan',
  },
  'Service port name no container has': {
    extend: (c) =>
      new KubeService(appChart(c), 's', {
        metadata: { name: 'ls2', namespace: 'label-studio' },
        spec: { selector: { 'app.kubernetes.io/name': 'label-studio' }, ports: [{ port: 80, targetPort: IntOrString.fromString('grpc') }] },
      }),
    expect: 'hygiene/service-port Service/label-studio/ls2 spec.ports[0].targetPort',
  },
  'namespace without default deny': {
    extend: (c) => {
      const chart = appChart(c);
      new KubeNamespace(chart, 'ns', { metadata: { name: 'loose' } });
      goodWorkload(chart, c, { namespace: 'loose' });
    },
    expect: 'hygiene/default-deny',
  },
  'namespace that nothing creates': { extend: (c) => goodWorkload(appChart(c), c, { namespace: 'nowhere' }), expect: 'flux/namespace Deployment/nowhere/web' },
  'the same object twice in one chart': {
    extend: (c) =>
      new KubeConfigMap(c.layer(FluxLayer.APPS).node.findChild('cloudflared'), 'dup', {
        metadata: { name: 'cloudflared-config', namespace: 'cloudflared' },
        data: {},
      }),
    expect: 'hygiene/unique-object',
  },
  'the same object in two components (two Kustomizations)': {
    extend: (c) => new KubeConfigMap(appChart(c), 'dup', { metadata: { name: 'cloudflared-config', namespace: 'cloudflared' }, data: {} }),
    expect: 'flux/single-owner',
  },

  // Chart misuse: GPU isolation.
  'web app tolerating the GPU taint': {
    extend: (c) => goodWorkload(appChart(c), c, { placement: PodPlacement.gpuNodeDaemon([GpuScheduling.forNode(c.model, GPU_NODE)], false) }),
    expect: 'gpu/undeclared-toleration Deployment/label-studio/web spec.template.spec.tolerations[0]',
  },
  'GPU request outside GpuWorkload': {
    extend: patched(JsonPatch.add(`${C0}/resources/limits/nvidia.com~1gpu`, 1), JsonPatch.add(`${C0}/resources/requests/nvidia.com~1gpu`, 1)),
    expect: 'gpu/request-outside-workload',
  },
  'ordinary workload requiring the GPU node by affinity': {
    extend: patched(
      JsonPatch.add('/spec/template/spec/affinity', {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [CPU_NODE, GPU_NODE] }] }],
          },
        },
      }),
    ),
    expect: `gpu/pinned-to-gpu-node Deployment/label-studio/web spec.template.spec.affinity.nodeAffinity: requires GPU node(s) "${GPU_NODE}"`,
  },
  'GPU-node daemon whose pods lost their written reason': {
    extend: (c) =>
      rawPatch(
        c.node.findAll().find((o): o is ApiObject => o instanceof ApiObject && o.kind === 'HelmRelease' && o.name === 'nvidia-device-plugin')!,
        JsonPatch.remove('/spec/values/podAnnotations'),
      ),
    expect: 'gpu/daemon-reason HelmRelease/nvidia-device-plugin/nvidia-device-plugin spec.values.podAnnotations',
  },
  'bare Pod tolerating the GPU taint without a written reason: the finding names its own metadata': {
    extend: (c) =>
      new KubePod(appChart(c), 'stray', {
        metadata: { name: 'stray', namespace: 'label-studio' },
        spec: { tolerations: GpuScheduling.forNode(c.model, GPU_NODE).tolerations, containers: [{ name: 'c', image: 'docker.io/library/busybox:1.37.0' }] },
      }),
    expect: 'gpu/daemon-reason Pod/label-studio/stray metadata.annotations: tolerates a GPU node',
  },
  'ordinary workload pinned to the GPU node': {
    extend: patched(JsonPatch.add('/spec/template/spec/nodeSelector', { 'kubernetes.io/hostname': GPU_NODE })),
    expect: 'gpu/pinned-to-gpu-node',
  },

  // Flows: what each pod needs, from its dnsPolicy, its hostnames and the tunnel's routes.
  'GPU app whose namespace keeps the cluster resolver while GpuWorkload uses the node one': {
    extend: (c) => {
      const chart = appChart(c);
      new OceanidNamespace(chart, 'ns', { name: 'ocr' });
      new GpuWorkload(chart, 'ocr', {
        name: 'ocr',
        namespace: 'ocr',
        gpu: GpuScheduling.forNode(c.model, GPU_NODE),
        containers: [goodContainer(c.model)],
      });
    },
    expect: "flow/dns Deployment/ocr/ocr spec.template.spec.dnsPolicy: misuse: dnsPolicy Default sends DNS to the node's resolver on 53/UDP",
  },
  'public hostname that no tunnel routes': {
    extend: (c) =>
      new PublicRoute(appChart(c), 'public', {
        route: TunnelRoute.toService(`shop.${c.model.baseDomain}`, 'label-studio', 'label-studio', 8085),
        pods: LABEL_STUDIO_PODS,
      }),
    expect: `flow/unrouted-hostname`,
  },
  "tunnel route whose target's ingress policy is gone": {
    extend: (c) => removePolicy(c, 'cloudflared-to-label-studio-ingress'),
    expect: 'label-studio: no NetworkPolicy allows the ingress cloudflared -> label-studio (label.boathou.se, pods of label-studio/label-studio port 8085/TCP)',
  },
  "Label Studio's egress to its ML backend gone": {
    extend: (c) => removePolicy(c, 'label-studio-to-ls-triton-adapter-egress'),
    expect:
      "label-studio: no NetworkPolicy allows the egress label-studio -> ls-triton-adapter (Label Studio's model backend, pods of label-studio/ls-triton-adapter",
  },
  "Postgres's egress to the API server gone": {
    extend: (c) => removePolicy(c, 'postgres-to-api-server-egress'),
    expect:
      'flow/missing-egress Namespace/label-studio metadata.name: label-studio: no NetworkPolicy of label-studio allows the egress to the API server 157.173.210.123/32 port 6443/TCP (declared as postgres-to-api-server)',
  },
  "cert-manager's egress to the API server narrowed to another address": {
    extend: (c) => rawPatch(policyNamed(c, 'cert-manager-to-api-server-egress'), JsonPatch.replace('/spec/egress/0/to/0/ipBlock/cidr', '157.173.210.124/32')),
    expect:
      'cert-manager: no NetworkPolicy of cert-manager allows the egress to the API server 157.173.210.123/32 port 6443/TCP (declared as cert-manager-to-api-server)',
  },
  "the tunnel's egress to Cloudflare's edge narrowed to 443": {
    extend: (c) => rawPatch(policyNamed(c, 'cloudflared-to-cloudflare-egress'), JsonPatch.replace('/spec/egress/0/ports', [{ port: 443, protocol: 'TCP' }])),
    expect: 'cloudflared: no NetworkPolicy of cloudflared allows the egress to the internet 0.0.0.0/0 port 7844/TCP (declared as cloudflared-to-cloudflare)',
  },
  "External Secrets' egress to Pulumi ESC excepting a public range": {
    extend: (c) => rawPatch(policyNamed(c, 'external-secrets-to-pulumi-esc-egress'), JsonPatch.add('/spec/egress/0/to/0/ipBlock/except/-', '104.16.0.0/13')),
    expect:
      'external-secrets: no NetworkPolicy of external-secrets allows the egress to the internet 0.0.0.0/0 port 443/TCP (declared as external-secrets-to-pulumi-esc)',
  },
  'workload pinned to a node whose taint it does not tolerate': {
    model: (m) =>
      m.nodes.push({
        name: 'spare',
        role: 'agent',
        address: '203.0.113.9',
        reachability: 'public',
        description: 'a worker under maintenance',
        taints: [{ key: 'maintenance', value: 'true', effect: 'NoSchedule' }],
      }),
    extend: patched(JsonPatch.add('/spec/template/spec/nodeSelector', { 'kubernetes.io/hostname': 'spare' })),
    expect:
      'flow/untolerated-taint Deployment/label-studio/web spec.template.spec: misuse: pinned to node spare, whose taint maintenance=true:NoSchedule it does not tolerate',
  },

  // Chart misuse: Flux graph and schema.
  'custom resource in the Kustomization that installs its CRD': {
    extend: (c) =>
      new PulumiSecret(c.layer(FluxLayer.INFRA_CONTROLLERS).node.findChild('external-secrets'), 'early', {
        name: 'early',
        namespace: 'external-secrets',
        data: { k: 'a.b' },
      }),
    expect:
      'flux/crd-order ExternalSecret/external-secrets/early apiVersion: "external-secrets.io" CRDs come from a HelmRelease in the same Kustomization "external-secrets"',
  },
  'dangling dependsOn': {
    extend: (c) => extraKustomization(c, 'extra', { dependsOn: ['monitoring'] }),
    expect: 'flux/depends-on Kustomization/flux-system/extra spec.dependsOn[0].name: depends on Kustomization "monitoring"',
  },
  'dependsOn cycle': {
    extend: (c) => {
      extraKustomization(c, 'extra-a', { dependsOn: ['extra-b'] });
      extraKustomization(c, 'extra-b', { dependsOn: ['extra-a'] });
    },
    expect: 'flux/depends-on-cycle',
  },
  'Kustomization path that is not rendered': {
    extend: (c) => extraKustomization(c, 'extra', { path: './dist/production/app' }),
    expect: 'flux/path Kustomization/flux-system/extra spec.path',
  },
  'HelmRelease source that is not rendered': {
    extend: patchedRelease(JsonPatch.replace('/spec/chart/spec/sourceRef/name', 'missing-repo')),
    expect: 'flux/source-ref HelmRelease/cnpg-system/extra spec.chart.spec.sourceRef',
  },
  'Alert naming a Provider that is not rendered': {
    extend: (c) => {
      const chart = c.layer(FluxLayer.INFRA_CONFIGS).node.findChild('flux-alerts');
      rawPatch(
        chart.node.findAll().find((x): x is ApiObject => x instanceof ApiObject && x.kind === 'Alert')!,
        JsonPatch.replace('/spec/providerRef/name', 'pagerduty'),
      );
    },
    expect: 'flux/source-ref Alert/flux-system/oceanid spec.providerRef: Provider "flux-system/pagerduty" is not rendered',
  },
  'HelmRelease chart version range': {
    extend: patchedRelease(JsonPatch.replace('/spec/chart/spec/version', '0.x')),
    expect: 'flux/chart-pinned',
  },
  'unknown field': {
    extend: patched(JsonPatch.add(`${C0}/imagePullPolicyy`, 'Always')),
    expect: 'schema Deployment/label-studio/web spec.template.spec.containers[0].imagePullPolicyy: unknown field',
  },
  'wrong field type': {
    extend: patched(JsonPatch.replace('/spec/replicas', 'two')),
    expect: 'schema Deployment/label-studio/web spec.replicas: must be integer',
  },
  'misspelt field deep inside a CRD object': {
    extend: (c) => rawPatch(onlyOf(c, 'ClusterSecretStore'), JsonPatch.add('/spec/provider/pulumi/organisation', 'oceanid')),
    expect: 'schema ClusterSecretStore/pulumi-esc spec.provider.pulumi.organisation: unknown field "organisation"',
  },
  'unknown kind': {
    extend: (c) => new ApiObject(appChart(c), 'w', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'label-studio' } }),
    expect: 'unknown kind Widget in API group "example.com"',
  },
  'unserved version': {
    extend: (c) =>
      rawPatch(
        objectIn(new PulumiSecret(appChart(c), 's', { name: 'old', namespace: 'label-studio', data: { k: 'a.b' } })),
        JsonPatch.replace('/apiVersion', 'external-secrets.io/v1beta1'),
      ),
    expect: 'external-secrets.io/v1beta1 ExternalSecret is not a served version (served: v1)',
  },
  'namespaced field on a cluster-scoped object': {
    extend: (c) =>
      new ApiObject(appChart(c, FluxLayer.INFRA_CONFIGS), 'ci', {
        apiVersion: 'cert-manager.io/v1',
        kind: 'ClusterIssuer',
        metadata: { name: 'self', namespace: 'cert-manager' },
        spec: { selfSigned: {} },
      }),
    expect: 'ClusterIssuer is cluster-scoped: remove the namespace',
  },

  // Chart misuse: the CRDs' CEL rules (x-kubernetes-validations).
  'HelmRelease with both chart and chartRef': {
    extend: patchedRelease(JsonPatch.add('/spec/chartRef', { kind: 'OCIRepository', name: 'cert-manager', namespace: 'flux-system' })),
    expect: 'schema HelmRelease/cnpg-system/extra spec: either chart or chartRef must be set',
  },
  'secret store with both auth and the deprecated accessToken': {
    extend: (c) =>
      rawPatch(onlyOf(c, 'ClusterSecretStore'), JsonPatch.add('/spec/provider/pulumi/accessToken', { secretRef: { name: 'token', key: 'accessToken' } })),
    expect: "schema ClusterSecretStore/pulumi-esc spec.provider.pulumi: Exactly one of 'auth' or deprecated 'accessToken' must",
  },
  'Postgres cluster with both imageName and an image catalog': {
    extend: (c) =>
      rawPatch(
        onlyOf(c, 'Cluster'),
        JsonPatch.add('/spec/imageCatalogRef', { apiGroup: 'postgresql.cnpg.io', kind: 'ImageCatalog', name: 'postgres', major: 17 }),
      ),
    expect: 'spec: imageName and imageCatalogRef are mutually exclusive',
  },
  'GitRepository service account without the azure provider': {
    extend: (c) => rawPatch(onlyOf(c, 'GitRepository'), JsonPatch.add('/spec/serviceAccountName', 'flux-reader')),
    expect: "schema GitRepository/flux-system/oceanid spec: serviceAccountName can only be set when provider is 'azure'",
  },

  // Chart misuse: secrets.
  'literal token in an env var': {
    extend: patched(JsonPatch.add(`${C0}/env`, [{ name: 'TUNNEL_TOKEN', value: 'eyJhIjoiNGY2ZTM4YjEyYzQ1IiwidCI6ImQ3YzQwYjYyIiwicyI6Ik1UaGlZVEEzIn0=' }])),
    expect: /secrets\/env-literal[\s\S]*secrets\/literal/,
  },
  'Secret with data': {
    extend: (c) =>
      new ApiObject(appChart(c), 's', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'label-studio' }, data: { k: 'aGVsbG8=' } }),
    expect: 'secrets/no-secret-data Secret/label-studio/s data',
  },
  'ExternalSecret without a store': {
    extend: (c) => {
      rawPatch(
        objectIn(new PulumiSecret(appChart(c), 's', { name: 'orphan', namespace: 'label-studio', data: { k: 'a.b' } })),
        JsonPatch.replace('/spec/secretStoreRef/name', 'vault'),
      );
    },
    expect: 'secrets/store ExternalSecret/label-studio/orphan spec.secretStoreRef',
  },
  'private key in a ConfigMap': {
    extend: configMap({ 'tls.key': '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----' }),
    expect: 'looks like a private key',
  },
  'connection string with a password': {
    extend: configMap({ url: 'postgres://sink:s3cretpass@db.example.com:5432/staging' }),
    expect: 'looks like a connection string with a password',
  },
  'high-entropy string': { extend: configMap({ key: 'q8Xf2LrT9vKw3ZpN7mYc1HsB4dGj6QaE0uVi' }), expect: 'high-entropy string "q8Xf2LrT…"' },
  'GitHub token': { extend: configMap({ token: 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' }), expect: 'looks like a GitHub token' },
};

describe('bad input stops the synth, names the problem and leaves dist/ and flux/ byte-identical', () => {
  it('covers at least 40 cases', () => expect(Object.keys(cases).length).toBeGreaterThanOrEqual(40));

  const repo = badInputRepo();
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const { code, output, after } = repo.synth(c, { extend: c.extend });
    expect(code).toBe(1);
    if (typeof c.expect === 'string') expect(output).toContain(c.expect);
    else expect(output).toMatch(c.expect);
    expect(output).toMatch(/nothing was written/);
    expect(after).toEqual(repo.before);
  });
});
