import { Construct } from 'constructs';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { PulumiSecretStore } from '../lib/pulumi-secret-store';
import { ClusterModel } from '../model/schema';

/** The ClusterSecretStore for Pulumi ESC that every ExternalSecret reads from. */
export class SecretStoreChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONFIGS });
    new PulumiSecretStore(this, 'pulumi', { secrets: model.secrets });
  }
}
