import { Construct } from 'constructs';
import { EnvVar } from '../imports/k8s';
import { HardenedDeployment } from './hardened-deployment';
import { ImageReference } from './image-reference';
import { AllowTraffic, Endpoint } from './allow-traffic';
import { Probe } from './probe';
import { ResourceBudget } from './resource-budget';
import { clusterServiceUrl } from './service-url';

/** Where an operator enters a backend's URL in a Label Studio project. */
export type LabelStudioSetting = 'model' | 'webhooks';

export interface LabelStudioBackendProps {
  /** Name of the Deployment, its Service and its pods' `app.kubernetes.io/name`. */
  readonly name: string;
  /** Namespace: Label Studio's own, so the URL stays inside it. */
  readonly namespace: string;
  /** `app.kubernetes.io/component`. */
  readonly component: string;
  /** Name of the one container. */
  readonly containerName: string;
  /** Pinned image from the model. */
  readonly image: ImageReference;
  /** The HTTP port the backend listens on (passed to it as `PORT`). */
  readonly port: number;
  /** Environment besides `PORT`. @default none */
  readonly env?: EnvVar[];
  /** CPU and memory of the container. */
  readonly resources: ResourceBudget;
  /** @default 1 */
  readonly replicas?: number;
  /** Label Studio's pods, the only client. */
  readonly labelStudio: Endpoint;
  /** The project setting that takes the URL, and the path Label Studio posts to. @default path "" */
  readonly setting: { readonly kind: LabelStudioSetting; readonly path?: string };
  /** Flows from the backend to elsewhere, e.g. the database it writes to. @default none */
  readonly egress?: { readonly name: string; readonly to: Endpoint; readonly ports: number[] }[];
}

/**
 * An HTTP service that Label Studio calls (an ML backend, a webhook receiver): one hardened
 * container with `/health` probes and a Service, ingress from Label Studio's pods only, and the
 * in-cluster URL to enter in Label Studio's project settings.
 */
export class LabelStudioBackend extends Construct {
  /** The URL to enter in Label Studio's project settings. */
  readonly url: string;
  readonly setting: LabelStudioSetting;
  readonly pods: Endpoint;
  /** Label Studio's pods, which call the backend. */
  readonly caller: Endpoint;
  /** The backend's Service: Label Studio calls it there. */
  readonly service: { readonly name: string; readonly namespace: string; readonly port: number };

  constructor(scope: Construct, id: string, props: LabelStudioBackendProps) {
    super(scope, id);
    this.url = clusterServiceUrl(props.name, props.namespace, props.port, props.setting.path ?? '');
    this.setting = props.setting.kind;
    this.caller = props.labelStudio;
    this.service = { name: props.name, namespace: props.namespace, port: props.port };
    const deployment = new HardenedDeployment(this, 'deployment', {
      name: props.name,
      namespace: props.namespace,
      component: props.component,
      replicas: props.replicas,
      servicePorts: ['http'],
      containers: [
        {
          name: props.containerName,
          image: props.image,
          ports: [{ name: 'http', port: props.port }],
          env: [{ name: 'PORT', value: String(props.port) }, ...(props.env ?? [])],
          resources: props.resources,
          readiness: Probe.httpGet('/health', 'http'),
          liveness: Probe.httpGet('/health', 'http', { periodSeconds: 20 }),
        },
      ],
    });
    this.pods = Endpoint.pods(props.namespace, deployment.selector);
    new AllowTraffic(this, 'from-label-studio', { name: `label-studio-to-${props.name}`, from: props.labelStudio, to: this.pods, ports: [props.port] });
    for (const flow of props.egress ?? []) new AllowTraffic(this, flow.name, { name: flow.name, from: this.pods, to: flow.to, ports: flow.ports });
  }
}
