import { Construct } from 'constructs';
import { CloudflaredTunnel, CloudflaredTunnelProps } from './cloudflared-tunnel';
import { HardenedDeployment } from './hardened-deployment';
import { PodPlacement } from './pod-placement';
import { TunnelRoute } from './tunnel-route';

export interface CloudflaredConnectorProps extends CloudflaredTunnelProps {
  /** @default 1 */
  readonly replicas?: number;
  /** @default PodPlacement.anywhere() */
  readonly placement?: PodPlacement;
}

/** A cloudflared Deployment of its own serving one tunnel (`name` is also the Deployment's name). */
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
  }

  get routes(): readonly TunnelRoute[] {
    return this.tunnel.routes;
  }
}
