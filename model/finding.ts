/**
 * How bad a finding is. `error`: the gate refuses the output, or preflight says it blocks the
 * bootstrap; `warning`: the gate reports it and writes anyway; `info`: what will happen and is
 * expected (preflight's checks that passed, and what to retire once a Kustomization is Ready).
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding of the project, whoever makes it: the model's validation, the policy pass over the
 * rendered objects, or preflight against the live cluster. It lives here, in the lowest layer, so
 * that every layer can make and print one.
 */
export interface Finding {
  /** Stable id of the rule or check, e.g. `gpu/undeclared-toleration`, `flux/sync-path`. */
  readonly rule: string;
  readonly severity: Severity;
  /** What it is about: `Kind/namespace/name` (`Kind/name` when cluster-scoped), or a file. */
  readonly object: string;
  /** Dotted path of the field, in the object or in the model (`nodes[2].taints[0].effect`); empty for the whole object. */
  readonly path: string;
  /** What was found, naming the field. */
  readonly message: string;
  /** What to do about it; absent when nothing needs doing. */
  readonly todo?: string;
  /** The cluster (model name) it belongs to, when the output is about several. */
  readonly cluster?: string;
  /** Preflight: nothing blocks; retire the live object once this Flux Kustomization is Ready. */
  readonly retireAfter?: string;
}

/** A bad field of a cluster model: a Finding's field path and message (ModelError names the model file once for all). */
export type ModelFinding = Pick<Finding, 'path' | 'message'>;

/**
 * One line per finding: `severity rule object[ path]: message[: todo][ (after K is Ready)][ [cluster]]`,
 * with `retire` in place of the severity for what to retire after a Kustomization is Ready.
 */
export function formatFinding(f: Finding): string {
  const label = f.retireAfter ? 'retire' : f.severity;
  return `${label} ${f.rule} ${f.object}${f.path ? ` ${f.path}` : ''}: ${f.message}${f.todo ? `: ${f.todo}` : ''}${f.retireAfter ? ` (after ${f.retireAfter} is Ready)` : ''}${f.cluster ? ` [${f.cluster}]` : ''}`;
}
