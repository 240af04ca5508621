import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { KubeDeployment } from '../../imports/k8s';
import { FluxLayer } from '../../lib/flux-layer';
import { GpuNodeDaemon } from '../../lib/gpu-node-daemon';
import { GpuScheduling, toleratesTaint } from '../../lib/gpu-scheduling';
import { GpuWorkload } from '../../lib/gpu-workload';
import { HardenedDeployment } from '../../lib/hardened-deployment';
import { HelmReleaseFromChart } from '../../lib/helm-release-from-chart';
import { ImageReference } from '../../lib/image-reference';
import { LayerChart } from '../../lib/layer-chart';
import { PodPlacement } from '../../lib/pod-placement';
import { Probe } from '../../lib/probe';
import { ResourceBudget } from '../../lib/resource-budget';
import { gpuFindings } from '../../policy/gpu';
import { renderCluster } from '../../synth/render';
import { gpuInvariantViolations } from '../gpu-invariants';
import { productionModel, testChart } from '../helpers';
import { addGpuNode, whatIfModel } from '../models/what-if';

const model = whatIfModel();
const gpu = GpuScheduling.forNode(model, 'test-gpu-a');
const container = {
  image: ImageReference.fromModel(model, 'triton'),
  resources: ResourceBudget.of({ cpu: '1', memory: '1Gi' }),
  liveness: Probe.tcp(8000),
  readiness: Probe.tcp(8000),
};

function podSpecOf(scope: Construct): any {
  const deployment = scope.node.findAll().find((c) => c instanceof KubeDeployment) as KubeDeployment;
  return deployment.toJson().spec.template.spec;
}

describe('GpuScheduling', () => {
  it('derives one exact toleration per taint of the GPU node', () => {
    expect(gpu.tolerations).toEqual([{ key: 'workload-type', operator: 'Equal', value: 'gpu-compute', effect: 'NoSchedule' }]);
    expect(gpu.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'test-gpu-a' });
    expect(gpu.capacity).toBe(2);
  });

  it('follows the node model: a second taint becomes a second toleration', () => {
    const changed = whatIfModel((m) => m.nodes.find((n) => n.gpu)!.taints!.push({ key: 'nvidia.com/gpu', value: 'present', effect: 'NoExecute' }));
    expect(GpuScheduling.forNode(changed, 'test-gpu-a').tolerations).toHaveLength(2);
  });

  it('refuses a node that is unknown or has no GPU, naming the field', () => {
    expect(() => GpuScheduling.forNode(model, 'test-gpu-z', 'gpuInference.node')).toThrow('gpuInference.node: "test-gpu-z" is not a node of cluster "what-if"');
    const worker = model.nodes.find((n) => !n.gpu)!.name;
    expect(() => GpuScheduling.forNode(model, worker)).toThrow(`node "${worker}" has no GPU`);
  });

  it('matches tolerations to taints the way the scheduler does', () => {
    const taint = gpu.taints[0];
    expect(toleratesTaint({ operator: 'Exists' }, taint)).toBe(true);
    expect(toleratesTaint({ key: 'workload-type', operator: 'Exists' }, taint)).toBe(true);
    expect(toleratesTaint({ key: 'workload-type', operator: 'Equal', value: 'other' }, taint)).toBe(false);
    expect(toleratesTaint({ key: 'workload-type', operator: 'Equal', value: 'gpu-compute', effect: 'NoExecute' }, taint)).toBe(false);
    expect(toleratesTaint({ key: 'nvidia.com/gpu', operator: 'Exists' }, taint)).toBe(false);
  });
});

describe('GpuWorkload', () => {
  it('tolerates exactly the model taint, selects exactly the GPU node, uses the nvidia runtime and requests the GPUs', () => {
    const { chart } = testChart();
    const w = new GpuWorkload(chart, 'w', { name: 'infer', namespace: 'gpu', gpu, containers: [container] });
    const spec = podSpecOf(w);
    expect(spec.tolerations).toEqual(gpu.tolerations);
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'test-gpu-a' });
    expect(spec.runtimeClassName).toBe('nvidia');
    expect(spec.containers[0].resources.limits['nvidia.com/gpu']).toBe(1);
    expect(spec.containers[0].resources.requests['nvidia.com/gpu']).toBe(1);
    const deployment = (w.node.findAll().find((c) => c instanceof KubeDeployment) as KubeDeployment).toJson();
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('refuses 0 GPUs and more GPUs than the node has', () => {
    const { chart } = testChart();
    expect(() => new GpuWorkload(chart, 'zero', { name: 'infer', namespace: 'gpu', gpu, gpus: 0, containers: [container] })).toThrow(
      'infer.gpus: 0 is not a GPU count',
    );
    expect(() => new GpuWorkload(chart, 'two', { name: 'infer', namespace: 'gpu', gpu, gpus: 3, containers: [container] })).toThrow(
      'exceeds the 2 GPU(s) of node "test-gpu-a"',
    );
  });
});

describe('GpuNodeDaemon', () => {
  it('tolerates and selects the GPU node without requesting a GPU', () => {
    const { chart } = testChart();
    const daemon = new GpuNodeDaemon(chart, 'd', { nodes: [gpu], reason: 'connector that must run beside the GPU' });
    new HardenedDeployment(daemon, 'x', {
      name: 'x',
      namespace: 'gpu',
      placement: daemon.placement,
      containers: [{ ...container, image: ImageReference.fromModel(model, 'cloudflared') }],
    });
    const spec = podSpecOf(daemon);
    expect(spec.tolerations).toEqual(gpu.tolerations);
    expect(spec.nodeSelector).toEqual(gpu.nodeSelector);
    expect(spec.runtimeClassName).toBeUndefined();
    expect(spec.containers[0].resources.limits['nvidia.com/gpu']).toBeUndefined();
  });

  it('needs a reason', () => {
    const { chart } = testChart();
    expect(() => new GpuNodeDaemon(chart, 'd', { nodes: [gpu], reason: '' })).toThrow('d.reason: say why this daemon must run on GPU node "test-gpu-a"');
  });
});

describe('a second GPU node', () => {
  const twoGpuNodes = whatIfModel((m) =>
    m.nodes.push({
      name: 'test-gpu-b',
      role: 'agent',
      address: '10.0.0.2',
      reachability: 'nat',
      description: 'second GPU workstation',
      taints: [
        { key: 'workload-type', value: 'gpu-compute', effect: 'NoSchedule' },
        { key: 'gpu-model', value: 'rtx-3090', effect: 'NoSchedule' },
      ],
      gpu: { vendor: 'nvidia', model: 'RTX-3090', count: 2 },
    }),
  );
  const cluster = renderCluster(twoGpuNodes);

  it('gets the device plugin too: tolerations of both nodes, affinity to both, no single-node selector', () => {
    const release = cluster.objects.find((o) => o.manifest.kind === 'HelmRelease' && o.manifest.metadata.name === 'nvidia-device-plugin')!.manifest as any;
    expect(release.spec.values.tolerations).toEqual([
      { key: 'workload-type', operator: 'Equal', value: 'gpu-compute', effect: 'NoSchedule' },
      { key: 'gpu-model', operator: 'Equal', value: 'rtx-3090', effect: 'NoSchedule' },
    ]);
    expect(release.spec.values.nodeSelector).toBeUndefined();
    expect(release.spec.values.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual([
      'test-gpu-a',
      'test-gpu-b',
    ]);
    expect(gpuFindings(cluster.objects, twoGpuNodes)).toEqual([]);
  });

  it('a GpuWorkload on it tolerates exactly its taints and may use both GPUs', () => {
    const { chart } = testChart();
    const w = new GpuWorkload(chart, 'w', {
      name: 'ner',
      namespace: 'gpu',
      gpu: GpuScheduling.forNode(twoGpuNodes, 'test-gpu-b'),
      gpus: 2,
      containers: [container],
    });
    const spec = podSpecOf(w);
    expect(spec.tolerations.map((t: any) => t.key)).toEqual(['workload-type', 'gpu-model']);
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'test-gpu-b' });
    expect(spec.containers[0].resources.limits['nvidia.com/gpu']).toBe(2);
  });
});

describe('GPU invariants hold for every what-if cluster', () => {
  const clusters: Record<string, () => ReturnType<typeof whatIfModel>> = {
    production: () => productionModel(),
    'the test model': () => whatIfModel(),
    'Triton with both GPUs of its node': () => whatIfModel((m) => (m.gpuInference!.gpus = 2)),
    'a second GPU node with its own taint, Triton moved onto it': () =>
      whatIfModel((m) => {
        addGpuNode(m, 'test-gpu-b', '10.0.0.2');
        m.gpuInference!.node = 'test-gpu-b';
      }),
    'a GPU node with two taints': () =>
      whatIfModel((m) => m.nodes.find((n) => n.gpu)!.taints!.push({ key: 'nvidia.com/gpu', value: 'present', effect: 'NoExecute' })),
    'no GPU node and no GPU path': () =>
      whatIfModel((m) => {
        m.nodes = m.nodes.filter((n) => !n.gpu);
        m.nodes.push({ name: 'test-worker-b', role: 'agent', address: '198.51.100.3', reachability: 'public', description: 'fictional worker' });
        delete m.gpuInference;
        delete m.lsTritonAdapter;
      }),
  };

  it.each(Object.keys(clusters))(
    '%s: nothing but GPU workloads and declared GPU-node daemons tolerates a GPU taint; every GPU pod selects a GPU node with enough GPUs',
    (name) => {
      const m = clusters[name]();
      const cluster = renderCluster(m);
      expect(gpuInvariantViolations(cluster)).toEqual([]);
      expect(gpuFindings(cluster.objects, m)).toEqual([]);
    },
  );

  it('the invariant check itself catches a pod that tolerates a GPU taint outside the declared constructs', () => {
    const cluster = renderCluster(model, {
      extend: (c) =>
        new HardenedDeployment(new LayerChart(c.layer(FluxLayer.APPS), 'stray', { model }), 'stray', {
          name: 'stray',
          namespace: 'label-studio',
          placement: PodPlacement.gpuWorkload(gpu),
          containers: [container],
        }),
    });
    expect(gpuInvariantViolations(cluster)).toEqual(["Deployment/label-studio/stray tolerates a GPU node's taint"]);
  });

  it('a cluster without a GPU node renders no device plugin and no GPU workload', () => {
    const cluster = renderCluster(clusters['no GPU node and no GPU path']());
    expect(cluster.objects.filter((o) => o.manifest.kind === 'HelmRelease' && o.manifest.metadata.name === 'nvidia-device-plugin')).toEqual([]);
    expect(cluster.objects.filter((o) => GpuWorkload.isInside(o.source))).toEqual([]);
  });
});

describe('the GPU policy catches misuse', () => {
  function gpuFindingsFor(build: (scope: Construct) => void, forModel = model) {
    const { chart } = testChart();
    build(chart);
    const objects = chart.node
      .findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject)
      .map((source) => ({ manifest: source.toJson(), source, file: 'x.yaml', kustomization: 'apps', cluster: 'production' }));
    return gpuFindings(objects, forModel);
  }

  function findingsFor(build: (scope: Construct) => void): string[] {
    return gpuFindingsFor(build).map((f) => `${f.rule} ${f.object} ${f.path}`);
  }

  it('reports an undeclared toleration once per object, naming every GPU node it tolerates', () => {
    const twoGpuNodes = whatIfModel((m) => addGpuNode(m, 'test-gpu-b', '10.0.0.2'));
    const found = gpuFindingsFor((s) => {
      new HelmReleaseFromChart(s, 'r', { name: 'r', namespace: 'x', chart: model.charts.cloudnativePg, values: { tolerations: [{ operator: 'Exists' }] } });
    }, twoGpuNodes);
    expect(found.map((f) => `${f.rule} ${f.object} ${f.path}`)).toEqual(['gpu/undeclared-toleration HelmRelease/x/r spec.values.tolerations[0]']);
    expect(found[0].message).toContain(
      'workload-type=gpu-compute:NoSchedule of GPU node "test-gpu-a", workload-type=gpu-test-gpu-b:NoSchedule of GPU node "test-gpu-b"',
    );
  });

  it('a web app that tolerates the GPU taint', () => {
    expect(
      findingsFor(
        (s) => new HardenedDeployment(s, 'web', { name: 'web', namespace: 'apps', placement: PodPlacement.gpuWorkload(gpu), containers: [container] }),
      ),
    ).toEqual([
      'gpu/undeclared-toleration Deployment/apps/web spec.template.spec.tolerations[0]',
      'gpu/pinned-to-gpu-node Deployment/apps/web spec.template.spec.nodeSelector',
    ]);
  });

  it('a hand-written GPU request outside GpuWorkload', () => {
    expect(
      findingsFor(
        (s) => new HardenedDeployment(s, 'web', { name: 'web', namespace: 'apps', containers: [{ ...container, extendedResources: { 'nvidia.com/gpu': 1 } }] }),
      ),
    ).toEqual(['gpu/request-outside-workload Deployment/apps/web spec.template.spec.containers']);
  });

  it('a HelmRelease whose values tolerate the taint', () => {
    expect(
      findingsFor((s) => {
        new HelmReleaseFromChart(s, 'r', { name: 'r', namespace: 'x', chart: model.charts.cloudnativePg, values: { tolerations: [{ operator: 'Exists' }] } });
      }),
    ).toEqual(['gpu/undeclared-toleration HelmRelease/x/r spec.values.tolerations[0]']);
  });
});
