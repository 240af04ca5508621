import { crdInstallers, fluxKustomizations, groupOf } from '../lib/kustomization-dependencies';
import { RenderedObject } from '../lib/rendered';
import { FLUX_BOOTSTRAP_KUSTOMIZATION as BOOTSTRAP, FLUX_NAMESPACE } from '../model/flux';
import { ClusterIndex, identity, Json, PREEXISTING_NAMESPACES, spec } from './cluster-index';
import { Finding, finding } from './finding';

/** `flux bootstrap` creates a GitRepository and a Kustomization of that name; sources may reference them. */
const BOOTSTRAP_OBJECTS = new Set(['GitRepository', 'Kustomization'].map((kind) => `${kind}/${FLUX_NAMESPACE}/${BOOTSTRAP}`));
/** API groups of Flux's own kinds: the Flux installation provides their CRDs. */
export const FLUX_GROUP = /\.toolkit\.fluxcd\.io$/;
const EXACT_VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;

/**
 * The Flux graph: references resolve, dependsOn is acyclic, paths build, custom resources come
 * after their CRDs, namespaces exist before use, every object has one owner, charts are pinned.
 */
export function fluxGraphFindings(index: ClusterIndex, files: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, obj: RenderedObject, path: string, message: string) => findings.push(finding(rule, 'error', obj, path, message));
  const exists = (kind: string, namespace: string, name: string) =>
    index.get(kind, namespace, name) !== undefined || BOOTSTRAP_OBJECTS.has(`${kind}/${namespace}/${name}`);

  const kustomizations = fluxKustomizations(index.objects);
  const deps = new Map<string, string[]>([[BOOTSTRAP, []], ...[...kustomizations].map(([name, k]): [string, string[]] => [name, k.dependsOn])]);

  for (const o of index.objects) {
    const m = o.manifest;
    const ns = m.metadata.namespace ?? '';
    const s = spec(m);
    const ref = (path: string, kind: string, name: string, namespace = ns) => {
      if (!exists(kind, namespace, name))
        add('flux/source-ref', o, path, `${kind} "${namespace}/${name}" is not rendered: add the source or fix the reference`);
    };
    switch (m.kind) {
      case 'Kustomization':
        if (!m.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) break;
        ref('spec.sourceRef', s.sourceRef.kind, s.sourceRef.name, s.sourceRef.namespace);
        ((s.dependsOn ?? []) as Json[]).forEach((d, i) => {
          if (!deps.has(d.name)) add('flux/depends-on', o, `spec.dependsOn[${i}].name`, `depends on Kustomization "${d.name}", which is not rendered`);
        });
        if (s.sourceRef.name !== BOOTSTRAP) {
          const dir = String(s.path).replace(/^\.\//, '').replace(/\/$/, '');
          const kfile = files.get(`${dir}/kustomization.yaml`);
          if (!kfile) add('flux/path', o, 'spec.path', `path "${s.path}" has no kustomization.yaml in the rendered output`);
          else
            for (const r of (kfile.match(/^ {2}- (.+)$/gm) ?? []).map((l) => l.slice(4))) {
              if (!files.has(`${dir}/${r}`))
                add('flux/path', o, 'spec.path', `${dir}/kustomization.yaml lists "${r}", which is not rendered: the build would fail`);
            }
        }
        break;
      case 'HelmRelease':
        if (s.chartRef) ref('spec.chartRef', s.chartRef.kind, s.chartRef.name, s.chartRef.namespace);
        if (s.chart?.spec) {
          const src = s.chart.spec.sourceRef;
          ref('spec.chart.spec.sourceRef', src.kind, src.name, src.namespace);
          const version = s.chart.spec.version ?? '';
          if (!EXACT_VERSION.test(String(version)))
            add('flux/chart-pinned', o, 'spec.chart.spec.version', `chart version "${version}" is not an exact version: pin it in the model`);
        }
        break;
      case 'OCIRepository':
        if (!s.ref?.tag && !s.ref?.digest)
          add('flux/chart-pinned', o, 'spec.ref', 'an OCIRepository without ref.tag or ref.digest follows "latest": pin a tag');
        else if (s.ref.semver || s.ref.tag === 'latest') add('flux/chart-pinned', o, 'spec.ref', 'pin an exact tag or digest, not a semver range or "latest"');
        break;
      case 'ImagePolicy':
        ref('spec.imageRepositoryRef', 'ImageRepository', s.imageRepositoryRef.name, s.imageRepositoryRef.namespace);
        break;
      case 'Alert':
        ref('spec.providerRef', 'Provider', s.providerRef.name, s.providerRef.namespace);
        break;
      case 'ImageUpdateAutomation':
        ref('spec.sourceRef', s.sourceRef.kind ?? 'GitRepository', s.sourceRef.name, s.sourceRef.namespace);
        break;
    }
  }

  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name].join(' -> ');
      add('flux/depends-on-cycle', kustomizations.get(name)!.object, 'spec.dependsOn', `dependsOn forms a cycle: ${cycle}`);
      return;
    }
    state.set(name, 'visiting');
    for (const d of deps.get(name) ?? []) if (deps.has(d)) visit(d, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of deps.keys()) visit(name, []);

  /** The Kustomizations applied before `k`: its dependsOn, transitively, and flux-system, which applies everything in dist/. */
  const before = (k: string, out = new Set([BOOTSTRAP])): Set<string> => {
    for (const d of deps.get(k) ?? []) if (!out.has(d)) before(d, out.add(d));
    return out;
  };

  // Custom resources after the Kustomization that installs their CRDs.
  const installers = crdInstallers(index.objects);
  const crds = new Set(index.ofKind('CustomResourceDefinition').map((o) => `${spec(o.manifest).group}\u0000${o.kustomization}`));
  for (const o of index.objects) {
    const group = groupOf(o.manifest.apiVersion);
    if (!group.includes('.') || group.endsWith('.k8s.io') || FLUX_GROUP.test(group)) continue;
    const installer = installers.get(group);
    const message = !installer
      ? `no Kustomization installs the CRDs of "${group}": add the chart (HelmReleaseFromChart with crdGroups) or the CRD`
      : installer !== o.kustomization && !before(o.kustomization).has(installer)
        ? `"${group}" CRDs are installed by Kustomization "${installer}", which "${o.kustomization}" does not depend on: move the object to a later layer`
        : installer === o.kustomization && !crds.has(`${group}\u0000${o.kustomization}`)
          ? `"${group}" CRDs come from a HelmRelease in the same Kustomization "${installer}", so they do not exist when it is applied: move the object to a layer that depends on it`
          : undefined;
    if (message) add('flux/crd-order', o, 'apiVersion', message);
  }

  // Namespaces exist before use.
  const nsOwner = new Map<string, string>();
  for (const n of index.ofKind('Namespace')) nsOwner.set(n.manifest.metadata.name, n.kustomization);
  for (const o of index.objects) {
    const ns = o.manifest.metadata.namespace;
    if (!ns || PREEXISTING_NAMESPACES.has(ns)) continue;
    const owner = nsOwner.get(ns);
    if (!owner) add('flux/namespace', o, 'metadata.namespace', `namespace "${ns}" is not created by any Kustomization: add an OceanidNamespace for it`);
    else if (owner !== o.kustomization && !before(o.kustomization).has(owner)) {
      add('flux/namespace', o, 'metadata.namespace', `namespace "${ns}" is created by Kustomization "${owner}", which "${o.kustomization}" does not depend on`);
    }
  }

  // One owner per object across the cluster's Kustomizations.
  const owners = new Map<string, RenderedObject>();
  for (const o of index.objects) {
    const key = identity(o.manifest);
    const first = owners.get(key);
    const fight = 'two Kustomizations would fight over it (and prune it in turn)';
    if (first && first.kustomization !== o.kustomization)
      add('flux/single-owner', o, 'metadata.name', `also applied by Kustomization "${first.kustomization}": ${fight}`);
    else owners.set(key, o);
  }
  return findings;
}
