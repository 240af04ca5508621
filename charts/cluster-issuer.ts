import { Construct } from 'constructs';
import { ClusterIssuer } from '../imports/certmanager-clusterissuers-cert-manager.io';
import { PulumiSecret } from '../lib/external-secret';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { partOfLabels } from '../lib/labels';
import { ClusterModel } from '../model/schema';
import { CERT_MANAGER_NAMESPACE } from './cert-manager';

export const CLUSTER_ISSUER_NAME = 'letsencrypt';

/**
 * The ClusterIssuer: Let's Encrypt with DNS-01 through Cloudflare, which needs no inbound port
 * and so works for names behind the tunnels. The API token comes from Pulumi ESC.
 */
export class ClusterIssuerChart extends LayerChart {
  constructor(scope: Construct, id: string, model: ClusterModel) {
    super(scope, id, { model, layer: FluxLayer.INFRA_CONFIGS });
    const token = new PulumiSecret(this, 'cloudflare-api-token', {
      name: 'cloudflare-api-token',
      namespace: CERT_MANAGER_NAMESPACE,
      data: { 'api-token': model.secrets.keys.cloudflareApiToken },
    });
    new ClusterIssuer(this, 'issuer', {
      metadata: { name: CLUSTER_ISSUER_NAME, labels: partOfLabels() },
      spec: {
        acme: {
          email: model.certificates.acmeEmail,
          server: model.certificates.acmeServer,
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
