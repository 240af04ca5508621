import { FLUX_GROUP } from '../policy/flux-graph';
import { PART_OF_LABEL } from '../lib/labels';
import { FLUX_NAMESPACE } from '../model/flux';
import { groupOf } from '../lib/kustomization-dependencies';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { finding } from './report';

/** The controller that reconciles each Flux kind we render. */
const CONTROLLER_OF: Record<string, string> = {
  'source.toolkit.fluxcd.io': 'source-controller',
  'kustomize.toolkit.fluxcd.io': 'kustomize-controller',
  'helm.toolkit.fluxcd.io': 'helm-controller',
  'notification.toolkit.fluxcd.io': 'notification-controller',
  'image.toolkit.fluxcd.io/ImageRepository': 'image-reflector-controller',
  'image.toolkit.fluxcd.io/ImagePolicy': 'image-reflector-controller',
  'image.toolkit.fluxcd.io/ImageUpdateAutomation': 'image-automation-controller',
};

/** `flux bootstrap` installs these by default; the image controllers only with --components-extra. */
const EXTRA_COMPONENTS = new Set(['image-reflector-controller', 'image-automation-controller']);

/** The resource name of a kind as CRDs spell it (ImagePolicy -> imagepolicies). */
const plural = (kind: string) => `${kind.toLowerCase().replace(/y$/, 'ie')}s`;

/** The CRD that serves `group`/`kind`, if any. */
export function crdFor(crds: readonly any[], group: string, kind: string): any | undefined {
  return crds.find((c) => c.spec?.group === group && c.spec?.names?.kind === kind);
}

/** True when the CRD serves `version`. */
export function serves(crd: any, version: string): boolean {
  return (crd?.spec?.versions ?? []).some((v: any) => v.name === version && v.served === true);
}

/**
 * Flux: which controllers run and at which versions (from the flux-system Deployments' images
 * and labels), that every controller a rendered kind needs runs, and that its CRD serves every
 * API version we render.
 */
export function fluxFindings(rendered: RenderedCluster, fluxDeployments: readonly any[], crds: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const controllers = new Map<string, any>();
  for (const d of fluxDeployments) {
    if (d.metadata.labels?.[PART_OF_LABEL] === 'flux') controllers.set(d.metadata.name, d);
  }
  const bootstrap = (missing: string[]) =>
    `flux bootstrap installs it with --components-extra=image-reflector-controller,image-automation-controller (the runbook's bootstrap command)${missing.some((m) => !EXTRA_COMPONENTS.has(m)) ? ', or repair the Flux installation (flux check)' : ''}`;

  for (const [name, d] of [...controllers].sort(([a], [b]) => a.localeCompare(b))) {
    const image =
      (d.spec.template.spec.containers ?? []).find((c: any) => c.name === 'manager')?.image ?? d.spec.template.spec.containers?.[0]?.image ?? 'no image';
    const wanted = d.spec.replicas ?? 1;
    const ready = d.status?.readyReplicas ?? 0;
    const flux = d.metadata.labels?.['app.kubernetes.io/version'];
    const found = `${image}${flux ? ` (Flux ${flux})` : ''}, ${ready}/${wanted} ready`;
    findings.push(
      ready >= wanted
        ? finding('info', 'flux/controllers', `Deployment/${FLUX_NAMESPACE}/${name}`, found)
        : finding(
            'error',
            'flux/controllers',
            `Deployment/${FLUX_NAMESPACE}/${name}`,
            `${found}: the controller is not ready`,
            `kubectl -n ${FLUX_NAMESPACE} describe deployment ${name}; flux check`,
          ),
    );
  }

  // Kinds we render, by the controller that needs to run and the CRD version that must be served.
  const renderedKinds = new Map<string, { group: string; kind: string; versions: Set<string>; controller: string }>();
  for (const o of rendered.objects) {
    const group = groupOf(o.manifest.apiVersion);
    if (!FLUX_GROUP.test(group)) continue;
    const key = `${group}/${o.manifest.kind}`;
    const entry = renderedKinds.get(key) ?? {
      group,
      kind: o.manifest.kind,
      versions: new Set<string>(),
      controller: CONTROLLER_OF[key] ?? CONTROLLER_OF[group],
    };
    entry.versions.add(o.manifest.apiVersion.slice(group.length + 1));
    renderedKinds.set(key, entry);
  }
  const missingControllers = new Map<string, string[]>();
  for (const { group, kind, versions, controller } of renderedKinds.values()) {
    if (controller && !controllers.has(controller)) missingControllers.set(controller, [...(missingControllers.get(controller) ?? []), kind]);
    const crd = crdFor(crds, group, kind);
    for (const version of [...versions].sort()) {
      if (serves(crd, version)) continue;
      const found = crd
        ? `the CRD ${crd.metadata.name} does not serve ${group}/${version} (it serves ${
            (crd.spec.versions ?? [])
              .filter((v: any) => v.served)
              .map((v: any) => v.name)
              .join(', ') || 'nothing'
          })`
        : `no CRD serves ${kind} (${group}/${version}): the Flux installation lacks it`;
      findings.push(
        finding(
          crd || !EXTRA_COMPONENTS.has(controller) ? 'error' : 'info',
          'flux/crds',
          `CustomResourceDefinition/${crd?.metadata.name ?? `${plural(kind)}.${group}`}`,
          found,
          crd ? 'upgrade Flux to the version the repository is written for (flux bootstrap with the pinned flux CLI)' : bootstrap([controller]),
        ),
      );
    }
  }
  for (const [controller, kinds] of missingControllers) {
    findings.push(
      finding(
        EXTRA_COMPONENTS.has(controller) ? 'info' : 'error',
        'flux/controllers',
        `Deployment/${FLUX_NAMESPACE}/${controller}`,
        `not installed, and the repository renders ${kinds.join(', ')} that it reconciles`,
        bootstrap([controller]),
      ),
    );
  }
  return findings;
}
