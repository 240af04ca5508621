import { Endpoint } from './allow-traffic';
import { selectorLabels } from './labels';

// Where the components that others talk to live: a chart names a peer through these, never by
// importing the peer's chart (each component is its own chart file and Flux Kustomization).

export const CERT_MANAGER_NAMESPACE = 'cert-manager';
export const CLUSTER_TUNNEL_NAMESPACE = 'cloudflared';
/** The cluster tunnel's pods: a component with a PublicRoute lets them in. */
export const CLUSTER_TUNNEL_PODS = Endpoint.pods(CLUSTER_TUNNEL_NAMESPACE, selectorLabels('cloudflared'));
export const CNPG_NAMESPACE = 'cnpg-system';
export const LABEL_STUDIO_NAMESPACE = 'label-studio';
/** Label Studio's pods, for the NetworkPolicies of its peers (adapter, sink). */
export const LABEL_STUDIO_PODS = Endpoint.pods(LABEL_STUDIO_NAMESPACE, selectorLabels('label-studio'));
