import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { KubeConfigMap, Volume } from '../imports/k8s';
import { toYamlDocument } from './yaml';
import { PulumiSecret } from './pulumi-secret';
import { HardenedContainerProps } from './hardened-deployment';
import { ImageReference } from './image-reference';
import { AllowTraffic, Endpoint } from './allow-traffic';
import { Probe } from './probe';
import { ResourceBudget } from './resource-budget';
import { TunnelRoute } from './tunnel-route';

/** Port of cloudflared's metrics server, which also answers `/ready`. */
export const CLOUDFLARED_METRICS_PORT = 2000;
/** Cloudflare's edge: tunnel connections on 7844 (QUIC over UDP, HTTP/2 over TCP), API on 443. */
export const CLOUDFLARE_EDGE_PORTS = { tcp: [7844, 443], udp: [7844] } as const;
/**
 * cloudflared finds its edge addresses by an SRV lookup through the pod's resolver and, when that
 * fails, over DNS-over-TLS to this address (edgediscovery/allregions/discovery.go).
 */
export const CLOUDFLARED_DOT_FALLBACK = { address: '1.1.1.1', port: 853 } as const;

export interface CloudflaredTunnelProps {
  /** Prefix of the ConfigMap and token Secret names. */
  readonly name: string;
  readonly namespace: string;
  /** Pinned cloudflared image. */
  readonly image: ImageReference;
  /** Hostnames this tunnel serves; everything else gets 404 at the connector. */
  readonly routes: TunnelRoute[];
  /** Pulumi ESC path of the tunnel token. */
  readonly tokenEscPath: string;
  /** Name of the container port of the metrics server (unique within its pod). @default "metrics" */
  readonly metricsPortName?: string;
  /** @default 50m CPU / 64Mi, limits 500m / 256Mi */
  readonly resources?: ResourceBudget;
}

/**
 * One locally-managed Cloudflare tunnel: its ingress rules rendered from the model into a
 * ConfigMap (so every public hostname is declared in Git), its token from Pulumi ESC, and the
 * cloudflared container and volume that run it, for a pod of its own (`CloudflaredConnector`)
 * or as a sidecar beside its origin.
 */
export class CloudflaredTunnel extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly routes: readonly TunnelRoute[];
  /** The cloudflared container; mounts `volume`. */
  readonly container: HardenedContainerProps;
  /** The pod volume holding the tunnel's config.yaml. */
  readonly volume: Volume;
  /** sha256 of config.yaml, as a pod annotation that rolls the pods when the routes change. */
  readonly configSha256: string;

  constructor(scope: Construct, id: string, props: CloudflaredTunnelProps) {
    super(scope, id);
    if (props.routes.length === 0) throw new Error(`${props.name}.routes: a tunnel connector serves at least one hostname`);
    const hostnames = props.routes.map((r) => r.hostname);
    const dup = hostnames.find((h, i) => hostnames.indexOf(h) !== i);
    if (dup) throw new Error(`${props.name}.routes: hostname "${dup}" is routed twice`);
    this.name = props.name;
    this.namespace = props.namespace;
    this.routes = props.routes;

    const config = toYamlDocument({
      'no-autoupdate': true,
      metrics: `0.0.0.0:${CLOUDFLARED_METRICS_PORT}`,
      ingress: [...props.routes.map((r) => ({ hostname: r.hostname, service: r.origin })), { service: 'http_status:404' }],
    });
    this.configSha256 = createHash('sha256').update(config).digest('hex');
    const configMap = `${props.name}-config`;
    new KubeConfigMap(this, 'config', {
      metadata: { name: configMap, namespace: props.namespace },
      data: { 'config.yaml': config },
    });
    const token = new PulumiSecret(this, 'token', {
      name: `${props.name}-token`,
      namespace: props.namespace,
      data: { token: props.tokenEscPath },
    });

    const volumeName = `${props.name}-config`;
    const metrics = props.metricsPortName ?? 'metrics';
    this.volume = { name: volumeName, configMap: { name: configMap } };
    this.container = {
      name: 'cloudflared',
      image: props.image,
      args: ['tunnel', '--config', '/etc/cloudflared/config.yaml', 'run'],
      env: [{ name: 'TUNNEL_TOKEN', valueFrom: { secretKeyRef: { name: token.secretName, key: 'token' } } }],
      ports: [{ name: metrics, port: CLOUDFLARED_METRICS_PORT }],
      resources: props.resources ?? ResourceBudget.of({ cpu: '50m', memory: '64Mi', cpuLimit: '500m', memoryLimit: '256Mi' }),
      // /ready answers 200 only while the connector holds a connection to Cloudflare's edge.
      readiness: Probe.httpGet('/ready', metrics, { periodSeconds: 10, failureThreshold: 3 }),
      liveness: Probe.httpGet('/ready', metrics, { initialDelaySeconds: 20, periodSeconds: 20, failureThreshold: 6 }),
      volumeMounts: [{ name: volumeName, mountPath: '/etc/cloudflared', readOnly: true }],
    };
  }
}

/**
 * Lets the cloudflared `pods` reach Cloudflare: the edge (7844 over TCP and UDP, 443) and the
 * DNS-over-TLS fallback of edge discovery. The NetworkPolicies are named `<prefix>-to-cloudflare`,
 * `<prefix>-to-cloudflare-quic` and `<prefix>-to-cloudflare-dot`.
 */
export function allowCloudflareEdge(scope: Construct, prefix: string, pods: Endpoint): void {
  new AllowTraffic(scope, `${prefix}-edge`, { name: `${prefix}-to-cloudflare`, from: pods, to: Endpoint.internet(), ports: [...CLOUDFLARE_EDGE_PORTS.tcp] });
  new AllowTraffic(scope, `${prefix}-edge-quic`, {
    name: `${prefix}-to-cloudflare-quic`,
    from: pods,
    to: Endpoint.internet(),
    ports: [...CLOUDFLARE_EDGE_PORTS.udp],
    protocol: 'UDP',
  });
  new AllowTraffic(scope, `${prefix}-edge-dot`, {
    name: `${prefix}-to-cloudflare-dot`,
    from: pods,
    to: Endpoint.address(CLOUDFLARED_DOT_FALLBACK.address),
    ports: [CLOUDFLARED_DOT_FALLBACK.port],
  });
}
