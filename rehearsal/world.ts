import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Kubernetes object in `kubectl get -o json` shape. */
export interface Obj {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
    managedFields?: { manager?: string; operation?: string }[];
    [k: string]: unknown;
  };
  spec?: any;
  status?: any;
  data?: Record<string, string>;
  [k: string]: unknown;
}

/** A unit on a node's host (systemd), as the rehearsal models it. */
export interface HostUnit {
  active: boolean;
  /** The tunnel a host cloudflared connects to. @default none (not a connector) */
  tunnel?: string;
  /** Locally managed ingress rules of a host connector: hostname -> origin. @default none */
  routes?: Record<string, string>;
  /** The origin URL this unit answers on the host (`http://localhost:8000` for Triton). @default none */
  serves?: string;
}

/** One node's host: what K3s runs with and what else runs beside it. */
export interface Host {
  role: 'server' | 'agent';
  /** K3s config keys in effect (/etc/rancher/k3s/config.yaml as K3s last read it). */
  config: Record<string, unknown>;
  /** The config file as installed, read at the next start. */
  installed: Record<string, unknown>;
  /** K3S_TOKEN in the agent's systemd environment file (how the install script joins an agent). */
  tokenEnv: boolean;
  /** Whether /etc/rancher/k3s/token exists. */
  tokenFile: boolean;
  /** Secrets encryption at rest as the server runs it. */
  secretsEncryption: boolean;
  flannelBackend: string;
  ready: boolean;
  units: Record<string, HostUnit>;
}

/** A Cloudflare tunnel: where its routes live (dashboard or the connector's config file) and the dashboard's routes. */
export interface Tunnel {
  managed: 'remote' | 'local';
  /** Dashboard routes of a remotely managed tunnel (hostname -> origin); a local one's come from its connectors. */
  routes: Record<string, string>;
}

/** A resource in the Pulumi stack's state, by the Kubernetes object it stands for. */
export interface PulumiResource {
  urn: string;
  kind: string;
  namespace?: string;
  name: string;
  protect?: boolean;
}

/** Everything the rehearsal models: the cluster objects and what lives outside them. */
export interface World {
  currentContext: string;
  contexts: string[];
  serverVersion: unknown;
  objects: Obj[];
  hosts: Record<string, Host>;
  tunnels: Record<string, Tunnel>;
  /** Public hostname -> the tunnel its DNS record (CNAME to <id>.cfargotunnel.com) points at. */
  dns: Record<string, string>;
  /** Which tunnel a pre-existing connector's token belongs to: `Kind/namespace/name` of the Deployment (or Secret) -> tunnel. */
  connectors: Record<string, string>;
  /** Pulumi ESC paths that hold a value; a tunnel token is `tunnel:<name>`. */
  esc: Record<string, string>;
  /**
   * ESC also holds a value at every path the production model declares, as `pulumi env get
   * --definition` showed when the cluster was recorded; a component added to the model later gets
   * its value with it (docs/add-an-app.md). The runbook's own model edits (`modelPatch`) are not
   * covered: their paths must be set by the runbook. @default false
   */
  escHoldsModelPaths?: boolean;
  pulumi: { resources: PulumiResource[] };
  /** Deploy keys registered on the repository, by the uid of the Secret holding their private half. */
  deployKeys: Record<string, 'read-only' | 'read-write'>;
  /** Trees of the Git repository outside what the synth renders (an old sync path): path -> objects. */
  gitTrees: Record<string, Obj[]>;
  /** Rows of each database, by `Kind/namespace/name` of the object that holds it. */
  databases: Record<string, number>;
  /** Edits to the cluster model the runbook asks for in this variant (a JSON merge patch). @default none */
  modelPatch?: Record<string, unknown>;
}

/** A variant: a recorded cluster as the seed plus an overlay. */
export interface Variant {
  readonly name: string;
  readonly description: string;
  readonly world: World;
}

export const objectKey = (o: Pick<Obj, 'kind' | 'metadata'>): string => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

interface Overlay {
  description: string;
  /** Objects removed from the seed, as `Kind/namespace/name`. */
  remove?: string[];
  /** Objects added to the seed, or replacing the seed's object of the same key. */
  objects?: Obj[];
  /** Fields of the world outside the cluster, merged into the base's (objects merge by key). */
  world?: Partial<World>;
}

/** A JSON merge patch (RFC 7386) applied to a copy of `target`: null removes a field; what is patched is copied, the rest shared. */
export function mergePatch(target: any, patch: any): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return structuredClone(patch);
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function applyOverlay(world: World, overlay: Overlay): World {
  const remove = new Set(overlay.remove ?? []);
  const added = new Map((overlay.objects ?? []).map((o) => [objectKey(o), structuredClone(o)]));
  const objects = world.objects.filter((o) => !remove.has(objectKey(o)) && !added.has(objectKey(o)));
  const merged = mergePatch(world, { ...(overlay.world ?? {}), objects: undefined }) as World;
  return { ...merged, objects: [...objects, ...added.values()] };
}

/**
 * The variants: the seed recorded cluster (test/fixtures/preflight/recorded-cluster.json) with the
 * base overlay (`base.json`: what the seed does not record, outside the API server), then each
 * `*.json` overlay of `dir` on top. `seed` is the base alone.
 */
export function loadVariants(seedFile: string, dir: string): Variant[] {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
  const empty: World = {
    currentContext: seed.currentContext,
    contexts: seed.contexts,
    serverVersion: seed.serverVersion,
    objects: seed.objects,
    hosts: {},
    tunnels: {},
    dns: {},
    connectors: {},
    esc: {},
    pulumi: { resources: [] },
    deployKeys: {},
    gitTrees: {},
    databases: {},
  };
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Overlay;
  const base = read('base.json');
  const baseWorld = applyOverlay(empty, base);
  const variants: Variant[] = [{ name: 'seed', description: base.description, world: baseWorld }];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'base.json')
    .sort()) {
    const overlay = read(file);
    // applyOverlay copies what it changes and shares the rest, which no one writes (a Simulation works on its own copy).
    variants.push({ name: file.replace(/\.json$/, ''), description: overlay.description, world: applyOverlay(baseWorld, overlay) });
  }
  return variants;
}
