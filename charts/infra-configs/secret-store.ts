import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { PulumiSecretStore } from '../../lib/pulumi-secret-store';
import { ClusterModel } from '../../model/schema';

/** The ClusterSecretStore for Pulumi ESC that every ExternalSecret reads from; its block is the model's secrets. */
export class SecretStore extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['secrets']>) {
    super(scope, id, props);
    new PulumiSecretStore(this, 'pulumi', { secrets: props.block });
  }
}
