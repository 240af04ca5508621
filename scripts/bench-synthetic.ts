import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OceanidCluster } from '../charts/oceanid-cluster';
import { FluxLayer } from '../lib/flux-layer';
import { LayerChart } from '../lib/layer-chart';
import { HardenedDeployment } from '../lib/hardened-deployment';
import { ImageReference } from '../lib/image-reference';
import { OceanidNamespace } from '../lib/oceanid-namespace';
import { AllowTraffic, Endpoint } from '../lib/allow-traffic';
import { Probe } from '../lib/probe';
import { ResourceBudget } from '../lib/resource-budget';
import { production } from '../model/production';
import { runSynthCli } from '../synth/run';

/**
 * Benchmark entry: the production cluster plus N synthetic workloads (a hardened Deployment with
 * a Service and a NetworkPolicy flow each, ten per namespace), synthesized, validated and written
 * into a fresh temporary repository. Run by scripts/bench.mjs as its own process.
 */
const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 0) throw new Error('usage: bench-synthetic N');

function addWorkloads(cluster: OceanidCluster): void {
  const chart = new LayerChart(cluster.layer(FluxLayer.APPS), 'synthetic', { model: cluster.model });
  for (let i = 0; i < count; i++) {
    const namespace = `synthetic-${Math.floor(i / 10)}`;
    if (i % 10 === 0) new OceanidNamespace(chart, namespace, { name: namespace });
    const workload = new HardenedDeployment(chart, `w${i}`, {
      name: `workload-${i}`,
      namespace,
      servicePorts: ['http'],
      containers: [
        {
          image: ImageReference.fromModel(cluster.model, 'labelStudio'),
          ports: [{ name: 'http', port: 8080 }],
          env: [{ name: 'INDEX', value: String(i) }],
          resources: ResourceBudget.of({ cpu: '10m', memory: '32Mi', cpuLimit: '100m', memoryLimit: '64Mi' }),
          liveness: Probe.httpGet('/health', 'http'),
          readiness: Probe.httpGet('/health', 'http'),
        },
      ],
    });
    new AllowTraffic(chart, `f${i}`, { name: `to-workload-${i}`, from: Endpoint.pods(namespace), to: Endpoint.pods(namespace, workload.selector), ports: [8080] });
  }
}

const repo = resolve(__dirname, '..');
const root = mkdtempSync(join(tmpdir(), 'oceanid-bench-'));
try {
  for (const entry of ['cdk8s.yaml', 'model']) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  const code = runSynthCli([], [production], root, { out: () => undefined, err: (l) => process.stderr.write(`${l}\n`) }, { extend: addWorkloads });
  process.exitCode = code;
} finally {
  rmSync(root, { recursive: true, force: true });
}
