import { OceanidCluster } from '../charts/oceanid-cluster';
import { FluxLayer } from '../lib/flux-layer';
import { LayerChart } from '../lib/layer-chart';
import { PulumiSecret } from '../lib/pulumi-secret';
import { HardenedDeployment } from '../lib/hardened-deployment';
import { ImageReference } from '../lib/image-reference';
import { OceanidNamespace } from '../lib/oceanid-namespace';
import { AllowTraffic, Endpoint } from '../lib/allow-traffic';
import { Probe } from '../lib/probe';
import { ResourceBudget } from '../lib/resource-budget';

/** Workloads per synthetic namespace. */
export const WORKLOADS_PER_NAMESPACE = 10;

/**
 * Adds `count` synthetic workloads to a cluster, for the scale benchmarks and the shape test: a
 * hardened Deployment with a Service and a NetworkPolicy flow each, ten per namespace, in one
 * apps-layer chart. Every other one runs two replicas (so it has a PodDisruptionBudget) and each
 * reads a password from its namespace's PulumiSecret, so the selector and reference look-ups of
 * the policy pass are exercised at scale. Every one passes the policy gate.
 *
 * A `revision` above 0 changes every workload's INDEX variable and renames every other namespace,
 * so the diff from one revision to another changes, adds, removes and moves objects at scale.
 */
export function addSyntheticWorkloads(cluster: OceanidCluster, count: number, revision = 0): void {
  const chart = new LayerChart(cluster.layer(FluxLayer.APPS), 'synthetic', { model: cluster.model });
  for (let i = 0; i < count; i++) {
    const group = Math.floor(i / WORKLOADS_PER_NAMESPACE);
    const namespace = revision > 0 && group % 2 === 1 ? `synthetic-${group}-r${revision}` : `synthetic-${group}`;
    if (i % WORKLOADS_PER_NAMESPACE === 0) {
      new OceanidNamespace(chart, namespace, { name: namespace });
      new PulumiSecret(chart, `s${i}`, { name: 'database', namespace, data: { password: `synthetic.namespace${group}.password` } });
    }
    const workload = new HardenedDeployment(chart, `w${i}`, {
      name: `workload-${i}`,
      namespace,
      servicePorts: ['http'],
      replicas: i % 2 === 0 ? 1 : 2,
      containers: [
        {
          image: ImageReference.fromModel(cluster.model, 'labelStudio'),
          ports: [{ name: 'http', port: 8080 }],
          env: [
            { name: 'INDEX', value: revision > 0 ? `${i}-r${revision}` : String(i) },
            { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: 'database', key: 'password' } } },
          ],
          resources: ResourceBudget.of({ cpu: '10m', memory: '32Mi', cpuLimit: '100m', memoryLimit: '64Mi' }),
          liveness: Probe.httpGet('/health', 'http'),
          readiness: Probe.httpGet('/health', 'http'),
        },
      ],
    });
    new AllowTraffic(chart, `f${i}`, {
      name: `to-workload-${i}`,
      from: Endpoint.pods(namespace),
      to: Endpoint.pods(namespace, workload.selector),
      ports: [8080],
    });
  }
}
