import { isIP } from 'node:net';
import * as z from 'zod';

// The shape of one cluster's model. Everything the charts render is derived from a value of
// this schema; anything the schema cannot express (cross-field rules such as "the GPU workload
// names a node that has a GPU") is checked in `model/load.ts` with the same error format.

const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'expected a DNS-1123 label: lower-case letters, digits and "-", at most 63 characters');

const domainName = z
  .string()
  .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, 'expected a domain name such as "example.com"');

const labelKey = z
  .string()
  .regex(/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, 'expected a Kubernetes label key such as "example.com/name"');

const labelValue = z
  .string()
  .regex(/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/, 'expected a Kubernetes label value: at most 63 letters, digits, "-", "_" or "."');

/** An address written into K3s host configuration and URLs: IPv4 in dotted quad or IPv6, nothing else. */
const ipAddress = z.string().refine((v) => isIP(v) !== 0, 'expected an IPv4 or IPv6 address such as "203.0.113.10" or "2001:db8::10"');

const semverTag = z.string().regex(/^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/, 'expected a pinned version such as "1.2.3" or "v1.2.3"');

/** An image tag pinned to a release: never empty, never `latest`. */
const pinnedTag = z
  .string({ error: (issue) => (issue.input === undefined ? 'a pinned image tag is required' : 'expected a string') })
  .min(1, 'a pinned image tag is required')
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'expected an image tag such as "1.2.3"')
  .refine((tag) => tag !== 'latest', 'the tag "latest" is not pinned: name a release');

export const taintSchema = z.strictObject({
  key: labelKey,
  value: labelValue,
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});

export const gpuSchema = z.strictObject({
  /** Only NVIDIA is wired today: the device plugin, runtime class and resource name follow from it. */
  vendor: z.literal('nvidia'),
  /** Human-readable model, e.g. "RTX 4090"; shown in docs and used as a node label value. */
  model: z.string().min(1),
  /** Number of physical GPUs the node offers as `nvidia.com/gpu`. */
  count: z.int().min(1, 'a GPU node offers at least one GPU'),
});

export const nodeSchema = z.strictObject({
  /** The Kubernetes node name (`kubectl get nodes`, the `kubernetes.io/hostname` label, K3s `node-name`). */
  name: dnsLabel,
  /** The name people use for the node (docs and tables only; nothing selects on it). @default none */
  alias: dnsLabel.optional(),
  role: z.enum(['server', 'agent']),
  /** The node's IP address on its own network interface (K3s `node-ip`). */
  address: ipAddress,
  /**
   * `public`: the other nodes reach `address` over the internet, so it is also the node's K3s
   * `node-external-ip`. `nat`: `address` is private and behind NAT; the node only connects outward.
   */
  reachability: z.enum(['public', 'nat']),
  /** Where the node lives; written into host config comments and the architecture table, so one line without "|". */
  description: z.string().regex(/^[^\r\n|]+$/, 'expected one line of text without "|" (it is written into YAML comments and a Markdown table)'),
  labels: z.record(labelKey, labelValue).default({}),
  taints: z.array(taintSchema).default([]),
  gpu: gpuSchema.optional(),
});

export const imageSchema = z.strictObject({
  /** Registry and repository without a tag, e.g. "docker.io/cloudflare/cloudflared". */
  repository: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, 'expected "registry/path/name" without a tag'),
  tag: pinnedTag,
  /**
   * A mirror that serves the same tags (registry and path, no tag): pods pull `mirror:tag` instead
   * of `repository:tag`. For registries the nodes cannot reach, or a cluster's own copy.
   */
  mirror: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, 'expected "registry/path/name" without a tag').optional(),
  /** When set, Flux image automation keeps this tag current; the value is the semver range it follows. */
  automation: z
    .strictObject({
      semverRange: z.string().min(1),
      /** Only tags matching this pattern are considered (guards against pre-release and arch tags). */
      tagPattern: z.string().min(1),
    })
    .optional(),
});

export const helmChartSchema = z.strictObject({
  /** `https://` for a Helm repository, `oci://` for an OCI registry (the chart name is the last path element). */
  repository: z.string().regex(/^(https|oci):\/\/\S+$/, 'expected an https:// or oci:// URL'),
  chart: z.string().min(1),
  version: semverTag,
});

/** A dotted Pulumi ESC path, e.g. `cloudflare.tunnelToken`. */
export const ESC_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export const secretRefSchema = z.string().regex(ESC_PATH, 'expected a dotted Pulumi ESC path such as "cloudflare.tunnelToken"');

const hostnamePrefix = dnsLabel;

const resourcesSchema = z.strictObject({
  cpu: z.string().regex(/^\d+(\.\d+)?m?$/, 'expected a CPU quantity such as "250m" or "1"'),
  memory: z.string().regex(/^\d+(Ki|Mi|Gi)$/, 'expected a memory quantity such as "256Mi"'),
  cpuLimit: z.string().regex(/^\d+(\.\d+)?m?$/, 'expected a CPU quantity such as "500m" or "2"'),
  memoryLimit: z.string().regex(/^\d+(Ki|Mi|Gi)$/, 'expected a memory quantity such as "512Mi"'),
});

export const tritonModelSchema = z.strictObject({
  /** Model name as Triton serves it (the folder name in the model repository). */
  name: dnsLabel,
  maxBatchSize: z.int().min(1).max(1024),
  /** Dynamic batching: Triton groups requests up to these sizes, waiting at most this long. */
  preferredBatchSizes: z.array(z.int().min(1)).min(1),
  maxQueueDelayMicroseconds: z.int().min(0).max(1_000_000),
  /** Instances of the model per GPU. */
  instancesPerGpu: z.int().min(1).max(8),
  /** Output labels in logit order. */
  labels: z.array(z.string().min(1)).min(1),
  /** Where the ONNX file is fetched from (an HTTPS URL pinned to a revision). */
  sourceUrl: z.string().regex(/^https:\/\/\S+$/, 'expected an https:// URL pinned to a revision'),
  /** sha256 of the ONNX file; when set, the fetcher refuses any other file. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/, 'expected 64 lower-case hex characters').optional(),
});

export const clusterModelSchema = z.strictObject({
  name: dnsLabel,
  /** K3s release the host artifacts are written for. */
  k3sVersion: z.string().regex(/^v\d+\.\d+\.\d+\+k3s\d+$/, 'expected a K3s release such as "v1.33.4+k3s1"'),
  repository: z.strictObject({
    /** The Git URL Flux clones (ssh:// with the deploy key that `flux bootstrap` created). */
    url: z.string().regex(/^(ssh|https):\/\/\S+$/, 'expected an ssh:// or https:// Git URL'),
    branch: z.string().min(1),
    /** Secret in flux-system holding the Git credentials (the bootstrap deploy key). */
    secretName: dnsLabel,
  }),
  baseDomain: domainName,
  /** Public hostnames, as the label left of the base domain. */
  hostnames: z.strictObject({
    labelStudio: hostnamePrefix,
    triton: hostnamePrefix,
  }),
  nodes: z.array(nodeSchema).min(1, 'a cluster has at least one node'),
  /** Images every cluster runs, plus those of optional parts (required when the part is on). */
  images: z.strictObject({
    cloudflared: imageSchema,
    labelStudio: imageSchema,
    postgres: imageSchema,
    triton: imageSchema.optional(),
    lsTritonAdapter: imageSchema.optional(),
    modelFetcher: imageSchema.optional(),
    annotationsSink: imageSchema,
  }),
  charts: z.strictObject({
    certManager: helmChartSchema,
    externalSecrets: helmChartSchema,
    cloudnativePg: helmChartSchema,
    nvidiaDevicePlugin: helmChartSchema,
  }),
  secrets: z.strictObject({
    /** The Pulumi ESC environment the ClusterSecretStore reads. */
    pulumi: z.strictObject({
      organization: z.string().min(1),
      project: z.string().min(1),
      environment: z.string().min(1),
    }),
    /**
     * The one Secret created out of band (see README): the Pulumi access token ESO authenticates with.
     * Only its name and key are modelled; its value never enters the repository.
     */
    bootstrapToken: z.strictObject({ namespace: dnsLabel, name: dnsLabel, key: z.string().min(1) }),
    /** Every secret the workloads use, by its path in Pulumi ESC. */
    keys: z.strictObject({
      clusterTunnelToken: secretRefSchema,
      nodeTunnelToken: secretRefSchema,
      cloudflareAccessClientId: secretRefSchema,
      cloudflareAccessClientSecret: secretRefSchema,
      cloudflareApiToken: secretRefSchema,
      labelStudioSecretKey: secretRefSchema,
      labelStudioDbPassword: secretRefSchema,
      /** Label Studio's first user (an e-mail address) and its password, created at start when missing. */
      labelStudioAdminUsername: secretRefSchema,
      labelStudioAdminPassword: secretRefSchema,
      annotationsSinkDatabaseUrl: secretRefSchema,
    }),
  }),
  /** Flux notifications: failed reconciliations and image updates go to this provider. */
  alerts: z
    .strictObject({
      provider: z.enum(['slack', 'discord', 'msteams', 'googlechat', 'generic']),
      /** Channel, for providers that have channels. */
      channel: z.string().min(1).optional(),
      /** Pulumi ESC path of the provider address (its webhook URL, which is a credential). */
      addressEscPath: secretRefSchema,
    })
    .optional(),
  certificates: z.strictObject({
    /** ACME account e-mail for the ClusterIssuer. */
    acmeEmail: z.email('expected an e-mail address'),
    acmeServer: z.string().regex(/^https:\/\/\S+$/, 'expected the ACME directory URL'),
  }),
  /** The Triton pre-labelling path; absent on a cluster without a GPU node. */
  gpuInference: z.strictObject({
    /** Node that runs Triton; must be a node with a `gpu` block. */
    node: dnsLabel,
    /** GPUs Triton requests. */
    gpus: z.int().min(1, 'the GPU workload needs at least one GPU'),
    model: tritonModelSchema,
    resources: resourcesSchema,
  }).optional(),
  labelStudio: z.strictObject({
    postgresStorage: z.string().regex(/^\d+(Mi|Gi)$/, 'expected a size such as "10Gi"'),
    dataStorage: z.string().regex(/^\d+(Mi|Gi)$/, 'expected a size such as "10Gi"'),
  }),
  /** The annotations sink always runs; `writeToStage` switches its writing into the stage schema. */
  annotationsSink: z.strictObject({
    /** Write Hugging Face style JSONL and cleaned extractions into `stageSchema` (`WRITE_TO_STAGE`). @default false */
    writeToStage: z.boolean().default(false),
    /** Postgres schema of the external CrunchyBridge database the sink writes into (`STAGE_SCHEMA`). */
    stageSchema: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a Postgres identifier'),
    /** Port of the external CrunchyBridge database, for the egress NetworkPolicy. */
    databasePort: z.int().min(1).max(65535),
  }),
});

/** The model as written by an operator (defaults not yet applied). */
export type ClusterModelInput = z.input<typeof clusterModelSchema>;
/** The validated model every chart reads. */
export type ClusterModel = z.output<typeof clusterModelSchema>;
export type NodeModel = ClusterModel['nodes'][number];
export type TaintModel = z.output<typeof taintSchema>;
export type ImageModel = z.output<typeof imageSchema>;
export type HelmChartModel = z.output<typeof helmChartSchema>;
export type ImageName = keyof ClusterModel['images'];
export type TritonModelConfig = z.output<typeof tritonModelSchema>;
