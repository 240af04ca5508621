import { FLUX_NAMESPACE } from '../model/flux';
import { loadClusterModel, ModelError, ModelSource } from '../model/load';
import { RenderOptions, renderCluster } from '../synth/render';
import { CliIo } from '../synth/run';
import { fluxFindings } from './flux';
import { helmReleaseFindings } from './helm-releases';
import { Kubectl, KubectlError, KubectlRunner } from './kubectl';
import { checkReachable, Unusable } from './reachability';
import { leftoverFindings, WORKLOAD_TYPES } from './leftovers';
import { nodeFindings } from './nodes';
import { podSecurityFindings } from './pod-security';
import { exitCode, formatReport, PreflightFinding } from './report';
import { runtimeClassFindings } from './runtime-class';
import { secretFindings } from './secrets';
import { takeoverFindings } from './takeover';

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
 * then a summary. Returns 0 ready, 1 findings that would break or change something, 2 cluster
 * unreachable or usage error.
 */
export function runPreflightCli(argv: readonly string[], sources: readonly ModelSource[], repoRoot: string, io: CliIo, options: PreflightOptions = {}): number {
  try {
    const { context, source } = parseArgs(argv, sources);
    const model = loadClusterModel(source, repoRoot);
    const kubectl = new Kubectl({ context, env: options.env, runner: options.kubectl });
    const contextName = checkReachable(kubectl, context);
    const rendered = renderCluster(model, options);

    // Two reads for every listing the checks need: the cluster-scoped kinds, and the workloads of
    // all namespaces (the Flux controllers are among them).
    const clusterScoped = kubectl.list(['nodes,namespaces,runtimeclasses.node.k8s.io,customresourcedefinitions.apiextensions.k8s.io']);
    const ofKind = (kind: string) => clusterScoped.filter((o) => o.kind === kind);
    const crds = ofKind('CustomResourceDefinition');
    const namespaces = ofKind('Namespace');
    const workloads = kubectl.list([WORKLOAD_TYPES, '--all-namespaces']);
    const fluxDeployments = workloads.filter((o) => o.kind === 'Deployment' && o.metadata.namespace === FLUX_NAMESPACE);
    const findings: PreflightFinding[] = [
      ...nodeFindings(model, ofKind('Node')),
      ...runtimeClassFindings(rendered, ofKind('RuntimeClass')),
      ...fluxFindings(rendered, fluxDeployments, crds),
      ...secretFindings(model, rendered, kubectl),
      ...takeoverFindings(rendered, kubectl, crds, new Set(namespaces.map((n) => n.metadata.name as string))),
      ...leftoverFindings(rendered, workloads),
      ...helmReleaseFindings(model, rendered, workloads),
      ...podSecurityFindings(rendered, kubectl, namespaces),
    ];
    for (const line of formatReport(model.name, contextName, findings)) io.out(line);
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
