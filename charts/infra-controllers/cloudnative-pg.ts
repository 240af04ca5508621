import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { HelmOperator } from '../../lib/helm-operator';
import { Endpoint } from '../../lib/allow-traffic';
import { LayerChart } from '../../lib/layer-chart';
import { HelmChartModel } from '../../model/schema';
import { CNPG_NAMESPACE } from '../../lib/component-endpoints';

/** Port of the CloudNativePG webhook server. */
const WEBHOOK_PORT = 9443;

/** The CloudNativePG operator and its CRDs; Postgres clusters are declared by the apps that use them. */
export class CloudnativePg extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<HelmChartModel>) {
    super(scope, id, props);
    new HelmOperator(this, 'operator', {
      name: 'cloudnative-pg',
      namespace: CNPG_NAMESPACE,
      chart: props.block,
      apiServer: Endpoint.kubeApiServer(props.model),
      crdGroups: ['postgresql.cnpg.io'],
      values: {
        crds: { create: true },
        resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
      },
      webhook: { podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg' }, port: WEBHOOK_PORT },
      policyPrefix: 'cnpg',
    });
  }
}
