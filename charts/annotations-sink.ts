import { Construct } from 'constructs';
import { PulumiSecret } from '../lib/external-secret';
import { FluxLayer, LayerChart } from '../lib/flux-layer';
import { HardenedDeployment } from '../lib/hardened-deployment';
import { ImageReference } from '../lib/image-reference';
import { AllowTraffic, Endpoint } from '../lib/network-policy';
import { Probe } from '../lib/probe';
import { ResourceBudget } from '../lib/resource-budget';
import { ClusterModel } from '../model/schema';

const NAME = 'annotations-sink';
const PORT = 8080;

export interface AnnotationsSinkProps {
  readonly namespace: string;
  /** Label Studio's pods, which post webhook events. */
  readonly labelStudio: Endpoint;
}

/**
 * Receives Label Studio annotation webhooks. It always runs; with `annotationsSink.writeToStage`
 * on it writes Hugging Face style JSONL and cleaned extractions into the stage schema of the
 * external CrunchyBridge Postgres named by `DATABASE_URL`. The sink is this project's own image:
 * the environment below is its contract (README, "The annotations sink").
 */
export class AnnotationsSinkChart extends LayerChart {
  /** Label Studio's webhook URL for this sink. */
  readonly webhookUrl: string;

  constructor(scope: Construct, id: string, model: ClusterModel, props: AnnotationsSinkProps) {
    super(scope, id, { model, layer: FluxLayer.APPS });
    this.webhookUrl = `http://${NAME}.${props.namespace}.svc.cluster.local:${PORT}/webhook`;
    const { writeToStage, stageSchema, databasePort } = model.annotationsSink;
    // Only a sink that writes gets the database credential and the egress to it.
    const database = writeToStage
      ? new PulumiSecret(this, 'database', {
          name: `${NAME}-database`,
          namespace: props.namespace,
          data: { 'database-url': model.secrets.keys.annotationsSinkDatabaseUrl },
        })
      : undefined;
    const sink = new HardenedDeployment(this, 'sink', {
      name: NAME,
      namespace: props.namespace,
      component: 'annotations-sink',
      servicePorts: ['http'],
      containers: [
        {
          name: 'sink',
          image: ImageReference.fromModel(model, 'annotationsSink'),
          ports: [{ name: 'http', port: PORT }],
          env: [
            { name: 'PORT', value: String(PORT) },
            { name: 'WRITE_TO_STAGE', value: String(writeToStage) },
            ...(database
              ? [
                  { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: database.secretName, key: 'database-url' } } },
                  { name: 'STAGE_SCHEMA', value: stageSchema },
                  { name: 'OUTPUT_FORMATS', value: 'hf-jsonl,cleaned-extractions' },
                ]
              : []),
          ],
          resources: ResourceBudget.of({ cpu: '50m', memory: '128Mi', cpuLimit: '500m', memoryLimit: '512Mi' }),
          readiness: Probe.httpGet('/health', 'http'),
          liveness: Probe.httpGet('/health', 'http', { periodSeconds: 20 }),
        },
      ],
    });
    const pods = Endpoint.pods(props.namespace, sink.selector);
    new AllowTraffic(this, 'from-label-studio', { name: 'label-studio-to-annotations-sink', from: props.labelStudio, to: pods, ports: [PORT] });
    if (database) {
      // The stage database is external (CrunchyBridge).
      new AllowTraffic(this, 'to-postgres', { name: 'annotations-sink-to-stage-postgres', from: pods, to: Endpoint.internet(), ports: [databasePort] });
    }
  }
}
