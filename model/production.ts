import { ModelSource } from './load';

/** The production cluster: tethys (control plane), styx (worker), calypso (RTX 4090). */
export const production: ModelSource = {
  name: 'model/production.ts',
  imagesFile: 'model/images/production.yaml',
  model: {
    name: 'production',
    k3sVersion: 'v1.33.5+k3s1',
    repository: {
      url: 'ssh://git@github.com/oceanid/oceanid-gitops',
      branch: 'main',
      secretName: 'flux-system',
    },
    baseDomain: 'boathou.se',
    hostnames: { labelStudio: 'label', triton: 'gpu' },
    nodes: [
      {
        name: 'tethys',
        role: 'server',
        description: 'public VPS, control plane; kubectl reaches it over an SSH tunnel (local 16443 -> 6443)',
        labels: { 'oceanid.io/site': 'vps' },
      },
      {
        name: 'styx',
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
    charts: {
      certManager: { repository: 'oci://quay.io/jetstack/charts/cert-manager', chart: 'cert-manager', version: 'v1.21.1' },
      externalSecrets: { repository: 'oci://ghcr.io/external-secrets/charts/external-secrets', chart: 'external-secrets', version: '2.9.0' },
      cloudnativePg: { repository: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0' },
      nvidiaDevicePlugin: { repository: 'https://nvidia.github.io/k8s-device-plugin', chart: 'nvidia-device-plugin', version: '0.19.3' },
    },
    features: { annotationsSink: false },
    secrets: {
      pulumi: { organization: 'oceanid', project: 'oceanid-cluster', environment: 'production' },
      bootstrapToken: { namespace: 'external-secrets', name: 'pulumi-esc-access-token', key: 'accessToken' },
      keys: {
        clusterTunnelToken: 'cloudflare.clusterTunnelToken',
        nodeTunnelToken: 'cloudflare.nodeTunnelToken',
        cloudflareAccessClientId: 'cloudflare.accessClientId',
        cloudflareAccessClientSecret: 'cloudflare.accessClientSecret',
        cloudflareApiToken: 'cloudflare.dnsApiToken',
        labelStudioSecretKey: 'labelStudio.secretKey',
        labelStudioDbPassword: 'labelStudio.dbPassword',
        annotationsSinkDatabaseUrl: 'annotationsSink.databaseUrl',
      },
    },
    certificates: {
      acmeEmail: 'ops@boathou.se',
      acmeServer: 'https://acme-v02.api.letsencrypt.org/directory',
    },
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
    labelStudio: { postgresStorage: '10Gi', dataStorage: '20Gi' },
    annotationsSink: { stagingSchema: 'staging', databasePort: 5432 },
  },
};
