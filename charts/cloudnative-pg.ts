import { Construct } from 'constructs';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HelmReleaseFromChart } from '../lib/helm-release';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { ClusterModel } from '../model/schema';

export const CNPG_NAMESPACE = 'cnpg-system';
/** Port of the CloudNativePG webhook server. */
const WEBHOOK_PORT = 9443;

/** The CloudNativePG operator and its CRDs; Postgres clusters are declared by the apps that use them. */
export class CloudNativePgChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONTROLLERS });
    new OceanidNamespace(this, 'namespace', { name: CNPG_NAMESPACE });
    new HelmReleaseFromChart(this, 'release', {
      name: 'cloudnative-pg',
      namespace: CNPG_NAMESPACE,
      chart: model.charts.cloudnativePg,
      crdGroups: ['postgresql.cnpg.io'],
      values: {
        crds: { create: true },
        resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
      },
    });
    new AllowTraffic(this, 'api-server', { name: 'cnpg-to-api-server', from: Endpoint.pods(CNPG_NAMESPACE), to: Endpoint.kubeApiServer(), ports: [6443] });
    new AllowTraffic(this, 'webhook', {
      name: 'api-server-to-cnpg-webhook',
      from: Endpoint.anyAddress(),
      to: Endpoint.pods(CNPG_NAMESPACE, { 'app.kubernetes.io/name': 'cloudnative-pg' }),
      ports: [WEBHOOK_PORT],
    });
  }
}
