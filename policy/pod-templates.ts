import { Container, PodSpec } from '../imports/k8s';
import { HOSTNAME_LABEL } from '../lib/gpu-scheduling';
import { Manifest } from '../lib/rendered';

/** A pod spec found inside a workload object, with the field paths of the spec and of its metadata. */
export interface PodTemplate {
  readonly path: string;
  readonly metadataPath: string;
  readonly spec: PodSpec;
  readonly annotations: Record<string, string>;
  readonly labels: Record<string, string>;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController']);

/** A manifest's plain JSON: any field a rule reads may be absent or null. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The pod specs of a workload object (none for other kinds). */
export function podTemplates(manifest: Manifest): PodTemplate[] {
  const m = manifest as Json;
  const [at, t]: [string, Json | undefined] =
    manifest.kind === 'Pod'
      ? ['', m]
      : TEMPLATE_KINDS.has(manifest.kind)
        ? ['spec.template.', m.spec?.template]
        : manifest.kind === 'CronJob'
          ? ['spec.jobTemplate.spec.template.', m.spec?.jobTemplate?.spec?.template]
          : ['', undefined];
  const metadata = { annotations: t?.metadata?.annotations ?? {}, labels: t?.metadata?.labels ?? {} };
  return t?.spec ? [{ path: `${at}spec`, metadataPath: `${at}metadata`, spec: t.spec, ...metadata }] : [];
}

/** Every container of a pod spec with its field path (init containers first). */
export function containersOf(template: PodTemplate): { path: string; container: Container; init: boolean }[] {
  return (['initContainers', 'containers'] as const).flatMap((key) =>
    (template.spec[key] ?? []).map((container, i) => ({ path: `${template.path}.${key}[${i}]`, container, init: key === 'initContainers' })),
  );
}

/** The node names a pod spec's required node affinity admits by hostname. */
export function affinityHostnames(spec: PodSpec): string[] {
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms.flatMap((t) => (t.matchExpressions ?? []).filter((e) => e.key === HOSTNAME_LABEL && e.operator === 'In').flatMap((e) => e.values ?? []));
}
