import { withDefaults } from './defaults';
import { ModelSource } from './load';

/**
 * The production cluster as it runs today (../shared/SYSTEM.md, "The running cluster"). Node
 * names are the Kubernetes node names (`kubectl get nodes`); `alias` is what people call them.
 */
export const production: ModelSource = {
  name: 'model/production.ts',
  imagesFile: 'model/images/production.yaml',
  model: withDefaults({
    name: 'production',
    k3sVersion: 'v1.33.4+k3s1',
    baseDomain: 'boathou.se',
    nodes: [
      {
        name: 'srv712429',
        alias: 'tethys',
        role: 'server',
        address: '157.173.210.123',
        reachability: 'public',
        description: 'public VPS, control plane; kubectl reaches it over an SSH tunnel (local 16443 -> 6443)',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'srv712695',
        alias: 'styx',
        role: 'agent',
        address: '191.101.1.3',
        reachability: 'public',
        description: 'public VPS, general worker',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'calypso',
        role: 'agent',
        address: '192.168.2.80',
        reachability: 'nat',
        description: 'GPU workstation on a home LAN, behind NAT',
        labels: { 'oceanid.io/site': 'home-lan' },
        taints: [{ key: 'workload-type', value: 'gpu-compute', effect: 'NoSchedule' }],
        gpu: { vendor: 'nvidia', model: 'RTX-4090', count: 1 },
      },
    ],
    // The Pulumi stack ryan-taylor/oceanid-cluster/prod; its ESC environment has the same organisation, project and name.
    secrets: { pulumi: { organization: 'ryan-taylor', project: 'oceanid-cluster', environment: 'prod' } },
    gpuInference: {
      node: 'calypso',
      gpus: 1,
      resources: { cpu: '2', memory: '8Gi', cpuLimit: '8', memoryLimit: '16Gi' },
      model: {
        name: 'distilbert',
        maxBatchSize: 32,
        preferredBatchSizes: [8, 16, 32],
        maxQueueDelayMicroseconds: 2000,
        instancesPerGpu: 1,
        labels: ['NEGATIVE', 'POSITIVE'],
        // The branch URL is pinned by the checksum: the fetcher refuses a file whose sha256 differs.
        sourceUrl: 'https://huggingface.co/distilbert/distilbert-base-uncased-finetuned-sst-2-english/resolve/main/onnx/model.onnx',
        sha256: '252cf7048af94a1599019fef35961b2bd3d6db13df0b0a4b032b92baeae31939',
      },
    },
    lsTritonAdapter: { resources: { cpu: '100m', memory: '128Mi', cpuLimit: '500m', memoryLimit: '512Mi' } },
  }),
};
