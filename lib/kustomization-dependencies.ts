import { GpuNodeDaemon } from './gpu-node-daemon';
import { GpuWorkload } from './gpu-workload';
import { HelmReleaseFromChart } from './helm-release-from-chart';
import { RenderedObject } from './rendered';

type Json = Record<string, any>;

/** The API group of an apiVersion ("" for the core group). */
export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

/** `kind/namespace/name`, the key of an object among one cluster's. */
export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/** The Kustomization that installs each API group's CRDs: a CustomResourceDefinition's, else a HelmRelease's crdGroups. */
export function crdInstallers(objects: readonly RenderedObject[]): Map<string, string> {
  const installers = new Map<string, string>();
  for (const o of objects)
    if (o.manifest.kind === 'HelmRelease') for (const g of HelmReleaseFromChart.crdGroupsOf(o.source)) installers.set(g, o.kustomization);
  for (const o of objects) if (o.manifest.kind === 'CustomResourceDefinition') installers.set(String((o.manifest as Json).spec.group), o.kustomization);
  return installers;
}

/** The rendered Flux Kustomizations by name, each with the names it dependsOn. */
export function fluxKustomizations(objects: readonly RenderedObject[]): Map<string, { object: RenderedObject; dependsOn: string[] }> {
  const out = new Map<string, { object: RenderedObject; dependsOn: string[] }>();
  for (const o of objects) {
    const m = o.manifest as Json;
    if (m.kind === 'Kustomization' && String(m.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/'))
      out.set(m.metadata.name, { object: o, dependsOn: (m.spec?.dependsOn ?? []).map((d: Json) => d.name) });
  }
  return out;
}

/**
 * What each component's Flux Kustomization must wait for, read from the objects it applies: the
 * Kustomization that installs the CRDs of its custom resources, the one that creates each namespace
 * it writes into, the ones that apply an object it references (chart source, ClusterSecretStore,
 * ClusterIssuer), and, for a GPU workload, the ones holding a GPU-node daemon on its node (the
 * device plugin that advertises the GPUs). Nothing else: so a component waits only for what it
 * uses, and a GPU node that is down holds back only what runs on it or needs it.
 */
export function kustomizationDependencies(objects: readonly RenderedObject[]): Map<string, string[]> {
  const crdInstaller = crdInstallers(objects);
  const owner = new Map<string, string>();
  const gpuDaemons = new Map<string, Set<string>>();
  for (const o of objects) {
    const m = o.manifest;
    owner.set(objectKey(m.kind, m.metadata.namespace, m.metadata.name), o.kustomization);
    const daemon = GpuNodeDaemon.enclosing(o.source);
    if (daemon) for (const n of daemon.nodes) gpuDaemons.set(n.nodeName, (gpuDaemons.get(n.nodeName) ?? new Set()).add(o.kustomization));
  }

  const deps = new Map<string, Set<string>>();
  for (const o of objects) {
    const m = o.manifest as Json;
    const needs = deps.get(o.kustomization) ?? new Set<string>();
    deps.set(o.kustomization, needs);
    const need = (k: string | undefined) => k && needs.add(k);
    need(crdInstaller.get(groupOf(m.apiVersion)));
    if (m.metadata.namespace) need(owner.get(objectKey('Namespace', undefined, m.metadata.namespace)));
    const s = m.spec ?? {};
    for (const ref of [s.sourceRef, s.chartRef, s.chart?.spec?.sourceRef].filter(Boolean))
      need(owner.get(objectKey(ref.kind, ref.namespace ?? m.metadata.namespace, ref.name)));
    if (s.secretStoreRef)
      need(
        owner.get(
          objectKey(
            s.secretStoreRef.kind ?? 'SecretStore',
            s.secretStoreRef.kind === 'ClusterSecretStore' ? undefined : m.metadata.namespace,
            s.secretStoreRef.name,
          ),
        ),
      );
    if (s.issuerRef?.kind === 'ClusterIssuer') need(owner.get(objectKey('ClusterIssuer', undefined, s.issuerRef.name)));
    const issuer = m.metadata.annotations?.['cert-manager.io/cluster-issuer'];
    if (issuer) need(owner.get(objectKey('ClusterIssuer', undefined, issuer)));
    const workload = o.source.node.scopes.find((c): c is GpuWorkload => c instanceof GpuWorkload);
    if (workload) for (const k of gpuDaemons.get(workload.gpu.nodeName) ?? []) need(k);
  }
  return new Map([...deps].map(([k, needs]) => [k, [...needs].filter((n) => n !== k).sort()]));
}

/**
 * The Kustomizations of a rendered cluster in an order Flux can apply them: the bootstrap one
 * (`bootstrap`, which applies flux/<cluster>/) first, then each after everything it depends on,
 * in render order where the graph leaves a choice.
 */
export function applyOrder(objects: readonly RenderedObject[], bootstrap: string): string[] {
  const deps = new Map([...fluxKustomizations(objects)].map(([name, k]) => [name, k.dependsOn]));
  const order = [bootstrap];
  const placed = new Set(order);
  const place = (name: string, trail: Set<string>) => {
    if (placed.has(name) || trail.has(name) || !deps.has(name)) return;
    trail.add(name);
    for (const d of deps.get(name)!) place(d, trail);
    placed.add(name);
    order.push(name);
  };
  for (const name of deps.keys()) place(name, new Set());
  return order;
}
