import { RenderedCluster } from '../lib/rendered';
import { Kubectl, KubectlError, TIMEOUTS } from './kubectl';
import { Finding } from '../model/finding';
import { lastKustomization, readyAfter } from './kustomizations';
import { finding, retire } from './report';

const ENFORCE = 'pod-security.kubernetes.io/enforce';
const ENFORCE_VERSION = 'pod-security.kubernetes.io/enforce-version';
/** Pod Security levels from the least to the most strict; a namespace without the label is privileged. */
const LEVELS = ['privileged', 'baseline', 'restricted'];

/**
 * Pod Security: for each live namespace whose enforce level the rendered Namespace tightens, the
 * running pods the new level would reject, as the API server itself reports them on a server-side
 * dry run of the label change (`kubectl label --dry-run=server`). Such pods keep running, but
 * are refused when they are recreated (rollout, eviction, node restart).
 */
export function podSecurityFindings(rendered: RenderedCluster, kubectl: Kubectl, liveNamespaces: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const live = new Map(liveNamespaces.map((n) => [n.metadata.name as string, n]));
  for (const ns of rendered.objects.filter((o) => o.manifest.kind === 'Namespace').map((o) => o.manifest)) {
    const name = ns.metadata.name;
    const level = ns.metadata.labels?.[ENFORCE];
    const current = live.get(name)?.metadata.labels?.[ENFORCE] ?? 'privileged';
    if (!live.has(name) || !level || LEVELS.indexOf(level) <= LEVELS.indexOf(current)) continue;
    const version = ns.metadata.labels?.[ENFORCE_VERSION];
    const args = ['label', '--dry-run=server', '--overwrite', 'namespace', name, `${ENFORCE}=${level}`, ...(version ? [`${ENFORCE_VERSION}=${version}`] : [])];
    const r = kubectl.run(args, { timeoutMs: TIMEOUTS.read });
    if (r.code !== 0) throw KubectlError.of(args, r);
    const pods = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('Warning: ') && !l.includes('violate the new PodSecurity enforce level'))
      .map((l) => /^Warning: (\S+)((?: \(and \d+ other pods?\))?): (.+)$/.exec(l.trim()))
      .filter((m): m is RegExpExecArray => m !== null);
    const change = `enforce ${current} -> ${level}${version ? `:${version}` : ''}`;
    if (pods.length === 0) {
      findings.push(finding('info', 'pod-security/tighten', `Namespace/${name}`, `${change} rejects none of the running pods`));
      continue;
    }
    for (const [, pod, others, reasons] of pods) {
      findings.push(
        retire(
          readyAfter(rendered, (o) => o.manifest.metadata.namespace === name) ?? lastKustomization(rendered),
          'pod-security/rejected',
          `Pod/${name}/${pod}`,
          `${change} would reject this pod${others} when it is recreated: ${reasons}; it keeps running (and serving) until then`,
          'delete its workload once the rendered replacement is Ready, or give the namespace a lower level with a reason in the model',
        ),
      );
    }
  }
  return findings;
}
