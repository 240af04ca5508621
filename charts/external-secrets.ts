import { Construct } from 'constructs';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HelmReleaseFromChart } from '../lib/helm-release';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { ClusterModel } from '../model/schema';

/** Port of the ESO webhook container (the chart's `webhook.port`). */
const WEBHOOK_PORT = 10250;

const small = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };

/** External Secrets Operator and its CRDs; its namespace also holds the bootstrap token Secret. */
export class ExternalSecretsChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONTROLLERS });
    const namespace = model.secrets.bootstrapToken.namespace;
    new OceanidNamespace(this, 'namespace', { name: namespace });
    new HelmReleaseFromChart(this, 'release', {
      name: 'external-secrets',
      namespace,
      chart: model.charts.externalSecrets,
      crdGroups: ['external-secrets.io', 'generators.external-secrets.io'],
      values: {
        installCRDs: true,
        resources: small,
        webhook: { resources: small },
        certController: { resources: small },
      },
    });
    new AllowTraffic(this, 'api-server', { name: 'external-secrets-to-api-server', from: Endpoint.pods(namespace), to: Endpoint.kubeApiServer(), ports: [6443] });
    // Pulumi ESC's API.
    new AllowTraffic(this, 'pulumi', { name: 'external-secrets-to-pulumi-esc', from: Endpoint.pods(namespace), to: Endpoint.internet(), ports: [443] });
    new AllowTraffic(this, 'webhook', {
      name: 'api-server-to-external-secrets-webhook',
      from: Endpoint.anyAddress(),
      to: Endpoint.pods(namespace, { 'app.kubernetes.io/name': 'external-secrets-webhook' }),
      ports: [WEBHOOK_PORT],
    });
  }
}
