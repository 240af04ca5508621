import { withDefaults } from './defaults';
import { ModelSource } from './load';

/**
 * The staging cluster: two VPS nodes and no GPU node, so no Triton path; the annotations sink is
 * enabled here first.
 */
export const staging: ModelSource = {
  name: 'model/staging.ts',
  imagesFile: 'model/images/staging.yaml',
  model: withDefaults({
    name: 'staging',
    baseDomain: 'staging.boathou.se',
    nodes: [
      { name: 'nereid', role: 'server', description: 'public VPS, staging control plane', labels: { 'oceanid.io/site': 'vps' } },
      { name: 'proteus', role: 'agent', description: 'public VPS, staging worker', labels: { 'oceanid.io/site': 'vps' } },
    ],
    secrets: { pulumi: { organization: 'oceanid', project: 'oceanid-cluster', environment: 'staging' } },
    features: { annotationsSink: true },
    certificates: { acmeServer: 'https://acme-staging-v02.api.letsencrypt.org/directory' },
    labelStudio: { postgresStorage: '5Gi', dataStorage: '5Gi' },
  }),
};
