import { Construct } from 'constructs';
import { IntOrString, KubeNamespace, KubeNetworkPolicy } from '../imports/k8s';
import { partOfLabels } from './labels';

/** Pod Security Standard levels. */
export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

/** Kubernetes minor version the Pod Security labels pin, so an upgrade cannot loosen them silently. */
export const POD_SECURITY_VERSION = 'v1.33';
/** Annotation that records why a namespace enforces less than `restricted`. */
export const POD_SECURITY_REASON_ANNOTATION = 'oceanid.io/pod-security-reason';

export interface OceanidNamespaceProps {
  /** Namespace name. */
  readonly name: string;
  /** Level enforced, audited and warned. @default "restricted" */
  readonly podSecurity?: PodSecurityLevel;
  /** Why the namespace needs less than `restricted`; required whenever it does. @default none */
  readonly podSecurityReason?: string;
  /**
   * Whether pods run here. Namespaces with pods get a default-deny NetworkPolicy for ingress and
   * egress plus DNS egress; every other flow is allowed explicitly with `AllowTraffic`.
   * @default true
   */
  readonly hasPods?: boolean;
  /**
   * Where its pods resolve names: `cluster` allows DNS egress to CoreDNS only; `node` to the
   * resolvers of the nodes (pods with `dnsPolicy: Default`), whose addresses the model does not
   * hold, so port 53 to any address.
   * @default "cluster"
   */
  readonly dnsResolver?: 'cluster' | 'node';
}

/** CoreDNS, as a NetworkPolicy peer. */
const CLUSTER_DNS_PEER = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};
/** Any address: a node's resolver may be on its LAN (private ranges included) or public. */
const NODE_DNS_PEER = { ipBlock: { cidr: '0.0.0.0/0' } };

/** A namespace with Pod Security labels and, where pods run, default-deny networking. */
export class OceanidNamespace extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: OceanidNamespaceProps) {
    super(scope, id);
    const level = props.podSecurity ?? 'restricted';
    if (level !== 'restricted' && !props.podSecurityReason) {
      throw new Error(`namespace ${props.name}.podSecurityReason: enforcing "${level}" instead of "restricted" needs a written reason`);
    }
    this.name = props.name;
    new KubeNamespace(this, 'namespace', {
      metadata: {
        name: props.name,
        labels: {
          ...partOfLabels(),
          'pod-security.kubernetes.io/enforce': level,
          'pod-security.kubernetes.io/enforce-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/audit': level,
          'pod-security.kubernetes.io/audit-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/warn': level,
          'pod-security.kubernetes.io/warn-version': POD_SECURITY_VERSION,
        },
        annotations: level === 'restricted' ? undefined : { [POD_SECURITY_REASON_ANNOTATION]: props.podSecurityReason! },
      },
    });
    if (props.hasPods ?? true) {
      new KubeNetworkPolicy(this, 'default-deny', {
        metadata: { name: 'default-deny', namespace: props.name },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
      new KubeNetworkPolicy(this, 'allow-dns', {
        metadata: { name: 'allow-dns-egress', namespace: props.name },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [
            {
              to: [props.dnsResolver === 'node' ? NODE_DNS_PEER : CLUSTER_DNS_PEER],
              ports: [
                { protocol: 'UDP', port: IntOrString.fromNumber(53) },
                { protocol: 'TCP', port: IntOrString.fromNumber(53) },
              ],
            },
          ],
        },
      });
    }
  }
}
