import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { FLUX_BOOTSTRAP_KUSTOMIZATION, FLUX_BOOTSTRAP_SECRET, FLUX_NAMESPACE, fluxBootstrapPath } from '../model/flux';
import { Kubectl } from './kubectl';
import { finding } from './report';
import { secretKeyNames } from './secrets';

/** A Kustomization path as `flux bootstrap` compares them (fluxcd/flux2 v2.7.5 pkg/bootstrap/bootstrap.go kustomizationPathDiffers). */
export function normalizePath(p: string): string {
  const trimmed = p.length > 2 ? p.replace(/\/$/, '') : p;
  return `./${trimmed.replace(/^\.\//, '')}`;
}

/** An inventory entry id, `<namespace>_<name>_<group>_<kind>` (cli-utils ObjMetadata, as kustomize-controller stores it). */
export function parseInventoryId(id: string): { namespace: string; name: string; group: string; kind: string } {
  const parts = id.split('_');
  const kind = parts.pop() ?? '';
  const group = parts.pop() ?? '';
  const namespace = parts.shift() ?? '';
  // cli-utils writes a ":" of an RBAC name as "__".
  return { namespace, name: parts.join('_').replace(/__/g, ':'), group, kind };
}

/** `12 CustomResourceDefinition, 4 Deployment, ...`: an inventory by kind, largest first. */
function byKind(entries: readonly { id: string }[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const { kind } = parseInventoryId(e.id);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

const ns = `-n ${FLUX_NAMESPACE}`;

/** How to let go of a Kustomization without deleting what it applied, from where it stands. */
function release(name: string, suspended: boolean, prune: boolean): string {
  return [
    ...(suspended ? [] : [`flux suspend kustomization ${name} ${ns}`]),
    ...(prune ? [`kubectl ${ns} patch kustomization ${name} --type=merge -p '{"spec":{"prune":false}}'`] : []),
    `kubectl ${ns} delete kustomization ${name}`,
  ].join('; ');
}

/**
 * The live Kustomizations against the ones this repository renders, above all the bootstrap's
 * own `flux-system`: its path, prune, suspend and inventory. `flux bootstrap` refuses to change
 * the path of an existing one, and changing it any other way makes kustomize-controller prune
 * everything of the old inventory the new path lacks (Flux's CRDs, and every Flux object with
 * them). A suspended or `prune: false` Kustomization's deletion deletes nothing (kustomize-controller
 * v1.7.3 finalizerShouldDeleteResources), so that is the way out.
 */
export function syncFindings(rendered: RenderedCluster, liveKustomizations: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const wanted = fluxBootstrapPath(rendered.model.name);
  const renderedPaths = new Map<string, string>([[FLUX_BOOTSTRAP_KUSTOMIZATION, wanted]]);
  for (const o of rendered.objects.filter((x) => x.manifest.kind === 'Kustomization' && x.manifest.metadata.namespace === FLUX_NAMESPACE))
    renderedPaths.set(o.manifest.metadata.name, (o.manifest as any).spec?.path ?? './');
  const bootstrap = liveKustomizations.find((k) => k.metadata.namespace === FLUX_NAMESPACE && k.metadata.name === FLUX_BOOTSTRAP_KUSTOMIZATION);
  if (!bootstrap)
    findings.push(
      finding(
        'info',
        'flux/sync-path',
        `Kustomization/${FLUX_NAMESPACE}/${FLUX_BOOTSTRAP_KUSTOMIZATION}`,
        `does not exist: flux bootstrap --path=${wanted.slice(2)} creates it`,
      ),
    );
  for (const k of liveKustomizations) {
    const name = k.metadata.name as string;
    const object = `Kustomization/${k.metadata.namespace}/${name}`;
    const path = (k.spec?.path as string | undefined) ?? './';
    const prune = k.spec?.prune === true;
    const suspended = k.spec?.suspend === true;
    const entries: { id: string }[] = k.status?.inventory?.entries ?? [];
    const summary = `path ${path}, prune: ${prune}, suspend: ${suspended}, inventory: ${entries.length} object(s)${entries.length ? ` (${byKind(entries)})` : ''}`;
    const target = k.metadata.namespace === FLUX_NAMESPACE ? renderedPaths.get(name) : undefined;
    if (target === undefined) {
      findings.push(
        finding(
          'info',
          'flux/old-kustomization',
          object,
          `${summary}: nothing in flux/ renders it, so Flux keeps reconciling it from its own source`,
          prune ? `to remove it without deleting its objects: ${release(name, suspended, prune)}` : '',
        ),
      );
      continue;
    }
    if (normalizePath(path) === normalizePath(target)) {
      findings.push(finding('info', 'flux/sync-path', object, `${summary}: the path this repository renders there`));
      continue;
    }
    const refusal =
      name === FLUX_BOOTSTRAP_KUSTOMIZATION
        ? `flux bootstrap --path=${wanted.slice(2)} refuses to change it ("sync path configuration would overwrite path of existing Kustomization", fluxcd/flux2 v2.7.5 pkg/bootstrap/bootstrap_plain_git.go ReconcileSyncConfig)`
        : `Flux would apply it with path ${target}`;
    // What a prune takes with it: a Namespace deletes everything in it, a CRD every object of its kind.
    const sweeping = entries.map((e) => parseInventoryId(e.id)).filter((e) => e.kind === 'Namespace' || e.kind === 'CustomResourceDefinition');
    const named = (kind: string) =>
      sweeping
        .filter((e) => e.kind === kind)
        .map((e) => e.name)
        .join(', ');
    const crds = sweeping.filter((e) => e.kind === 'CustomResourceDefinition').length;
    const namespaces = sweeping.length - crds;
    const risk = prune
      ? `; changing the path (a patch, or a push of a tree whose ${path} lacks these objects) makes kustomize-controller prune every object of the inventory the new path lacks${
          sweeping.length
            ? `, among them ${[namespaces ? `Namespace ${named('Namespace')} (and all in it)` : '', crds ? `${crds} CustomResourceDefinition(s) (${named('CustomResourceDefinition')}), and every object of their kinds` : ''].filter(Boolean).join(' and ')}`
            : ''
        }`
      : '';
    findings.push(
      finding(
        'error',
        'flux/sync-path',
        object,
        `${summary}, this repository renders ${target}: ${refusal}${risk}`,
        `let go of it before the bootstrap, keeping its objects (a suspended or prune: false Kustomization's deletion deletes nothing: kustomize-controller v1.7.3 finalizerShouldDeleteResources): ${release(name, suspended, prune)}`,
      ),
    );
  }
  return findings;
}

/**
 * The live source of the bootstrap Kustomization (GitRepository flux-system): its URL, branch and
 * credential Secret, against the repository the model names, which `flux bootstrap` points it at.
 */
export function syncSourceFindings(rendered: RenderedCluster, liveGitRepositories: readonly any[]): Finding[] {
  const live = liveGitRepositories.find((g) => g.metadata.namespace === FLUX_NAMESPACE && g.metadata.name === FLUX_BOOTSTRAP_KUSTOMIZATION);
  if (!live) return [];
  const repo = rendered.model.repository;
  const url = live.spec?.url as string | undefined;
  const ref = live.spec?.ref?.branch ?? live.spec?.ref?.tag ?? live.spec?.ref?.commit ?? 'the default branch';
  const same = url === repo.url && ref === repo.branch;
  return [
    finding(
      'info',
      'flux/sync-source',
      `GitRepository/${FLUX_NAMESPACE}/${FLUX_BOOTSTRAP_KUSTOMIZATION}`,
      `url ${url ?? 'none'}, ref ${ref}, secretRef ${live.spec?.secretRef?.name ?? 'none'}${same ? ': the repository and branch the model names' : `: flux bootstrap points it at ${repo.url}, branch ${repo.branch} (model.repository)`}`,
    ),
  ];
}

/**
 * The deploy-key Secret `flux bootstrap` makes: when it exists, the bootstrap keeps it ("source
 * secret up to date", fluxcd/flux2 v2.7.5 pkg/bootstrap/bootstrap_plain_git.go
 * ReconcileSourceSecret) and `--read-write-key` changes nothing, so image automation would push
 * with the old key. Key names only.
 */
export function deployKeyFindings(rendered: RenderedCluster, kubectl: Kubectl): Finding[] {
  const object = `Secret/${FLUX_NAMESPACE}/${FLUX_BOOTSTRAP_SECRET}`;
  const keys = secretKeyNames(kubectl, FLUX_NAMESPACE, FLUX_BOOTSTRAP_SECRET);
  if (!keys) return [finding('info', 'flux/deploy-key', object, 'does not exist: flux bootstrap --read-write-key generates a read-write deploy key into it')];
  const automation = rendered.objects.find((o) => o.manifest.kind === 'ImageUpdateAutomation');
  const found = `exists with keys ${keys.join(', ') || 'none'}: flux bootstrap keeps it ("source secret up to date", fluxcd/flux2 v2.7.5 pkg/bootstrap/bootstrap_plain_git.go ReconcileSourceSecret) and ignores --read-write-key`;
  if (!automation) return [finding('info', 'flux/deploy-key', object, `${found}; nothing rendered pushes to the repository`)];
  return [
    finding(
      'error',
      'flux/deploy-key',
      object,
      `${found}, so ImageUpdateAutomation/${automation.manifest.metadata.namespace}/${automation.manifest.metadata.name} would push with the old deploy key, read-only unless it was made otherwise`,
      `replace it at the bootstrap: kubectl ${ns} delete secret ${FLUX_BOOTSTRAP_SECRET} right before flux bootstrap --read-write-key (source-controller keeps serving its last artifact meanwhile), then remove the old deploy key from the repository's settings`,
    ),
  ];
}
