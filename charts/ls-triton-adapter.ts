import { Construct } from 'constructs';
import { PulumiSecret } from '../lib/external-secret';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HardenedDeployment } from '../lib/hardened-deployment';
import { ImageReference } from '../lib/image-reference';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { Probe } from '../lib/probe';
import { ResourceBudget } from '../lib/resource-budget';
import { ClusterModel } from '../model/schema';

const NAME = 'ls-triton-adapter';
/** Label Studio's conventional ML backend port. */
const PORT = 9090;

export interface LsTritonAdapterProps {
  readonly namespace: string;
  /** Public URL of Triton (through Cloudflare Access). */
  readonly tritonUrl: string;
  readonly modelName: string;
  /** Label Studio's pods, the only client. */
  readonly labelStudio: Endpoint;
}

/**
 * Label Studio's ML backend: turns tasks into Triton inference requests over `gpu.<base>`
 * (authenticating to Cloudflare Access with a service token from Pulumi ESC) and returns pre-labels.
 */
export class LsTritonAdapterChart extends LayerChart {
  /** The URL Label Studio's project settings point at. */
  readonly url: string;

  constructor(scope: Construct, id: string, model: ClusterModel, props: LsTritonAdapterProps) {
    super(scope, id, { model, layer: FluxLayer.APPS });
    this.url = `http://${NAME}.${props.namespace}.svc.cluster.local:${PORT}`;
    const access = new PulumiSecret(this, 'access', {
      name: `${NAME}-cloudflare-access`,
      namespace: props.namespace,
      data: { 'client-id': model.secrets.keys.cloudflareAccessClientId, 'client-secret': model.secrets.keys.cloudflareAccessClientSecret },
    });
    const adapter = new HardenedDeployment(this, 'adapter', {
      name: NAME,
      namespace: props.namespace,
      component: 'ml-backend',
      replicas: 2,
      servicePorts: ['http'],
      containers: [
        {
          name: 'adapter',
          image: ImageReference.fromModel(model, 'lsTritonAdapter'),
          ports: [{ name: 'http', port: PORT }],
          env: [
            { name: 'PORT', value: String(PORT) },
            { name: 'TRITON_URL', value: props.tritonUrl },
            { name: 'TRITON_MODEL_NAME', value: props.modelName },
            { name: 'CF_ACCESS_CLIENT_ID', valueFrom: { secretKeyRef: { name: access.secretName, key: 'client-id' } } },
            { name: 'CF_ACCESS_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: access.secretName, key: 'client-secret' } } },
          ],
          resources: ResourceBudget.of({ cpu: '100m', memory: '128Mi', cpuLimit: '500m', memoryLimit: '512Mi' }),
          readiness: Probe.httpGet('/health', 'http'),
          liveness: Probe.httpGet('/health', 'http', { periodSeconds: 20 }),
        },
      ],
    });
    const pods = Endpoint.pods(props.namespace, adapter.selector);
    new AllowTraffic(this, 'from-label-studio', { name: 'label-studio-to-ls-triton-adapter', from: props.labelStudio, to: pods, ports: [PORT] });
    new AllowTraffic(this, 'to-triton', { name: 'ls-triton-adapter-to-internet', from: pods, to: Endpoint.internet(), ports: [443] });
  }
}
