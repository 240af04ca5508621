import { isIPv6 } from 'node:net';
import { Construct, IConstruct } from 'constructs';
import type { ClusterModel } from '../model/schema';
import { IntOrString, KubeNetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../imports/k8s';

/** Port the Kubernetes API server listens on (K3s server). */
export const KUBE_API_SERVER_PORT = 6443;

/** One side of a traffic flow. Built by the static factories; validated eagerly. */
export class Endpoint {
  /** Pods matching `labels` in `namespace` (all pods of the namespace when `labels` is empty). */
  static pods(namespace: string, labels: Record<string, string> = {}): Endpoint {
    return new Endpoint({ namespace, labels });
  }

  /**
   * Addresses outside the pod network, minus RFC 1918 ranges: public services reached over the
   * internet (Cloudflare, Pulumi, ACME, the model host).
   */
  static internet(): Endpoint {
    return new Endpoint({ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], what: 'the internet' });
  }

  /**
   * The Kubernetes API server: the K3s server node's own address, port 6443 behind the
   * `kubernetes` Service (the policy sees the address the Service forwards to). One server in the
   * model, so one address: /32 for IPv4, /128 for IPv6.
   */
  static kubeApiServer(model: Pick<ClusterModel, 'nodes'>): Endpoint {
    const server = model.nodes.find((n) => n.role === 'server');
    if (!server) throw new Error('nodes: no node has role "server", so the API server has no address');
    return new Endpoint({ cidr: `${server.address}/${isIPv6(server.address) ? 128 : 32}`, what: 'the API server' });
  }

  /** One IPv4 address on the internet, e.g. a public resolver. */
  static address(ip: string): Endpoint {
    if (!/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip)) throw new Error(`endpoint address: "${ip}" is not an IPv4 address`);
    return new Endpoint({ cidr: `${ip}/32`, what: 'the address' });
  }

  /** Any address: for webhooks the API server calls from its host network. */
  static anyAddress(): Endpoint {
    return new Endpoint({ cidr: '0.0.0.0/0', what: 'any address' });
  }

  private constructor(private readonly spec: { namespace?: string; labels?: Record<string, string>; cidr?: string; except?: string[]; what?: string }) {
    if (spec.namespace !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(spec.namespace)) {
      throw new Error(`endpoint namespace: "${spec.namespace}" is not a namespace name`);
    }
  }

  /** The namespace for pod endpoints; undefined for address ranges. */
  get namespace(): string | undefined {
    return this.spec.namespace;
  }

  get podLabels(): Record<string, string> {
    return this.spec.labels ?? {};
  }

  /** What an address range is, for messages: "the API server 203.0.113.1/32"; undefined for pods. */
  get description(): string | undefined {
    return this.spec.cidr && `${this.spec.what} ${this.spec.cidr}`;
  }

  /** How the other side's policy names this endpoint. */
  toPeer(): NetworkPolicyPeer {
    if (this.spec.cidr) return { ipBlock: { cidr: this.spec.cidr, except: this.spec.except } };
    return {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.spec.namespace! } },
      podSelector: { matchLabels: this.podLabels },
    };
  }
}

export interface AllowTrafficProps {
  /** Name of the NetworkPolicies (one in each namespace involved). */
  readonly name: string;
  /** Who opens the connections. */
  readonly from: Endpoint;
  /** Who accepts them. */
  readonly to: Endpoint;
  /** TCP ports (or named ports) on the receiving side. */
  readonly ports: (number | string)[];
  /** @default "TCP" */
  readonly protocol?: 'TCP' | 'UDP';
  /**
   * Which side's NetworkPolicy this construct renders: both, or one when the other side's
   * component renders its own (each component's Kustomization then holds only its namespaces). @default "both"
   */
  readonly side?: 'both' | 'egress' | 'ingress';
}

/**
 * Allows one real flow through the default-deny policies: an egress rule in the client's
 * namespace and an ingress rule in the server's, so neither side is open beyond that flow. It is
 * also the flow's declaration: the policy pass checks every flow to an address outside the
 * cluster (API server, internet) against the NetworkPolicies actually rendered.
 */
export class AllowTraffic extends Construct {
  /** Every AllowTraffic of the construct tree `scope` belongs to. */
  static allIn(scope: IConstruct): AllowTraffic[] {
    return scope.node.root.node.findAll().filter((c): c is AllowTraffic => c instanceof AllowTraffic);
  }

  readonly name: string;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly ports: readonly (number | string)[];
  readonly protocol: 'TCP' | 'UDP';

  constructor(scope: Construct, id: string, props: AllowTrafficProps) {
    super(scope, id);
    this.name = props.name;
    this.from = props.from;
    this.to = props.to;
    this.ports = props.ports;
    this.protocol = props.protocol ?? 'TCP';
    if (props.ports.length === 0) throw new Error(`${props.name}.ports: name at least one port`);
    if (!props.from.namespace && !props.to.namespace) {
      throw new Error(`${props.name}: at least one side of a flow must be pods of this cluster`);
    }
    const ports: NetworkPolicyPort[] = props.ports.map((p) => ({
      protocol: props.protocol ?? 'TCP',
      port: typeof p === 'number' ? IntOrString.fromNumber(p) : IntOrString.fromString(p),
    }));
    const side = props.side ?? 'both';
    if (props.from.namespace && side !== 'ingress') {
      new KubeNetworkPolicy(this, 'egress', {
        metadata: { name: `${props.name}-egress`, namespace: props.from.namespace },
        spec: { podSelector: { matchLabels: props.from.podLabels }, policyTypes: ['Egress'], egress: [{ to: [props.to.toPeer()], ports }] },
      });
    }
    if (props.to.namespace && side !== 'egress') {
      new KubeNetworkPolicy(this, 'ingress', {
        metadata: { name: `${props.name}-ingress`, namespace: props.to.namespace },
        spec: { podSelector: { matchLabels: props.to.podLabels }, policyTypes: ['Ingress'], ingress: [{ from: [props.from.toPeer()], ports }] },
      });
    }
  }
}
