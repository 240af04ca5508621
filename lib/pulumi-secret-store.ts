import { Construct } from 'constructs';
import { ClusterSecretStore, ClusterSecretStoreSpecRefreshInterval } from '../imports/eso-clustersecretstores-external-secrets.io';
import { ClusterModel } from '../model/schema';
import { partOfLabels } from './labels';

/** Name of the one ClusterSecretStore every ExternalSecret reads from. */
export const PULUMI_STORE_NAME = 'pulumi-esc';

export interface PulumiSecretStoreProps {
  /** Pulumi organization, project and environment, and the bootstrap token's Secret. */
  readonly secrets: ClusterModel['secrets'];
}

/**
 * The ClusterSecretStore for Pulumi ESC. It authenticates with the access token in the one
 * Secret created by hand at bootstrap (see the README); that Secret is referenced, never rendered.
 */
export class PulumiSecretStore extends Construct {
  readonly name = PULUMI_STORE_NAME;

  constructor(scope: Construct, id: string, props: PulumiSecretStoreProps) {
    super(scope, id);
    const { pulumi, bootstrapToken } = props.secrets;
    new ClusterSecretStore(this, 'store', {
      metadata: { name: PULUMI_STORE_NAME, labels: partOfLabels() },
      spec: {
        refreshInterval: ClusterSecretStoreSpecRefreshInterval.fromNumber(300),
        provider: {
          pulumi: {
            organization: pulumi.organization,
            project: pulumi.project,
            environment: pulumi.environment,
            auth: {
              accessToken: { secretRef: { name: bootstrapToken.name, key: bootstrapToken.key, namespace: bootstrapToken.namespace } },
            },
          },
        },
      },
    });
  }
}
