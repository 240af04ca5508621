import { Manifest, RenderedObject } from '../lib/rendered';

export type Severity = 'error' | 'warning';

/** One result of the policy pass: which rule, which object, which field, what to change. */
export interface Finding {
  /** Stable rule id, e.g. `gpu/undeclared-toleration`. */
  readonly rule: string;
  readonly severity: Severity;
  /** `Kind/namespace/name` (or `Kind/name` for cluster-scoped objects), or a file for file-level rules. */
  readonly object: string;
  /** Dotted field path inside the object; empty for whole-object findings. */
  readonly path: string;
  /** What is wrong and what to change. */
  readonly message: string;
  readonly cluster: string;
}

/** `Kind/namespace/name`, or `Kind/name` for a cluster-scoped object. */
export function objectId(manifest: Pick<Manifest, 'kind' | 'metadata'>): string {
  const { kind, metadata } = manifest;
  return metadata?.namespace ? `${kind}/${metadata.namespace}/${metadata.name}` : `${kind}/${metadata?.name}`;
}

/** Builds findings about one rendered object. */
export function finding(rule: string, severity: Severity, obj: RenderedObject, path: string, message: string): Finding {
  return { rule, severity, object: objectId(obj.manifest), path, message, cluster: obj.cluster };
}

/** One line per finding: rule id, object, field path, what to change. */
export function formatFinding(f: Finding): string {
  return `${f.severity} ${f.rule} ${f.object}${f.path ? ` ${f.path}` : ''}: ${f.message} [${f.cluster}]`;
}
