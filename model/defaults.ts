import { ClusterModelInput } from './schema';

/** What every cluster shares unless its own model says otherwise. */
export const sharedDefaults = {
  repository: {
    // github.com/ry4n-s/oceanid, a personal account; the ssh:// form is what `flux bootstrap github` configures.
    url: 'ssh://git@github.com/ry4n-s/oceanid',
    branch: 'main',
    secretName: 'flux-system',
  },
  charts: {
    certManager: { repository: 'oci://quay.io/jetstack/charts/cert-manager', chart: 'cert-manager', version: 'v1.21.1' },
    externalSecrets: { repository: 'oci://ghcr.io/external-secrets/charts/external-secrets', chart: 'external-secrets', version: '2.9.0' },
    cloudnativePg: { repository: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0' },
    nvidiaDevicePlugin: { repository: 'https://nvidia.github.io/k8s-device-plugin', chart: 'nvidia-device-plugin', version: '0.19.3' },
  },
  secrets: {
    bootstrapToken: { namespace: 'external-secrets', name: 'pulumi-esc-access-token', key: 'accessToken' },
  },
  alerts: { provider: 'slack', channel: 'oceanid-ops', addressEscPath: 'flux.alertsWebhookUrl' },
  certificates: {
    acmeEmail: 'ops@boathou.se',
    acmeServer: 'https://acme-v02.api.letsencrypt.org/directory',
    dnsApiTokenEscPath: 'cloudflare.dnsApiToken',
  },
  clusterTunnel: { tokenEscPath: 'cloudflare.clusterTunnelToken' },
  labelStudio: {
    postgresStorage: '10Gi',
    dataStorage: '20Gi',
    resources: { cpu: '250m', memory: '512Mi', cpuLimit: '2', memoryLimit: '2Gi' },
    hostname: 'label',
    secrets: {
      secretKey: 'labelStudio.secretKey',
      dbPassword: 'labelStudio.dbPassword',
      adminUsername: 'labelStudio.adminUsername',
      adminPassword: 'labelStudio.adminPassword',
    },
  },
  // The stage schema's name and the port are assumptions (docs/model.md, "Assumptions"); writing is off unless enabled.
  annotationsSink: {
    writeToStage: false,
    stageSchema: 'stage',
    databasePort: 5432,
    databaseUrlEscPath: 'annotationsSink.databaseUrl',
    resources: { cpu: '50m', memory: '128Mi', cpuLimit: '500m', memoryLimit: '512Mi' },
  },
} satisfies DeepPartial<ClusterModelInput>;

/** A cluster's own part of the model: its identity plus whatever it overrides. */
export type ClusterOverrides = Pick<ClusterModelInput, 'name' | 'k3sVersion' | 'baseDomain' | 'nodes'> & {
  readonly secrets: { readonly pulumi: ClusterModelInput['secrets']['pulumi'] } & DeepPartial<Omit<ClusterModelInput['secrets'], 'pulumi'>>;
} & DeepPartial<Omit<ClusterModelInput, 'name' | 'k3sVersion' | 'baseDomain' | 'nodes' | 'secrets' | 'images'>> & {
    /** Blocks of components declared beside their charts (lib/component.ts `modelBlock`), checked when the model loads. */
    readonly [componentBlock: string]: unknown;
  };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * The shared defaults with `overrides` laid over them: objects merge key by key, arrays and
 * scalars replace. The result is validated like any model when the synth loads it.
 */
export function withDefaults(overrides: ClusterOverrides): Omit<ClusterModelInput, 'images'> {
  return merge(sharedDefaults, overrides) as Omit<ClusterModelInput, 'images'>;
}

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return structuredClone(base);
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
