import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { KubeConfigMap, KubePersistentVolumeClaim, Quantity } from '../../imports/k8s';
import { allowCloudflareEdge, CloudflaredTunnel } from '../../lib/cloudflared-tunnel';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { GpuScheduling } from '../../lib/gpu-scheduling';
import { GpuWorkload } from '../../lib/gpu-workload';
import { ImageReference } from '../../lib/image-reference';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { AllowTraffic, Endpoint } from '../../lib/allow-traffic';
import { Probe } from '../../lib/probe';
import { ResourceBudget } from '../../lib/resource-budget';
import { TRITON_LABEL_FILE, TritonModelConfig } from '../../lib/triton-model-config';
import { TunnelRoute } from '../../lib/tunnel-route';
import { GpuInferenceModel } from '../../model/schema';
import { publicHostname } from '../../model/hostname';

export const GPU_NAMESPACE = 'gpu-inference';
const NAME = 'triton';
export const TRITON_HTTP_PORT = 8000;
const MODEL_ROOT = '/models';

/** Fetches the ONNX file once into the model store and refuses it when its checksum differs. */
const FETCH_SCRIPT = [
  'set -eu',
  'target=/store/model.onnx',
  'if [ -s "$target" ] && { [ -z "$MODEL_SHA256" ] || echo "$MODEL_SHA256  $target" | sha256sum -c -s; }; then exit 0; fi',
  'curl --fail --silent --show-error --location --retry 5 --output "$target.part" "$MODEL_URL"',
  'if [ -n "$MODEL_SHA256" ]; then echo "$MODEL_SHA256  $target.part" | sha256sum -c -; fi',
  'mv "$target.part" "$target"',
].join('\n');

/**
 * The GPU half of the Calypso contract: Triton on the GPU node serving the declared model, its
 * model repository (config.pbtxt generated from the model, the ONNX file fetched by an init
 * container), and the node tunnel that publishes Triton's HTTP port as `gpu.<base>`.
 *
 * The GPU node sits behind NAT, CoreDNS does not run there, and pod traffic to the VPS nodes
 * crosses the internet, so the path is kept inside one pod on that node: cloudflared runs as a
 * sidecar with origin `http://localhost:8000`, and the pod resolves names (Cloudflare's edge,
 * the model host) through the node's own resolver.
 */
export class Triton extends LayerChart {
  readonly route: TunnelRoute;

  constructor(scope: Construct, id: string, props: ComponentProps<GpuInferenceModel>) {
    super(scope, id, props);
    const { model, block: inference } = props;
    const gpu = GpuScheduling.forNode(model, inference.node, 'gpuInference.node');
    const config = TritonModelConfig.fromModel(inference.model, inference.gpus);
    this.route = TunnelRoute.toLocalPort(publicHostname(model, inference.hostname), TRITON_HTTP_PORT);

    new OceanidNamespace(this, 'namespace', { name: GPU_NAMESPACE, dnsResolver: 'node' });
    const tunnel = new CloudflaredTunnel(this, 'node-tunnel', {
      name: 'cloudflared-node',
      namespace: GPU_NAMESPACE,
      image: ImageReference.fromModel(model, 'cloudflared'),
      routes: [this.route],
      tokenEscPath: inference.tunnelTokenEscPath,
      // Triton's own metrics port is named "metrics".
      metricsPortName: 'tunnel-metrics',
    });

    const pbtxt = config.toPbtxt();
    new KubeConfigMap(this, 'model-config', {
      metadata: { name: `${NAME}-model-${config.name}`, namespace: GPU_NAMESPACE },
      data: { 'config.pbtxt': pbtxt, [TRITON_LABEL_FILE]: config.toLabels() },
    });
    new KubePersistentVolumeClaim(this, 'model-store', {
      metadata: { name: `${NAME}-model-store`, namespace: GPU_NAMESPACE },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: Quantity.fromString(inference.modelStorage) } } },
    });

    const modelDir = `${MODEL_ROOT}/${config.name}`;
    const triton = new GpuWorkload(this, 'triton', {
      name: NAME,
      namespace: GPU_NAMESPACE,
      component: 'inference',
      gpu,
      gpus: inference.gpus,
      // The image creates user triton-server (1000) but does not switch to it.
      runAsUser: 1000,
      servicePorts: ['http', 'metrics'],
      podAnnotations: {
        'oceanid.io/model-config-sha256': createHash('sha256').update(pbtxt).update(config.toLabels()).digest('hex'),
        'oceanid.io/tunnel-config-sha256': tunnel.configSha256,
      },
      volumes: [
        { name: 'model-store', persistentVolumeClaim: { claimName: `${NAME}-model-store` } },
        { name: 'model-config', configMap: { name: `${NAME}-model-${config.name}` } },
        tunnel.volume,
      ],
      initContainers: [
        {
          name: 'fetch-model',
          image: ImageReference.fromModel(model, 'modelFetcher'),
          command: ['sh', '-c', FETCH_SCRIPT],
          env: [
            { name: 'MODEL_URL', value: inference.model.sourceUrl },
            { name: 'MODEL_SHA256', value: inference.model.sha256 ?? '' },
          ],
          resources: ResourceBudget.of({ cpu: '100m', memory: '64Mi', cpuLimit: '1', memoryLimit: '256Mi' }),
          volumeMounts: [{ name: 'model-store', mountPath: '/store' }],
        },
      ],
      containers: [
        {
          name: 'triton',
          image: ImageReference.fromModel(model, inference.image),
          command: ['tritonserver'],
          // Anything Triton or ONNX Runtime caches goes to /tmp either way.
          writableRootReason: inference.readOnlyRootFilesystem
            ? undefined
            : "the NVIDIA runtime's CDI hook (nvidia-cdi-hook update-ldcache, create-symlinks) writes into the container's root filesystem " +
              'and fails on a read-only one (kserve/kserve#5711); set gpuInference.readOnlyRootFilesystem once the node runs without CDI hooks',
          env: [{ name: 'HOME', value: '/tmp' }],
          args: [
            `--model-repository=${MODEL_ROOT}`,
            '--model-control-mode=none',
            '--disable-auto-complete-config',
            `--http-port=${TRITON_HTTP_PORT}`,
            '--grpc-port=8001',
            '--metrics-port=8002',
          ],
          ports: [
            { name: 'http', port: TRITON_HTTP_PORT },
            { name: 'metrics', port: 8002 },
          ],
          resources: ResourceBudget.of(inference.resources),
          startup: Probe.httpGet('/v2/health/ready', 'http', { periodSeconds: 10, failureThreshold: 60 }),
          readiness: Probe.httpGet('/v2/health/ready', 'http'),
          liveness: Probe.httpGet('/v2/health/live', 'http', { periodSeconds: 20, failureThreshold: 3 }),
          volumeMounts: [
            { name: 'model-config', mountPath: `${modelDir}/config.pbtxt`, subPath: 'config.pbtxt', readOnly: true },
            { name: 'model-config', mountPath: `${modelDir}/${TRITON_LABEL_FILE}`, subPath: TRITON_LABEL_FILE, readOnly: true },
            { name: 'model-store', mountPath: `${modelDir}/1`, readOnly: true },
          ],
        },
        tunnel.container,
      ],
    });
    const tritonPods = Endpoint.pods(GPU_NAMESPACE, triton.workload.selector);

    allowCloudflareEdge(this, 'node-tunnel', tritonPods);
    // The init container downloads the model over HTTPS.
    new AllowTraffic(this, 'fetch-model', { name: 'triton-model-fetch', from: tritonPods, to: Endpoint.internet(), ports: [443] });
  }
}
