import { objectId } from '../policy/finding';
import { ClusterModel } from '../model/schema';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { finding } from './report';

/** Where Helm keeps a release and under which name: what a HelmRelease manages (helm-controller's defaults). */
export function helmReleaseKey(release: any): string {
  const spec = release.spec ?? {};
  const target = spec.targetNamespace ?? release.metadata.namespace;
  const name = spec.releaseName ?? (spec.targetNamespace ? `${spec.targetNamespace}-${release.metadata.name}` : release.metadata.name);
  return `${spec.storageNamespace ?? target}/${name}`;
}

/**
 * Helm releases installed outside Flux (the Helm CLI) under the name and namespace of a rendered
 * HelmRelease: helm-controller finds them in Helm's storage and upgrades them in place rather than
 * installing anew. Found from the Helm annotations and chart label on the live objects.
 */
export function helmReleaseFindings(model: ClusterModel, rendered: RenderedCluster, liveObjects: readonly any[]): Finding[] {
  const liveCharts = new Map<string, Set<string>>();
  for (const o of liveObjects) {
    const a = o.metadata?.annotations ?? {};
    const chart = o.metadata?.labels?.['helm.sh/chart'];
    if (!a['meta.helm.sh/release-name'] || !chart) continue;
    const key = `${a['meta.helm.sh/release-namespace']}/${a['meta.helm.sh/release-name']}`;
    liveCharts.set(key, (liveCharts.get(key) ?? new Set()).add(chart));
  }
  const findings: Finding[] = [];
  for (const o of rendered.objects.filter((x) => x.manifest.kind === 'HelmRelease')) {
    const live = liveCharts.get(helmReleaseKey(o.manifest));
    if (!live) continue;
    const pinned = Object.values(model.charts).find((c) => [...live].some((l) => l.startsWith(`${c.chart}-`)));
    const wanted = pinned ? `${pinned.chart}-${pinned.version}` : 'the chart the model pins';
    const object = objectId(o.manifest);
    const installed = [...live].sort().join(', ');
    if (pinned && live.size === 1 && live.has(wanted))
      findings.push(
        finding(
          'info',
          'takeover/helm-release',
          object,
          `adopts the Helm release ${helmReleaseKey(o.manifest)} installed outside Flux, at the same chart ${wanted}`,
        ),
      );
    else
      findings.push(
        finding(
          'info',
          'takeover/helm-release',
          object,
          `adopts the Helm release ${helmReleaseKey(o.manifest)} installed outside Flux (chart ${installed} on its objects): helm-controller upgrades it in place to ${wanted}, with this repository's values`,
          "read the chart's upgrade notes between the two versions (CRDs included) before the takeover, or upgrade it with helm first",
        ),
      );
  }
  return findings;
}
