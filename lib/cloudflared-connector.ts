import { Construct } from 'constructs';
import { Endpoint } from './allow-traffic';
import { allowCloudflareEdge, CloudflaredTunnel, CloudflaredTunnelProps } from './cloudflared-tunnel';
import { HardenedDeployment } from './hardened-deployment';
import { PodPlacement } from './pod-placement';

export interface CloudflaredConnectorProps extends CloudflaredTunnelProps {
  /** @default 1 */
  readonly replicas?: number;
  /** @default PodPlacement.anywhere() */
  readonly placement?: PodPlacement;
}

/**
 * A cloudflared Deployment of its own serving one tunnel (`name` is also the Deployment's name),
 * with its egress to Cloudflare's edge (`allowCloudflareEdge`).
 */
export class CloudflaredConnector extends Construct {
  readonly workload: HardenedDeployment;
  readonly tunnel: CloudflaredTunnel;

  constructor(scope: Construct, id: string, props: CloudflaredConnectorProps) {
    super(scope, id);
    this.tunnel = new CloudflaredTunnel(this, 'tunnel', props);
    this.workload = new HardenedDeployment(this, 'workload', {
      name: props.name,
      namespace: props.namespace,
      replicas: props.replicas,
      placement: props.placement,
      component: 'tunnel',
      podAnnotations: { 'oceanid.io/config-sha256': this.tunnel.configSha256 },
      volumes: [this.tunnel.volume],
      containers: [this.tunnel.container],
    });
    // A connector that cannot reach Cloudflare's edge serves nothing: its egress comes with it.
    allowCloudflareEdge(this, props.name, Endpoint.pods(props.namespace, this.workload.selector));
  }
}
