import { groupOf, objectKey } from '../lib/kustomization-dependencies';
import { Manifest, RenderedObject } from '../lib/rendered';
import { FLUX_NAMESPACE } from '../model/flux';
import { LabelledIndex, push } from './label-index';
import { Json, PodTemplate, podTemplates } from './pod-templates';

/** Namespaces that exist on every K3s cluster with Flux, without this repository creating them. */
export const PREEXISTING_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', FLUX_NAMESPACE]);

export interface PodOf {
  readonly object: RenderedObject;
  readonly template: PodTemplate;
}

/** Look-ups over one cluster's objects, built in one pass: a rule scanning every object per object would make the gate quadratic. */
export class ClusterIndex {
  private readonly byKey = new Map<string, RenderedObject>();
  private readonly byKind = new Map<string, RenderedObject[]>();
  private readonly byKindInNamespace = new Map<string, RenderedObject[]>();
  /** By namespace and the name of the Secret each writes. */
  private readonly secretWriters = new Map<string, RenderedObject>();
  /** Pod templates, by the matchLabels selectors that select them. */
  readonly pods = new LabelledIndex<PodOf>();

  constructor(readonly objects: readonly RenderedObject[]) {
    for (const o of objects) {
      const { kind, metadata } = o.manifest;
      const ns = metadata.namespace;
      const key = objectKey(kind, ns, metadata.name);
      if (!this.byKey.has(key)) this.byKey.set(key, o);
      push(this.byKind, kind, o);
      push(this.byKindInNamespace, `${kind}\u0000${ns ?? ''}`, o);
      if (kind === 'ExternalSecret') {
        const target = `${ns ?? ''}\u0000${spec(o.manifest).target?.name ?? metadata.name}`;
        if (!this.secretWriters.has(target)) this.secretWriters.set(target, o);
      }
      for (const template of podTemplates(o.manifest)) this.pods.add(ns, template.labels, { object: o, template });
    }
  }

  get(kind: string, namespace: string | undefined, name: string): RenderedObject | undefined {
    return this.byKey.get(objectKey(kind, namespace, name));
  }

  ofKind(kind: string): readonly RenderedObject[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Objects of `kind` in `namespace` (cluster-scoped ones for undefined). */
  ofKindIn(kind: string, namespace: string | undefined): readonly RenderedObject[] {
    return this.byKindInNamespace.get(`${kind}\u0000${namespace ?? ''}`) ?? [];
  }

  /** The ExternalSecret that writes Secret `name` in `namespace`, if one does. */
  secretWriter(namespace: string | undefined, name: string): RenderedObject | undefined {
    return this.secretWriters.get(`${namespace ?? ''}\u0000${name}`);
  }
}

/** Group, kind, namespace and name: what the API server identifies an object by. */
export function identity(m: Manifest): string {
  return `${groupOf(m.apiVersion)}/${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
}

export type { Json } from './pod-templates';

export function spec(m: Manifest): Json {
  return ((m as Json).spec ?? {}) as Json;
}
