import { Finding, formatFinding, Severity } from '../model/finding';

/**
 * A preflight finding. `error` blocks the bootstrap (fix it before `flux bootstrap`); `info` with
 * `retireAfter` names a live object to retire once that Kustomization is Ready (it keeps serving
 * until then); any other `info` is a fact or a check that passed.
 */
export function finding(severity: Exclude<Severity, 'warning'>, check: string, object: string, found: string, todo = ''): Finding {
  return { rule: check, severity, object, path: '', message: found, ...(todo ? { todo } : {}) };
}

/** A live object that keeps running until its replacement, applied by Kustomization `after`, is Ready; then it goes. */
export function retire(after: string, check: string, object: string, found: string, todo = ''): Finding {
  return { ...finding('info', check, object, found, todo), retireAfter: after };
}

const rank = (f: Finding) => (f.severity === 'error' ? 0 : f.retireAfter ? 1 : 2);

/**
 * The report: what blocks the bootstrap, then what to retire, then the facts, each in check order;
 * then one line per Kustomization (in `order`, the apply order) with what to retire once it is Ready;
 * then the verdict.
 */
export function formatReport(cluster: string, context: string, findings: readonly Finding[], order: readonly string[] = []): string[] {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  const blocking = findings.filter((f) => f.severity === 'error').length;
  const retiring = new Map<string, string[]>();
  const place = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  for (const f of sorted.filter((x) => x.retireAfter).sort((a, b) => place(a.retireAfter!) - place(b.retireAfter!)))
    retiring.set(f.retireAfter!, [...(retiring.get(f.retireAfter!) ?? []), f.object]);
  const info = findings.length - blocking - [...retiring.values()].flat().length;
  const verdict =
    blocking > 0
      ? `the bootstrap is blocked: fix the ${blocking} error(s) above first, then run preflight again`
      : 'nothing blocks the bootstrap: go ahead with flux bootstrap, and retire each object above once its Kustomization is Ready';
  return [
    ...sorted.map(formatFinding),
    ...[...retiring].map(([after, objects]) => `retire after ${after} is Ready: ${[...new Set(objects)].join(', ')}`),
    `${cluster} (context ${context}): ${blocking} blocking, ${[...retiring.values()].flat().length} to retire, ${info} info; ${verdict}`,
  ];
}

/** 0: nothing blocks the bootstrap; 1: something does. (2, cannot tell, is the caller's: the cluster did not answer.) */
export function exitCode(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
