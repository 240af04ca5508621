import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiObject, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { PublicRoute } from '../../lib/public-route';
import { TunnelRoute } from '../../lib/tunnel-route';
import { COMPONENTS } from '../../charts/components';
import { component } from '../../lib/component';
import { OceanidCluster } from '../../charts/oceanid-cluster';
import { FluxLayer } from '../../lib/flux-layer';
import { HelmOperator } from '../../lib/helm-operator';
import { ImageReference } from '../../lib/image-reference';
import { LabelStudioBackend } from '../../lib/label-studio-backend';
import { LayerChart } from '../../lib/layer-chart';
import { Endpoint } from '../../lib/allow-traffic';
import { ResourceBudget } from '../../lib/resource-budget';
import { renderCluster } from '../../synth/render';
import { modelWith, productionModel, repoRoot, testApp, testChart } from '../helpers';
import { whatIfModel } from '../models/what-if';

const model = productionModel();
const names = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind).map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`);

describe('the component table', () => {
  it('names each component once, and its chart lives in charts/<layer>/<name>.ts, exported under the class name', () => {
    expect(new Set(COMPONENTS.map((c) => c.name)).size).toBe(COMPONENTS.length);
    for (const row of COMPONENTS) {
      const file = join(repoRoot, 'charts', row.layer.name, `${row.name}.ts`);
      expect(existsSync(file)).toBe(true);
      expect((require(file) as Record<string, unknown>)[row.chart.name]).toBe(row.chart);
      // The file is the class name in kebab case.
      expect(row.chart.name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()).toBe(row.name);
    }
  });

  it('has a row for every chart file under charts/<layer>/, so no chart is built outside the table', () => {
    const files = FluxLayer.ALL.flatMap((layer) => readdirSync(join(repoRoot, 'charts', layer.name)).map((f) => `${layer.name}/${f}`));
    expect(files.sort()).toEqual(COMPONENTS.map((c) => `${c.layer.name}/${c.name}.ts`).sort());
  });

  it("runs a component exactly when its block is in the cluster's model", () => {
    const built = (m = model) => {
      const cluster = new OceanidCluster(testApp(), m.name, { model: m });
      return cluster.node
        .findAll()
        .filter((c): c is LayerChart => LayerChart.isLayerChart(c))
        .map((c) => `${c.layer.name}/${c.node.id}`);
    };
    expect(built().sort()).toEqual(COMPONENTS.map((c) => `${c.layer.name}/${c.name}`).sort());
    const withoutGpuPath = built(
      modelWith((m) => {
        delete m.gpuInference;
        delete m.lsTritonAdapter;
        delete m.alerts;
      }),
    );
    expect(withoutGpuPath).not.toContain('apps/triton');
    expect(withoutGpuPath).not.toContain('apps/ls-triton-adapter');
    expect(withoutGpuPath).not.toContain('infra-configs/flux-alerts');
    expect(withoutGpuPath).toContain('apps/label-studio');
  });

  it('walks the table it is given: a row runs when its block function returns a block, and only then', () => {
    const components = [
      component({ name: 'present', layer: FluxLayer.APPS, block: (m) => m.annotationsSink, chart: LayerChart }),
      component({ name: 'absent', layer: FluxLayer.INFRA_CONFIGS, block: () => undefined, chart: LayerChart }),
    ];
    const rest = COMPONENTS.filter((c) => c.name !== 'annotations-sink');
    const cluster = new OceanidCluster(testApp(), model.name, { model, components: [...components, ...rest] });
    const charts = cluster.node.findAll().filter((c): c is LayerChart => LayerChart.isLayerChart(c));
    expect(charts.map((c) => `${c.layer.name}/${c.node.id}`).sort()).toEqual(['apps/present', ...rest.map((c) => `${c.layer.name}/${c.name}`)].sort());
    expect(() => component({ name: 'Not_Kebab', layer: FluxLayer.APPS, block: () => 1, chart: LayerChart })).toThrow(
      'component "Not_Kebab": the name is a kebab-case file name',
    );
  });

  it("no chart file imports another component's chart: peers are named through lib/ and the model", () => {
    for (const row of COMPONENTS) {
      const text = readFileSync(join(repoRoot, 'charts', row.layer.name, `${row.name}.ts`), 'utf8');
      const specifiers = [...text.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect({ chart: row.name, intoCharts: specifiers.filter((s) => s.startsWith('./') || /^\.\.\/(apps|infra-[a-z]+)\//.test(s)) }).toEqual({
        chart: row.name,
        intoCharts: [],
      });
    }
  });

  it('the cluster tunnel routes every PublicRoute a component declares, and allows the tunnel to reach its pods', () => {
    class Shop extends LayerChart {
      constructor(scope: Construct, id: string, props: ComponentProps<unknown>) {
        super(scope, id, props);
        new PublicRoute(this, 'public', {
          route: TunnelRoute.toService(`shop.${props.model.baseDomain}`, 'shop', 'shop', 8080),
          pods: Endpoint.pods('shop', { 'app.kubernetes.io/name': 'shop' }),
        });
      }
    }
    const components = [component({ name: 'shop', layer: FluxLayer.APPS, block: () => ({}), chart: Shop }), ...COMPONENTS];
    const cluster = new OceanidCluster(testApp(), model.name, { model, components });
    const objects = cluster.node.findAll().flatMap((c) => (c instanceof ApiObject ? [c.toJson()] : []));
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'cloudflared-config');
    expect(config.data['config.yaml']).toContain('hostname: shop.boathou.se');
    expect(config.data['config.yaml']).toContain(`hostname: label.${model.baseDomain}`);
    expect(names(objects, 'NetworkPolicy')).toEqual(expect.arrayContaining(['cloudflared/cloudflared-to-shop-egress', 'shop/cloudflared-to-shop-ingress']));
  });

  it('refuses a model block that no row of the table reads', () => {
    const withoutSink = COMPONENTS.filter((c) => c.name !== 'annotations-sink');
    expect(() => new OceanidCluster(testApp(), model.name, { model, components: withoutSink })).toThrow(
      'annotationsSink: no component reads this block: add its row to charts/components.ts (block: (m) => m.annotationsSink) or remove the block from the model',
    );
  });

  it('puts a chart in the folder of the layer scope it is built in; a chart outside any layer is refused', () => {
    const cluster = new OceanidCluster(testApp(), model.name, { model });
    expect(new LayerChart(cluster.layer(FluxLayer.INFRA_CONFIGS), 'x', { model }).layer).toBe(FluxLayer.INFRA_CONFIGS);
    expect(() => new LayerChart(cluster, 'y', { model })).toThrow('a layer chart is built inside a Flux layer');
  });
});

describe('HelmOperator', () => {
  const { chart } = testChart();
  new HelmOperator(chart, 'op', {
    apiServer: Endpoint.kubeApiServer(model),
    name: 'demo-operator',
    namespace: 'demo-system',
    chart: { repository: 'https://charts.example.com', chart: 'demo-operator', version: '1.2.3' },
    crdGroups: ['demo.example.com'],
    webhook: { podLabels: { 'app.kubernetes.io/component': 'webhook' }, port: 9443 },
    policyPrefix: 'demo',
    egress: [{ name: 'demo-to-internet', to: Endpoint.internet(), ports: [443], fromPods: { 'app.kubernetes.io/component': 'controller' } }],
  });
  const objects = Testing.synth(chart);

  it('renders its namespace, chart source and release', () => {
    expect(names(objects, 'Namespace')).toEqual(['/demo-system']);
    expect(names(objects, 'HelmRepository')).toEqual(['flux-system/demo-operator']);
    expect(names(objects, 'HelmRelease')).toEqual(['demo-system/demo-operator']);
  });

  it('opens the API server to its webhook and its pods to the API server, and only the flows it names', () => {
    expect(names(objects, 'NetworkPolicy')).toEqual([
      // The namespace's own: deny by default, DNS allowed.
      'demo-system/default-deny',
      'demo-system/allow-dns-egress',
      'demo-system/demo-to-api-server-egress',
      'demo-system/demo-to-internet-egress',
      'demo-system/api-server-to-demo-webhook-ingress',
    ]);
    const webhook = objects.find((o) => o.metadata.name === 'api-server-to-demo-webhook-ingress');
    expect(webhook.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/component': 'webhook' });
    expect(webhook.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9443 }]);
    const egress = objects.find((o) => o.metadata.name === 'demo-to-internet-egress');
    expect(egress.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/component': 'controller' });
  });
});

describe('LabelStudioBackend', () => {
  const { chart } = testChart();
  const backend = new LabelStudioBackend(chart, 'b', {
    name: 'demo-backend',
    namespace: 'label-studio',
    component: 'ml-backend',
    containerName: 'backend',
    image: ImageReference.fromModel(model, 'annotationsSink'),
    port: 9090,
    env: [{ name: 'MODE', value: 'demo' }],
    resources: ResourceBudget.of({ cpu: '50m', memory: '64Mi', cpuLimit: '100m', memoryLimit: '128Mi' }),
    labelStudio: Endpoint.pods('label-studio', { 'app.kubernetes.io/name': 'label-studio' }),
    setting: { kind: 'webhooks', path: '/hook' },
  });
  const objects = Testing.synth(chart);

  it('is reachable from Label Studio only, at the URL its project settings take', () => {
    expect(backend.url).toBe('http://demo-backend.label-studio.svc.cluster.local:9090/hook');
    expect(backend.setting).toBe('webhooks');
    expect(names(objects, 'Service')).toEqual(['label-studio/demo-backend']);
    expect(names(objects, 'NetworkPolicy')).toEqual(['label-studio/label-studio-to-demo-backend-egress', 'label-studio/label-studio-to-demo-backend-ingress']);
  });

  it('passes its port as PORT before its own environment, and probes /health', () => {
    const container = objects.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0];
    expect(container.name).toBe('backend');
    expect(container.env).toEqual([
      { name: 'PORT', value: '9090' },
      { name: 'MODE', value: 'demo' },
    ]);
    expect(container.readinessProbe.httpGet).toMatchObject({ path: '/health', port: 'http' });
  });
});

describe('component sizes come from their model blocks (docs/model.md, "Model or chart constant")', () => {
  it("Triton's model volume, Label Studio's and the sink's containers follow their blocks", () => {
    const resources = { cpu: '300m', memory: '640Mi', cpuLimit: '3', memoryLimit: '3Gi' };
    const cluster = renderCluster(
      modelWith((m) => {
        m.gpuInference!.modelStorage = '5Gi';
        m.labelStudio.resources = resources;
        m.annotationsSink.resources = resources;
      }),
    );
    const pvc = cluster.objects.find((o) => o.manifest.kind === 'PersistentVolumeClaim' && o.manifest.metadata.name === 'triton-model-store')!.manifest as any;
    expect(pvc.spec.resources.requests.storage).toBe('5Gi');
    const container = (deployment: string, name: string) =>
      (
        cluster.objects.find((o) => o.manifest.kind === 'Deployment' && o.manifest.metadata.name === deployment)!.manifest as any
      ).spec.template.spec.containers.find((c: any) => c.name === name);
    for (const [deployment, name] of [
      ['label-studio', 'app'],
      ['annotations-sink', 'sink'],
    ]) {
      expect(container(deployment, name).resources).toEqual({ requests: { cpu: '300m', memory: '640Mi' }, limits: { cpu: '3', memory: '3Gi' } });
    }
  });
});

describe("the cluster tunnel's placement looks at node taints", () => {
  const tunnelNodes = (m: ReturnType<typeof whatIfModel>) => {
    const d = renderCluster(m).objects.find((o) => o.manifest.kind === 'Deployment' && o.manifest.metadata.name === 'cloudflared')!.manifest as any;
    return d.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values;
  };
  const taint = { key: 'maintenance', value: 'true', effect: 'NoSchedule' as const };

  it('leaves out a node whose taint the connector does not tolerate', () => {
    const m = whatIfModel((input) => {
      input.nodes[1].taints = [taint];
      input.nodes.push({ name: 'test-worker-b', role: 'agent', address: '198.51.100.3', reachability: 'public', description: 'fictional second worker' });
    });
    expect(tunnelNodes(m)).toEqual(['test-server', 'test-worker-b']);
  });

  it('keeps a node whose taint is only PreferNoSchedule', () => {
    expect(tunnelNodes(whatIfModel((input) => (input.nodes[1].taints = [{ ...taint, effect: 'PreferNoSchedule' }])))).toEqual(['test-server', 'test-worker']);
  });

  it('refuses the model when fewer than two such nodes remain, naming the fix', () => {
    expect(() => renderCluster(whatIfModel((input) => (input.nodes[1].taints = [taint])))).toThrow(
      'nodes: the cluster tunnel runs 2 replicas on separate nodes without a GPU or a taint it does not tolerate; the model has 1 (test-server): add such a node or remove a taint',
    );
  });
});
