import { Construct } from 'constructs';
import { ClusterSpecResourcesLimits, ClusterSpecResourcesRequests, Cluster as PostgresCluster } from '../imports/cnpg-clusters-postgresql.cnpg.io';
import { KubePersistentVolumeClaim, Quantity } from '../imports/k8s';
import { PulumiSecret } from '../lib/external-secret';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HardenedDeployment } from '../lib/hardened-deployment';
import { ImageReference } from '../lib/image-reference';
import { OceanidNamespace } from '../lib/namespace';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { Probe } from '../lib/probe';
import { ResourceBudget } from '../lib/resource-budget';
import { TunnelRoute } from '../lib/tunnel-route';
import { ClusterModel } from '../model/schema';
import { CNPG_NAMESPACE } from './cloudnative-pg';

export const LABEL_STUDIO_NAMESPACE = 'label-studio';
const NAME = 'label-studio';
/** Label Studio's pods, for the NetworkPolicies of its peers (adapter, sink, cluster tunnel). */
export const LABEL_STUDIO_PODS = Endpoint.pods(LABEL_STUDIO_NAMESPACE, { 'app.kubernetes.io/name': NAME });
const PORT = 8080;
const DB_CLUSTER = 'label-studio-db';
const DB_NAME = 'labelstudio';
const DB_USER = 'labelstudio';
/** Port of the CloudNativePG instance manager, which the operator polls. */
const CNPG_STATUS_PORT = 8000;

/**
 * In-cluster URLs an operator enters in Label Studio per project (Settings -> Model, Settings ->
 * Webhooks, or `POST /api/ml` and `POST /api/webhooks`): it reads neither from its environment at
 * start-up, so they are documented in the cluster's architecture document, not rendered.
 */
export interface LabelStudioIntegrations {
  /** ML backend URL (the ls-triton-adapter Service), when the cluster has the GPU path. */
  readonly mlBackendUrl?: string;
  /** Webhook URL of the annotations sink, when it is enabled. */
  readonly webhookUrl?: string;
}

/**
 * Label Studio and its Postgres (a CloudNativePG cluster whose owner password comes from Pulumi
 * ESC), exposed at `label.<base>` through the cluster tunnel.
 */
export class LabelStudioChart extends LayerChart {
  readonly pods = LABEL_STUDIO_PODS;
  /** The public route the cluster tunnel serves. */
  readonly route: TunnelRoute;
  /** The URLs to enter in Label Studio's project settings. */
  readonly integrations: LabelStudioIntegrations;

  constructor(scope: Construct, id: string, model: ClusterModel, integrations: LabelStudioIntegrations) {
    super(scope, id, { model, layer: FluxLayer.APPS });
    const host = `${model.hostnames.labelStudio}.${model.baseDomain}`;
    this.route = TunnelRoute.toService(host, NAME, LABEL_STUDIO_NAMESPACE, PORT);
    this.integrations = integrations;
    new OceanidNamespace(this, 'namespace', { name: LABEL_STUDIO_NAMESPACE });

    const dbCredentials = new PulumiSecret(this, 'db-credentials', {
      name: `${DB_CLUSTER}-owner`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { password: model.secrets.keys.labelStudioDbPassword },
      // CloudNativePG wants a basic-auth Secret for the owner; ESO renders it with the fixed user name.
      template: { type: 'kubernetes.io/basic-auth', data: { username: DB_USER, password: '{{ .password }}' } },
    });

    const postgres = ImageReference.fromModel(model, 'postgres');
    new PostgresCluster(this, 'postgres', {
      metadata: { name: DB_CLUSTER, namespace: LABEL_STUDIO_NAMESPACE },
      spec: {
        instances: 1,
        imageName: postgres.ref,
        bootstrap: { initdb: { database: DB_NAME, owner: DB_USER, secret: { name: dbCredentials.secretName } } },
        storage: { size: model.labelStudio.postgresStorage },
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString('100m'), memory: ClusterSpecResourcesRequests.fromString('256Mi') },
          limits: { cpu: ClusterSpecResourcesLimits.fromString('1'), memory: ClusterSpecResourcesLimits.fromString('1Gi') },
        },
      },
    });
    const dbPods = Endpoint.pods(LABEL_STUDIO_NAMESPACE, { 'cnpg.io/cluster': DB_CLUSTER });

    const secretKey = new PulumiSecret(this, 'secret-key', {
      name: `${NAME}-secret-key`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { 'secret-key': model.secrets.keys.labelStudioSecretKey },
    });

    new KubePersistentVolumeClaim(this, 'data', {
      metadata: { name: `${NAME}-data`, namespace: LABEL_STUDIO_NAMESPACE },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: Quantity.fromString(model.labelStudio.dataStorage) } } },
    });

    new HardenedDeployment(this, 'app', {
      name: NAME,
      namespace: LABEL_STUDIO_NAMESPACE,
      component: 'annotation-ui',
      // One writer on a ReadWriteOnce volume: replace, never overlap.
      strategy: 'Recreate',
      runAsUser: 1001,
      servicePorts: ['http'],
      volumes: [
        { name: 'data', persistentVolumeClaim: { claimName: `${NAME}-data` } },
        { name: 'instance-etc', emptyDir: {} },
      ],
      containers: [
        {
          name: 'label-studio',
          image: ImageReference.fromModel(model, 'labelStudio'),
          ports: [{ name: 'http', port: PORT }],
          env: [
            { name: 'DJANGO_DB', value: 'default' },
            { name: 'POSTGRE_NAME', value: DB_NAME },
            { name: 'POSTGRE_USER', value: DB_USER },
            { name: 'POSTGRE_PASSWORD', valueFrom: { secretKeyRef: { name: dbCredentials.secretName, key: 'password' } } },
            { name: 'POSTGRE_HOST', value: `${DB_CLUSTER}-rw` },
            { name: 'POSTGRE_PORT', value: '5432' },
            { name: 'LABEL_STUDIO_HOST', value: `https://${host}` },
            { name: 'SECRET_KEY', valueFrom: { secretKeyRef: { name: secretKey.secretName, key: 'secret-key' } } },
            { name: 'LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK', value: 'true' },
          ],
          resources: ResourceBudget.of({ cpu: '250m', memory: '512Mi', cpuLimit: '2', memoryLimit: '2Gi' }),
          startup: Probe.httpGet('/health', 'http', { periodSeconds: 10, failureThreshold: 30 }),
          readiness: Probe.httpGet('/health', 'http'),
          liveness: Probe.httpGet('/health', 'http', { periodSeconds: 20, failureThreshold: 5 }),
          volumeMounts: [
            { name: 'data', mountPath: '/label-studio/data' },
            { name: 'instance-etc', mountPath: '/opt/heartex/instance-data/etc' },
          ],
        },
      ],
    });

    new AllowTraffic(this, 'app-to-db', { name: 'label-studio-to-postgres', from: this.pods, to: dbPods, ports: [5432] });
    new AllowTraffic(this, 'operator-to-db', { name: 'cnpg-operator-to-postgres', from: Endpoint.pods(CNPG_NAMESPACE), to: dbPods, ports: [CNPG_STATUS_PORT] });
    // The CloudNativePG instance manager watches its Cluster object through the API server.
    new AllowTraffic(this, 'db-to-api', { name: 'postgres-to-api-server', from: dbPods, to: Endpoint.kubeApiServer(), ports: [6443] });
  }
}
