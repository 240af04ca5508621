import { Construct } from 'constructs';
import { AlertV1Beta3, AlertV1Beta3SpecEventSeverity, AlertV1Beta3SpecEventSourcesKind } from '../imports/flux-alerts-notification.toolkit.fluxcd.io';
import { ProviderV1Beta3, ProviderV1Beta3SpecType } from '../imports/flux-providers-notification.toolkit.fluxcd.io';
import { PulumiSecret } from '../lib/external-secret';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { FLUX_NAMESPACE } from '../lib/helm-release';
import { PART_OF } from '../lib/labels';
import { ClusterModel } from '../model/schema';

const NAME = 'oceanid';

export interface FluxAlertsProps {
  /** Namespaces holding HelmReleases, whose failures are reported too. */
  readonly helmReleaseNamespaces: string[];
}

/**
 * Flux notifications: every error of a Kustomization, source, HelmRelease or image automation
 * goes to the model's provider. In infra-configs because the provider address is a credential
 * that arrives through an ExternalSecret, whose CRD comes with infra-controllers.
 */
export class FluxAlertsChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel, props: FluxAlertsProps) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONFIGS });
    const alerts = model.alerts;
    if (!alerts) throw new Error('alerts: the Flux alerts chart needs the alerts block of the model');
    const labels = { 'app.kubernetes.io/part-of': PART_OF };
    const address = new PulumiSecret(this, 'address', {
      name: `flux-alerts-${alerts.provider}`,
      namespace: FLUX_NAMESPACE,
      data: { address: alerts.addressEscPath },
    });
    new ProviderV1Beta3(this, 'provider', {
      metadata: { name: NAME, namespace: FLUX_NAMESPACE, labels },
      spec: { type: alerts.provider as ProviderV1Beta3SpecType, channel: alerts.channel, secretRef: { name: address.secretName } },
    });
    const K = AlertV1Beta3SpecEventSourcesKind;
    const fluxSources = [K.GIT_REPOSITORY, K.KUSTOMIZATION, K.OCI_REPOSITORY, K.HELM_REPOSITORY, K.IMAGE_REPOSITORY, K.IMAGE_POLICY, K.IMAGE_UPDATE_AUTOMATION];
    new AlertV1Beta3(this, 'alert', {
      metadata: { name: NAME, namespace: FLUX_NAMESPACE, labels },
      spec: {
        providerRef: { name: NAME },
        eventSeverity: AlertV1Beta3SpecEventSeverity.ERROR,
        // `summary` is deprecated in notification v1beta3 (Flux v2.7 CRD): eventMetadata is added to every event.
        eventMetadata: { cluster: model.name },
        eventSources: [
          ...fluxSources.map((kind) => ({ kind, name: '*' })),
          ...[...new Set(props.helmReleaseNamespaces)].sort().map((namespace) => ({ kind: K.HELM_RELEASE, name: '*', namespace })),
        ],
      },
    });
  }
}
