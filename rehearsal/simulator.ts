import { helmOwnershipError } from '../preflight/helm-ownership';
import { issuerSecrets } from '../preflight/leftovers';
import { parseInventoryId } from '../preflight/sync';
import { connectorConfig } from '../preflight/tunnel';
import { parse as parseYaml } from 'yaml';
import { RenderedCluster } from '../synth/render';
import { CHART_OBJECTS, chartName, releaseName } from './charts';
import { Obj, objectKey, World } from './world';

/** Thrown when a command fails the way the real tool would (a refusal, a missing object). */
export class CommandFailed extends Error {}

const FLUX_NS = 'flux-system';
/** Where the rehearsal notes which tunnel a connector pod joined (the token it read at start). */
const TUNNEL_ANNOTATION = 'rehearsal.oceanid.io/tunnel';
const labelsMatch = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const ready = (o: Obj | undefined) => !!o?.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');
/**
 * Whether two values are the same object or hold the same keys, in the same order, with the same
 * values (their JSON is then the same, and so is their specSig). Deciding apply's writes by
 * serialising labels, annotations and specs was 0.2 s of the rehearsal tests (2026-12-08).
 */
const sameFields = (a: any, b: any): boolean => {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return keys.length === other.length && keys.every((k, i) => k === other[i] && a[k] === b[k]);
};
/** Whether two plain JSON values have the same keys in the same order and the same values all the way down (their JSON is then the same). */
const sameTree = (a: any, b: any): boolean => {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return keys.length === other.length && keys.every((k, i) => k === other[i] && sameTree(a[k], b[k]));
};
const sameJson = (a: unknown, b: unknown) => sameTree(a, b) || JSON.stringify(a) === JSON.stringify(b);
/** Inventory entry id as kustomize-controller writes it (read back with preflight's parseInventoryId): `<namespace>_<name>_<group>_<Kind>`, a ":" of a name as "__". */
const inventoryId = (o: Obj) =>
  `${o.metadata.namespace ?? ''}_${o.metadata.name.replace(/:/g, '__')}_${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}_${o.kind}`;

/**
 * A reboot as the rehearsal models it, in simulated seconds. The durations are modelled, not
 * measured; what matters is their order: the node answers for a moment after `sudo reboot`
 * returns, is gone for longer than any one command, and comes back with a new boot ID before it
 * is Ready.
 */
export const REBOOT = {
  /** After `sudo reboot` returns, systemd stops the units: K3s, its API server and the kubelet still answer. */
  shutdown: 5,
  /** From power-off until sshd and K3s run again (firmware, kernel, systemd). */
  boot: 60,
  /** From K3s's start until the kubelet reports Ready (containerd, flannel); it reports the new boot ID at once, NotReady. */
  kubeletReady: 20,
  /**
   * kube-controller-manager's `--node-monitor-grace-period` default, 50 s since Kubernetes 1.32
   * (kubernetes/kubernetes#126287, CHANGELOG-1.32.md v1.32.0-alpha.2; 40 s before): a Node keeps
   * the Ready condition its kubelet last posted until then.
   */
  nodeMonitorGracePeriod: 50,
};
type RebootPhase = 'stopping' | 'down' | 'starting' | 'up';

// A connector's config, parsed once per text: the serving paths are read after every command, and
// parsing the same YAML again each time was a sixth of the rehearsal's time.
const parsedRules = new Map<string, Record<string, string>>();
/** The `ingress:` rules of a cloudflared config file: hostname -> service. */
function ingressRules(text: string): Record<string, string> {
  let rules = parsedRules.get(text);
  if (!rules) {
    rules = {};
    for (const rule of (parseYaml(text) as any)?.ingress ?? []) if (rule.hostname) rules[rule.hostname] = rule.service;
    parsedRules.set(text, rules);
  }
  return rules;
}

/** The serving path of a public hostname at one moment. */
export interface ServingPath {
  readonly ready: boolean;
  readonly text: string;
  /** The origin every connector routes the hostname to, when the path is ready. */
  readonly origin?: string;
  /** True when the connectors route by the tunnel's dashboard configuration (remotely managed). */
  readonly remote?: boolean;
}

/**
 * The cluster and the world around it, with the controllers that act on them: kustomize-controller
 * (kustomize-controller v1.7.3, the release Flux v2.7.5 ships), helm-controller v1.4.5, External
 * Secrets, CloudNativePG, the Deployment and DaemonSet controllers, K3s on the hosts. Every change
 * is logged for the timeline; every deletion and refusal that breaks a promise of the takeover is
 * recorded as a violation.
 */
export class Simulation {
  readonly world: World;
  readonly rendered: RenderedCluster;
  /** What the last command changed, for the timeline. */
  changes: string[] = [];
  /** Broken promises (objects lost, Pulumi asked to delete, nodes down): each names the object. */
  violations: string[] = [];
  /** Objects lost (deleted PVCs, databases, CRDs, pruned or uninstalled objects). */
  lost = 0;
  /** Secrets (in cert-manager's namespace) that a deleted ClusterIssuer read. */
  retiredIssuerSecrets: { namespace: string; name: string }[] = [];
  /** The synth's tree is on the branch Flux reads (flux bootstrap pushed, or git push). */
  pushed = false;
  /** `flux bootstrap` wrote flux/<cluster>/flux-system/ to the repository. */
  bootstrapped = false;
  private uid = 0;

  /** Simulated seconds since the rehearsal began: only `sleep` and kubectl's waits advance them. */
  now = 0;
  /** Nodes rebooting and not yet back and Ready, with the time of `sudo reboot` and the boot ID they come back with. */
  private readonly reboots = new Map<string, { at: number; bootID: string }>();
  private boots = 0;

  /** What `flux install --components-extra` adds: the image automation controllers and their CRDs. */
  readonly imageComponents: readonly Obj[];

  /**
   * After every pass that noted no change, compare each object as a controller sees it (sig) with
   * the pass before and throw on a difference: a controller write that bypassed write(), setReady(),
   * put() or remove() would end settle() early without a word. Costs a serialisation per pass.
   */
  checkQuietPasses = false;

  constructor(world: World, rendered: RenderedCluster, imageComponents: readonly Obj[] = []) {
    this.world = structuredClone(world);
    this.rendered = rendered;
    this.imageComponents = imageComponents;
    // The branch an old sync watches still holds what it last applied: its tree is its inventory.
    for (const k of this.list('Kustomization')) {
      const path = String(k.spec?.path ?? '');
      if (this.world.gitTrees[path]) continue;
      this.world.gitTrees[path] = this.world.objects
        .filter(
          (o) =>
            o.metadata.labels?.['kustomize.toolkit.fluxcd.io/name'] === k.metadata.name &&
            o.metadata.labels?.['kustomize.toolkit.fluxcd.io/namespace'] === k.metadata.namespace,
        )
        .map((o) => {
          const c = structuredClone(o);
          delete c.status;
          return c;
        });
    }
    this.materializePods();
    // The connectors running now hold the token they started with: pin each to its tunnel.
    for (const pod of this.list('Pod')) {
      const owner = pod.metadata.ownerReferences?.[0]?.name ?? '';
      const tunnel = Object.entries(this.world.connectors).find(([k]) => {
        const [kind, ns, name] = k.split('/');
        return kind === 'Deployment' && ns === pod.metadata.namespace && (owner === name || owner.startsWith(`${name}-`));
      })?.[1];
      if (tunnel) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [TUNNEL_ANNOTATION]: tunnel };
    }
  }

  // ---- objects -------------------------------------------------------------------------------

  // Objects by kind, namespace and name: the controllers look objects up some 10^5 times per
  // variant, and a scan of the list for each made up a third of the rehearsal's time.
  private byKey?: Map<string, Obj>;
  get(kind: string, namespace: string | undefined, name: string): Obj | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const o of this.world.objects) {
        const key = `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
        if (!this.byKey.has(key)) this.byKey.set(key, o);
      }
    }
    return this.byKey.get(`${kind}/${namespace ?? ''}/${name}`);
  }
  // Objects by kind, in the world's order: list() ran 7,800 times for the seed variant, and a
  // filter over every object for each was 0.18 s of the 2.3 s `npm run rehearse` (2026-12-08).
  private byKind?: Map<string, Obj[]>;
  list(kind: string, namespace?: string): Obj[] {
    const all = this.ofKind(kind);
    return namespace === undefined ? all.slice() : all.filter((o) => o.metadata.namespace === namespace);
  }
  /** The index's own list of a kind, for reading at once (it changes with the next put or remove). */
  private ofKind(kind: string): readonly Obj[] {
    if (!this.byKind) {
      this.byKind = new Map();
      for (const o of this.world.objects) {
        const same = this.byKind.get(o.kind);
        if (same) same.push(o);
        else this.byKind.set(o.kind, [o]);
      }
    }
    return this.byKind.get(kind) ?? [];
  }
  put(obj: Obj, why: string): Obj {
    const existing = this.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
    if (existing) {
      this.podsInPass?.clear();
      this.servedInPass?.clear();
      const before = this.changed ? undefined : this.sig(existing);
      Object.assign(existing, obj);
      if (before !== undefined && this.sig(existing) !== before) this.changed = true;
      return existing;
    }
    this.changed = true;
    this.podsInPass?.clear();
    this.servedInPass?.clear();
    obj.metadata.uid ??= `rehearsal-${++this.uid}`;
    this.world.objects.push(obj);
    this.byKey?.set(`${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`, obj);
    if (this.byKind) {
      const same = this.byKind.get(obj.kind);
      if (same) same.push(obj);
      else this.byKind.set(obj.kind, [obj]);
    }
    this.changes.push(`${why} ${objectKey(obj)}`);
    return obj;
  }
  /** Deletes an object; `lossless` when what it holds survives elsewhere (a Pod of a running workload). */
  remove(obj: Obj, why: string, options: { orphan?: boolean } = {}): void {
    const key = objectKey(obj);
    if (!this.world.objects.includes(obj)) return;
    this.world.objects = this.world.objects.filter((o) => o !== obj);
    this.changed = true;
    this.podsInPass?.clear();
    this.servedInPass?.clear();
    this.byKey = undefined;
    this.byKind = undefined;
    this.changes.push(`${why} ${key}`);
    if (obj.kind === 'PersistentVolumeClaim' || obj.kind === 'CustomResourceDefinition' || this.world.databases[key] !== undefined || obj.kind === 'Cluster') {
      this.violate(`${why} ${key}: ${obj.kind === 'CustomResourceDefinition' ? 'a CRD (every object of its kind goes with it)' : 'data'} lost`);
    }
    if (obj.kind === 'CustomResourceDefinition') {
      const group = obj.spec?.group;
      const kind = obj.spec?.names?.kind;
      for (const cr of this.world.objects.filter((o) => o.kind === kind && o.apiVersion.startsWith(`${group}/`))) this.remove(cr, `${why} (its CRD went)`);
    }
    if (obj.kind === 'Namespace') {
      for (const o of this.world.objects.filter((x) => x.metadata.namespace === obj.metadata.name)) this.remove(o, `${why} (its namespace went)`);
    }
    if (obj.kind === 'Stack' && obj.spec?.destroyOnFinalize) this.violate(`${why} ${key} with destroyOnFinalize: the operator runs pulumi destroy`);
    if (obj.kind === 'Kustomization') this.finalizeKustomization(obj, why);
    if (obj.kind === 'ClusterIssuer') {
      // cert-manager reads a ClusterIssuer's Secrets from its cluster resource namespace (the chart's default: its own).
      for (const [namespace, name] of issuerSecrets(obj, 'cert-manager').map((s) => s.split('/'))) this.retiredIssuerSecrets.push({ namespace, name });
    }
    if (obj.kind === 'HelmRelease' && !obj.spec?.suspend) this.uninstall(obj, why);
    if ((obj.kind === 'Deployment' || obj.kind === 'DaemonSet' || obj.kind === 'StatefulSet') && !options.orphan) {
      for (const pod of this.podsOf(obj)) this.remove(pod, `${why} (its pod)`);
    }
  }
  violate(message: string): void {
    this.violations.push(message);
    if (/lost|pruned|uninstall/.test(message)) this.lost++;
  }

  // ---- pods ----------------------------------------------------------------------------------

  // Each workload's pods during a pass of the controllers (see settle): controllerRuns asks for
  // the Flux controllers' once per Kustomization and HelmRelease, the workload controller for each
  // workload's twice, and the filter over the namespace's pods was 0.2 s of the rehearsal tests
  // (2026-12-08). Pods come and go through put and remove, which drop it; a pass writes a pod's
  // status and node, never its labels or owners, and a workload's selector only by replacing it.
  private podsInPass?: Map<Obj, { selector: unknown; pods: Obj[] }>;
  private podsOf(workload: Obj): Obj[] {
    const selector = workload.spec?.selector?.matchLabels;
    const known = this.podsInPass?.get(workload);
    if (known && known.selector === selector) return known.pods.slice();
    const name = workload.metadata.name;
    const pods = this.list('Pod', workload.metadata.namespace).filter(
      (p) => labelsMatch(selector, p.metadata.labels) && (p.metadata.ownerReferences ?? []).some((r) => r.name === name || r.name.startsWith(`${name}-`)),
    );
    this.podsInPass?.set(workload, { selector, pods: pods.slice() });
    return pods;
  }
  /** Pods for every workload whose recorded status says they run, so connectors and origins are pods. */
  private materializePods(): void {
    for (const w of this.workloads()) {
      const want = this.replicas(w);
      const have = this.podsOf(w);
      for (let i = have.length; i < Math.min(want, w.status?.readyReplicas ?? w.status?.numberReady ?? 0); i++) this.addPod(w, i, true);
    }
  }
  private workloads(): Obj[] {
    return this.world.objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet');
  }
  private replicas(w: Obj): number {
    return w.kind === 'DaemonSet' ? 1 : (w.spec?.replicas ?? 1);
  }
  private addPod(w: Obj, i: number, isReady: boolean): Obj {
    const pod: Obj = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${w.metadata.name}-rehearsal-${i}`,
        namespace: w.metadata.namespace,
        labels: { ...(w.spec?.template?.metadata?.labels ?? {}) },
        ownerReferences: [{ kind: w.kind === 'Deployment' ? 'ReplicaSet' : w.kind, name: `${w.metadata.name}-rehearsal`, controller: true }],
      },
      spec: structuredClone(w.spec?.template?.spec ?? {}),
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: isReady ? 'True' : 'False' }] },
    };
    pod.spec.nodeName = this.schedule(pod.spec, i);
    return this.put(pod, 'started');
  }
  /**
   * The node kube-scheduler binds a pod to: the node its `kubernetes.io/hostname` node selector or
   * required node affinity names (the i-th replica on the i-th node named, as a topology spread
   * over hostnames places them), else the first node, in the recorded order, whose NoSchedule taints
   * it tolerates. The scheduler's own choice among several is not modelled; a pod keeps its node
   * (a local-path volume binds it there, and eviction from a NotReady node waits 300 s).
   */
  private schedule(spec: any, i: number): string | undefined {
    const HOSTNAME = 'kubernetes.io/hostname';
    const selected = spec?.nodeSelector?.[HOSTNAME];
    if (selected) return selected;
    const named: string[] = (spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [])
      .flatMap((t: any) => t.matchExpressions ?? [])
      .filter((e: any) => e.key === HOSTNAME && e.operator === 'In')
      .flatMap((e: any) => e.values ?? []);
    if (named.length > 0) return named[i % named.length];
    const tolerates = (taint: any) =>
      (spec?.tolerations ?? []).some(
        (t: any) =>
          (t.key === undefined || t.key === taint.key) &&
          (t.effect === undefined || t.effect === taint.effect) &&
          (t.operator === 'Exists' || t.value === taint.value),
      );
    return this.list('Node').find((n) => (n.spec?.taints ?? []).every((taint: any) => taint.effect !== 'NoSchedule' || tolerates(taint)))?.metadata.name;
  }
  /** The node a pod runs on (a recorded pod without one is scheduled as a new one would be). */
  private nodeOf(pod: Obj): string | undefined {
    pod.spec ??= {};
    pod.spec.nodeName ??= this.schedule(pod.spec, 0);
    return pod.spec.nodeName;
  }
  /** Whether a node's pods and host units run: its K3s is healthy and it is not rebooting (from `sudo reboot` until it is back and Ready). */
  nodeRuns(node: string | undefined): boolean {
    return !node || !this.world.hosts[node] || (this.world.hosts[node].ready && !this.reboots.has(node));
  }
  /** Whether a pod serves now: Ready, and on a node that runs (a pod on a rebooting node is not Ready, whatever it last reported). */
  private podServes(pod: Obj): boolean {
    return ready(pod) && this.nodeRuns(this.nodeOf(pod));
  }
  /** Why a pod of this template cannot become Ready, or undefined. */
  private blocked(pod: Obj): string | undefined {
    const namespace = pod.metadata.namespace;
    const spec = pod.spec;
    if (namespace && !this.get('Namespace', undefined, namespace)) return `namespace ${namespace} missing`;
    for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && !ref.optional && !this.get('Secret', namespace, ref.name)) return `Secret ${namespace}/${ref.name} missing`;
      }
      const gpu = c.resources?.limits?.['nvidia.com/gpu'];
      if (gpu) {
        const plugins = this.list('DaemonSet').filter((d) => /nvidia-device-plugin/.test(d.metadata.name) && this.podsOf(d).some(ready));
        if (plugins.length !== 1)
          return plugins.length === 0 ? 'no device plugin advertises nvidia.com/gpu' : `${plugins.length} device plugins register nvidia.com/gpu on the node`;
      }
    }
    for (const v of spec?.volumes ?? []) {
      if (v.secret && !this.get('Secret', namespace, v.secret.secretName)) return `Secret ${namespace}/${v.secret.secretName} missing`;
      if (v.configMap && !this.get('ConfigMap', namespace, v.configMap.name)) return `ConfigMap ${namespace}/${v.configMap.name} missing`;
      if (v.persistentVolumeClaim && !this.get('PersistentVolumeClaim', namespace, v.persistentVolumeClaim.claimName))
        return `PVC ${namespace}/${v.persistentVolumeClaim.claimName} missing`;
    }
    const node = this.nodeOf(pod);
    if (!this.nodeRuns(node)) return `node ${node} ${this.reboots.has(node!) ? 'rebooting' : 'NotReady'}`;
    return undefined;
  }
  /** The Deployment, StatefulSet and DaemonSet controllers: pods follow replicas; readiness follows what they need. */
  private reconcileWorkloads(): void {
    for (const w of this.workloads()) {
      const pods = this.podsOf(w);
      const want = this.replicas(w);
      for (const extra of pods.slice(want)) this.remove(extra, 'scaled down');
      for (let i = pods.length; i < want; i++) this.addPod(w, i, false);
      let readyCount = 0;
      for (const pod of this.podsOf(w)) {
        const why = this.blocked(pod);
        const wasReady = ready(pod);
        this.setReady(pod, !why, why ?? 'ready');
        if (wasReady && why) this.changes.push(`not Ready ${objectKey(pod)}: ${why}`);
        if (!why) readyCount++;
      }
      if (w.status?.replicas !== want || w.status?.readyReplicas !== readyCount || w.status?.numberReady !== readyCount) this.changed = true;
      w.status = { ...(w.status ?? {}), replicas: want, readyReplicas: readyCount, numberReady: readyCount };
    }
  }
  workloadReady(w: Obj | undefined): boolean {
    return !!w && this.podsOf(w).filter(ready).length >= Math.max(1, this.replicas(w));
  }

  // ---- the Git repository ---------------------------------------------------------------------

  // The rendered objects under each path Flux builds: the render never changes, and scanning it
  // for every Kustomization in every pass was 0.05 s of `npm run rehearse` (2026-12-08).
  private readonly renderedTrees = new Map<string, Obj[]>();
  /** Objects the repository holds under `path` (./-relative), as the source Flux reads would build them. */
  tree(path: string): Obj[] | undefined {
    const dir = path.replace(/^\.\//, '').replace(/\/$/, '');
    const under = (file: string) => file === dir || file.startsWith(`${dir}/`);
    const objects: Obj[] = [];
    let found = false;
    if (this.pushed) {
      let rendered = this.renderedTrees.get(dir);
      if (!rendered) {
        rendered = this.rendered.objects.filter((o) => under(o.file)).map((o) => o.manifest as unknown as Obj);
        this.renderedTrees.set(dir, rendered);
      }
      found = rendered.length > 0;
      objects.push(...rendered);
      if (this.bootstrapped && under(`flux/${this.rendered.model.name}/flux-system/gotk.yaml`)) {
        const flux = this.fluxComponents();
        found ||= flux.length > 0;
        objects.push(...flux);
      }
    }
    for (const [p, objs] of Object.entries(this.world.gitTrees)) {
      if (under(p.replace(/^\.\//, ''))) {
        found = true;
        objects.push(...objs);
      }
    }
    return found ? objects : undefined;
  }
  /** What bootstrap writes to flux/<cluster>/flux-system/: Flux's namespace, CRDs, controllers and its own sync. */
  fluxComponents(): Obj[] {
    const flux = this.world.objects.filter(
      (o) =>
        (o.kind === 'CustomResourceDefinition' && /\.toolkit\.fluxcd\.io$/.test(o.metadata.name)) ||
        (o.kind === 'Deployment' && o.metadata.namespace === FLUX_NS) ||
        (o.kind === 'Namespace' && o.metadata.name === FLUX_NS),
    );
    const sync = [this.get('GitRepository', FLUX_NS, 'flux-system'), this.get('Kustomization', FLUX_NS, 'flux-system')].filter((o): o is Obj => !!o);
    // Copies down to metadata: apply writes only top-level fields of a live object, and deep-copies what it creates.
    return [...flux, ...sync].map((o) => {
      const c = { ...o, metadata: { ...o.metadata } };
      delete c.status;
      return c;
    });
  }

  // ---- Flux ----------------------------------------------------------------------------------

  /** Runs the controllers until nothing changes (a few passes: each layer waits for the one it depends on). */
  settle(): void {
    try {
      for (let pass = 0; pass < 12; pass++) {
        this.changed = false;
        const before = this.checkQuietPasses ? this.signatures() : undefined;
        this.podsInPass = new Map();
        this.servedInPass = new Map();
        this.reconcileSources();
        for (const k of this.list('Kustomization')) this.reconcileKustomization(k);
        for (const hr of this.list('HelmRelease')) this.reconcileHelmRelease(hr);
        this.reconcileExternalSecrets();
        this.reconcileDatabases();
        this.reconcileWorkloads();
        this.reconcileStatus();
        if (!this.changed) {
          const after = before && this.signatures();
          const written = after?.find((sig, i) => sig !== before?.[i]) ?? before?.[after?.length ?? 0];
          if (written !== undefined)
            throw new Error(`a pass of the controllers changed ${written.split('\0')[0]} but noted no change: write it through write() or setReady()`);
          return;
        }
      }
    } finally {
      // Between passes a command may relabel a pod in place.
      this.podsInPass = undefined;
      this.servedInPass = undefined;
    }
  }
  /**
   * Whether the controllers' current pass changed an object: its metadata, status and the rest,
   * spec by its fields' identities (specSig); of a Pod its metadata and status alone, of a CRD or a
   * ConfigMap its being there. Set by put and remove and by every controller write (setReady,
   * write) that changes a value. It replaces serialising every object after every pass, which was
   * 0.48 s of the 2.3 s `npm run rehearse` (2026-12-08); the same passes run as with it.
   */
  private changed = false;
  private setReady(o: Obj, ok: boolean, message: string): void {
    const conditions = [{ type: 'Ready', status: ok ? 'True' : 'False', message, reason: ok ? 'Succeeded' : 'Failed' }];
    // The rest of status stays as it is, so comparing the conditions compares the status.
    if (this.seen(o, 'status') && !sameJson(o.status?.conditions, conditions)) this.changed = true;
    o.status = { ...(o.status ?? {}), conditions };
  }
  /** Writes `holder[key]` of object `o` (its metadata, status or itself), noting whether the value changed. */
  private write<T extends object, K extends keyof T>(o: Obj, part: 'metadata' | 'status' | 'spec' | 'data', holder: T, key: K, value: T[K]): void {
    if (
      !this.changed &&
      this.seen(o, part) &&
      (part === 'spec' ? !sameFields(holder[key], value) && this.specSig(holder[key]) !== this.specSig(value) : !sameJson(holder[key], value))
    )
      this.changed = true;
    if (o.kind === 'Pod' && part === 'metadata') this.podsInPass?.clear();
    if (o.kind === 'CustomResourceDefinition' && part === 'spec' && !sameFields(holder[key], value)) this.servedInPass?.clear();
    holder[key] = value;
  }
  /** Whether a change to this part of the object counts as a change (see changed). */
  private seen(o: Obj, part: string): boolean {
    if (o.kind === 'CustomResourceDefinition' || o.kind === 'ConfigMap') return false;
    return o.kind !== 'Pod' || part === 'metadata' || part === 'status';
  }
  /**
   * A spec as its fields' identities: the controllers replace a field below spec's top level
   * (apply, with the render's) and never write into it, so a changed field is a new object;
   * serialising the Deployments' pod templates on every pass was most of the rehearsal's time.
   */
  private specSig(value: any): string | undefined {
    return JSON.stringify(this.specFields(value));
  }
  private specFields(value: any): unknown {
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = v && typeof v === 'object' ? this.identity(v) : v;
    return out;
  }
  /** Every object's key and sig, in the world's order (checkQuietPasses). */
  private signatures(): string[] {
    return this.world.objects.map((o) => `${objectKey(o)}\0${this.sig(o)}`);
  }
  /** An object as a controller sees it (see changed). */
  private sig(o: Obj): string {
    return JSON.stringify(
      o.kind === 'CustomResourceDefinition' || o.kind === 'ConfigMap'
        ? objectKey(o)
        : o.kind === 'Pod'
          ? [o.metadata, o.status]
          : { ...o, spec: this.specFields(o.spec) },
    );
  }
  private readonly identities = new WeakMap<object, number>();
  private identified = 0;
  private identity(value: object): number {
    let id = this.identities.get(value);
    if (id === undefined) {
      id = ++this.identified;
      this.identities.set(value, id);
    }
    return id;
  }
  private reconcileSources(): void {
    for (const g of this.list('GitRepository')) {
      const secret = g.spec?.secretRef?.name;
      const ok = !secret || !!this.get('Secret', g.metadata.namespace, secret);
      if (ready(g) !== ok) this.setReady(g, ok, ok ? 'stored artifact' : `secret ${secret} not found`);
    }
    for (const kind of ['HelmRepository', 'OCIRepository']) for (const r of this.list(kind)) if (!ready(r)) this.setReady(r, true, 'artifact stored');
  }
  private controllerRuns(namespace: string, name: string): boolean {
    return this.workloadReady(this.get('Deployment', namespace, name));
  }
  // Whether a kind is served, by group and kind, during a pass: asked for every object every
  // Kustomization applies, each a scan of the CRDs. Dropped by put, remove and a write to a CRD.
  private servedInPass?: Map<string, boolean>;
  private crdServes(o: Obj): boolean {
    const [group] = o.apiVersion.split('/');
    if (
      !o.apiVersion.includes('/') ||
      /^(apps|batch|policy|networking\.k8s\.io|rbac\.authorization\.k8s\.io|apiextensions\.k8s\.io|node\.k8s\.io)$/.test(group)
    )
      return true;
    const key = `${group}/${o.kind}`;
    let serves = this.servedInPass?.get(key);
    if (serves === undefined) {
      serves =
        this.ofKind('CustomResourceDefinition').some((c) => c.spec?.group === group && c.spec?.names?.kind === o.kind) ||
        this.ofKind('CustomResourceDefinition').some((c) => c.metadata.name.endsWith(`.${group}`) && c.metadata.name.startsWith(`${o.kind.toLowerCase()}`));
      this.servedInPass?.set(key, serves);
    }
    return serves;
  }
  /** kustomize-controller: build the path, apply (server-side, adopting existing objects), prune by inventory, wait. */
  private reconcileKustomization(k: Obj): void {
    if (k.spec?.suspend || !this.controllerRuns(FLUX_NS, 'kustomize-controller')) return;
    const source = this.get(k.spec?.sourceRef?.kind ?? 'GitRepository', k.spec?.sourceRef?.namespace ?? k.metadata.namespace, k.spec?.sourceRef?.name);
    if (!ready(source)) return;
    for (const dep of k.spec?.dependsOn ?? []) if (!ready(this.get('Kustomization', dep.namespace ?? k.metadata.namespace, dep.name))) return;
    const objects = this.tree(k.spec?.path ?? './');
    if (!objects) {
      if (ready(k) || !k.status?.conditions) this.setReady(k, false, `kustomization path not found: ${k.spec?.path}`);
      return;
    }
    const applied: Obj[] = [];
    const order = (o: Obj) => (o.kind === 'CustomResourceDefinition' ? 0 : o.kind === 'Namespace' ? 1 : 2);
    for (const desired of [...objects].sort((a, b) => order(a) - order(b))) {
      if (desired.kind === 'Kustomization' && desired.apiVersion.startsWith('kustomize.config')) continue;
      if (!this.crdServes(desired)) {
        this.setReady(k, false, `${objectKey(desired)}: no matches for kind ${desired.kind}`);
        return;
      }
      const live = this.get(desired.kind, desired.metadata.namespace, desired.metadata.name);
      if (live && desired.kind === 'Deployment' && JSON.stringify(live.spec?.selector) !== JSON.stringify(desired.spec?.selector)) {
        this.setReady(k, false, `Deployment/${desired.metadata.namespace}/${desired.metadata.name}: spec.selector: field is immutable`);
        return;
      }
      applied.push(this.apply(desired, k));
    }
    // Prune: what the last inventory held and this build does not (kustomize-controller, prune: true).
    const ids = new Set(applied.map(inventoryId));
    const previous: string[] = (k.status?.inventory?.entries ?? []).map((e: { id: string }) => e.id);
    if (k.spec?.prune) {
      for (const id of previous.filter((i) => !ids.has(i))) {
        const { namespace, name, kind } = parseInventoryId(id);
        const stale = this.get(kind, namespace || undefined, name);
        if (!stale || stale.metadata.annotations?.['kustomize.toolkit.fluxcd.io/prune'] === 'disabled') continue;
        this.violate(`pruned ${objectKey(stale)} from the inventory of Kustomization ${k.metadata.name}: the new build lacks it`);
        this.remove(stale, `pruned by Kustomization ${k.metadata.name}:`);
      }
    }
    this.write(k, 'status', k, 'status', { ...(k.status ?? {}), inventory: { entries: [...ids].sort().map((id) => ({ id, v: 'v1' })) } });
    const waiting = k.spec?.wait ? applied.find((o) => !this.objectReady(o)) : undefined;
    this.setReady(k, !waiting, waiting ? `health check: ${objectKey(waiting)} not ready` : 'Applied revision');
  }
  private apply(desired: Obj, k: Obj): Obj {
    const labels = { 'kustomize.toolkit.fluxcd.io/name': k.metadata.name, 'kustomize.toolkit.fluxcd.io/namespace': k.metadata.namespace! };
    const live = this.get(desired.kind, desired.metadata.namespace, desired.metadata.name);
    if (live) {
      const adopted = live.metadata.labels?.['kustomize.toolkit.fluxcd.io/name'] !== k.metadata.name;
      this.write(live, 'metadata', live.metadata, 'labels', { ...(live.metadata.labels ?? {}), ...(desired.metadata.labels ?? {}), ...labels });
      this.write(live, 'metadata', live.metadata, 'annotations', { ...(live.metadata.annotations ?? {}), ...(desired.metadata.annotations ?? {}) });
      // Server-side apply with forced ownership: the rendered fields win; fields nobody renders stay.
      // The fields below spec's top level stay shared with the render: nothing writes into them
      // (kubectl patch copies what it changes), and a deep copy per apply was a fifth of the run.
      if (desired.spec)
        this.write(live, 'spec', live, 'spec', { ...(live.spec ?? {}), ...desired.spec, ...(live.spec?.suspend ? { suspend: live.spec.suspend } : {}) });
      if (desired.data) this.write(live, 'data', live, 'data', { ...(live.data ?? {}), ...desired.data });
      if (adopted) this.changes.push(`adopted ${objectKey(live)} (Kustomization ${k.metadata.name})`);
      return live;
    }
    const created = structuredClone(desired);
    created.metadata.labels = { ...(created.metadata.labels ?? {}), ...labels };
    return this.put(created, `created (Kustomization ${k.metadata.name})`);
  }
  /** kustomize-controller's finalizer: garbage-collects the inventory unless suspended or not pruning. */
  private finalizeKustomization(k: Obj, why: string): void {
    if (k.spec?.suspend || !k.spec?.prune || !this.controllerRuns(FLUX_NS, 'kustomize-controller')) return;
    for (const e of k.status?.inventory?.entries ?? []) {
      const { namespace, name, kind } = parseInventoryId(e.id);
      const o = this.get(kind, namespace || undefined, name);
      if (!o || o === k) continue;
      this.violate(`garbage-collected ${objectKey(o)} with Kustomization ${k.metadata.name} (${why})`);
      this.remove(o, `garbage-collected with Kustomization ${k.metadata.name}:`);
    }
  }
  /** Ready as kstatus and the controllers report it. */
  objectReady(o: Obj): boolean {
    const live = this.get(o.kind, o.metadata.namespace, o.metadata.name);
    if (!live) return false;
    if (['Deployment', 'DaemonSet', 'StatefulSet'].includes(live.kind)) return this.workloadReady(live);
    if (
      ['HelmRelease', 'Kustomization', 'ExternalSecret', 'ClusterSecretStore', 'Cluster', 'GitRepository', 'HelmRepository', 'OCIRepository'].includes(
        live.kind,
      )
    )
      return ready(live);
    return true;
  }

  // ---- helm-controller -----------------------------------------------------------------------

  private chartObjects(hr: Obj): Obj[] {
    const chart = chartName(hr);
    const release = releaseName(hr);
    const namespace = hr.spec?.targetNamespace ?? hr.metadata.namespace;
    return (CHART_OBJECTS[chart] ?? []).map((c) => {
      const name = c.name.replace('{release}', release);
      const existing = this.get(c.kind, c.clusterScoped ? undefined : namespace, name);
      return (
        existing ??
        ({
          apiVersion: c.kind === 'CustomResourceDefinition' ? 'apiextensions.k8s.io/v1' : c.kind === 'Service' ? 'v1' : 'apps/v1',
          kind: c.kind,
          metadata: { name, ...(c.clusterScoped ? {} : { namespace }) },
        } as Obj)
      );
    });
  }
  private releaseSecrets(release: string, namespace: string): Obj[] {
    return this.list('Secret', namespace).filter((s) => s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === release);
  }
  /** helm-controller: install or upgrade (Helm refuses objects another release or nobody owns), drift correction. */
  private reconcileHelmRelease(hr: Obj): void {
    if (hr.spec?.suspend || !this.controllerRuns(FLUX_NS, 'helm-controller')) return;
    const release = releaseName(hr);
    const storage = hr.spec?.storageNamespace ?? hr.metadata.namespace!;
    const namespace = hr.spec?.targetNamespace ?? hr.metadata.namespace!;
    if (!this.get('Namespace', undefined, namespace)) return;
    for (const o of this.chartObjects(hr)) {
      const live = this.get(o.kind, o.metadata.namespace, o.metadata.name);
      if (!live) continue;
      const owner = live.metadata.annotations?.['meta.helm.sh/release-name'];
      if (helmOwnershipError(live, release, namespace)) {
        const why = `${objectKey(live)} exists and cannot be imported into the current release: invalid ownership metadata (release-name "${owner ?? ''}", want "${release}")`;
        if (!hr.status?.conditions?.[0]?.message?.includes(why)) this.setReady(hr, false, why);
        return;
      }
    }
    const upgraded = this.releaseSecrets(release, storage).length > 0;
    for (const o of this.chartObjects(hr)) {
      const live = this.get(o.kind, o.metadata.namespace, o.metadata.name);
      const target = live ?? this.put(this.chartWorkload(o, release), `installed (HelmRelease ${hr.metadata.namespace}/${hr.metadata.name})`);
      this.write(target, 'metadata', target.metadata, 'labels', { ...(target.metadata.labels ?? {}), 'app.kubernetes.io/managed-by': 'Helm' });
      this.write(target, 'metadata', target.metadata, 'annotations', {
        ...(target.metadata.annotations ?? {}),
        'meta.helm.sh/release-name': release,
        'meta.helm.sh/release-namespace': namespace,
      });
      // Drift detection (mode: enabled) puts the chart's values back, replicas included.
      if (
        live &&
        (target.kind === 'Deployment' || target.kind === 'StatefulSet') &&
        hr.spec?.driftDetection?.mode === 'enabled' &&
        target.spec?.replicas === 0
      ) {
        this.write(target, 'spec', target.spec, 'replicas', 1);
        this.changes.push(`drift corrected ${objectKey(target)}: replicas 0 -> 1 (HelmRelease ${hr.metadata.namespace}/${hr.metadata.name})`);
      }
    }
    if (!upgraded) {
      this.put(
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: `sh.helm.release.v1.${release}.v1`, namespace: storage, labels: { owner: 'helm', name: release, status: 'deployed' } },
          type: 'helm.sh/release.v1',
        },
        'helm release stored',
      );
    }
    const workloadsReady = this.chartObjects(hr)
      .filter((o) => o.kind === 'Deployment' || o.kind === 'DaemonSet')
      .every((o) => this.workloadReady(this.get(o.kind, o.metadata.namespace, o.metadata.name)));
    if (ready(hr) !== workloadsReady)
      this.setReady(hr, workloadsReady, workloadsReady ? `Helm ${upgraded ? 'upgrade' : 'install'} succeeded` : 'waiting for the chart');
  }
  private chartWorkload(o: Obj, release: string): Obj {
    if (o.kind !== 'Deployment' && o.kind !== 'DaemonSet')
      return o.kind === 'CustomResourceDefinition'
        ? { ...o, spec: { group: o.metadata.name.split('.').slice(1).join('.'), names: { kind: o.metadata.name.split('.')[0] } } }
        : o;
    const labels = { 'app.kubernetes.io/name': o.metadata.name, 'app.kubernetes.io/instance': release };
    const gpuNode = o.kind === 'DaemonSet' ? Object.keys(this.world.hosts).find((h) => /calypso/.test(h)) : undefined;
    return {
      ...o,
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: gpuNode ? { nodeSelector: { 'kubernetes.io/hostname': gpuNode } } : {} },
      },
    };
  }
  /** helm-controller's finalizer: deleting a HelmRelease that is not suspended uninstalls its release. */
  private uninstall(hr: Obj, why: string): void {
    if (!this.controllerRuns(FLUX_NS, 'helm-controller')) return;
    const release = releaseName(hr);
    for (const o of this.chartObjects(hr)) {
      const live = this.get(o.kind, o.metadata.namespace, o.metadata.name);
      if (!live || o.kind === 'CustomResourceDefinition') continue; // Helm never deletes CRDs on uninstall
      this.violate(`helm uninstall ${release} (${why} HelmRelease ${hr.metadata.namespace}/${hr.metadata.name}): ${objectKey(live)} uninstalled`);
      this.remove(live, `uninstalled with release ${release}:`);
    }
    for (const s of this.releaseSecrets(release, hr.spec?.storageNamespace ?? hr.metadata.namespace!)) this.remove(s, 'uninstalled');
  }

  // ---- External Secrets, CloudNativePG, status ------------------------------------------------

  private reconcileExternalSecrets(): void {
    const esoRuns = this.list('Deployment').some((d) => d.metadata.name === 'external-secrets' && this.workloadReady(d));
    for (const store of this.list('ClusterSecretStore')) {
      const ref = store.spec?.provider?.pulumi?.auth?.accessToken?.secretRef;
      const ok = esoRuns && !!ref && !!this.get('Secret', ref.namespace, ref.name);
      if (ready(store) !== ok) this.setReady(store, ok, ok ? 'store validated' : 'could not get the access token');
    }
    if (!esoRuns) return;
    for (const es of this.list('ExternalSecret')) {
      const store = this.get(es.spec?.secretStoreRef?.kind ?? 'SecretStore', undefined, es.spec?.secretStoreRef?.name);
      const keys: string[] = (es.spec?.data ?? []).map((d: any) => d.remoteRef?.key);
      const missing = keys.find((k) => this.world.esc[k] === undefined);
      const name = es.spec?.target?.name ?? es.metadata.name;
      const ns = es.metadata.namespace;
      if (!ready(store) || missing) {
        if (ready(es) || !es.status) this.setReady(es, false, missing ? `ESC has no ${missing}` : 'store not ready');
        continue;
      }
      const live = this.get('Secret', ns, name);
      const owner = live?.metadata.ownerReferences?.find((r) => r.kind === 'ExternalSecret');
      if (owner && owner.name !== es.metadata.name) {
        this.setReady(es, false, `Secret ${name} is owned by ExternalSecret ${owner.name}`);
        continue;
      }
      const data = Object.fromEntries((es.spec?.data ?? []).map((d: any) => [d.secretKey, '']));
      const secret =
        live ??
        this.put(
          { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: ns }, data, type: 'Opaque' },
          `created (ExternalSecret ${ns}/${es.metadata.name})`,
        );
      if (live && !owner) this.changes.push(`adopted ${objectKey(live)} (ExternalSecret ${es.metadata.name}, creationPolicy Owner)`);
      this.write(secret, 'metadata', secret.metadata, 'ownerReferences', [{ kind: 'ExternalSecret', name: es.metadata.name, controller: true }]);
      this.write(secret, 'data', secret, 'data', { ...(secret.data ?? {}), ...data });
      for (const k of keys) {
        const tunnel = this.world.esc[k]?.match(/^tunnel:(.+)$/)?.[1];
        if (tunnel) this.world.connectors[objectKey(secret)] = tunnel;
      }
      if (!ready(es)) this.setReady(es, true, 'SecretSynced');
    }
  }
  private reconcileDatabases(): void {
    const operator = this.list('Deployment').some((d) => d.metadata.name === 'cloudnative-pg' && this.workloadReady(d));
    for (const c of this.list('Cluster').filter((o) => o.apiVersion.startsWith('postgresql.cnpg.io/'))) {
      const key = objectKey(c);
      if (!operator) continue;
      if (this.world.databases[key] === undefined) {
        const source = this.importSource(c);
        this.world.databases[key] = source ? (this.world.databases[source] ?? 0) : 0;
        this.changes.push(`initdb ${key}: ${source ? `imported ${this.world.databases[key]} rows from ${source}` : 'empty database'}`);
      }
      const secret = c.spec?.bootstrap?.initdb?.secret?.name;
      const ok = !secret || !!this.get('Secret', c.metadata.namespace, secret);
      if (ready(c) !== ok) this.setReady(c, ok, ok ? 'Cluster in healthy state' : `Secret ${secret} missing`);
    }
  }
  /** The database a CloudNativePG Cluster imports at initdb (`bootstrap.initdb.import` from an external cluster). */
  private importSource(c: Obj): string | undefined {
    const ext = c.spec?.bootstrap?.initdb?.import?.source?.externalCluster;
    const host: string | undefined = c.spec?.externalClusters?.find((e: any) => e.name === ext)?.connectionParameters?.host;
    if (!host) return undefined;
    const [svc, ns] = host.split('.');
    const service = this.get('Service', ns, svc);
    const holder = this.workloads().find((w) => w.metadata.namespace === ns && labelsMatch(service?.spec?.selector, w.spec?.template?.metadata?.labels));
    return holder ? objectKey(holder) : undefined;
  }
  private reconcileStatus(): void {
    for (const ci of this.list('ClusterIssuer')) if (!ci.status?.conditions) this.setReady(ci, true, 'registered');
  }

  // ---- time and reboots ----------------------------------------------------------------------

  private rebootPhase(node: string): RebootPhase {
    const r = this.reboots.get(node);
    if (!r) return 'up';
    const t = this.now - r.at;
    if (t < REBOOT.shutdown) return 'stopping';
    if (t < REBOOT.shutdown + REBOOT.boot) return 'down';
    return t < REBOOT.shutdown + REBOOT.boot + REBOOT.kubeletReady ? 'starting' : 'up';
  }
  private server(): string | undefined {
    return Object.entries(this.world.hosts).find(([, h]) => h.role === 'server')?.[0];
  }
  /** Whether kubectl reaches the API server: the server's K3s runs (the tunnel's retry loop reconnects as soon as its sshd does). */
  apiReachable(): boolean {
    const server = this.server();
    return !server || this.rebootPhase(server) !== 'down';
  }
  /** Whether the node's host answers on SSH. */
  hostReachable(node: string): boolean {
    return this.rebootPhase(node) !== 'down';
  }
  /** The nodes rebooting now, that is not yet back with a new boot ID and Ready. */
  rebooting(): string[] {
    return [...this.reboots.keys()];
  }
  /** Whether the node is rebooting and its Node still holds what its kubelet posted before the reboot (the old boot ID). */
  reportsOldBoot(node: string): boolean {
    const r = this.reboots.get(node);
    return !!r && this.get('Node', undefined, node)?.status?.nodeInfo?.bootID !== r.bootID;
  }
  /** `sudo reboot` on the node's host, now. */
  reboot(node: string): void {
    if (!this.reboots.has(node)) this.reboots.set(node, { at: this.now, bootID: `rehearsal-boot-${++this.boots}` });
    this.onTime?.();
  }
  /** Called whenever the nodes change without a command's settling: at a reboot and after every advance of simulated time. */
  onTime?: () => void;
  /** The Node's Ready condition as the API server holds it, and the K3s on its host healthy. */
  nodeReady(node: string): boolean {
    const o = this.get('Node', undefined, node);
    return !!this.world.hosts[node]?.ready && !!o?.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');
  }
  /** Lets simulated time pass: rebooting nodes go down, come back with a new boot ID, then Ready. */
  advance(seconds: number): void {
    this.now += seconds;
    const api = this.apiReachable();
    for (const [node, r] of this.reboots) {
      const o = this.get('Node', undefined, node);
      const phase = this.rebootPhase(node);
      if (!o || phase === 'stopping') continue;
      if (phase === 'down') {
        // The node lifecycle controller (in the server's K3s) marks a silent node Unknown after the grace period.
        if (api && this.now - r.at - REBOOT.shutdown >= REBOOT.nodeMonitorGracePeriod) this.setNodeReady(o, 'Unknown', 'Kubelet stopped posting node status.');
        continue;
      }
      // The kubelet posts its status once it reaches the API server: the new boot ID, and Ready when the node is.
      // A K3s that does not start (a missing token file) posts nothing.
      if (!api || !this.world.hosts[node]?.ready) continue;
      o.status = { ...o.status, nodeInfo: { ...o.status?.nodeInfo, bootID: r.bootID } };
      if (phase === 'starting') this.setNodeReady(o, 'False', 'container runtime network not ready');
      else {
        this.setNodeReady(o, 'True', 'kubelet is posting ready status');
        this.reboots.delete(node);
        this.changes.push(`node ${node} back after ${this.now - r.at} s: boot ID ${r.bootID}, Ready`);
      }
    }
    this.onTime?.();
  }
  private setNodeReady(o: Obj, status: 'True' | 'False' | 'Unknown', message: string): void {
    const conditions = (o.status?.conditions ?? []).filter((c: any) => c.type !== 'Ready');
    if (o.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === status)) return;
    o.status = { ...o.status, conditions: [...conditions, { type: 'Ready', status, message }] };
  }

  // ---- serving paths -------------------------------------------------------------------------

  // preflight's reading of each pod's containers, by container: the serving paths are traced after
  // every command and whenever time passes, and reading every container of every pod again was
  // 0.05 s of `npm run rehearse` (2026-12-08). A container is never written in place (kubectl
  // patch copies what it changes), so a changed one is a new object.
  private readonly connectorConfigs = new WeakMap<object, { namespace: string; config: ReturnType<typeof connectorConfig> }>();
  private connectorConfig(container: object, namespace: string): ReturnType<typeof connectorConfig> {
    const known = this.connectorConfigs.get(container);
    if (known?.namespace === namespace) return known.config;
    const config = connectorConfig(container, namespace);
    this.connectorConfigs.set(container, { namespace, config });
    return config;
  }
  /** Every cloudflared connected to `tunnel`: pods (by their token's Secret or their workload) and host units. */
  private connectors(tunnel: string): { where: string; routes: Record<string, string>; pod?: Obj; host?: string }[] {
    const found: { where: string; routes: Record<string, string>; pod?: Obj; host?: string }[] = [];
    for (const pod of this.ofKind('Pod')) {
      // A connector on a node that does not run has no connection to Cloudflare.
      if (!this.nodeRuns(this.nodeOf(pod))) continue;
      for (const c of pod.spec?.containers ?? []) {
        const config = this.connectorConfig(c, pod.metadata.namespace!);
        if (!config) continue;
        const secretRef = config.tokenSecrets[0]?.split('/')[1];
        // A pod keeps the token it read at start, whatever its Secret holds later.
        const recorded = pod.metadata.annotations?.[TUNNEL_ANNOTATION];
        const t = recorded ?? (secretRef && ready(pod) ? this.world.connectors[`Secret/${pod.metadata.namespace}/${secretRef}`] : undefined);
        if (t && !recorded) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [TUNNEL_ANNOTATION]: t };
        if (t !== tunnel) continue;
        found.push({ where: `pod ${pod.metadata.namespace}/${pod.metadata.name}`, routes: this.localRoutes(pod, c), pod });
      }
    }
    for (const [hostName, host] of Object.entries(this.world.hosts)) {
      if (!this.nodeRuns(hostName)) continue;
      for (const [unit, u] of Object.entries(host.units))
        if (u.active && u.tunnel === tunnel) found.push({ where: `${unit} on ${hostName}`, routes: u.routes ?? {}, host: hostName });
    }
    return found;
  }
  private localRoutes(pod: Obj, container: any): Record<string, string> {
    const routes: Record<string, string> = {};
    for (const mount of container.volumeMounts ?? []) {
      const volume = (pod.spec?.volumes ?? []).find((v: any) => v.name === mount.name);
      const cm = volume?.configMap && this.get('ConfigMap', pod.metadata.namespace, volume.configMap.name);
      for (const text of Object.values(cm?.data ?? {})) Object.assign(routes, ingressRules(String(text)));
    }
    return routes;
  }
  /** Whether an origin answers, seen from a connector (a pod's loopback, a host's, or a cluster Service). */
  private originReady(origin: string, from: { pod?: Obj; host?: string }): boolean {
    const local = origin.match(/^https?:\/\/localhost:(\d+)/);
    if (local) {
      if (from.pod) return this.podServes(from.pod);
      return Object.values(this.world.hosts[from.host!]?.units ?? {}).some((u) => u.active && u.serves === origin);
    }
    const svc = origin.match(/^https?:\/\/([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?:(\d+)/);
    if (!svc) return false;
    const service = this.get('Service', svc[2], svc[1]);
    return !!service && this.list('Pod', svc[2]).some((p) => this.podServes(p) && labelsMatch(service.spec?.selector, p.metadata.labels));
  }
  /** A hostname's serving path: DNS -> tunnel -> every connected connector -> its route -> a Ready origin. */
  servingPath(hostname: string): ServingPath {
    const tunnelName = this.world.dns[hostname];
    if (!tunnelName) return { ready: false, text: 'no DNS record' };
    const tunnel = this.world.tunnels[tunnelName];
    const connectors = this.connectors(tunnelName);
    if (connectors.length === 0) return { ready: false, text: `tunnel ${tunnelName}: no connector` };
    const origins = new Set<string>();
    for (const c of connectors) {
      const origin = tunnel?.managed === 'remote' ? tunnel.routes[hostname] : c.routes[hostname];
      if (!origin) return { ready: false, text: `tunnel ${tunnelName}: ${c.where} has no route for ${hostname}` };
      if (!this.originReady(origin, c)) return { ready: false, text: `tunnel ${tunnelName}: ${c.where} -> ${origin} (not ready)` };
      origins.add(origin);
    }
    const via = tunnel?.managed === 'remote' ? ' (dashboard routes)' : '';
    return {
      ready: true,
      origin: [...origins].join(', '),
      remote: tunnel?.managed === 'remote',
      text: `tunnel ${tunnelName}${via}, ${connectors.length} connector(s) -> ${[...origins].join(', ')}`,
    };
  }
}
