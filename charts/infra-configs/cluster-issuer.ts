import { Construct } from 'constructs';
import { ClusterIssuer as ClusterIssuerResource } from '../../imports/certmanager-clusterissuers-cert-manager.io';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { partOfLabels } from '../../lib/labels';
import { ClusterModel } from '../../model/schema';
import { CERT_MANAGER_NAMESPACE } from '../../lib/component-endpoints';

export const CLUSTER_ISSUER_NAME = 'letsencrypt';

/**
 * The ClusterIssuer: Let's Encrypt with DNS-01 through Cloudflare, which needs no inbound port
 * and so works for names behind the tunnels. The API token comes from Pulumi ESC. Its block is the
 * model's `certificates`.
 */
export class ClusterIssuer extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['certificates']>) {
    super(scope, id, props);
    const { model, block: certificates } = props;
    const token = new PulumiSecret(this, 'cloudflare-api-token', {
      name: 'cloudflare-api-token',
      namespace: CERT_MANAGER_NAMESPACE,
      data: { 'api-token': certificates.dnsApiTokenEscPath },
    });
    new ClusterIssuerResource(this, 'issuer', {
      metadata: { name: CLUSTER_ISSUER_NAME, labels: partOfLabels() },
      spec: {
        acme: {
          email: certificates.acmeEmail,
          server: certificates.acmeServer,
          privateKeySecretRef: { name: `${CLUSTER_ISSUER_NAME}-account-key` },
          solvers: [
            {
              selector: { dnsZones: [model.baseDomain] },
              dns01: { cloudflare: { apiTokenSecretRef: { name: token.secretName, key: 'api-token' } } },
            },
          ],
        },
      },
    });
  }
}
