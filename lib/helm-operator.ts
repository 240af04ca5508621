import { Construct } from 'constructs';
import { HelmChartModel } from '../model/schema';
import { HelmReleaseFromChart } from './helm-release-from-chart';
import { AllowTraffic, Endpoint, KUBE_API_SERVER_PORT } from './allow-traffic';
import { OceanidNamespace } from './oceanid-namespace';

/** Requests and limits of a small controller pod, in the shape Helm charts take as `resources` values. */
export const SMALL_CONTROLLER_RESOURCES = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };

/** One egress flow of an operator's pods besides the API server. */
export interface OperatorEgress {
  /** Name of the NetworkPolicies. */
  readonly name: string;
  /** Where the flow goes. */
  readonly to: Endpoint;
  /** TCP ports on the receiving side. */
  readonly ports: number[];
  /** Labels of the operator's pods that open it. @default every pod of the namespace */
  readonly fromPods?: Record<string, string>;
}

export interface HelmOperatorProps {
  /** Release name, also the name of its chart source in flux-system. */
  readonly name: string;
  /** Namespace the operator runs in; created here with the restricted Pod Security level. */
  readonly namespace: string;
  /** Pinned chart from the model. */
  readonly chart: HelmChartModel;
  /** API groups of the CRDs the chart installs (see HelmReleaseFromChart). @default none */
  readonly crdGroups?: string[];
  /** Chart values; keys must be ones the chart reads. @default {} */
  readonly values?: Record<string, unknown>;
  /** The API server the operator watches (Endpoint.kubeApiServer of the model). */
  readonly apiServer: Endpoint;
  /** The admission webhook the API server calls: its pods' labels and its container port. */
  readonly webhook: { readonly podLabels: Record<string, string>; readonly port: number };
  /** Prefix of the NetworkPolicy names (`<prefix>-to-api-server`, `api-server-to-<prefix>-webhook`). @default name */
  readonly policyPrefix?: string;
  /** Egress besides the API server (e.g. the internet APIs the operator calls). @default none */
  readonly egress?: OperatorEgress[];
}

/**
 * An operator installed from a Helm chart: its namespace, the HelmRelease with its chart source,
 * egress from its pods to the API server (and any other flows it names), and ingress from the
 * API server to its admission webhook. The API server calls webhooks from the host network, so
 * the webhook's ingress is from any address.
 */
export class HelmOperator extends Construct {
  readonly release: HelmReleaseFromChart;
  /** Every pod of the operator. */
  readonly pods: Endpoint;

  constructor(scope: Construct, id: string, props: HelmOperatorProps) {
    super(scope, id);
    const prefix = props.policyPrefix ?? props.name;
    this.pods = Endpoint.pods(props.namespace);
    new OceanidNamespace(this, 'namespace', { name: props.namespace });
    this.release = new HelmReleaseFromChart(this, 'release', {
      name: props.name,
      namespace: props.namespace,
      chart: props.chart,
      crdGroups: props.crdGroups,
      values: props.values,
    });
    new AllowTraffic(this, 'api-server', { name: `${prefix}-to-api-server`, from: this.pods, to: props.apiServer, ports: [KUBE_API_SERVER_PORT] });
    for (const flow of props.egress ?? []) {
      const from = flow.fromPods ? Endpoint.pods(props.namespace, flow.fromPods) : this.pods;
      new AllowTraffic(this, flow.name, { name: flow.name, from, to: flow.to, ports: flow.ports });
    }
    new AllowTraffic(this, 'webhook', {
      name: `api-server-to-${prefix}-webhook`,
      from: Endpoint.anyAddress(),
      to: Endpoint.pods(props.namespace, props.webhook.podLabels),
      ports: [props.webhook.port],
    });
  }
}
