import { objectId } from '../policy/finding';
import { HelmReleaseFromChart } from '../lib/helm-release-from-chart';
import { identity } from '../policy/cluster-index';
import { groupOf } from '../lib/kustomization-dependencies';
import { Manifest, RenderedCluster, RenderedObject } from '../lib/rendered';
import { FLUX_GROUP } from '../policy/flux-graph';
import { crdFor, serves } from './flux';
import { Kubectl, KubectlError, TIMEOUTS } from './kubectl';
import { applyOrder } from './kustomizations';
import { Finding } from '../model/finding';
import { finding } from './report';

/** The field manager kustomize-controller applies with. */
export const FLUX_FIELD_MANAGER = 'kustomize-controller';

/**
 * API groups the Kubernetes 1.33 API server serves itself, without a CRD (the groups of
 * x-kubernetes-group-version-kind in its OpenAPI definitions); other *.k8s.io groups, such as the
 * Gateway API's, come from CRDs.
 */
const BUILT_IN_GROUPS = new Set([
  '',
  'admission.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'imagepolicy.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** Kinds whose deletion with --cascade=orphan leaves their pods running. */
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** The Pod Security warnings on a namespace change; the pod-security check reports the pods they name. */
const POD_SECURITY_NAMESPACE_WARNING =
  /^(existing pods in namespace "[^"]+" violate the new PodSecurity enforce level .*|[^ ]+( \(and \d+ other pods?\))?: .+)$/;

/** A manager as the conflict message prints it: `"name"`, then for an Update entry ` using <apiVersion>[ at <time>]`. */
const MANAGER = '"([^"]+)"(?: with subresource "[^"]*")?(?: using \\S+(?: at \\S+)?)?';

/** One field manager's conflicting fields, parsed from the API server's conflict message. */
export interface Conflict {
  readonly manager: string;
  readonly fields: string[];
}

/**
 * Parses `Apply failed with N conflict(s): ...` as kubectl prints it (the message of
 * k8s.io/apimachinery/pkg/util/managedfields/internal/conflict.go): one conflict on one line,
 * several grouped by manager with one `- .field` line each. Returns [] for any other error.
 */
export function parseConflicts(stderr: string): Conflict[] {
  const one = new RegExp(`Apply failed with 1 conflict: conflict with ${MANAGER}: (\\S.*)$`, 'm').exec(stderr);
  if (one) return [{ manager: one[1], fields: [one[2].trim()] }];
  if (!/Apply failed with \d+ conflicts:/.test(stderr)) return [];
  const conflicts: Conflict[] = [];
  for (const line of stderr.split('\n')) {
    const manager = new RegExp(`conflicts with ${MANAGER}:\\s*$`).exec(line);
    if (manager) conflicts.push({ manager: manager[1], fields: [] });
    else if (/^- \./.test(line) && conflicts.length > 0) conflicts[conflicts.length - 1].fields.push(line.slice(2).trim());
  }
  return conflicts;
}

/** What the server-side dry run said about one object. */
interface DryRunOutcome {
  readonly object: Manifest;
  /** The object as the API server would store it; undefined when the apply failed. */
  readonly result?: any;
  readonly warnings: string[];
  /** kubectl's error text when the apply failed. */
  readonly error?: string;
}

const warningLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('Warning: '))
    .map((l) => l.slice('Warning: '.length).trim());
const errorText = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('Warning: '))
    .join('\n')
    .trim();
const asList = (json: any): any[] => (json?.kind === 'List' || Array.isArray(json?.items) ? (json.items ?? []) : json ? [json] : []);
const listOf = (objects: readonly Manifest[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects });

/**
 * Server-side dry runs of `objects` with Flux's field manager, one kubectl call for the lot. kubectl
 * prints nothing on stdout when any object fails and does not say which object a warning belongs
 * to, so a batch with an error or a warning is split in halves until each such outcome belongs to
 * one object.
 */
function dryRun(kubectl: Kubectl, objects: readonly Manifest[], force = false): DryRunOutcome[] {
  if (objects.length === 0) return [];
  const args = [
    'apply',
    '--server-side',
    ...(force ? ['--force-conflicts'] : []),
    '--dry-run=server',
    `--field-manager=${FLUX_FIELD_MANAGER}`,
    '-f',
    '-',
    '-o',
    'json',
  ];
  const r = kubectl.run(args, { timeoutMs: TIMEOUTS.dryRun, input: listOf(objects) });
  if (r.timedOut || r.missing) throw KubectlError.of(args, r);
  const warnings = warningLines(r.stderr);
  if (r.code === 0 && (warnings.length === 0 || objects.length === 1)) {
    const results = new Map(asList(JSON.parse(r.stdout)).map((o) => [identity(o), o]));
    return objects.map((object) => ({ object, result: results.get(identity(object)), warnings: objects.length === 1 ? warnings : [] }));
  }
  if (objects.length === 1) return [{ object: objects[0], warnings, error: errorText(r.stderr) || `kubectl exited with ${r.code}` }];
  const half = Math.ceil(objects.length / 2);
  return [...dryRun(kubectl, objects.slice(0, half), force), ...dryRun(kubectl, objects.slice(half), force)];
}

/** The live objects among `objects` (`kubectl get -f - --ignore-not-found`), by identity. */
function liveObjects(kubectl: Kubectl, objects: readonly Manifest[]): Map<string, any> {
  if (objects.length === 0) return new Map();
  const args = ['get', '-f', '-', '--ignore-not-found', '-o', 'json'];
  const r = kubectl.run(args, { timeoutMs: TIMEOUTS.read, input: listOf(objects) });
  if (r.code !== 0) throw KubectlError.of(args, r);
  return new Map(r.stdout.trim() ? asList(JSON.parse(r.stdout)).map((o) => [identity(o), o]) : []);
}

type Path = (string | { name: string })[];

/** Every leaf of a rendered object as a path; lists of named items are walked by name. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => v && typeof v === 'object' && typeof (v as any).name === 'string')) {
      return value.flatMap((v) => leaves(v, [...path, { name: (v as any).name }]));
    }
    return [path];
  }
  if (value && typeof value === 'object' && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

function at(value: any, path: Path): unknown {
  let v = value;
  for (const seg of path) {
    if (v === undefined || v === null) return undefined;
    v = typeof seg === 'string' ? v[seg] : Array.isArray(v) ? v.find((x: any) => x?.name === seg.name) : undefined;
  }
  return v;
}

const pathString = (path: Path) =>
  path.map((s, i) => (typeof s === 'string' ? (/^[A-Za-z0-9_-]+$/.test(s) ? `${i === 0 ? '' : '.'}${s}` : `["${s}"]`) : `[name=${s.name}]`)).join('');
const short = (v: unknown) => {
  const s = v === undefined ? 'absent' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** A field we render whose stored value would differ from the live object's. */
export interface FieldChange {
  readonly path: string;
  /** The live object has no value there: the change only adds a label or an annotation. */
  readonly addsMetadata: boolean;
  /** A Pod Security label of a Namespace (reported by the pod-security check). */
  readonly podSecurityLabel: boolean;
}

export function changedFields(rendered: Manifest, live: any, result: any): FieldChange[] {
  return leaves(rendered)
    .filter((p) => p[0] !== 'status')
    .filter((p) => JSON.stringify(at(result, p)) !== JSON.stringify(at(live, p)))
    .map((p) => ({
      path: `${pathString(p)} ${short(at(live, p))} -> ${short(at(result, p))}`,
      addsMetadata: p[0] === 'metadata' && (p[1] === 'labels' || p[1] === 'annotations') && at(live, p) === undefined,
      podSecurityLabel: rendered.kind === 'Namespace' && p[1] === 'labels' && String(p[2]).startsWith('pod-security.kubernetes.io/'),
    }));
}

/**
 * Takeover: each rendered layer, in Flux's order, dry-run applied on the server with Flux's field
 * manager. Per object: created, unchanged, changed (which fields), conflicting with another field
 * manager (which, on which fields), or refused by admission; plus the API server's warnings.
 * Objects that cannot be dry-run yet (their CRD or namespace comes with an earlier step) are listed.
 */
export function takeoverFindings(rendered: RenderedCluster, kubectl: Kubectl, crds: readonly any[], liveNamespaces: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const crdInstaller = new Map<string, RenderedObject>();
  for (const o of rendered.objects.filter((x) => x.manifest.kind === 'HelmRelease'))
    for (const g of HelmReleaseFromChart.crdGroupsOf(o.source)) crdInstaller.set(g, o);
  const renderedNamespaces = new Set(rendered.objects.filter((o) => o.manifest.kind === 'Namespace').map((o) => o.manifest.metadata.name));

  // flux/<cluster>/oceanid/ first, then each component's Kustomization after what it depends on.
  for (const layer of applyOrder(rendered)) {
    const checkable: Manifest[] = [];
    for (const o of rendered.objects.filter((x) => x.kustomization === layer)) {
      const m = o.manifest;
      const group = groupOf(m.apiVersion);
      const version = m.apiVersion.slice(m.apiVersion.indexOf('/') + 1);
      const object = objectId(m);
      if (!BUILT_IN_GROUPS.has(group) && !serves(crdFor(crds, group, m.kind), version)) {
        const installer = crdInstaller.get(group);
        if (installer)
          findings.push(
            finding(
              'info',
              'takeover/deferred',
              object,
              `[${layer}] not dry-run: ${group} is not served yet; its CRDs come with ${objectId(installer.manifest)} in ${installer.kustomization}, which Flux applies first`,
            ),
          );
        else if (FLUX_GROUP.test(group))
          findings.push(finding('info', 'takeover/deferred', object, `[${layer}] not dry-run: ${m.kind} (${m.apiVersion}) is not served (see flux/crds)`));
        else
          findings.push(
            finding(
              'error',
              'takeover/unserved',
              object,
              `[${layer}] no CRD serves ${m.kind} (${m.apiVersion}) and no rendered HelmRelease installs it`,
              'install the CRDs with a HelmReleaseFromChart that declares crdGroups, or remove the object',
            ),
          );
        continue;
      }
      const ns = m.metadata.namespace;
      if (ns && !liveNamespaces.has(ns)) {
        if (renderedNamespaces.has(ns))
          findings.push(
            finding(
              'info',
              'takeover/created',
              object,
              `[${layer}] would be created in the new namespace ${ns} (not dry-run: the namespace does not exist yet)`,
            ),
          );
        else
          findings.push(
            finding(
              'error',
              'takeover/namespace',
              object,
              `[${layer}] namespace ${ns} does not exist and nothing renders it`,
              `render the Namespace ${ns} (OceanidNamespace), or create it before the takeover`,
            ),
          );
        continue;
      }
      checkable.push(m);
    }
    const live = liveObjects(kubectl, checkable);
    for (const outcome of dryRun(kubectl, checkable)) {
      findings.push(...describe(layer, outcome, live.get(identity(outcome.object))));
      // kustomize-controller applies with forced ownership (fluxcd/pkg ssa, client.ForceOwnership):
      // a conflict does not stop it, so what it really meets is the forced apply's outcome.
      if (outcome.error !== undefined && parseConflicts(outcome.error).length > 0)
        for (const forced of dryRun(kubectl, [outcome.object], true)) findings.push(...describe(layer, forced, live.get(identity(forced.object))));
    }
  }
  return findings;
}

/** The documented way to strip every managedFields entry of an object (a list holding one empty entry). */
function clearManagers(m: Manifest): string {
  return `kubectl${m.metadata.namespace ? ` -n ${m.metadata.namespace}` : ''} patch ${m.kind.toLowerCase()} ${m.metadata.name} --type=json -p '[{"op":"replace","path":"/metadata/managedFields","value":[{}]}]'`;
}

function describe(layer: string, outcome: DryRunOutcome, live: any): Finding[] {
  const object = objectId(outcome.object);
  const findings: Finding[] = [];
  for (const w of outcome.warnings.filter((w) => !(outcome.object.kind === 'Namespace' && POD_SECURITY_NAMESPACE_WARNING.test(w)))) {
    findings.push(
      finding(
        'error',
        'takeover/admission-warning',
        object,
        `[${layer}] the API server warns: ${w}`,
        'change the rendered object so the warning goes away (a Pod Security warning means its pods would be rejected once enforced)',
      ),
    );
  }
  if (outcome.error !== undefined) {
    const conflicts = parseConflicts(outcome.error);
    if (conflicts.length > 0) {
      for (const c of conflicts) {
        findings.push(
          finding(
            'info',
            'takeover/conflict',
            object,
            `[${layer}] field manager "${c.manager}" owns ${c.fields.join(', ')} with other values: kustomize-controller applies with forced ownership and takes these fields; "${c.manager}" sets them back only if it runs again (a stale entry does no harm)`,
            c.manager.startsWith('pulumi-kubernetes')
              ? `remove it from the Pulumi stack (pulumi state delete <urn>; the object stays), then ${outcome.object.kind === 'Namespace' ? '' : 'delete it if the rendered object replaces it, or '}clear its field managers: ${clearManagers(outcome.object)}`
              : `stop "${c.manager}" managing the object, or change the model to the live values`,
          ),
        );
      }
    } else {
      findings.push(
        finding(
          'error',
          'takeover/admission-error',
          object,
          `[${layer}] the API server refuses it: ${outcome.error.replace(/\s*\n\s*/g, ' ')}`,
          /immutable/.test(outcome.error)
            ? WORKLOAD_KINDS.has(outcome.object.kind)
              ? `orphan it before the bootstrap so Flux creates it anew while its pods keep running and serving (Flux does not recreate objects with immutable changes unless spec.force is set): kubectl${outcome.object.metadata.namespace ? ` -n ${outcome.object.metadata.namespace}` : ''} delete ${outcome.object.kind.toLowerCase()} ${outcome.object.metadata.name} --cascade=orphan; retire its pods once the rendered one is Ready`
              : 'delete the live object before the bootstrap so Flux creates it anew (Flux does not recreate objects with immutable changes unless spec.force is set)'
            : 'fix the rendered object or the cluster as the message says',
        ),
      );
    }
    return findings;
  }
  if (!live) {
    findings.push(finding('info', 'takeover/created', object, `[${layer}] would be created`));
    return findings;
  }
  // Added labels and annotations change nothing that runs, and a Namespace's Pod Security labels
  // are weighed by the pod-security check (the pods they would reject): both are listed as info.
  const changes = changedFields(outcome.object, live, outcome.result);
  const paths = (cs: FieldChange[]) => cs.map((c) => c.path).join('; ');
  const benign = changes.filter((c) => c.addsMetadata || c.podSecurityLabel);
  const other = changes.filter((c) => !benign.includes(c));
  if (changes.length === 0) findings.push(finding('info', 'takeover/unchanged', object, `[${layer}] unchanged`));
  if (benign.length > 0) findings.push(finding('info', 'takeover/adopted', object, `[${layer}] would be adopted; labels set: ${paths(benign)}`));
  if (other.length > 0)
    findings.push(
      finding(
        'info',
        'takeover/changed',
        object,
        `[${layer}] would change ${paths(other)}`,
        'review: this is what Flux changes on a running object; change the model if the live value is the right one',
      ),
    );
  return findings;
}
