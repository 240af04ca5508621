import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertV1Beta3, AlertV1Beta3SpecEventSeverity, AlertV1Beta3SpecEventSourcesKind } from '../../imports/flux-alerts-notification.toolkit.fluxcd.io';
import { ProviderV1Beta3, ProviderV1Beta3SpecType } from '../../imports/flux-providers-notification.toolkit.fluxcd.io';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { partOfLabels } from '../../lib/labels';
import { FLUX_NAMESPACE } from '../../model/flux';
import { ClusterModel } from '../../model/schema';

const NAME = 'oceanid';

/**
 * Flux notifications: every error of a Kustomization, source, HelmRelease or image automation
 * goes to the model's provider. In infra-configs because the provider address is a credential
 * that arrives through an ExternalSecret, whose CRD comes with infra-controllers. Its block is the
 * model's `alerts`. HelmReleases are watched in every namespace that holds one in this cluster,
 * found when the chart is synthesized, so the order in which components are built does not matter.
 */
export class FluxAlerts extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<NonNullable<ClusterModel['alerts']>>) {
    super(scope, id, props);
    const { model, block: alerts } = props;
    // The cluster: the chart's scope is its Flux layer, whose scope is the cluster.
    const cluster = this.node.scope!.node.scope!;
    const helmReleaseNamespaces = () =>
      cluster.node
        .findAll()
        .filter((c): c is ApiObject => c instanceof ApiObject && c.kind === 'HelmRelease')
        .map((r) => r.metadata.namespace!);
    const labels = partOfLabels();
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
        eventSources: Lazy.any({
          produce: () => [
            ...fluxSources.map((kind) => ({ kind, name: '*' })),
            ...[...new Set(helmReleaseNamespaces())].sort().map((namespace) => ({ kind: K.HELM_RELEASE, name: '*', namespace })),
          ],
        }),
      },
    });
  }
}
