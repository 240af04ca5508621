import { Construct } from 'constructs';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HelmReleaseFromChart } from '../lib/helm-release';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { ClusterModel } from '../model/schema';

export const CERT_MANAGER_NAMESPACE = 'cert-manager';
/** Port of cert-manager's webhook container (the chart's `webhook.securePort`). */
const WEBHOOK_PORT = 10250;

const small = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };

/** cert-manager and its CRDs, installed by the chart. */
export class CertManagerChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONTROLLERS });
    new OceanidNamespace(this, 'namespace', { name: CERT_MANAGER_NAMESPACE });
    new HelmReleaseFromChart(this, 'release', {
      name: 'cert-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      chart: model.charts.certManager,
      crdGroups: ['cert-manager.io', 'acme.cert-manager.io'],
      values: {
        crds: { enabled: true, keep: true },
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
    new AllowTraffic(this, 'webhook', {
      name: 'api-server-to-cert-manager-webhook',
      from: Endpoint.anyAddress(),
      to: Endpoint.pods(CERT_MANAGER_NAMESPACE, { 'app.kubernetes.io/component': 'webhook' }),
      ports: [WEBHOOK_PORT],
    });
  }
}
