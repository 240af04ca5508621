import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { KubeConfigMap } from '../imports/k8s';
import { toYamlDocument } from '../synth/yaml';
import { PulumiSecret } from './external-secret';
import { HardenedDeployment } from './hardened-deployment';
import { ImageReference } from './image-reference';
import { PodPlacement } from './pod-placement';
import { Probe } from './probe';
import { ResourceBudget } from './resource-budget';
import { TunnelRoute } from './tunnel-route';

/** Port of cloudflared's metrics server, which also answers `/ready`. */
export const CLOUDFLARED_METRICS_PORT = 2000;

export interface CloudflaredConnectorProps {
  /** Name of the Deployment, ConfigMap and token Secret prefix. */
  readonly name: string;
  readonly namespace: string;
  /** Pinned cloudflared image. */
  readonly image: ImageReference;
  /** Hostnames this tunnel serves; everything else gets 404 at the connector. */
  readonly routes: TunnelRoute[];
  /** Pulumi ESC path of the tunnel token. */
  readonly tokenEscPath: string;
  /** @default 1 */
  readonly replicas?: number;
  /** @default PodPlacement.anywhere() */
  readonly placement?: PodPlacement;
  /** @default 50m CPU / 64Mi, limits 500m / 256Mi */
  readonly resources?: ResourceBudget;
}

/**
 * A cloudflared connector for a locally-managed tunnel: the ingress rules are rendered here from
 * the model (so every public hostname is declared in Git), the token comes from Pulumi ESC.
 */
export class CloudflaredConnector extends Construct {
  readonly workload: HardenedDeployment;
  readonly routes: readonly TunnelRoute[];

  constructor(scope: Construct, id: string, props: CloudflaredConnectorProps) {
    super(scope, id);
    if (props.routes.length === 0) throw new Error(`${props.name}.routes: a tunnel connector serves at least one hostname`);
    const hostnames = props.routes.map((r) => r.hostname);
    const dup = hostnames.find((h, i) => hostnames.indexOf(h) !== i);
    if (dup) throw new Error(`${props.name}.routes: hostname "${dup}" is routed twice`);
    this.routes = props.routes;

    const config = toYamlDocument({
      'no-autoupdate': true,
      metrics: `0.0.0.0:${CLOUDFLARED_METRICS_PORT}`,
      ingress: [...props.routes.map((r) => ({ hostname: r.hostname, service: r.origin })), { service: 'http_status:404' }],
    });
    new KubeConfigMap(this, 'config', {
      metadata: { name: `${props.name}-config`, namespace: props.namespace },
      data: { 'config.yaml': config },
    });
    const token = new PulumiSecret(this, 'token', {
      name: `${props.name}-token`,
      namespace: props.namespace,
      data: { token: props.tokenEscPath },
    });

    this.workload = new HardenedDeployment(this, 'workload', {
      name: props.name,
      namespace: props.namespace,
      replicas: props.replicas,
      placement: props.placement,
      component: 'tunnel',
      podAnnotations: { 'oceanid.io/config-sha256': createHash('sha256').update(config).digest('hex') },
      volumes: [{ name: 'config', configMap: { name: `${props.name}-config` } }],
      containers: [
        {
          name: 'cloudflared',
          image: props.image,
          args: ['tunnel', '--config', '/etc/cloudflared/config.yaml', 'run'],
          env: [{ name: 'TUNNEL_TOKEN', valueFrom: { secretKeyRef: { name: token.secretName, key: 'token' } } }],
          ports: [{ name: 'metrics', port: CLOUDFLARED_METRICS_PORT }],
          resources: props.resources ?? ResourceBudget.of({ cpu: '50m', memory: '64Mi', cpuLimit: '500m', memoryLimit: '256Mi' }),
          // /ready answers 200 only while the connector holds a connection to Cloudflare's edge.
          readiness: Probe.httpGet('/ready', 'metrics', { periodSeconds: 10, failureThreshold: 3 }),
          liveness: Probe.httpGet('/ready', 'metrics', { initialDelaySeconds: 20, periodSeconds: 20, failureThreshold: 6 }),
          volumeMounts: [{ name: 'config', mountPath: '/etc/cloudflared', readOnly: true }],
        },
      ],
    });
  }
}
