import { isIP } from 'node:net';
import * as z from 'zod';
import { CONTROL_OR_LINE_BREAK, gitBranchError, goRegexpError, imageRepositoryError, kubeletLabelError, semverRangeError } from './grammars';

// The shape of one cluster's model. Everything the charts render is derived from a value of
// this schema; anything the schema cannot express (cross-field rules such as "the GPU workload
// names a node that has a GPU") is checked in `model/load.ts` with the same error format.

export const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'expected a DNS-1123 label: lower-case letters, digits and "-", at most 63 characters');

/** A DNS name: labels of at most 63 characters, at most 253 in all (RFC 1123, as Kubernetes and cert-manager check). */
const domainName = z
  .string()
  .regex(
    /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/,
    'expected a domain name such as "example.com": lower-case labels of at most 63 characters',
  )
  .max(253, 'a domain name has at most 253 characters');

/** A value checked by one of the upstream grammars of model/grammars.ts. */
function upstream(check: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const why = check(value);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });
}

/**
 * Free text that is written into comments and Markdown tables of generated files (K3s host
 * configs, dist/<cluster>/README.md): one line, no control characters, no line separators any YAML
 * reader honours, no "|".
 */
const oneLineText = z
  .string()
  .min(1)
  .refine(
    (v) => !CONTROL_OR_LINE_BREAK.test(v) && !v.includes('|'),
    'expected one line of text without "|" or control characters (it is written into YAML comments and Markdown tables)',
  );

/** A URL written as one YAML value: printable ASCII without spaces. */
const printableUrl = (scheme: RegExp, message: string) => z.string().regex(new RegExp(`^${scheme.source}[!-~]+$`), message);

/** A Pulumi organization, project or environment name: letters, digits, "-", "_" and "." (Pulumi ESC docs); one segment of the ESC path. */
const pulumiName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, 'expected letters, digits, "-", "_" or "." only (it is one segment of the Pulumi ESC environment path; no "/")')
  .refine((v) => !/^\.+$/.test(v), 'a name of dots only is not a Pulumi name');

/** A Kubernetes quantity for storage, never zero. */
const storageSize = z.string().regex(/^[1-9]\d*(Mi|Gi|Ti)$/, 'expected a size above zero such as "10Gi"');

const labelKey = z
  .string()
  .regex(/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, 'expected a Kubernetes label key such as "example.com/name"')
  .refine((key) => !key.includes('/') || key.indexOf('/') <= 253, 'the prefix of a label key is a DNS subdomain of at most 253 characters');

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
  model: oneLineText,
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
  description: oneLineText,
  /** K3s `node-label`: kubelet refuses keys in the kubernetes.io and k8s.io namespaces it does not own. */
  labels: z
    .record(labelKey, labelValue)
    .default({})
    .superRefine((labels, ctx) => {
      for (const key of Object.keys(labels)) {
        const why = kubeletLabelError(key);
        if (why) ctx.addIssue({ code: 'custom', path: [key], message: `label "${key}": ${why}` });
      }
    }),
  taints: z.array(taintSchema).default([]),
  gpu: gpuSchema.optional(),
});

export const imageSchema = z.strictObject({
  /** Registry and repository without a tag, e.g. "docker.io/cloudflare/cloudflared". */
  repository: upstream(imageRepositoryError),
  tag: pinnedTag,
  /**
   * A mirror that serves the same tags (registry and path, no tag): pods pull `mirror:tag` instead
   * of `repository:tag`. For registries the nodes cannot reach, or a cluster's own copy.
   */
  mirror: upstream(imageRepositoryError).optional(),
  /** When set, Flux image automation keeps this tag current; the value is the semver range it follows. */
  automation: z
    .strictObject({
      semverRange: upstream(semverRangeError),
      /** Only tags matching this pattern are considered (guards against pre-release and arch tags); Go RE2 syntax. */
      tagPattern: upstream(goRegexpError),
    })
    .optional(),
});

export const helmChartSchema = z.strictObject({
  /** `https://` for a Helm repository, `oci://` for an OCI registry (the chart name is the last path element). */
  repository: printableUrl(/(https|oci):\/\//, 'expected an https:// or oci:// URL'),
  /** Helm chart names: lower-case letters, digits and "-" (Helm's chart best practices). */
  chart: dnsLabel,
  version: semverTag,
});

/** A dotted Pulumi ESC path, e.g. `cloudflare.tunnelToken`. */
export const ESC_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export const secretRefSchema = z.string().regex(ESC_PATH, 'expected a dotted Pulumi ESC path such as "cloudflare.tunnelToken"');

const hostnamePrefix = dnsLabel;

export const resourcesSchema = z.strictObject({
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
  labels: z.array(oneLineText).min(1),
  /** Where the ONNX file is fetched from (an HTTPS URL pinned to a revision). */
  sourceUrl: printableUrl(/https:\/\//, 'expected an https:// URL pinned to a revision'),
  /** sha256 of the ONNX file; when set, the fetcher refuses any other file. */
  sha256: z
    .string()
    .regex(/^[a-f0-9]{64}$/, 'expected 64 lower-case hex characters')
    .optional(),
});

/**
 * Images every cluster runs, plus those of optional components (required when the component is on);
 * a component whose block is declared beside its chart adds its image under any key.
 */
const knownImages = {
  cloudflared: imageSchema,
  labelStudio: imageSchema,
  postgres: imageSchema,
  triton: imageSchema.optional(),
  lsTritonAdapter: imageSchema.optional(),
  modelFetcher: imageSchema.optional(),
  annotationsSink: imageSchema,
};
const imagesSchema = z.strictObject(knownImages).catchall(imageSchema);

type ImageKey = keyof typeof knownImages;
const imageKeys = Object.keys(knownImages) as [ImageKey, ...ImageKey[]];

/** The image of a component declared beside its chart: a key of `images` (the loader checks it is there). */
export const imageName = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected a key of images (letters and digits)');

/** The image a component runs: a key of `images`. */
const imageKey = z.enum(imageKeys, { error: () => `expected a key of images: ${imageKeys.map((k) => `"${k}"`).join(', ')}` });

/**
 * A component that needs GPUs (docs/model.md, "Model or chart constant"): the GPU node it runs on, the
 * GPUs it takes there, the size of its container and its image.
 */
export const gpuComponentSchema = z.strictObject({
  /** Node that runs it; must be a node with a `gpu` block. */
  node: dnsLabel,
  /** GPUs it requests. */
  gpus: z.int().min(1, 'the GPU workload needs at least one GPU'),
  /** Requests and limits of its container. */
  resources: resourcesSchema,
  /** The key of its image in `images`. */
  image: imageName,
});

export const clusterModelSchema = z.strictObject({
  name: dnsLabel,
  /** K3s release the host artifacts are written for. */
  k3sVersion: z.string().regex(/^v\d+\.\d+\.\d+\+k3s\d+$/, 'expected a K3s release such as "v1.33.4+k3s1"'),
  repository: z.strictObject({
    /** The Git URL Flux clones (ssh:// with the deploy key that `flux bootstrap` created). */
    url: printableUrl(/(ssh|https):\/\//, 'expected an ssh:// or https:// Git URL'),
    branch: upstream(gitBranchError),
    /** Secret in flux-system holding the Git credentials (the bootstrap deploy key). */
    secretName: dnsLabel,
  }),
  baseDomain: domainName,
  nodes: z.array(nodeSchema).min(1, 'a cluster has at least one node'),
  images: imagesSchema,
  charts: z.strictObject({
    certManager: helmChartSchema,
    externalSecrets: helmChartSchema,
    cloudnativePg: helmChartSchema,
    nvidiaDevicePlugin: helmChartSchema,
  }),
  secrets: z.strictObject({
    /** The Pulumi ESC environment the ClusterSecretStore reads. */
    pulumi: z.strictObject({
      organization: pulumiName,
      project: pulumiName,
      environment: pulumiName,
    }),
    /**
     * The one Secret created out of band (see README): the Pulumi access token ESO authenticates with.
     * Only its name and key are modelled; its value never enters the repository.
     */
    bootstrapToken: z.strictObject({
      namespace: dnsLabel,
      name: dnsLabel,
      /** A Secret data key: letters, digits, "-", "_" and "." (Kubernetes IsConfigMapKey). */
      key: z.string().regex(/^[-._a-zA-Z0-9]{1,253}$/, 'expected a Secret key: letters, digits, "-", "_" or "."'),
    }),
  }),
  /** Flux notifications: failed reconciliations and image updates go to this provider. */
  alerts: z
    .strictObject({
      provider: z.enum(['slack', 'discord', 'msteams', 'googlechat', 'generic']),
      /** Channel, for providers that have channels. */
      channel: oneLineText.optional(),
      /** Pulumi ESC path of the provider address (its webhook URL, which is a credential). */
      addressEscPath: secretRefSchema,
    })
    .optional(),
  certificates: z.strictObject({
    /** ACME account e-mail for the ClusterIssuer. */
    acmeEmail: z.email('expected an e-mail address'),
    acmeServer: printableUrl(/https:\/\//, 'expected the ACME directory URL'),
    /** Pulumi ESC path of the Cloudflare API token the DNS-01 solver uses. */
    dnsApiTokenEscPath: secretRefSchema,
  }),
  /** The cluster tunnel (cloudflared), which serves every public hostname the components declare. */
  clusterTunnel: z.strictObject({
    /** Pulumi ESC path of the tunnel token. */
    tokenEscPath: secretRefSchema,
  }),
  // Components: one block each. An optional block's presence turns its component on
  // (charts/components.ts); a required block's component always runs.

  /** Triton serving one model on a GPU node; absent on a cluster without a GPU node. */
  gpuInference: gpuComponentSchema
    .extend({
      /** @default "triton" */
      image: imageKey.default('triton'),
      model: tritonModelSchema,
      /** Size of the volume the ONNX file is fetched into. @default "2Gi" */
      modelStorage: storageSize.default('2Gi'),
      /** Public hostname (left of the base domain), served by the node tunnel beside Triton. @default "gpu" */
      hostname: hostnamePrefix.default('gpu'),
      /** Pulumi ESC path of the node tunnel's token. @default "cloudflare.nodeTunnelToken" */
      tunnelTokenEscPath: secretRefSchema.default('cloudflare.nodeTunnelToken'),
      /**
       * Triton's container with a read-only root filesystem. Off by default: when the node's NVIDIA
       * runtime injects the GPU through CDI, its nvidia-cdi-hook (update-ldcache, create-symlinks)
       * writes into the container's root filesystem and fails on a read-only one, so the container
       * is never created (kserve/kserve#5711). Turn it on only for a node whose runtime does not
       * use CDI hooks. @default false
       */
      readOnlyRootFilesystem: z.boolean().default(false),
    })
    .optional(),
  /** Label Studio's ML backend, which sends tasks to Triton (needs `gpuInference`). */
  lsTritonAdapter: z
    .strictObject({
      /** Requests and limits of the adapter container. */
      resources: resourcesSchema,
      /** @default "lsTritonAdapter" */
      image: imageKey.default('lsTritonAdapter'),
      /** Pulumi ESC paths of the Cloudflare Access service token that lets it through to Triton's hostname. */
      secrets: z
        .strictObject({
          accessClientId: secretRefSchema,
          accessClientSecret: secretRefSchema,
        })
        .default({ accessClientId: 'cloudflare.accessClientId', accessClientSecret: 'cloudflare.accessClientSecret' }),
    })
    .optional(),
  labelStudio: z.strictObject({
    postgresStorage: storageSize,
    dataStorage: storageSize,
    /**
     * An existing Label Studio database, imported when the Cluster is created (CloudNativePG
     * `bootstrap.initdb.import`, microservice type): set it for the takeover of a running Label
     * Studio, before the bootstrap. @default none (the database starts empty)
     */
    importFrom: z
      .strictObject({
        /** Namespace of the Service in front of the existing Postgres. */
        namespace: dnsLabel,
        /** That Service's name. */
        service: dnsLabel,
        port: z.int().min(1).max(65535).default(5432),
        /** The database to import. */
        database: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a Postgres identifier of at most 63 characters'),
        /** A user that may read it. */
        user: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a Postgres identifier of at most 63 characters'),
        /** ESC path of that user's password. */
        passwordKey: secretRefSchema,
      })
      .optional(),
    /** Requests and limits of the uwsgi container (nginx and the init steps are sized by the chart). */
    resources: resourcesSchema,
    /** @default "labelStudio" */
    image: imageKey.default('labelStudio'),
    /** Public hostname (left of the base domain), served by the cluster tunnel. */
    hostname: hostnamePrefix,
    /** Pulumi ESC paths of its secrets. */
    secrets: z.strictObject({
      secretKey: secretRefSchema,
      dbPassword: secretRefSchema,
      /** The first user (an e-mail address) and its password, created at start when missing. */
      adminUsername: secretRefSchema,
      adminPassword: secretRefSchema,
    }),
  }),
  /** The annotations sink always runs; `writeToStage` switches its writing into the stage schema. */
  annotationsSink: z.strictObject({
    /** Requests and limits of the sink container. */
    resources: resourcesSchema,
    /** @default "annotationsSink" */
    image: imageKey.default('annotationsSink'),
    /** Write Hugging Face style JSONL and cleaned extractions into `stageSchema` (`WRITE_TO_STAGE`). @default false */
    writeToStage: z.boolean().default(false),
    /** Postgres schema of the external CrunchyBridge database the sink writes into (`STAGE_SCHEMA`). */
    stageSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a Postgres identifier of at most 63 characters'),
    /** Port of the external CrunchyBridge database, for the egress NetworkPolicy. */
    databasePort: z.int().min(1).max(65535),
    /** Pulumi ESC path of its `DATABASE_URL`. */
    databaseUrlEscPath: secretRefSchema,
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
export type ImageName = Extract<keyof ClusterModel['images'], string>;
export type TritonModelConfig = z.output<typeof tritonModelSchema>;
export type GpuInferenceModel = NonNullable<ClusterModel['gpuInference']>;
export type GpuComponentModel = z.output<typeof gpuComponentSchema>;
