import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { HelmOperator, SMALL_CONTROLLER_RESOURCES } from '../../lib/helm-operator';
import { LayerChart } from '../../lib/layer-chart';
import { Endpoint } from '../../lib/allow-traffic';
import { HelmChartModel } from '../../model/schema';
import { CERT_MANAGER_NAMESPACE } from '../../lib/component-endpoints';

/** Port of cert-manager's webhook container (the chart's `webhook.securePort`). */
const WEBHOOK_PORT = 10250;

/**
 * Recursive resolvers for the DNS-01 self-check, over DNS-over-HTTPS by IP address: port 443 to
 * these addresses is all the check needs (no port 53 to each zone's authoritative nameservers,
 * no name to resolve first).
 */
export const DNS01_RECURSIVE_NAMESERVERS = ['https://1.1.1.1/dns-query', 'https://1.0.0.1/dns-query'];

/** cert-manager and its CRDs, installed by the chart; its block is the pinned chart. */
export class CertManager extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<HelmChartModel>) {
    super(scope, id, props);
    new HelmOperator(this, 'operator', {
      name: 'cert-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      chart: props.block,
      apiServer: Endpoint.kubeApiServer(props.model),
      crdGroups: ['cert-manager.io', 'acme.cert-manager.io'],
      values: {
        crds: { enabled: true, keep: true },
        // The chart turns these into --dns01-recursive-nameservers-only and
        // --dns01-recursive-nameservers on the controller.
        dns01RecursiveNameservers: DNS01_RECURSIVE_NAMESERVERS.join(','),
        dns01RecursiveNameserversOnly: true,
        // K3s runs no kube-system leader election for add-ons; keep the lease beside the pods.
        global: { leaderElection: { namespace: CERT_MANAGER_NAMESPACE } },
        resources: SMALL_CONTROLLER_RESOURCES,
        webhook: { resources: SMALL_CONTROLLER_RESOURCES },
        cainjector: { resources: SMALL_CONTROLLER_RESOURCES },
        startupapicheck: { resources: SMALL_CONTROLLER_RESOURCES },
      },
      webhook: { podLabels: { 'app.kubernetes.io/component': 'webhook' }, port: WEBHOOK_PORT },
      egress: [
        // ACME directory and the Cloudflare API for DNS-01 challenges.
        { name: 'cert-manager-to-internet', to: Endpoint.internet(), ports: [443] },
        // The DNS-01 self-check: HTTPS to the DoH resolvers, from the controller only.
        ...DNS01_RECURSIVE_NAMESERVERS.map((url, i) => ({
          name: `cert-manager-to-doh-${i}`,
          fromPods: { 'app.kubernetes.io/component': 'controller' },
          to: Endpoint.address(new URL(url).hostname),
          ports: [443],
        })),
      ],
    });
  }
}
