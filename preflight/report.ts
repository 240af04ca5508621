/**
 * How bad a finding is. `error`: the takeover would fail or break something that runs;
 * `warning`: it would change something that runs today, or leave something running that nothing
 * manages; `info`: what will happen and is expected (objects Flux creates, checks that passed).
 */
export type Severity = 'error' | 'warning' | 'info';

/** One line of the report. */
export interface PreflightFinding {
  readonly severity: Severity;
  /** Check id, e.g. `nodes/taints`, `takeover/conflict`. */
  readonly check: string;
  /** What it is about: `Node/calypso`, `Deployment/cloudflared/cloudflared`, `cluster`. */
  readonly object: string;
  /** What was found. */
  readonly found: string;
  /** What to do about it; empty for info lines that need nothing. */
  readonly todo: string;
}

export function finding(severity: Severity, check: string, object: string, found: string, todo = ''): PreflightFinding {
  return { severity, check, object, found, todo };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One line per finding: `severity check object: found: what to do`. */
export function formatFinding(f: PreflightFinding): string {
  return `${f.severity} ${f.check} ${f.object}: ${f.found}${f.todo ? `: ${f.todo}` : ''}`;
}

/** The report: findings (errors first, then warnings, then info, each in check order), then the summary line. */
export function formatReport(cluster: string, context: string, findings: readonly PreflightFinding[]): string[] {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const verdict = exitCode(findings) === 0 ? 'ready: Flux can take over' : 'not ready: fix the errors and review the warnings above';
  return [
    ...sorted.map(formatFinding),
    `${cluster} (context ${context}): ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info; ${verdict}`,
  ];
}

/** 0 ready; 1 a finding that would break or change something (any error or warning). */
export function exitCode(findings: readonly PreflightFinding[]): 0 | 1 {
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
