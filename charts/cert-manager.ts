import { Construct } from 'constructs';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HelmReleaseFromChart } from '../lib/helm-release';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { ClusterModel } from '../model/schema';

export const CERT_MANAGER_NAMESPACE = 'cert-manager';
/** Port of cert-manager's webhook container (the chart's `webhook.securePort`). */
const WEBHOOK_PORT = 10250;

/**
 * Recursive resolvers for the DNS-01 self-check, over DNS-over-HTTPS by IP address: port 443 to
 * these addresses is all the check needs (no port 53 to each zone's authoritative nameservers,
 * no name to resolve first).
 */
export const DNS01_RECURSIVE_NAMESERVERS = ['https://1.1.1.1/dns-query', 'https://1.0.0.1/dns-query'];

const small = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };

/** cert-manager and its CRDs, installed by the chart. */
export class CertManagerChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONTROLLERS });
    new OceanidNamespace(this, 'namespace', { name: CERT_MANAGER_NAMESPACE });
    const controllerPods = Endpoint.pods(CERT_MANAGER_NAMESPACE, { 'app.kubernetes.io/component': 'controller' });
    new HelmReleaseFromChart(this, 'release', {
      name: 'cert-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      chart: model.charts.certManager,
      crdGroups: ['cert-manager.io', 'acme.cert-manager.io'],
      values: {
        crds: { enabled: true, keep: true },
        // The chart turns these into --dns01-recursive-nameservers-only and
        // --dns01-recursive-nameservers on the controller.
        dns01RecursiveNameservers: DNS01_RECURSIVE_NAMESERVERS.join(','),
        dns01RecursiveNameserversOnly: true,
        // K3s runs no kube-system leader election for add-ons; keep the lease beside the pods.
        global: { leaderElection: { namespace: CERT_MANAGER_NAMESPACE } },
        resources: small,
        webhook: { resources: small },
        cainjector: { resources: small },
        startupapicheck: { resources: small },
      },
    });
    new AllowTraffic(this, 'api-server', { name: 'cert-manager-to-api-server', from: Endpoint.pods(CERT_MANAGER_NAMESPACE), to: Endpoint.kubeApiServer(), ports: [6443] });
    // ACME directory and the Cloudflare API for DNS-01 challenges.
    new AllowTraffic(this, 'acme', { name: 'cert-manager-to-internet', from: Endpoint.pods(CERT_MANAGER_NAMESPACE), to: Endpoint.internet(), ports: [443] });
    // The DNS-01 self-check: HTTPS to the DoH resolvers, from the controller only.
    DNS01_RECURSIVE_NAMESERVERS.forEach((url, i) => {
      new AllowTraffic(this, `doh-${i}`, { name: `cert-manager-to-doh-${i}`, from: controllerPods, to: Endpoint.address(new URL(url).hostname), ports: [443] });
    });
    new AllowTraffic(this, 'webhook', {
      name: 'api-server-to-cert-manager-webhook',
      from: Endpoint.anyAddress(),
      to: Endpoint.pods(CERT_MANAGER_NAMESPACE, { 'app.kubernetes.io/component': 'webhook' }),
      ports: [WEBHOOK_PORT],
    });
  }
}
