import { Construct, IConstruct } from 'constructs';
import { AllowTraffic, Endpoint } from './allow-traffic';
import { CLUSTER_TUNNEL_NAMESPACE, CLUSTER_TUNNEL_PODS } from './component-endpoints';
import { TunnelRoute } from './tunnel-route';

export interface PublicRouteProps {
  /** The public hostname and the Service (in the cluster) it forwards to. */
  readonly route: TunnelRoute;
  /** The pods behind that Service: the cluster tunnel is allowed to reach them on the route's port. */
  readonly pods: Endpoint;
}

/**
 * A public hostname a component serves through the cluster tunnel, declared in the component's
 * own chart. The tunnel collects every PublicRoute of the cluster (no chart names another), and
 * the policy pass fails a PublicRoute that no tunnel routes.
 */
export class PublicRoute extends Construct {
  /** Every PublicRoute of the construct tree `scope` belongs to. */
  static allIn(scope: IConstruct): PublicRoute[] {
    return scope.node.root.node.findAll().filter((c): c is PublicRoute => c instanceof PublicRoute);
  }

  readonly route: TunnelRoute;
  readonly pods: Endpoint;

  constructor(scope: Construct, id: string, props: PublicRouteProps) {
    super(scope, id);
    if (!props.route.service) throw new Error(`${id}.route: the cluster tunnel forwards to a Service; ${props.route.hostname} has a localhost origin`);
    this.route = props.route;
    this.pods = props.pods;
    // The ingress side of the tunnel's flow lives with the component (its namespace, its
    // Kustomization); the tunnel renders the egress side.
    new AllowTraffic(this, 'from-tunnel', {
      name: `${CLUSTER_TUNNEL_NAMESPACE}-to-${props.route.service}`,
      from: CLUSTER_TUNNEL_PODS,
      to: props.pods,
      ports: [props.route.port],
      side: 'ingress',
    });
  }
}
