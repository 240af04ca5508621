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
import { PublicRoute } from '../../lib/public-route';
import { CLUSTER_TUNNEL_NAMESPACE } from '../../lib/component-endpoints';
import { tolerates } from '../../lib/gpu-scheduling';

const NAME = 'cloudflared';

/**
 * The cluster tunnel: two cloudflared replicas on two separate nodes it may schedule on (no GPU,
 * no taint it does not tolerate), behind Cloudflare Zero Trust. It serves every PublicRoute the
 * components declare (built after them: its row comes last in the component table); its block is
 * the model's `clusterTunnel`.
 */
export class Cloudflared extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['clusterTunnel']>) {
    super(scope, id, props);
    const { model, block } = props;
    const routes = PublicRoute.allIn(this).map((p) => ({ route: p.route, pods: p.pods }));
    // The connector has no tolerations: a node with a NoSchedule or NoExecute taint would leave a replica Pending under DoNotSchedule.
    const spreadNodes = model.nodes.filter((n) => !n.gpu && n.taints.every((t) => tolerates([], t))).map((n) => n.name);
    if (spreadNodes.length < 2) {
      throw new Error(
        `nodes: the cluster tunnel runs 2 replicas on separate nodes without a GPU or a taint it does not tolerate; the model has ${spreadNodes.length}` +
          ` (${spreadNodes.join(', ') || 'none'}): add such a node or remove a taint`,
      );
    }
    new OceanidNamespace(this, 'namespace', { name: CLUSTER_TUNNEL_NAMESPACE });
    const connector = new CloudflaredConnector(this, 'connector', {
      name: NAME,
      namespace: CLUSTER_TUNNEL_NAMESPACE,
      image: ImageReference.fromModel(model, 'cloudflared'),
      routes: routes.map((r) => r.route),
      tokenEscPath: block.tokenEscPath,
      replicas: 2,
      placement: PodPlacement.spreadAcross(spreadNodes.slice(0, 2), selectorLabels(NAME)),
    });
    const pods = Endpoint.pods(CLUSTER_TUNNEL_NAMESPACE, connector.workload.selector);
    routes.forEach(({ route, pods: target }) => {
      new AllowTraffic(this, `to-${route.namespace}-${route.service}`, {
        name: `cloudflared-to-${route.service}`,
        from: pods,
        to: target,
        ports: [route.port],
        // The ingress side comes with the component's PublicRoute, in its own Kustomization.
        side: 'egress',
      });
    });
  }
}
