import { Finding } from '../model/finding';
import { objectId } from '../policy/finding';
import { finding } from './report';

/** The Pulumi Kubernetes Operator's chart and image (github.com/pulumi/pulumi-kubernetes-operator). */
const PKO = /pulumi-kubernetes-operator/;

/** HelmReleases of the operator's chart. */
export const pulumiOperatorReleases = (helmReleases: readonly any[]) =>
  helmReleases.filter((r) => PKO.test(r.spec?.chart?.spec?.chart ?? r.spec?.chartRef?.name ?? ''));

/** Deployments that run the operator's image. */
export const pulumiOperatorDeployments = (workloads: readonly any[]) =>
  workloads.filter((w) => w.kind === 'Deployment' && (w.spec?.template?.spec?.containers ?? []).some((c: any) => PKO.test(c.image ?? '')));

/**
 * The Pulumi Kubernetes Operator, wherever it runs: a HelmRelease of its chart is reconciled by
 * helm-controller, which undoes a scale to 0 unless the HelmRelease is suspended first; a Stack
 * with `destroyOnFinalize: true` runs `pulumi destroy` when it is deleted. Found by chart, image
 * and kind, never by a namespace name.
 */
export function pulumiOperatorFindings(helmReleases: readonly any[], workloads: readonly any[], stacks: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const releases = pulumiOperatorReleases(helmReleases);
  const deployments = pulumiOperatorDeployments(workloads);
  for (const r of releases) {
    const ns = r.metadata.namespace;
    const owned = deployments.filter((d) => d.metadata.labels?.['helm.toolkit.fluxcd.io/name'] === r.metadata.name && d.metadata.namespace === ns);
    const replicas = owned.map((d) => `${objectId(d)} ${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1} ready`).join(', ') || 'no Deployment found';
    if (r.spec?.suspend === true) {
      findings.push(finding('info', 'pulumi/operator', objectId(r), `the operator's HelmRelease is suspended (${replicas})`));
      continue;
    }
    findings.push(
      finding(
        'error',
        'pulumi/operator',
        objectId(r),
        `the Pulumi Kubernetes Operator runs as a HelmRelease in ${ns} (chart ${r.spec?.chart?.spec?.chart ?? r.spec?.chartRef?.name}${r.spec?.chart?.spec?.version ? ` ${r.spec.chart.spec.version}` : ''}; ${replicas}), not suspended: helm-controller puts back any scale to 0, and a running operator runs pulumi up against what Flux takes over`,
        `freeze it before the bootstrap: flux suspend helmrelease ${r.metadata.name} -n ${ns}; then kubectl -n ${ns} scale deployment ${owned.map((d) => d.metadata.name).join(' ') || '--all'} --replicas=0`,
      ),
    );
  }
  for (const d of deployments.filter((x) => !releases.some((r) => r.metadata.namespace === x.metadata.namespace))) {
    const running = (d.spec?.replicas ?? 1) > 0;
    findings.push(
      finding(
        running ? 'error' : 'info',
        'pulumi/operator',
        objectId(d),
        `the Pulumi Kubernetes Operator's Deployment, ${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1} ready${running ? '' : ' (scaled to 0)'}`,
        running ? `kubectl -n ${d.metadata.namespace} scale deployment ${d.metadata.name} --replicas=0` : '',
      ),
    );
  }
  for (const s of stacks) {
    const ns = s.metadata.namespace;
    if (s.spec?.destroyOnFinalize === true)
      findings.push(
        finding(
          'error',
          'pulumi/stack',
          objectId(s),
          `Stack ${s.spec?.stack ?? '?'} has destroyOnFinalize: true: deleting this object (or its namespace) runs pulumi destroy on the stack`,
          `disarm it: kubectl -n ${ns} patch stack ${s.metadata.name} --type=merge -p '{"spec":{"destroyOnFinalize":false}}'`,
        ),
      );
    else
      findings.push(
        finding('info', 'pulumi/stack', objectId(s), `Stack ${s.spec?.stack ?? '?'}: destroyOnFinalize is off, deleting it leaves the stack's resources`),
      );
  }
  return findings;
}
