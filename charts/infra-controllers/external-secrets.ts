import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { HelmOperator, SMALL_CONTROLLER_RESOURCES } from '../../lib/helm-operator';
import { LayerChart } from '../../lib/layer-chart';
import { Endpoint } from '../../lib/allow-traffic';
import { HelmChartModel } from '../../model/schema';

/** Port of the ESO webhook container (the chart's `webhook.port`). */
const WEBHOOK_PORT = 10250;

/**
 * External Secrets Operator and its CRDs; its namespace (the model's `secrets.bootstrapToken.namespace`)
 * also holds the bootstrap token Secret.
 */
export class ExternalSecrets extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<HelmChartModel>) {
    super(scope, id, props);
    new HelmOperator(this, 'operator', {
      name: 'external-secrets',
      namespace: props.model.secrets.bootstrapToken.namespace,
      chart: props.block,
      apiServer: Endpoint.kubeApiServer(props.model),
      crdGroups: ['external-secrets.io', 'generators.external-secrets.io'],
      values: {
        installCRDs: true,
        resources: SMALL_CONTROLLER_RESOURCES,
        webhook: { resources: SMALL_CONTROLLER_RESOURCES },
        certController: { resources: SMALL_CONTROLLER_RESOURCES },
      },
      webhook: { podLabels: { 'app.kubernetes.io/name': 'external-secrets-webhook' }, port: WEBHOOK_PORT },
      // Pulumi ESC's API.
      egress: [{ name: 'external-secrets-to-pulumi-esc', to: Endpoint.internet(), ports: [443] }],
    });
  }
}
