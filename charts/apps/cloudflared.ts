import { Construct } from 'constructs';
import { CloudflaredConnector } from '../../lib/cloudflared-connector';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { ImageReference } from '../../lib/image-reference';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { AllowTraffic, Endpoint } from '../../lib/allow-traffic';
import { PodPlacement } from '../../lib/pod-placement';
import { selectorLabels } from '../../lib/labels';
import { ClusterModel } from '../../model/schema';
import { LABEL_STUDIO_PODS, LabelStudio } from './label-studio';

export const CLOUDFLARED_NAMESPACE = 'cloudflared';
const NAME = 'cloudflared';

/**
 * The cluster tunnel: two cloudflared replicas, one on each VPS node (never on the GPU node),
 * behind Cloudflare Zero Trust. It serves Label Studio's public hostname; its block is the model's
 * `hostnames`.
 */
export class Cloudflared extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['hostnames']>) {
    super(scope, id, props);
    const { model } = props;
    const routes = [{ route: LabelStudio.route(model), pods: LABEL_STUDIO_PODS }];
    const spreadNodes = model.nodes.filter((n) => !n.gpu).map((n) => n.name);
    if (spreadNodes.length < 2) {
      throw new Error(`nodes: the cluster tunnel runs 2 replicas on separate non-GPU nodes, the model has ${spreadNodes.length} (${spreadNodes.join(', ')})`);
    }
    new OceanidNamespace(this, 'namespace', { name: CLOUDFLARED_NAMESPACE });
    const connector = new CloudflaredConnector(this, 'connector', {
      name: NAME,
      namespace: CLOUDFLARED_NAMESPACE,
      image: ImageReference.fromModel(model, 'cloudflared'),
      routes: routes.map((r) => r.route),
      tokenEscPath: model.secrets.keys.clusterTunnelToken,
      replicas: 2,
      placement: PodPlacement.spreadAcross(spreadNodes.slice(0, 2), selectorLabels(NAME)),
    });
    const pods = Endpoint.pods(CLOUDFLARED_NAMESPACE, connector.workload.selector);
    routes.forEach(({ route, pods: target }) => {
      new AllowTraffic(this, `to-${route.service}`, { name: `cloudflared-to-${route.service}`, from: pods, to: target, ports: [route.port] });
    });
  }
}
