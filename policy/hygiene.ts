import { WRITABLE_ROOT_ANNOTATION } from '../lib/hardened-deployment';
import { RenderedObject } from '../lib/rendered';
import { ClusterIndex, identity, Json, spec } from './cluster-index';
import { Finding, finding } from './finding';
import { containersOf, PodTemplate, podTemplates } from './pod-templates';

const PINNED_IMAGE = /^[^@\s]+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})(@sha256:[a-f0-9]{64})?$|^[^@\s]+@sha256:[a-f0-9]{64}$/;

/** Workload hygiene: what an operator expects of every pod template and the objects around it. */
export function hygieneFindings(index: ClusterIndex): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, obj: RenderedObject, path: string, message: string) => findings.push(finding(rule, 'error', obj, path, message));
  /** Namespaces where pods run (pod templates, Postgres clusters, Helm releases), each with the first such object. */
  const withPods = new Map<string, RenderedObject>();
  for (const o of index.objects) {
    const { kind, apiVersion, metadata } = o.manifest;
    const runsPods = podTemplates(o.manifest).length > 0 || kind === 'HelmRelease' || (kind === 'Cluster' && apiVersion.startsWith('postgresql.cnpg.io/'));
    if (metadata.namespace && runsPods && !withPods.has(metadata.namespace)) withPods.set(metadata.namespace, o);
  }
  const budgeted = new Set(
    index
      .ofKind('PodDisruptionBudget')
      .flatMap((b) => index.pods.selectedBy(b.manifest.metadata.namespace, spec(b.manifest).selector?.matchLabels).map((p) => p.object)),
  );

  // Duplicates across Kustomizations are flux/single-owner's finding; this one covers a single Kustomization.
  const seen = new Map<string, RenderedObject>();
  for (const o of index.objects) {
    const m = o.manifest;
    const key = `${o.kustomization}\u0000${identity(m)}`;
    const first = seen.get(key);
    const where = first && `${first.file} (applied by ${first.kustomization})`;
    if (first) add('hygiene/unique-object', o, 'metadata.name', `${m.kind} "${m.metadata.name}" is also defined in ${where}: rename one`);
    else seen.set(key, o);
  }

  for (const o of index.objects) {
    for (const t of podTemplates(o.manifest)) {
      const pod = t.spec;
      const replicas = (spec(o.manifest).replicas as number | undefined) ?? 1;
      for (const { path, container, init } of containersOf(t)) {
        const res = container.resources as Json | undefined;
        for (const kind of ['requests', 'limits'] as const) {
          for (const r of ['cpu', 'memory']) {
            const message = `container "${container.name}" has no ${r} ${kind.slice(0, -1)}: set requests and limits for cpu and memory`;
            if (res?.[kind]?.[r] === undefined) add('hygiene/resources', o, `${path}.resources.${kind}.${r}`, message);
          }
        }
        if (!init) {
          if (!container.livenessProbe) add('hygiene/probes', o, `${path}.livenessProbe`, `container "${container.name}" has no liveness probe: add one`);
          if (!container.readinessProbe) add('hygiene/probes', o, `${path}.readinessProbe`, `container "${container.name}" has no readiness probe: add one`);
        }
        const fix = 'use a release tag (not "latest") or a digest from the model';
        if (!container.image || !PINNED_IMAGE.test(container.image) || /:latest(@|$)/.test(container.image))
          add('hygiene/image-pinned', o, `${path}.image`, `image "${container.image ?? ''}" is not pinned: ${fix}`);
        // A writable root is accepted only with its reason written on the pod (HardenedContainerProps.writableRootReason).
        const writableReason = t.annotations[`${WRITABLE_ROOT_ANNOTATION}${container.name}`] ?? '';
        if (container.securityContext?.readOnlyRootFilesystem !== true && writableReason.trim().length < 10) {
          const fix = `set readOnlyRootFilesystem: true and mount an emptyDir where it writes (or write why not as the pod annotation ${WRITABLE_ROOT_ANNOTATION}${container.name})`;
          const at = `${path}.securityContext.readOnlyRootFilesystem`;
          add('hygiene/read-only-root', o, at, `container "${container.name}" may write its root filesystem: ${fix}`);
        }
        const nonRoot = container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
        if (nonRoot !== true)
          add('hygiene/non-root', o, `${path}.securityContext.runAsNonRoot`, `container "${container.name}" may run as root: set runAsNonRoot: true`);
      }
      if (replicas > 1 && !budgeted.has(o))
        add('hygiene/pdb', o, 'spec.replicas', `${replicas} replicas without a PodDisruptionBudget: add one selecting the pods (HardenedDeployment does)`);
      findings.push(...referenceFindings(index, o, t));
    }
  }

  for (const s of index.ofKind('Service')) {
    const selector = spec(s.manifest).selector as Record<string, string> | undefined;
    if (!selector) continue;
    const pods = index.pods.selectedBy(s.manifest.metadata.namespace, selector).map((p) => p.template);
    if (pods.length === 0) {
      add('hygiene/service-selector', s, 'spec.selector', `selects no pod template in namespace "${s.manifest.metadata.namespace}": fix the selector labels`);
      continue;
    }
    ((spec(s.manifest).ports ?? []) as Json[]).forEach((p, i) => {
      if (typeof p.targetPort !== 'string') return;
      const named = pods.some((t) => containersOf(t).some(({ container }) => (container.ports ?? []).some((cp) => cp.name === p.targetPort)));
      if (!named) add('hygiene/service-port', s, `spec.ports[${i}].targetPort`, `no selected container declares a port named "${p.targetPort}"`);
    });
  }

  for (const [ns, first] of withPods) {
    const denied = index.ofKindIn('NetworkPolicy', ns).some((p) => isDefaultDeny(spec(p.manifest)));
    const nsObj = index.get('Namespace', undefined, ns) ?? first;
    const message = `namespace "${ns}" runs pods without a default-deny NetworkPolicy (ingress and egress): create it with OceanidNamespace`;
    if (!denied) add('hygiene/default-deny', nsObj, '', message);
  }
  return findings;
}

function isDefaultDeny(s: Json): boolean {
  const types = new Set(s.policyTypes ?? []);
  return Object.keys(s.podSelector ?? {}).length === 0 && types.has('Ingress') && types.has('Egress') && !(s.ingress?.length > 0) && !(s.egress?.length > 0);
}

/** ConfigMaps, Secrets, ServiceAccounts and PVCs a pod refers to must be rendered (Secrets by an ExternalSecret). */
function referenceFindings(index: ClusterIndex, o: RenderedObject, t: PodTemplate): Finding[] {
  const findings: Finding[] = [];
  const ns = o.manifest.metadata.namespace;
  const { path, spec: pod } = t;
  const need = (kind: 'ConfigMap' | 'Secret' | 'ServiceAccount' | 'PersistentVolumeClaim', name: string, at: string) => {
    if (kind === 'ServiceAccount' && name === 'default') return;
    if (kind === 'Secret' ? secretExists(index, ns, name) : index.get(kind, ns, name)) return;
    const orCreator = kind === 'Secret' ? ' and no ExternalSecret creates it' : '';
    findings.push(finding('hygiene/reference', 'error', o, at, `${kind} "${name}" does not exist in namespace "${ns}"${orCreator}: create it or fix the name`));
  };
  if (pod.serviceAccountName) need('ServiceAccount', pod.serviceAccountName, `${path}.serviceAccountName`);
  ((pod.volumes ?? []) as Json[]).forEach((v, i) => {
    if (v.configMap && !v.configMap.optional) need('ConfigMap', v.configMap.name, `${path}.volumes[${i}].configMap.name`);
    if (v.secret && !v.secret.optional) need('Secret', v.secret.secretName, `${path}.volumes[${i}].secret.secretName`);
    if (v.persistentVolumeClaim) need('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, `${path}.volumes[${i}].persistentVolumeClaim.claimName`);
  });
  for (const { path: c, container } of containersOf(t)) {
    ((container.env ?? []) as Json[]).forEach((e, ei) => {
      const at = `${c}.env[${ei}].valueFrom`;
      if (e.valueFrom?.secretKeyRef && !e.valueFrom.secretKeyRef.optional) need('Secret', e.valueFrom.secretKeyRef.name, `${at}.secretKeyRef.name`);
      if (e.valueFrom?.configMapKeyRef && !e.valueFrom.configMapKeyRef.optional)
        need('ConfigMap', e.valueFrom.configMapKeyRef.name, `${at}.configMapKeyRef.name`);
    });
    ((container.envFrom ?? []) as Json[]).forEach((e, ei) => {
      if (e.secretRef && !e.secretRef.optional) need('Secret', e.secretRef.name, `${c}.envFrom[${ei}].secretRef.name`);
      if (e.configMapRef && !e.configMapRef.optional) need('ConfigMap', e.configMapRef.name, `${c}.envFrom[${ei}].configMapRef.name`);
    });
  }
  return findings;
}

/** A Secret exists when an ExternalSecret in the namespace writes it (Secrets with data are refused elsewhere). */
export function secretExists(index: ClusterIndex, namespace: string | undefined, name: string): boolean {
  return index.secretWriter(namespace, name) !== undefined || index.get('Secret', namespace, name) !== undefined;
}
