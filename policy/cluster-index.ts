import { Manifest, RenderedObject } from '../lib/rendered';
import { podTemplates } from './pod-templates';

/** Namespaces that exist on every K3s cluster with Flux, without this repository creating them. */
export const PREEXISTING_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', 'flux-system']);

/** Lookups over one cluster's rendered objects, shared by the rules. */
export class ClusterIndex {
  private readonly byKey = new Map<string, RenderedObject[]>();

  constructor(readonly objects: readonly RenderedObject[]) {
    for (const o of objects) {
      const key = ClusterIndex.key(o.manifest.kind, o.manifest.metadata.namespace, o.manifest.metadata.name);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), o]);
    }
  }

  static key(kind: string, namespace: string | undefined, name: string): string {
    return `${kind}/${namespace ?? ''}/${name}`;
  }

  get(kind: string, namespace: string | undefined, name: string): RenderedObject | undefined {
    return this.byKey.get(ClusterIndex.key(kind, namespace, name))?.[0];
  }

  ofKind(kind: string): RenderedObject[] {
    return this.objects.filter((o) => o.manifest.kind === kind);
  }

  /** The Pod Security level a namespace enforces (restricted when it is not created here or not labelled). */
  podSecurityLevel(namespace: string | undefined): string {
    const ns = namespace ? this.get('Namespace', undefined, namespace) : undefined;
    return ns?.manifest.metadata.labels?.['pod-security.kubernetes.io/enforce'] ?? 'restricted';
  }

  /** Namespaces where pods run: pod templates, Postgres clusters and Helm releases. */
  namespacesWithPods(): Set<string> {
    const out = new Set<string>();
    for (const o of this.objects) {
      const ns = o.manifest.metadata.namespace;
      if (!ns) continue;
      if (podTemplates(o.manifest).length > 0 || o.manifest.kind === 'HelmRelease' || (o.manifest.kind === 'Cluster' && o.manifest.apiVersion.startsWith('postgresql.cnpg.io/'))) out.add(ns);
    }
    return out;
  }
}

/** The API group of a manifest ("" for the core group). */
export function apiGroup(m: Manifest): string {
  return m.apiVersion.includes('/') ? m.apiVersion.slice(0, m.apiVersion.indexOf('/')) : '';
}

/** What the API server identifies an object by: group, kind, namespace, name. */
export function identity(m: Manifest): string {
  return `${apiGroup(m)}/${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
}

/** True when `selector` (matchLabels form) selects a pod with `labels`. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function spec(m: Manifest): Json {
  return ((m as Json).spec ?? {}) as Json;
}
