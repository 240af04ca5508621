import { withDefaults } from '../../model/defaults';
import { validateClusterModel } from '../../model/load';
import { ClusterModel, ClusterModelInput } from '../../model/schema';

/**
 * The test model for what-if clusters: obviously fictional nodes (two CPU nodes, one server among
 * them, and one GPU node with two GPUs) running every component, with addresses from the
 * documentation ranges (RFC 5737). Tests edit a copy of it to ask "what if the cluster had ...?"
 * and assert invariants, so no test depends on production's nodes or list positions.
 */
export function whatIfInput(): ClusterModelInput {
  return structuredClone({
    ...withDefaults({
      name: 'what-if',
      k3sVersion: 'v1.33.4+k3s1',
      baseDomain: 'what-if.example.com',
      nodes: [
        { name: 'test-server', role: 'server', address: '198.51.100.1', reachability: 'public', description: 'fictional control plane' },
        { name: 'test-worker', role: 'agent', address: '198.51.100.2', reachability: 'public', description: 'fictional worker' },
        {
          name: 'test-gpu-a',
          role: 'agent',
          address: '10.0.0.1',
          reachability: 'nat',
          description: 'fictional GPU node',
          taints: [{ key: 'workload-type', value: 'gpu-compute', effect: 'NoSchedule' }],
          gpu: { vendor: 'nvidia', model: 'TEST-GPU', count: 2 },
        },
      ],
      secrets: { pulumi: { organization: 'example-org', project: 'what-if', environment: 'test' } },
      gpuInference: {
        node: 'test-gpu-a',
        gpus: 1,
        resources: { cpu: '1', memory: '1Gi', cpuLimit: '2', memoryLimit: '2Gi' },
        model: {
          name: 'test-model',
          maxBatchSize: 8,
          preferredBatchSizes: [4, 8],
          maxQueueDelayMicroseconds: 100,
          instancesPerGpu: 1,
          labels: ['A', 'B'],
          sourceUrl: 'https://models.example.com/test-model/1/model.onnx',
          sha256: 'a'.repeat(64),
        },
      },
      lsTritonAdapter: { resources: { cpu: '100m', memory: '128Mi', cpuLimit: '500m', memoryLimit: '512Mi' } },
    }),
    images: {
      cloudflared: { repository: 'docker.io/cloudflare/cloudflared', tag: '2025.9.0' },
      labelStudio: { repository: 'docker.io/heartexlabs/label-studio', tag: '1.20.0' },
      postgres: { repository: 'ghcr.io/cloudnative-pg/postgresql', tag: '17.5' },
      triton: { repository: 'nvcr.io/nvidia/tritonserver', tag: '25.08-py3' },
      lsTritonAdapter: { repository: 'ghcr.io/oceanid/ls-triton-adapter', tag: '0.4.2' },
      modelFetcher: { repository: 'docker.io/curlimages/curl', tag: '8.11.1' },
      annotationsSink: { repository: 'ghcr.io/oceanid/annotations-sink', tag: '0.2.1' },
    },
  } as ClusterModelInput);
}

/** The what-if model after `edit`, validated like any model. */
export function whatIfModel(edit: (m: ClusterModelInput) => void = () => undefined): ClusterModel {
  const input = whatIfInput();
  edit(input);
  return validateClusterModel(input, 'test/models/what-if.ts');
}

/** A second GPU node for `m`, with its own taint (so nothing meant for the first lands on it). */
export function addGpuNode(m: ClusterModelInput, name: string, address: string, taintValue = `gpu-${name}`): void {
  m.nodes.push({
    name,
    role: 'agent',
    address,
    reachability: 'nat',
    description: 'fictional second GPU node',
    taints: [{ key: 'workload-type', value: taintValue, effect: 'NoSchedule' }],
    gpu: { vendor: 'nvidia', model: 'TEST-GPU', count: 1 },
  });
}
