import { Component, component } from '../lib/component';
import { FluxLayer } from '../lib/flux-layer';
import { AnnotationsSink } from './apps/annotations-sink';
import { Cloudflared } from './apps/cloudflared';
import { LabelStudio } from './apps/label-studio';
import { LsTritonAdapter } from './apps/ls-triton-adapter';
import { Triton } from './apps/triton';
import { ClusterIssuer } from './infra-configs/cluster-issuer';
import { FluxAlerts } from './infra-configs/flux-alerts';
import { SecretStore } from './infra-configs/secret-store';
import { CertManager } from './infra-controllers/cert-manager';
import { CloudnativePg } from './infra-controllers/cloudnative-pg';
import { ExternalSecrets } from './infra-controllers/external-secrets';
import { NvidiaDevicePlugin } from './infra-controllers/nvidia-device-plugin';

const { INFRA_CONTROLLERS, INFRA_CONFIGS, APPS } = FluxLayer;

/**
 * Every component a cluster can run, one row each: its name (chart id, `charts/<layer>/<name>.ts`,
 * `dist/<cluster>/<layer>/<name>.yaml`), its Flux layer, the model block whose presence turns it on,
 * and the chart that builds it from that block. A cluster runs exactly the rows whose block its model
 * has; nothing else decides it. Rows are built in this order, except those built last (the cluster
 * tunnel, which routes the PublicRoutes of the others). A block declared beside its chart is
 * written `block: { key, schema }` and is then part of the model the loader checks.
 */
export const COMPONENTS: readonly Component<unknown>[] = [
  component({ name: 'cert-manager', layer: INFRA_CONTROLLERS, block: (m) => m.charts.certManager, chart: CertManager }),
  component({ name: 'external-secrets', layer: INFRA_CONTROLLERS, block: (m) => m.charts.externalSecrets, chart: ExternalSecrets }),
  component({ name: 'cloudnative-pg', layer: INFRA_CONTROLLERS, block: (m) => m.charts.cloudnativePg, chart: CloudnativePg }),
  component({ name: 'nvidia-device-plugin', layer: INFRA_CONTROLLERS, block: NvidiaDevicePlugin.gpuNodes, chart: NvidiaDevicePlugin }),
  component({ name: 'secret-store', layer: INFRA_CONFIGS, block: (m) => m.secrets, chart: SecretStore }),
  component({ name: 'cluster-issuer', layer: INFRA_CONFIGS, block: (m) => m.certificates, chart: ClusterIssuer }),
  component({ name: 'triton', layer: APPS, block: (m) => m.gpuInference, chart: Triton }),
  component({ name: 'ls-triton-adapter', layer: APPS, block: (m) => m.lsTritonAdapter, chart: LsTritonAdapter }),
  component({ name: 'annotations-sink', layer: APPS, block: (m) => m.annotationsSink, chart: AnnotationsSink }),
  component({ name: 'label-studio', layer: APPS, block: (m) => m.labelStudio, chart: LabelStudio }),
  component({ name: 'cloudflared', layer: APPS, block: (m) => m.clusterTunnel, chart: Cloudflared, buildLast: true }),
  component({ name: 'flux-alerts', layer: INFRA_CONFIGS, block: (m) => m.alerts, chart: FluxAlerts }),
];
