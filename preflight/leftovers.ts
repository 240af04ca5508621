import { identity, PREEXISTING_NAMESPACES } from '../policy/cluster-index';
import { objectId } from '../policy/finding';
import { Finding } from '../model/finding';
import { RenderedCluster } from '../lib/rendered';
import { helmReleaseKey } from './helm-releases';
import { Kubectl, KubectlError, TIMEOUTS } from './kubectl';
import { lastKustomization, readyAfter } from './kustomizations';
import { retire } from './report';

/** The kinds read in all namespaces: what keeps running or serving when nothing renders it. */
export const WORKLOAD_TYPES = 'deployments.apps,daemonsets.apps,statefulsets.apps,cronjobs.batch,services,configmaps,ingresses.networking.k8s.io';

/** Objects the API server or K3s create in every namespace. */
const BUILT_IN = new Set(['ConfigMap/kube-root-ca.crt']);

/** The namespaces this repository creates (and so manages), the cluster's own aside. */
function managedNamespaces(rendered: RenderedCluster): Set<string> {
  return new Set(
    rendered.objects
      .filter((o) => o.manifest.kind === 'Namespace')
      .map((o) => o.manifest.metadata.name)
      .filter((n) => !PREEXISTING_NAMESPACES.has(n)),
  );
}

/** The Kustomization whose Ready means the rendered objects of `namespace` run. */
function readyIn(rendered: RenderedCluster, namespace: string): string {
  return readyAfter(rendered, (o) => o.manifest.metadata.namespace === namespace) ?? lastKustomization(rendered);
}

const managersOf = (o: any): string[] => [...new Set<string>((o.metadata?.managedFields ?? []).map((f: any) => f.manager as string))];

/**
 * Live objects in the namespaces this repository creates that nothing renders (e.g. a second
 * cloudflared connector left from before): Flux neither adopts nor prunes them, so they keep
 * running, and keep serving until their replacement is Ready. Objects owned by another object
 * (ReplicaSets, ESO's Secrets) and objects of a Helm release we render are not leftovers.
 */
export function leftoverFindings(rendered: RenderedCluster, liveObjects: readonly any[]): Finding[] {
  const managed = managedNamespaces(rendered);
  const renderedIds = new Set(rendered.objects.map((o) => identity(o.manifest)));
  const releases = new Set(rendered.objects.filter((o) => o.manifest.kind === 'HelmRelease').map((o) => helmReleaseKey(o.manifest)));
  const findings: Finding[] = [];
  for (const o of liveObjects) {
    const ns = o.metadata?.namespace;
    if (!ns || !managed.has(ns) || renderedIds.has(identity(o)) || BUILT_IN.has(`${o.kind}/${o.metadata.name}`)) continue;
    if ((o.metadata.ownerReferences ?? []).length > 0) continue;
    const annotations = o.metadata.annotations ?? {};
    if (releases.has(`${annotations['meta.helm.sh/release-namespace']}/${annotations['meta.helm.sh/release-name']}`)) continue;
    const managers = managersOf(o);
    findings.push(
      retire(
        readyIn(rendered, ns),
        'takeover/unmanaged',
        objectId(o),
        `exists in namespace ${ns}, which Flux manages, but nothing renders it${managers.length ? ` (managed by ${managers.join(', ')})` : ''}: Flux neither adopts nor removes it, and it keeps running`,
        `delete it once its replacement is Ready (kubectl -n ${ns} delete ${o.kind.toLowerCase()} ${o.metadata.name}), or render it in the model`,
      ),
    );
  }
  return findings;
}

/**
 * Prints each Secret's namespace, name, type, whether another object owns it, and its field
 * managers: metadata only, never `.data`. A template sees managedFields: kubectl drops them only
 * from JSON and YAML output (k8s.io/cli-runtime v0.33.9 pkg/genericclioptions/json_yaml_flags.go).
 */
export const SECRET_METADATA_TEMPLATE =
  '{{range .items}}{{.metadata.namespace}}{{"\\t"}}{{.metadata.name}}{{"\\t"}}{{.type}}{{"\\t"}}{{if .metadata.ownerReferences}}owned{{end}}{{"\\t"}}{{range .metadata.managedFields}}{{.manager}},{{end}}{{"\\n"}}{{end}}';

/** A Secret as SECRET_METADATA_TEMPLATE prints it. */
export interface SecretMetadata {
  readonly namespace: string;
  readonly name: string;
  readonly type: string;
  readonly owned: boolean;
  readonly managers: string[];
}

/** The metadata of every Secret in the cluster (names, types, owners, managers; no value). */
export function listSecretMetadata(kubectl: Kubectl): SecretMetadata[] {
  const args = ['get', 'secrets', '--all-namespaces', '-o', `go-template=${SECRET_METADATA_TEMPLATE}`];
  const r = kubectl.run(args, { timeoutMs: TIMEOUTS.read });
  // Nothing kubectl printed about a Secret is echoed.
  if (r.code !== 0)
    throw new KubectlError(
      `kubectl get secrets --all-namespaces: ${r.timedOut ? 'timed out' : /\(Forbidden\)/.test(r.stderr) ? 'forbidden: the kubeconfig user may not list Secrets' : `exit ${r.code}`}`,
    );
  return r.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const [namespace, name, type, owned, managers] = l.split('\t');
      return { namespace, name, type, owned: owned === 'owned', managers: (managers ?? '').split(',').filter(Boolean) };
    });
}

/** Secret types Kubernetes and Helm write themselves. */
const SYSTEM_SECRET_TYPES = new Set(['kubernetes.io/service-account-token', 'helm.sh/release.v1', 'bootstrap.kubernetes.io/token']);

/** Secrets the rendered objects create or name: Secrets, ExternalSecret targets, issuer keys, Certificates, Git credentials. */
function renderedSecretNames(rendered: RenderedCluster, certManagerNamespace: string): Set<string> {
  const names = new Set<string>();
  const model = rendered.model;
  names.add(`${model.secrets.bootstrapToken.namespace}/${model.secrets.bootstrapToken.name}`);
  for (const o of rendered.objects) {
    const m = o.manifest as any;
    const ns = m.metadata.namespace;
    if (m.kind === 'Secret') names.add(`${ns}/${m.metadata.name}`);
    if (m.kind === 'ExternalSecret') names.add(`${ns}/${m.spec?.target?.name ?? m.metadata.name}`);
    if (m.kind === 'Certificate' && m.spec?.secretName) names.add(`${ns}/${m.spec.secretName}`);
    if (m.kind === 'GitRepository' && m.spec?.secretRef?.name) names.add(`${ns}/${m.spec.secretRef.name}`);
    if (m.kind === 'ClusterIssuer' && m.spec?.acme?.privateKeySecretRef?.name) names.add(`${certManagerNamespace}/${m.spec.acme.privateKeySecretRef.name}`);
  }
  return names;
}

/** The Secrets an issuer reads or writes (ACME account key, DNS-01 solver tokens), as `namespace/name`. */
export function issuerSecrets(issuer: any, namespace: string): string[] {
  const refs: string[] = [];
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (/SecretRef$/.test(k) && typeof (x as any)?.name === 'string') refs.push(`${namespace}/${(x as any).name}`);
      else walk(x);
    }
  };
  walk(issuer.spec);
  return refs;
}

/** Field managers of objects made by hand or by Pulumi (not by a controller). */
const HAND_OR_PULUMI = /^(pulumi-kubernetes|kubectl)/;

/**
 * Secrets and ClusterIssuers left from before, by name only: ClusterIssuers nothing renders, and
 * in the namespaces this repository creates, Secrets made by hand or by Pulumi (or read by such
 * an issuer) that no rendered object creates or names. They go once what replaces them is Ready.
 */
export function leftoverSecretFindings(rendered: RenderedCluster, secrets: readonly SecretMetadata[], clusterIssuers: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const certManagerNamespace = 'cert-manager';
  const renderedIssuers = new Set(rendered.objects.filter((o) => o.manifest.kind === 'ClusterIssuer').map((o) => o.manifest.metadata.name));
  const issuersReady = readyAfter(rendered, (o) => o.manifest.kind === 'ClusterIssuer') ?? lastKustomization(rendered);
  const ofLeftIssuers = new Map<string, string>();
  for (const issuer of clusterIssuers) {
    if (renderedIssuers.has(issuer.metadata.name)) continue;
    for (const s of issuerSecrets(issuer, certManagerNamespace)) ofLeftIssuers.set(s, issuer.metadata.name);
    findings.push(
      retire(
        issuersReady,
        'leftovers/cluster-issuer',
        `ClusterIssuer/${issuer.metadata.name}`,
        `left from before: nothing renders it (the rendered ClusterIssuer${renderedIssuers.size === 1 ? '' : 's'}: ${[...renderedIssuers].join(', ') || 'none'}); Certificates that name it keep renewing with it`,
        `once no Certificate names it (kubectl get certificates -A -o custom-columns=NS:.metadata.namespace,NAME:.metadata.name,ISSUER:.spec.issuerRef.name), kubectl delete clusterissuer ${issuer.metadata.name}`,
      ),
    );
  }
  const managed = managedNamespaces(rendered);
  const named = renderedSecretNames(rendered, certManagerNamespace);
  for (const s of secrets) {
    const key = `${s.namespace}/${s.name}`;
    if (!managed.has(s.namespace) || named.has(key) || s.owned || SYSTEM_SECRET_TYPES.has(s.type)) continue;
    const issuer = ofLeftIssuers.get(key);
    const byHand = s.managers.filter((m) => HAND_OR_PULUMI.test(m));
    if (!issuer && byHand.length === 0) continue;
    findings.push(
      retire(
        issuer ? issuersReady : readyIn(rendered, s.namespace),
        'leftovers/secret',
        `Secret/${key}`,
        `left from before (${issuer ? `read by the ClusterIssuer ${issuer}` : `made by ${byHand.join(', ')}`}, type ${s.type}): no rendered object creates or names it`,
        `delete it after ${issuer ? `the ClusterIssuer ${issuer}` : 'what reads it'} is gone: kubectl -n ${s.namespace} delete secret ${s.name}`,
      ),
    );
  }
  return findings;
}
