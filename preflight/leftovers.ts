import { objectId } from '../policy/finding';
import { identity, PREEXISTING_NAMESPACES } from '../policy/cluster-index';
import { RenderedCluster } from '../lib/rendered';
import { helmReleaseKey } from './helm-releases';
import { finding, PreflightFinding } from './report';

/** The kinds read in all namespaces: what keeps running or serving when nothing renders it. */
export const WORKLOAD_TYPES = 'deployments.apps,daemonsets.apps,statefulsets.apps,cronjobs.batch,services,configmaps';

/** Objects the API server or K3s create in every namespace. */
const BUILT_IN = new Set(['ConfigMap/kube-root-ca.crt']);

/**
 * Live objects in the namespaces this repository creates that nothing renders (e.g. a second
 * cloudflared connector left from before): Flux neither adopts nor prunes them, so they keep
 * running. Objects owned by another object (ReplicaSets, ESO's Secrets) and objects of a Helm
 * release we render (the chart's own Deployments) are not leftovers.
 */
export function leftoverFindings(rendered: RenderedCluster, liveObjects: readonly any[]): PreflightFinding[] {
  const managed = new Set(
    rendered.objects
      .filter((o) => o.manifest.kind === 'Namespace')
      .map((o) => o.manifest.metadata.name)
      .filter((n) => !PREEXISTING_NAMESPACES.has(n)),
  );
  const renderedIds = new Set(rendered.objects.map((o) => identity(o.manifest)));
  const releases = new Set(rendered.objects.filter((o) => o.manifest.kind === 'HelmRelease').map((o) => helmReleaseKey(o.manifest)));
  const findings: PreflightFinding[] = [];
  for (const o of liveObjects) {
    const ns = o.metadata?.namespace;
    if (!ns || !managed.has(ns) || renderedIds.has(identity(o)) || BUILT_IN.has(`${o.kind}/${o.metadata.name}`)) continue;
    if ((o.metadata.ownerReferences ?? []).length > 0) continue;
    const annotations = o.metadata.annotations ?? {};
    if (releases.has(`${annotations['meta.helm.sh/release-namespace']}/${annotations['meta.helm.sh/release-name']}`)) continue;
    const managers = [...new Set((o.metadata.managedFields ?? []).map((f: any) => f.manager as string))];
    findings.push(
      finding(
        'warning',
        'takeover/unmanaged',
        objectId(o),
        `exists in namespace ${ns}, which Flux manages, but nothing renders it${managers.length ? ` (managed by ${managers.join(', ')})` : ''}: Flux will neither adopt nor remove it, and it keeps running`,
        `delete it once its replacement runs (kubectl -n ${ns} delete ${o.kind.toLowerCase()} ${o.metadata.name}), or render it in the model`,
      ),
    );
  }
  return findings;
}
