import { withDefaults } from '../../model/defaults';
import { ModelSource } from '../../model/load';

/**
 * A second cluster for the tests only (never rendered into dist/): two public nodes, one of them an
 * IPv6 server, no GPU node, and the annotations sink writing to its stage schema. It proves that
 * several clusters render side by side, each from its own model, without a second real cluster in
 * the repository. Addresses are from the documentation ranges (RFC 5737, RFC 3849).
 */
export const secondCluster: ModelSource = {
  name: 'test/models/second-cluster.ts',
  imagesFile: 'test/models/second-cluster.images.yaml',
  model: withDefaults({
    name: 'second',
    k3sVersion: 'v1.33.4+k3s1',
    baseDomain: 'second.example.com',
    nodes: [
      {
        name: 'ceto',
        alias: 'harbour',
        role: 'server',
        address: '2001:db8::10',
        reachability: 'public',
        description: 'public VPS, IPv6 control plane',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'doris',
        role: 'agent',
        address: '203.0.113.20',
        reachability: 'public',
        description: 'public VPS, worker',
        labels: { 'oceanid.io/site': 'vps' },
      },
    ],
    secrets: { pulumi: { organization: 'example-org', project: 'second-cluster', environment: 'test' } },
    annotationsSink: { writeToStage: true },
    certificates: { acmeServer: 'https://acme-staging-v02.api.letsencrypt.org/directory' },
    labelStudio: { postgresStorage: '5Gi', dataStorage: '5Gi' },
  }),
};
