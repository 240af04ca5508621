import { identity } from '../policy/cluster-index';
import { objectId } from '../policy/finding';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { finding } from './report';

/** The value of `--flag value` / `--flag=value` in args, or true when present without one we can read. */
function flag(args: readonly string[], name: string): string | true | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(name.length + 3) : (args[i + 1] ?? true);
}

/** Where a value comes from, for the report: a literal is never printed, only that it is one. */
function envSource(env: any): string {
  const ref = env.valueFrom?.secretKeyRef;
  return ref ? `from Secret ${ref.name}, key ${ref.key}` : env.valueFrom ? 'from a reference' : 'as a literal';
}

/**
 * Where cloudflared looks for config.yml/config.yaml when no --config is given (cloudflare/cloudflared
 * 2025.11.1 config/configuration.go DefaultConfigSearchDirectories; `~` is the container user's home).
 */
const DEFAULT_CONFIG_DIRS = /^(\/etc\/cloudflared|\/usr\/local\/etc\/cloudflared|.*\/(\.cloudflared|\.cloudflare-warp|cloudflare-warp))\/?$/;

/** How a cloudflared connector is configured: token, config file, credentials file. */
export interface ConnectorConfig {
  readonly token?: string;
  readonly config?: string;
  readonly credentials?: string;
  /** The Secrets it reads its token from, `namespace/name`. */
  readonly tokenSecrets: string[];
}

/** Reads a cloudflared container's flags and environment (cloudflare/cloudflared 2025.11.1 cmd/cloudflared/tunnel/subcommands.go names them). */
export function connectorConfig(container: any, namespace: string): ConnectorConfig | undefined {
  const args: string[] = [...(container.command ?? []), ...(container.args ?? [])];
  if (!args.includes('tunnel') || !args.includes('run')) return undefined;
  const env: any[] = container.env ?? [];
  const byName = (n: string) => env.find((e) => e.name === n);
  const tokenEnv = byName('TUNNEL_TOKEN') ?? byName('TUNNEL_TOKEN_FILE');
  const tokenFile = flag(args, 'token-file');
  // A --token value is the secret itself: only the flag's presence is reported.
  const token = tokenEnv
    ? `${tokenEnv.name} ${envSource(tokenEnv)}`
    : tokenFile !== undefined
      ? `--token-file ${tokenFile}`
      : flag(args, 'token') !== undefined
        ? '--token'
        : undefined;
  const mounted = (container.volumeMounts ?? []).find((m: any) => DEFAULT_CONFIG_DIRS.test(m.mountPath ?? ''));
  const config = flag(args, 'config') ?? (mounted ? `a config.yml in ${mounted.mountPath}, if the volume holds one (a default search directory)` : undefined);
  const credentials = flag(args, 'credentials-file') ?? (byName('TUNNEL_CRED_FILE') ? 'TUNNEL_CRED_FILE' : undefined);
  const tokenSecrets = env.filter((e) => /^TUNNEL_TOKEN/.test(e.name) && e.valueFrom?.secretKeyRef).map((e) => `${namespace}/${e.valueFrom.secretKeyRef.name}`);
  return {
    ...(token ? { token } : {}),
    ...(config !== undefined ? { config: String(config) } : {}),
    ...(credentials !== undefined ? { credentials: String(credentials) } : {}),
    tokenSecrets,
  };
}

const REMOTE_WINS =
  'a remotely managed tunnel serves the routes configured in Cloudflare (Zero Trust, Networks, Tunnels), and each of its connectors replaces a local ingress with them (cloudflare/cloudflared 2025.11.1 orchestration/orchestrator.go: the local configuration starts at version -1, below any remote one)';

/**
 * The running tunnels' config source, per live cloudflared connector: `tunnel run` with a token
 * and no config file is a remotely managed tunnel, whose routes live in Cloudflare's dashboard
 * and override any rendered `ingress:`. Preflight cannot read Cloudflare: it says where the
 * routes are, and what the rendered connectors would share with the running ones.
 */
export function tunnelFindings(rendered: RenderedCluster, liveObjects: readonly any[]): Finding[] {
  const renderedIds = new Set(rendered.objects.map((o) => identity(o.manifest)));
  const renderedTokenSecrets = new Map<string, string>();
  for (const o of rendered.objects) {
    const m = o.manifest as any;
    if (m.kind === 'ExternalSecret') renderedTokenSecrets.set(`${m.metadata.namespace}/${m.spec?.target?.name ?? m.metadata.name}`, objectId(m));
  }
  const findings: Finding[] = [];
  for (const w of liveObjects.filter((o) => ['Deployment', 'DaemonSet', 'StatefulSet'].includes(o.kind))) {
    for (const c of w.spec?.template?.spec?.containers ?? []) {
      if (!/cloudflared/.test(c.image ?? '')) continue;
      const cfg = connectorConfig(c, w.metadata.namespace);
      if (!cfg) continue;
      const object = objectId(w);
      const rendersIt = renderedIds.has(identity(w)) ? ' (the rendered object of the same name replaces it)' : '';
      const taken = cfg.tokenSecrets
        .filter((s) => renderedTokenSecrets.has(s))
        .map(
          (s) =>
            `${renderedTokenSecrets.get(s)} takes over the Secret ${s} it reads its token from, so it runs with whatever token the secret store holds from its next start`,
        );
      let found: string;
      let todo: string;
      if (cfg.token && cfg.config === undefined) {
        found = `runs tunnel run with a token (${cfg.token}) and no --config: a remotely managed tunnel; ${REMOTE_WINS}${rendersIt}`;
        todo =
          "read the tunnel's public hostnames in Cloudflare before the bootstrap, and move each one deliberately: a connector Flux starts with this tunnel's token serves the dashboard's routes, not the rendered ingress; give the rendered connectors a locally managed tunnel of their own and move the hostname's DNS route to it once its Kustomization is Ready, or set the dashboard's routes to the rendered services";
      } else if (cfg.token) {
        found = `runs tunnel run with a token (${cfg.token}) and --config ${cfg.config}: if the tunnel is managed in Cloudflare, ${REMOTE_WINS}${rendersIt}`;
        todo = "check in Cloudflare whether the tunnel is remotely managed before relying on the config file's ingress";
      } else {
        found = `runs tunnel run with ${cfg.credentials ? `credentials ${cfg.credentials}` : 'no token'}${cfg.config !== undefined ? ` and --config ${cfg.config}` : ''}: a locally managed tunnel, its routes in its config file${rendersIt}`;
        todo = '';
      }
      findings.push(finding('info', 'tunnel/config-source', object, [found, ...taken].join('; '), todo));
    }
  }
  return findings;
}
