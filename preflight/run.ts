import { FLUX_NAMESPACE } from '../model/flux';
import { loadClusterModel, ModelError, ModelSource } from '../model/load';
import { RenderOptions, renderCluster } from '../synth/render';
import { CliIo } from '../synth/run';
import { fluxFindings } from './flux';
import { helmReleaseFindings } from './helm-releases';
import { Kubectl, KubectlError, KubectlRunner } from './kubectl';
import { checkReachable, Unusable } from './reachability';
import { devicePluginFindings } from './device-plugin';
import { helmOwnershipFindings } from './helm-ownership';
import { k3sComponentFindings } from './k3s-components';
import { labelStudioFindings, liveLabelStudios } from './label-studio';
import { leftoverFindings, leftoverSecretFindings, listSecretMetadata, WORKLOAD_TYPES } from './leftovers';
import { pulumiOperatorFindings } from './pulumi-operator';
import { deployKeyFindings, syncFindings, syncSourceFindings } from './sync';
import { tunnelFindings } from './tunnel';
import { applyOrder } from './kustomizations';
import { nodeFindings } from './nodes';
import { podSecurityFindings } from './pod-security';
import { Finding } from '../model/finding';
import { exitCode, formatReport } from './report';
import { runtimeClassFindings } from './runtime-class';
import { secretFindings } from './secrets';
import { takeoverFindings } from './takeover';

/** Custom resources preflight reads where the cluster serves them (CRD names): the old sync, releases, Pulumi's Stacks, issuers. */
const CUSTOM_RESOURCES = [
  'kustomizations.kustomize.toolkit.fluxcd.io',
  'gitrepositories.source.toolkit.fluxcd.io',
  'helmreleases.helm.toolkit.fluxcd.io',
  'stacks.pulumi.com',
  'clusterissuers.cert-manager.io',
];

const USAGE = 'usage: npm run preflight [-- --context NAME] [--cluster NAME]';

export interface PreflightOptions extends RenderOptions {
  /** Environment of the kubectl processes (PATH decides which kubectl runs). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** How each kubectl call runs. @default spawnKubectl (a kubectl process) */
  readonly kubectl?: KubectlRunner;
}

function parseArgs(argv: readonly string[], sources: readonly ModelSource[]): { context?: string; source: ModelSource } {
  let context: string | undefined;
  let cluster: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (!v) throw new Unusable(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--context') context = value();
    else if (flag === '--cluster') cluster = value();
    else throw new Unusable(`unknown argument "${argv[i]}"; ${USAGE}`);
  }
  const source = cluster === undefined ? sources[0] : sources.find((s) => s.model.name === cluster);
  if (!source) throw new Unusable(`no cluster "${cluster}" in model/clusters.ts: expected one of ${sources.map((s) => `"${s.model.name}"`).join(', ')}`);
  return { context, source };
}

/**
 * `npm run preflight`: the live cluster against the model, read-only. Prints one line per finding,
 * what to retire after which Kustomization is Ready, then the bootstrap verdict. Returns 0 when
 * nothing blocks the bootstrap, 1 when something does, 2 when it cannot tell (cluster unreachable,
 * a read refused, usage error).
 */
export function runPreflightCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: CliIo, options: PreflightOptions = {}): number {
  try {
    const { context, source } = parseArgs(argv, sources);
    const model = loadClusterModel(source, repoRoot);
    const kubectl = new Kubectl({ context, env: options.env, runner: options.kubectl });
    const contextName = checkReachable(kubectl, context);
    const rendered = renderCluster(model, options);

    // A few reads for every listing the checks need: the cluster-scoped kinds; the workloads of all
    // namespaces with their field managers, which kubectl prints in JSON only with
    // --show-managed-fields (the Flux controllers are among them); the custom
    // resources the takeover turns on, of the kinds the cluster serves; Secrets' metadata only.
    const clusterScoped = kubectl.list(['nodes,namespaces,runtimeclasses.node.k8s.io,customresourcedefinitions.apiextensions.k8s.io']);
    const ofKind = (kind: string) => clusterScoped.filter((o) => o.kind === kind);
    const crds = ofKind('CustomResourceDefinition');
    const namespaces = ofKind('Namespace');
    const workloads = kubectl.list([WORKLOAD_TYPES, '--all-namespaces', '--show-managed-fields']);
    const fluxDeployments = workloads.filter((o) => o.kind === 'Deployment' && o.metadata.namespace === FLUX_NAMESPACE);
    const customTypes = CUSTOM_RESOURCES.filter((t) => crds.some((c) => c.metadata.name === t && (c.spec?.versions ?? []).some((v: any) => v.served)));
    const custom = customTypes.length > 0 ? kubectl.list([customTypes.join(','), '--all-namespaces']) : [];
    const ofGroupKind = (group: string, kind: string) => custom.filter((o) => o.kind === kind && o.apiVersion.startsWith(`${group}/`));
    const labelStudios = liveLabelStudios(rendered, workloads);
    const pvcs = labelStudios.length > 0 ? kubectl.list(['persistentvolumeclaims', '--all-namespaces']) : [];
    const findings: Finding[] = [
      ...nodeFindings(model, ofKind('Node')),
      ...runtimeClassFindings(rendered, ofKind('RuntimeClass')),
      ...fluxFindings(rendered, fluxDeployments, crds),
      ...syncFindings(rendered, ofGroupKind('kustomize.toolkit.fluxcd.io', 'Kustomization')),
      ...syncSourceFindings(rendered, ofGroupKind('source.toolkit.fluxcd.io', 'GitRepository')),
      ...deployKeyFindings(rendered, kubectl),
      ...secretFindings(model, rendered, kubectl),
      ...pulumiOperatorFindings(ofGroupKind('helm.toolkit.fluxcd.io', 'HelmRelease'), workloads, ofGroupKind('pulumi.com', 'Stack')),
      ...helmOwnershipFindings(rendered, workloads, crds),
      ...takeoverFindings(rendered, kubectl, crds, new Set(namespaces.map((n) => n.metadata.name as string))),
      ...tunnelFindings(rendered, workloads),
      ...devicePluginFindings(rendered, workloads),
      ...leftoverFindings(rendered, workloads),
      ...leftoverSecretFindings(rendered, listSecretMetadata(kubectl), ofGroupKind('cert-manager.io', 'ClusterIssuer')),
      ...labelStudioFindings(rendered, workloads, pvcs),
      ...k3sComponentFindings(rendered, workloads),
      ...helmReleaseFindings(model, rendered, workloads),
      ...podSecurityFindings(rendered, kubectl, namespaces),
    ];
    for (const line of formatReport(model.name, contextName, findings, applyOrder(rendered))) io.out(line);
    return exitCode(findings);
  } catch (error) {
    // One line (one paragraph for a model error), never a stack trace.
    io.err(
      error instanceof ModelError
        ? error.message
        : `preflight: ${error instanceof Unusable || error instanceof KubectlError ? '' : 'unexpected failure: '}${(error as Error).message}`,
    );
    return 2;
  }
}
