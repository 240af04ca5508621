import { BlockList, isIPv6 } from 'node:net';
import { Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { AllowTraffic } from '../lib/allow-traffic';
import { CloudflaredTunnel } from '../lib/cloudflared-tunnel';
import { LabelStudioBackend } from '../lib/label-studio-backend';
import { HOSTNAME_LABEL, tolerates } from '../lib/gpu-scheduling';
import { PublicRoute } from '../lib/public-route';
import { RenderedObject } from '../lib/rendered';
import { ClusterModel } from '../model/schema';
import { taintString } from '../model/taint';
import { ClusterIndex, Json, PodOf, spec } from './cluster-index';
import { Finding, finding } from './finding';
import { affinityHostnames, podTemplates } from './pod-templates';

const NAMESPACE_LABEL = 'kubernetes.io/metadata.name';
/** CoreDNS as K3s deploys it: pods labelled k8s-app=kube-dns in kube-system. */
const COREDNS = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };

/** NetworkPolicy selector semantics (matchLabels): every pair must hold, so an empty selector selects everything. */
function policySelects(matchLabels: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  return Object.entries(matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

/** An ipBlock of a NetworkPolicy: a CIDR minus the `except` ones. */
type IpBlock = { readonly cidr: string; readonly except?: readonly string[] };
type Pods = { readonly namespace: string; readonly labels: Record<string, string> };
/** Where a packet goes: pods, or an address outside the cluster (a given range, or any one). */
type Peer = { readonly pods: Pods } | { readonly external: true; readonly range?: IpBlock };

function contains(outer: string, inner: string): boolean {
  const [[net, bits], [innerNet, innerBits]] = [outer, inner].map((c) => c.split('/'));
  const type = isIPv6(net) ? 'ipv6' : 'ipv4';
  if (isIPv6(innerNet) !== (type === 'ipv6') || Number(bits) > Number(innerBits)) return false;
  const list = new BlockList();
  list.addSubnet(net, Number(bits), type);
  return list.check(innerNet, type);
}

/** Whether a policy's ipBlock allows every address of `range`: its CIDR holds it and it excepts nothing the range keeps. */
function covers(block: IpBlock, range: IpBlock): boolean {
  const overlaps = (e: string) => contains(e, range.cidr) || contains(range.cidr, e);
  return contains(block.cidr, range.cidr) && (block.except ?? []).every((e) => !overlaps(e) || (range.except ?? []).some((r) => contains(r, e)));
}

/** Whether a rule's ports cover `port` (a number, also known by the container port names in `names`). */
function portMatches(rule: Json, port: number, protocol: string, names?: Set<string>): boolean {
  const matches = (p: Json) => (p.protocol ?? 'TCP') === protocol && (p.port === undefined || p.port === port || names?.has(String(p.port)));
  return !rule.ports || (rule.ports as Json[]).some(matches);
}

/** The pod port a Service port leads to (its targetPort, by number or by the pod's port name), and the names the pod gives it. */
function targetPort(service: Json, servicePort: number, pod: PodOf): { port: number; names: Set<string> } {
  const ports = (pod.template.spec.containers ?? []).flatMap((c) => c.ports ?? []);
  const target = ((service.ports ?? []) as Json[]).find((p) => p.port === servicePort)?.targetPort ?? servicePort;
  const port = typeof target === 'number' ? target : (ports.find((p) => p.name === target)?.containerPort ?? servicePort);
  return { port, names: new Set(ports.filter((p) => p.containerPort === port && p.name).map((p) => p.name!)) };
}

/** Whether a NetworkPolicy peer (`to` or `from` entry) seen from `namespace` covers `peer`. */
function peerMatches(entry: Json, namespace: string, peer: Peer): boolean {
  if ('external' in peer) return entry.ipBlock !== undefined && (!peer.range || covers(entry.ipBlock, peer.range));
  if (entry.ipBlock) return false;
  const nsOk = entry.namespaceSelector
    ? policySelects(entry.namespaceSelector.matchLabels ?? {}, { [NAMESPACE_LABEL]: peer.pods.namespace })
    : peer.pods.namespace === namespace;
  return nsOk && policySelects(entry.podSelector?.matchLabels ?? {}, peer.pods.labels);
}

/** Whether the policies of `pod` let it send to (egress) or receive from (ingress) `peer` on port/protocol. */
function allowed(index: ClusterIndex, pod: Pods, direction: 'Ingress' | 'Egress', peer: Peer, port: number, protocol = 'TCP', names?: Set<string>): boolean {
  const policies = index
    .ofKindIn('NetworkPolicy', pod.namespace)
    .map((o) => spec(o.manifest))
    .filter(
      (s) =>
        (s.policyTypes ?? ['Ingress']).includes(direction) && policySelects(s.podSelector?.matchLabels ?? {}, pod.labels) && !s.podSelector?.matchExpressions,
    );
  // A pod no policy selects for this direction is not isolated: everything is allowed.
  if (policies.length === 0) return true;
  const field = direction === 'Egress' ? 'egress' : 'ingress';
  const peers = direction === 'Egress' ? 'to' : 'from';
  return policies.some((s) =>
    ((s[field] ?? []) as Json[]).some(
      (rule) => portMatches(rule, port, protocol, names) && (!rule[peers] || (rule[peers] as Json[]).some((e) => peerMatches(e, pod.namespace, peer))),
    ),
  );
}

/**
 * The flows each pod needs, derived from what it is, checked against the NetworkPolicies and the
 * model's nodes: DNS to its dnsPolicy's resolver, the tunnel to each public route's pods (both
 * sides), every PublicRoute routed, each declared flow out of the cluster allowed where it leaves,
 * no pod pinned to a node whose taint it does not tolerate. One finding per missing flow.
 */
export function flowFindings(index: ClusterIndex, objects: readonly RenderedObject[], model: ClusterModel): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, o: RenderedObject, path: string, message: string) => findings.push(finding(rule, 'error', o, path, message));
  const pods: PodOf[] = objects.flatMap((object) => podTemplates(object.manifest).map((template) => ({ object, template })));

  for (const { object, template } of pods) {
    const ns = object.manifest.metadata.namespace ?? 'default';
    const pod = template.spec as Json;
    const dnsPolicy = pod.dnsPolicy ?? 'ClusterFirst';
    // The resolver the pod's dnsPolicy sends DNS to (a host-network pod on ClusterFirst uses the node's, outside any policy).
    const resolver =
      dnsPolicy === 'ClusterFirstWithHostNet' || (dnsPolicy === 'ClusterFirst' && !pod.hostNetwork)
        ? { peer: { pods: COREDNS } as Peer, what: 'CoreDNS (kube-system, k8s-app=kube-dns)', fix: '' }
        : dnsPolicy === 'Default' && !pod.hostNetwork
          ? { peer: { external: true } as Peer, what: "the node's resolver", fix: " (give the namespace dnsResolver: 'node')" }
          : undefined;
    if (resolver && !allowed(index, { namespace: ns, labels: template.labels }, 'Egress', resolver.peer, 53, 'UDP')) {
      const message = `dnsPolicy ${dnsPolicy} sends DNS to ${resolver.what} on 53/UDP, which no NetworkPolicy of ${ns} allows${resolver.fix}`;
      add('flow/dns', object, `${template.path}.dnsPolicy`, `${object.kustomization}: ${message}`);
    }

    const bySelector = pod.nodeSelector?.[HOSTNAME_LABEL];
    for (const nodeName of bySelector ? [bySelector] : affinityHostnames(template.spec)) {
      const refused = model.nodes.find((n) => n.name === nodeName)?.taints.find((t) => !tolerates(pod.tolerations ?? [], t));
      const message = refused && `pinned to node ${nodeName}, whose taint ${taintString(refused)} it does not tolerate: the pod stays Pending`;
      if (message) add('flow/untolerated-taint', object, template.path, `${object.kustomization}: ${message}`);
    }
  }

  const root: IConstruct | undefined = objects[0]?.source.node.root;
  if (!root) return findings;
  const tunnels = root.node.findAll().filter((c): c is CloudflaredTunnel => c instanceof CloudflaredTunnel);
  const routed = new Set(tunnels.flatMap((t) => t.routes.map((r) => r.hostname)));
  const firstOf = (scope: IConstruct) => objects.find((o) => o.source.node.scopes.includes(scope));
  for (const p of PublicRoute.allIn(root)) {
    const chartObject = firstOf(p.node.scope!) ?? objects[0];
    const why = 'is declared but no tunnel routes it (the cluster tunnel is built before its component?)';
    if (!routed.has(p.route.hostname))
      add('flow/unrouted-hostname', chartObject, 'metadata.name', `${chartObject.kustomization}: hostname ${p.route.hostname} ${why}`);
  }

  /** Each pod of `from` may reach the pods behind Service `namespace/name` on `port`, both NetworkPolicy sides; `what` names the flow. */
  const checkFlow = (from: PodOf[], fromNamespace: string, owner: RenderedObject, service: { namespace: string; name: string; port: number }, what: string) => {
    const svc = index.get('Service', service.namespace, service.name);
    const selector = svc ? (spec(svc.manifest).selector as Record<string, string> | undefined) : undefined;
    const targets = selector ? index.pods.selectedBy(service.namespace, selector) : [];
    if (!svc || targets.length === 0) {
      add('flow/missing', owner, 'metadata.name', `${owner.kustomization}: ${what} -> Service ${service.namespace}/${service.name}, which selects no pod`);
      return;
    }
    for (const source of from)
      for (const to of targets) {
        const { port, names } = targetPort(spec(svc.manifest), service.port, to);
        const flow = `${source.object.kustomization} -> ${to.object.kustomization} (${what}, pods of ${service.namespace}/${service.name} port ${port}/TCP)`;
        const [sender, receiver] = [
          { namespace: fromNamespace, labels: source.template.labels },
          { namespace: service.namespace, labels: to.template.labels },
        ];
        if (!allowed(index, sender, 'Egress', { pods: receiver }, port, 'TCP', names))
          add('flow/missing', source.object, 'metadata.name', `${source.object.kustomization}: no NetworkPolicy allows the egress ${flow}`);
        if (!allowed(index, receiver, 'Ingress', { pods: sender }, port, 'TCP', names))
          add('flow/missing', to.object, 'metadata.name', `${to.object.kustomization}: no NetworkPolicy allows the ingress ${flow}`);
      }
  };

  // The tunnel reaches each route's Service pods: egress on the tunnel's side, ingress on theirs.
  for (const t of tunnels) {
    const tunnelPods = pods.filter(
      (p) => p.object.manifest.metadata.namespace === t.namespace && (p.template.spec.volumes ?? []).some((v) => v.name === t.volume.name),
    );
    const owner = firstOf(t) ?? tunnelPods[0]?.object;
    if (!owner) continue;
    for (const route of t.routes.filter((r) => r.service && r.namespace))
      checkFlow(tunnelPods, t.namespace, owner, { namespace: route.namespace!, name: route.service!, port: route.port }, route.hostname);
  }

  // Label Studio calls each of its backends (ML backend, webhook receiver) at the backend's Service.
  for (const b of root.node.findAll().filter((c): c is LabelStudioBackend => c instanceof LabelStudioBackend)) {
    const callerNs = b.caller.namespace;
    const owner = firstOf(b);
    if (!callerNs || !owner) continue;
    const callers = pods.filter((p) => p.object.manifest.metadata.namespace === callerNs && policySelects(b.caller.podLabels, p.template.labels));
    checkFlow(callers, callerNs, owner, b.service, `Label Studio's ${b.setting} backend`);
  }

  // Flows to addresses outside the cluster, from the pods the declaration names (its own labels
  // when no pod template is rendered: Helm releases, Postgres clusters).
  for (const a of AllowTraffic.allIn(root)) {
    const ns = a.from.namespace;
    const range = a.to.toPeer().ipBlock;
    const owner = firstOf(Chart.of(a));
    if (!ns || !range || !owner) continue;
    const rendered = Object.keys(a.from.podLabels).length ? index.pods.selectedBy(ns, a.from.podLabels) : [];
    const sources = rendered.length ? rendered.map((p) => ({ object: p.object, labels: p.template.labels })) : [{ object: owner, labels: a.from.podLabels }];
    for (const port of a.ports.filter((p): p is number => typeof p === 'number'))
      for (const s of sources.filter((src) => !allowed(index, { namespace: ns, labels: src.labels }, 'Egress', { external: true, range }, port, a.protocol))) {
        const message = `no NetworkPolicy of ${ns} allows the egress to ${a.to.description} port ${port}/${a.protocol} (declared as ${a.name})`;
        add('flow/missing-egress', s.object, 'metadata.name', `${s.object.kustomization}: ${message}`);
      }
  }
  return findings;
}
