import { Manifest, RenderedObject } from '../lib/rendered';
import { Finding, Severity } from '../model/finding';

export type { Finding, Severity } from '../model/finding';

/** `Kind/namespace/name`, or `Kind/name` for a cluster-scoped object. */
export function objectId(manifest: Pick<Manifest, 'kind' | 'metadata'>): string {
  const { kind, metadata } = manifest;
  return metadata?.namespace ? `${kind}/${metadata.namespace}/${metadata.name}` : `${kind}/${metadata?.name}`;
}

/** A finding of the policy pass about one rendered object: which rule, which field, what to change. */
export function finding(rule: string, severity: Exclude<Severity, 'info'>, obj: RenderedObject, path: string, message: string): Finding {
  return { rule, severity, object: objectId(obj.manifest), path, message, cluster: obj.cluster };
}
