import { HelmReleaseFromChart } from '../lib/helm-release-from-chart';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { objectId } from '../policy/finding';
import { helmReleaseKey } from './helm-releases';
import { finding } from './report';

const MANAGED_BY = 'app.kubernetes.io/managed-by';
const RELEASE_NAME = 'meta.helm.sh/release-name';
const RELEASE_NAMESPACE = 'meta.helm.sh/release-namespace';

/** helm v3.19 pkg/action/validate.go requireValue, in its words. */
function requireValue(meta: Record<string, string>, key: string, value: string): string | undefined {
  if (!(key in meta)) return `missing key "${key}": must be set to "${value}"`;
  if (meta[key] !== value) return `key "${key}" must equal "${value}": current value is "${meta[key]}"`;
  return undefined;
}

/**
 * helm v3.19 pkg/action/validate.go checkOwnership: an existing object Helm would create is
 * adopted only when it carries `app.kubernetes.io/managed-by: Helm` and the release's name and
 * namespace annotations. Returns Helm's error, or undefined when Helm adopts it.
 */
export function helmOwnershipError(live: any, releaseName: string, releaseNamespace: string): string | undefined {
  const labels = live.metadata?.labels ?? {};
  const annotations = live.metadata?.annotations ?? {};
  const errors = [
    ...[requireValue(labels, MANAGED_BY, 'Helm')].filter(Boolean).map((e) => `label validation error: ${e}`),
    ...[requireValue(annotations, RELEASE_NAME, releaseName), requireValue(annotations, RELEASE_NAMESPACE, releaseNamespace)]
      .filter(Boolean)
      .map((e) => `annotation validation error: ${e}`),
  ];
  return errors.length ? ['invalid ownership metadata', ...errors].join('; ') : undefined;
}

/**
 * Objects a rendered HelmRelease's chart creates that already exist owned by another Helm release,
 * or by none: Helm refuses to install or upgrade over them ("exists and cannot be imported into the
 * current release", helm v3.19 pkg/action/validate.go existingResourceConflict), so the release,
 * its Kustomization and every one after it never become Ready. The chart's objects are known
 * without templating it where the object says so: the CRDs of the groups the release installs,
 * and the live objects of its namespace labelled with its instance name or chart.
 */
export function helmOwnershipFindings(rendered: RenderedCluster, liveObjects: readonly any[], crds: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  for (const o of rendered.objects.filter((x) => x.manifest.kind === 'HelmRelease')) {
    const [releaseNamespace, releaseName] = helmReleaseKey(o.manifest).split('/');
    const spec = (o.manifest as any).spec ?? {};
    const chart: string | undefined = spec.chart?.spec?.chart ?? spec.chartRef?.name;
    const groups = new Set(HelmReleaseFromChart.crdGroupsOf(o.source));
    const candidates = [
      ...crds.filter((c) => groups.has(c.spec?.group)),
      ...liveObjects.filter(
        (l) =>
          l.metadata?.namespace === releaseNamespace &&
          (l.metadata.ownerReferences ?? []).length === 0 &&
          (l.metadata.labels?.['app.kubernetes.io/instance'] === releaseName ||
            (chart && String(l.metadata.labels?.['helm.sh/chart'] ?? '').startsWith(`${chart}-`))),
      ),
    ];
    for (const live of candidates) {
      const error = helmOwnershipError(live, releaseName, releaseNamespace);
      if (!error) continue;
      const owner = live.metadata.annotations?.[RELEASE_NAME];
      const kind = live.kind.toLowerCase();
      const nsFlag = live.metadata.namespace ? ` -n ${live.metadata.namespace}` : '';
      findings.push(
        finding(
          'error',
          'helm/ownership',
          objectId(live),
          `${owner ? `belongs to the Helm release ${live.metadata.annotations?.[RELEASE_NAMESPACE] ?? '?'}/${owner}` : 'belongs to no Helm release'}, and the chart of ${objectId(o.manifest)} creates it: Helm refuses to take it over (${error}), so the release fails`,
          `hand it to the release before the bootstrap: kubectl${nsFlag} label ${kind} ${live.metadata.name} ${MANAGED_BY}=Helm --overwrite && kubectl${nsFlag} annotate ${kind} ${live.metadata.name} ${RELEASE_NAME}=${releaseName} ${RELEASE_NAMESPACE}=${releaseNamespace} --overwrite${owner ? ` (and leave the release ${owner} without it before it is upgraded or uninstalled)` : ''}`,
        ),
      );
    }
  }
  return findings;
}
