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

const WORKLOADS_PER_NAMESPACE = 10;

/**
 * Adds `count` workloads that pass the gate, for the scale benchmarks and the shape test: a hardened
 * Deployment with a Service and a flow each, ten per namespace, every other one with two replicas
 * (and a PodDisruptionBudget), each reading its namespace's PulumiSecret, so the rules' selector
 * and reference look-ups run at scale. `revision` > 0 changes every INDEX variable and renames
 * every other namespace, so a diff between revisions changes, adds, removes and moves objects.
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
