import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterModel } from '../model/schema';
import { AnnotationsSinkChart } from './annotations-sink';
import { CertManagerChart } from './cert-manager';
import { CloudflaredChart } from './cloudflared';
import { CloudNativePgChart } from './cloudnative-pg';
import { ClusterIssuerChart } from './cluster-issuer';
import { ExternalSecretsChart } from './external-secrets';
import { FluxAlertsChart } from './flux-alerts';
import { FluxSyncChart } from './flux-sync';
import { LABEL_STUDIO_NAMESPACE, LABEL_STUDIO_PODS, LabelStudioChart } from './label-studio';
import { LsTritonAdapterChart } from './ls-triton-adapter';
import { NvidiaDevicePluginChart } from './nvidia-device-plugin';
import { SecretStoreChart } from './secret-store';
import { TritonChart } from './triton';

/**
 * Every chart of one cluster, wired from its model. Chart ids become file names under
 * `dist/<cluster>/<layer>/`.
 */
export class OceanidCluster extends Construct {
  readonly model: ClusterModel;

  constructor(scope: Construct, model: ClusterModel) {
    super(scope, model.name);
    this.model = model;
    new FluxSyncChart(this, 'flux-sync', model);

    new CertManagerChart(this, 'cert-manager', model);
    new ExternalSecretsChart(this, 'external-secrets', model);
    new CloudNativePgChart(this, 'cloudnative-pg', model);
    if (model.nodes.some((n) => n.gpu)) new NvidiaDevicePluginChart(this, 'nvidia-device-plugin', model);

    new SecretStoreChart(this, 'secret-store', model);
    new ClusterIssuerChart(this, 'cluster-issuer', model);

    const triton = model.gpuInference ? new TritonChart(this, 'triton', model) : undefined;
    const adapter = triton
      ? new LsTritonAdapterChart(this, 'ls-triton-adapter', model, {
          namespace: LABEL_STUDIO_NAMESPACE,
          tritonUrl: `https://${triton.route.hostname}`,
          modelName: triton.modelName,
          labelStudio: LABEL_STUDIO_PODS,
        })
      : undefined;
    const sink = new AnnotationsSinkChart(this, 'annotations-sink', model, { namespace: LABEL_STUDIO_NAMESPACE, labelStudio: LABEL_STUDIO_PODS });
    const labelStudio = new LabelStudioChart(this, 'label-studio', model, { mlBackendUrl: adapter?.url, webhookUrl: sink.webhookUrl });
    new CloudflaredChart(this, 'cloudflared', model, { routes: [{ route: labelStudio.route, pods: labelStudio.pods }] });

    if (model.alerts) {
      const releases = this.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && c.kind === 'HelmRelease');
      new FluxAlertsChart(this, 'flux-alerts', model, { helmReleaseNamespaces: releases.map((r) => r.metadata.namespace!) });
    }
  }
}
