import { Container, PodSpec } from '../imports/k8s';
import { Manifest } from '../lib/rendered';

/** A pod spec found inside a workload object, with its field path. */
export interface PodTemplate {
  readonly path: string;
  readonly spec: PodSpec;
  readonly annotations: Record<string, string>;
  readonly labels: Record<string, string>;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController']);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The pod specs of a workload object (none for other kinds). */
export function podTemplates(manifest: Manifest): PodTemplate[] {
  const m = manifest as Json;
  if (manifest.kind === 'Pod' && m.spec) return [{ path: 'spec', spec: m.spec, annotations: m.metadata?.annotations ?? {}, labels: m.metadata?.labels ?? {} }];
  if (TEMPLATE_KINDS.has(manifest.kind) && m.spec?.template?.spec) {
    const t = m.spec.template;
    return [{ path: 'spec.template.spec', spec: t.spec, annotations: t.metadata?.annotations ?? {}, labels: t.metadata?.labels ?? {} }];
  }
  if (manifest.kind === 'CronJob' && m.spec?.jobTemplate?.spec?.template?.spec) {
    const t = m.spec.jobTemplate.spec.template;
    return [{ path: 'spec.jobTemplate.spec.template.spec', spec: t.spec, annotations: t.metadata?.annotations ?? {}, labels: t.metadata?.labels ?? {} }];
  }
  return [];
}

/** Every container of a pod spec with its field path (init and ephemeral containers included). */
export function containersOf(template: PodTemplate): { path: string; container: Container; init: boolean }[] {
  const out: { path: string; container: Container; init: boolean }[] = [];
  for (const [i, c] of (template.spec.initContainers ?? []).entries()) out.push({ path: `${template.path}.initContainers[${i}]`, container: c, init: true });
  for (const [i, c] of (template.spec.containers ?? []).entries()) out.push({ path: `${template.path}.containers[${i}]`, container: c, init: false });
  return out;
}
