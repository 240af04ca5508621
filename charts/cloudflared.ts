import { Construct } from 'constructs';
import { allowCloudflareEdge, CloudflaredConnector } from '../lib/cloudflared-connector';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { ImageReference } from '../lib/image-reference';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { PodPlacement } from '../lib/pod-placement';
import { TunnelRoute } from '../lib/tunnel-route';
import { ClusterModel } from '../model/schema';

export const CLOUDFLARED_NAMESPACE = 'cloudflared';
const NAME = 'cloudflared';

export interface CloudflaredChartProps {
  /** Public hostnames the cluster tunnel serves, with the pods behind each. */
  readonly routes: { readonly route: TunnelRoute; readonly pods: Endpoint }[];
}

/**
 * The cluster tunnel: two cloudflared replicas, one on each VPS node (never on the GPU node),
 * behind Cloudflare Zero Trust.
 */
export class CloudflaredChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel, props: CloudflaredChartProps) {
    super(scope, id, { model, layer: FluxLayer.APPS });
    const spreadNodes = model.nodes.filter((n) => !n.gpu).map((n) => n.name);
    if (spreadNodes.length < 2) {
      throw new Error(`nodes: the cluster tunnel runs 2 replicas on separate non-GPU nodes, the model has ${spreadNodes.length} (${spreadNodes.join(', ')})`);
    }
    new OceanidNamespace(this, 'namespace', { name: CLOUDFLARED_NAMESPACE });
    const connector = new CloudflaredConnector(this, 'connector', {
      name: NAME,
      namespace: CLOUDFLARED_NAMESPACE,
      image: ImageReference.fromModel(model, 'cloudflared'),
      routes: props.routes.map((r) => r.route),
      tokenEscPath: model.secrets.keys.clusterTunnelToken,
      replicas: 2,
      placement: PodPlacement.spreadAcross(spreadNodes.slice(0, 2), { 'app.kubernetes.io/name': NAME }),
    });
    const pods = Endpoint.pods(CLOUDFLARED_NAMESPACE, connector.workload.selector);
    allowCloudflareEdge(this, NAME, pods);
    props.routes.forEach(({ route, pods: target }) => {
      new AllowTraffic(this, `to-${route.service}`, { name: `cloudflared-to-${route.service}`, from: pods, to: target, ports: [route.port] });
    });
  }
}
