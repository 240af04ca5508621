import { Construct } from 'constructs';
import {
  ClusterSpecBootstrapInitdbImportType,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
  Cluster as PostgresCluster,
} from '../../imports/cnpg-clusters-postgresql.cnpg.io';
import { EnvVar, IntOrString, KubeNetworkPolicy, KubePersistentVolumeClaim, Quantity } from '../../imports/k8s';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { ComponentProps } from '../../lib/component';
import { LayerChart } from '../../lib/layer-chart';
import { HardenedDeployment } from '../../lib/hardened-deployment';
import { ImageReference } from '../../lib/image-reference';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { AllowTraffic, Endpoint, KUBE_API_SERVER_PORT } from '../../lib/allow-traffic';
import { Probe } from '../../lib/probe';
import { ResourceBudget } from '../../lib/resource-budget';
import { PublicRoute } from '../../lib/public-route';
import { TunnelRoute } from '../../lib/tunnel-route';
import { ClusterModel } from '../../model/schema';
import { CNPG_NAMESPACE, LABEL_STUDIO_NAMESPACE, LABEL_STUDIO_PODS } from '../../lib/component-endpoints';
import { publicHostname } from '../../model/hostname';

const NAME = 'label-studio';
/** nginx in front of uwsgi (HumanSignal's chart: containerPort 8085); the Service and the tunnel use it. */
const PORT = 8085;
/** uwsgi, reached by nginx over localhost (the chart's app probes). */
const UWSGI_PORT = 8000;
const DB_CLUSTER = 'label-studio-db';
/** One Postgres instance: the data volume is ReadWriteOnce on one node, and the app has one replica. */
const DB_INSTANCES = 1;
const DB_NAME = 'labelstudio';
const DB_USER = 'labelstudio';
/** Port of the CloudNativePG instance manager, which the operator polls. */
const CNPG_STATUS_PORT = 8000;

/**
 * Label Studio and its Postgres (a CloudNativePG cluster whose owner password comes from Pulumi
 * ESC), exposed at `label.<base>` through the cluster tunnel. Its block is `labelStudio`. The
 * backends it calls (`LabelStudioBackend`) are their own components; their URLs are entered per
 * project and listed in the cluster's architecture document.
 */
export class LabelStudio extends LayerChart {
  readonly pods = LABEL_STUDIO_PODS;

  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['labelStudio']>) {
    super(scope, id, props);
    const { model, block } = props;
    const host = publicHostname(model, block.hostname);
    new OceanidNamespace(this, 'namespace', { name: LABEL_STUDIO_NAMESPACE });
    // Served by the cluster tunnel, which collects every PublicRoute of the cluster.
    new PublicRoute(this, 'public-route', { route: TunnelRoute.toService(host, NAME, LABEL_STUDIO_NAMESPACE, PORT), pods: LABEL_STUDIO_PODS });

    const dbCredentials = new PulumiSecret(this, 'db-credentials', {
      name: `${DB_CLUSTER}-owner`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { password: block.secrets.dbPassword },
      // CloudNativePG wants a basic-auth Secret for the owner; ESO renders it with the fixed user name.
      template: { type: 'kubernetes.io/basic-auth', data: { username: DB_USER, password: '{{ .password }}' } },
    });

    const source = block.importFrom && importSource(this, block.importFrom);
    const postgres = ImageReference.fromModel(model, 'postgres');
    new PostgresCluster(this, 'postgres', {
      metadata: { name: DB_CLUSTER, namespace: LABEL_STUDIO_NAMESPACE },
      spec: {
        instances: DB_INSTANCES,
        // CloudNativePG 1.30 (docs, "Kubernetes upgrade and maintenance"): with one instance the
        // PodDisruptionBudget of the primary blocks every node drain; without it a drain stops the
        // database for the length of the maintenance, which one instance cannot avoid anyway.
        enablePdb: DB_INSTANCES > 1,
        imageName: postgres.ref,
        bootstrap: { initdb: { database: DB_NAME, owner: DB_USER, secret: { name: dbCredentials.secretName }, ...(source ? { import: source.import } : {}) } },
        ...(source ? { externalClusters: source.externalClusters } : {}),
        storage: { size: block.postgresStorage },
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString('100m'), memory: ClusterSpecResourcesRequests.fromString('256Mi') },
          limits: { cpu: ClusterSpecResourcesLimits.fromString('1'), memory: ClusterSpecResourcesLimits.fromString('1Gi') },
        },
      },
    });
    const dbPods = Endpoint.pods(LABEL_STUDIO_NAMESPACE, { 'cnpg.io/cluster': DB_CLUSTER });
    if (block.importFrom) {
      // Egress only: an ingress policy in the existing namespace would isolate the running Postgres.
      new KubeNetworkPolicy(this, 'import-egress', {
        metadata: { name: 'postgres-to-import-source-egress', namespace: LABEL_STUDIO_NAMESPACE },
        spec: {
          podSelector: { matchLabels: { 'cnpg.io/cluster': DB_CLUSTER } },
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': block.importFrom.namespace } } }],
              ports: [{ protocol: 'TCP', port: IntOrString.fromNumber(block.importFrom.port) }],
            },
          ],
        },
      });
    }

    const secretKey = new PulumiSecret(this, 'secret-key', {
      name: `${NAME}-secret-key`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { 'secret-key': block.secrets.secretKey },
    });

    new KubePersistentVolumeClaim(this, 'data', {
      metadata: { name: `${NAME}-data`, namespace: LABEL_STUDIO_NAMESPACE },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: Quantity.fromString(block.dataStorage) } } },
    });

    const admin = new PulumiSecret(this, 'admin', {
      name: `${NAME}-admin`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { username: block.secrets.adminUsername, password: block.secrets.adminPassword },
    });

    const image = ImageReference.fromModel(model, block.image);
    const origin = `https://${host}`;
    // What Django and Label Studio read (label_studio/core/settings, get_env: LABEL_STUDIO_<name>,
    // HEARTEX_<name> or <name>), shared by the migrations, the first-user step and uwsgi.
    const initResources = ResourceBudget.of({ cpu: '100m', memory: '256Mi', cpuLimit: '1', memoryLimit: '1Gi' });
    const appEnv: EnvVar[] = [
      { name: 'DJANGO_DB', value: 'default' },
      { name: 'POSTGRE_NAME', value: DB_NAME },
      { name: 'POSTGRE_USER', value: DB_USER },
      { name: 'POSTGRE_PASSWORD', valueFrom: { secretKeyRef: { name: dbCredentials.secretName, key: 'password' } } },
      { name: 'POSTGRE_HOST', value: `${DB_CLUSTER}-rw` },
      { name: 'POSTGRE_PORT', value: '5432' },
      { name: 'LABEL_STUDIO_HOST', value: origin },
      // TLS ends at Cloudflare, so Django sees plain HTTP while the browser sends Origin https://<host>:
      // Django 4+ rejects the POST (login, signup) unless that origin is trusted. Comma-separated, with scheme.
      { name: 'CSRF_TRUSTED_ORIGINS', value: origin },
      // Cookies only over HTTPS (read as integers: bool(int(value))).
      { name: 'SESSION_COOKIE_SECURE', value: '1' },
      { name: 'CSRF_COOKIE_SECURE', value: '1' },
      { name: 'SECRET_KEY', valueFrom: { secretKeyRef: { name: secretKey.secretName, key: 'secret-key' } } },
      { name: 'LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK', value: 'true' },
      // No internet egress: no release check, no analytics, no Sentry (the defaults are HumanSignal's DSNs).
      { name: 'LATEST_VERSION_CHECK', value: 'false' },
      { name: 'COLLECT_ANALYTICS', value: 'false' },
      { name: 'SENTRY_DSN', value: '' },
      { name: 'FRONTEND_SENTRY_DSN', value: '' },
    ];
    const dataMount = { name: 'data', mountPath: '/label-studio/data' };
    // The entrypoint writes its generated configuration (nginx.conf, config_env) to OPT_DIR.
    const instanceEtc = (container: string) => ({ name: `instance-etc-${container}`, mountPath: '/opt/heartex/instance-data/etc' });

    new HardenedDeployment(this, 'app', {
      name: NAME,
      namespace: LABEL_STUDIO_NAMESPACE,
      component: 'annotation-ui',
      // One writer on a ReadWriteOnce volume: replace, never overlap.
      strategy: 'Recreate',
      // The image's user; HumanSignal's chart runs it as 1001 too.
      runAsUser: 1001,
      servicePorts: ['http'],
      // nginx buffers request bodies of up to 350m (client_max_body_size in the image's
      // deploy/default.conf) in /tmp, and Django spools large uploads there too: each container
      // gets a /tmp of its own, as HumanSignal's chart 1.11.5 does (tmp-dir-init, -app, -nginx).
      tmpSizeLimit: '1Gi',
      tmpPerContainer: true,
      volumes: [
        { name: 'data', persistentVolumeClaim: { claimName: `${NAME}-data` } },
        ...['init', 'app', 'nginx'].map((c) => ({ name: instanceEtc(c).name, emptyDir: { sizeLimit: Quantity.fromString('16Mi') } })),
      ],
      // As HumanSignal's chart runs 1.20: migrations in an init container, uwsgi behind nginx.
      initContainers: [
        {
          name: 'db-migrations',
          image,
          args: ['label-studio-migrate'],
          env: [...appEnv, { name: 'INIT_CONTAINER', value: 'true' }],
          resources: initResources,
          volumeMounts: [dataMount, instanceEtc('init')],
        },
        {
          // `label-studio init` creates LABEL_STUDIO_USERNAME with LABEL_STUDIO_PASSWORD when missing
          // (server.py _create_user); signup is closed, so this is the only way in.
          name: 'first-user',
          image,
          args: ['label-studio', 'init'],
          env: [
            ...appEnv,
            { name: 'LABEL_STUDIO_USERNAME', valueFrom: { secretKeyRef: { name: admin.secretName, key: 'username' } } },
            { name: 'LABEL_STUDIO_PASSWORD', valueFrom: { secretKeyRef: { name: admin.secretName, key: 'password' } } },
          ],
          resources: initResources,
          volumeMounts: [dataMount, instanceEtc('init')],
        },
      ],
      containers: [
        {
          name: 'app',
          image,
          args: ['label-studio-uwsgi'],
          env: [
            ...appEnv,
            { name: 'SKIP_DB_MIGRATIONS', value: 'true' },
            // uwsgi.ini defaults to two processes per CPU of the node, too many for the memory limit.
            { name: 'UWSGI_PROCESSES', value: '2' },
          ],
          ports: [{ name: 'uwsgi', port: UWSGI_PORT }],
          resources: ResourceBudget.of(block.resources),
          startup: Probe.httpGet('/health', 'uwsgi', { periodSeconds: 10, failureThreshold: 30 }),
          readiness: Probe.httpGet('/health', 'uwsgi'),
          liveness: Probe.tcp('uwsgi', { periodSeconds: 20, failureThreshold: 5 }),
          volumeMounts: [dataMount, instanceEtc('app')],
        },
        {
          name: 'nginx',
          image,
          args: ['nginx'],
          env: [
            // nginx proxies to uwsgi in the same pod.
            { name: 'APP_HOST', value: 'localhost' },
            { name: 'LABEL_STUDIO_HOST', value: origin },
          ],
          ports: [{ name: 'http', port: PORT }],
          resources: ResourceBudget.of({ cpu: '50m', memory: '64Mi', cpuLimit: '500m', memoryLimit: '256Mi' }),
          readiness: Probe.httpGet('/nginx_health', 'http'),
          liveness: Probe.tcp('http', { periodSeconds: 20 }),
          volumeMounts: [dataMount, instanceEtc('nginx')],
        },
      ],
    });

    new AllowTraffic(this, 'app-to-db', { name: 'label-studio-to-postgres', from: this.pods, to: dbPods, ports: [5432] });
    new AllowTraffic(this, 'operator-to-db', { name: 'cnpg-operator-to-postgres', from: Endpoint.pods(CNPG_NAMESPACE), to: dbPods, ports: [CNPG_STATUS_PORT] });
    // The CloudNativePG instance manager watches its Cluster object through the API server.
    new AllowTraffic(this, 'db-to-api', { name: 'postgres-to-api-server', from: dbPods, to: Endpoint.kubeApiServer(model), ports: [KUBE_API_SERVER_PORT] });
  }
}

const IMPORT_SOURCE = 'existing-label-studio';

/**
 * The existing database as a CloudNativePG external cluster, and the import that copies it at
 * initdb (microservice type: one database, into the Cluster's own database and owner). Its
 * password comes from ESC like every other secret.
 */
function importSource(scope: Construct, from: NonNullable<ClusterModel['labelStudio']['importFrom']>) {
  const password = new PulumiSecret(scope, 'import-source', {
    name: `${DB_CLUSTER}-import-source`,
    namespace: LABEL_STUDIO_NAMESPACE,
    data: { password: from.passwordKey },
  });
  return {
    import: { type: ClusterSpecBootstrapInitdbImportType.MICROSERVICE, databases: [from.database], source: { externalCluster: IMPORT_SOURCE } },
    externalClusters: [
      {
        name: IMPORT_SOURCE,
        connectionParameters: { host: `${from.service}.${from.namespace}.svc.cluster.local`, port: String(from.port), user: from.user, dbname: from.database },
        password: { name: password.secretName, key: 'password' },
      },
    ],
  };
}
