import { withDefaults } from './defaults';
import { ModelSource } from './load';

/** The production cluster: tethys (control plane), styx (worker), calypso (RTX 4090). */
export const production: ModelSource = {
  name: 'model/production.ts',
  imagesFile: 'model/images/production.yaml',
  model: withDefaults({
    name: 'production',
    baseDomain: 'boathou.se',
    nodes: [
      {
        name: 'srv712429',
        role: 'server',
        description: 'public VPS, control plane; kubectl reaches it over an SSH tunnel (local 16443 -> 6443)',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'srv712695',
        role: 'agent',
        description: 'public VPS, general worker',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'calypso',
        role: 'agent',
        description: 'GPU workstation on a home LAN',
        labels: { 'oceanid.io/site': 'home-lan' },
        taints: [{ key: 'workload-type', value: 'gpu-compute', effect: 'NoSchedule' }],
        gpu: { vendor: 'nvidia', model: 'RTX-4090', count: 1 },
      },
    ],
    secrets: { pulumi: { organization: 'oceanid', project: 'oceanid-cluster', environment: 'production' } },
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
  }),
};
