import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { ImageReference } from '../../lib/image-reference';
import { LabelStudioBackend } from '../../lib/label-studio-backend';
import { LayerChart } from '../../lib/layer-chart';
import { Endpoint } from '../../lib/allow-traffic';
import { PulumiSecret } from '../../lib/pulumi-secret';
import { ResourceBudget } from '../../lib/resource-budget';
import { ClusterModel } from '../../model/schema';
import { LABEL_STUDIO_NAMESPACE, LABEL_STUDIO_PODS } from '../../lib/component-endpoints';

const NAME = 'annotations-sink';
const PORT = 8080;

/**
 * Receives Label Studio annotation webhooks. It always runs (its block, `annotationsSink`, is
 * required); with `writeToStage` on it writes Hugging Face style JSONL and cleaned extractions into
 * the stage schema of the external CrunchyBridge Postgres named by `DATABASE_URL`. The sink is this
 * project's own image: the environment below is its contract (docs/design.md, "The annotations sink").
 */
export class AnnotationsSink extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<ClusterModel['annotationsSink']>) {
    super(scope, id, props);
    const { model } = props;
    const { writeToStage, stageSchema, databasePort } = props.block;
    // Only a sink that writes gets the database credential and the egress to it.
    const database = writeToStage
      ? new PulumiSecret(this, 'database', {
          name: `${NAME}-database`,
          namespace: LABEL_STUDIO_NAMESPACE,
          data: { 'database-url': props.block.databaseUrlEscPath },
        })
      : undefined;
    new LabelStudioBackend(this, 'sink', {
      name: NAME,
      namespace: LABEL_STUDIO_NAMESPACE,
      component: 'annotations-sink',
      containerName: 'sink',
      image: ImageReference.fromModel(model, props.block.image),
      port: PORT,
      env: [
        { name: 'WRITE_TO_STAGE', value: String(writeToStage) },
        ...(database
          ? [
              { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: database.secretName, key: 'database-url' } } },
              { name: 'STAGE_SCHEMA', value: stageSchema },
              { name: 'OUTPUT_FORMATS', value: 'hf-jsonl,cleaned-extractions' },
            ]
          : []),
      ],
      resources: ResourceBudget.of(props.block.resources),
      labelStudio: LABEL_STUDIO_PODS,
      setting: { kind: 'webhooks', path: '/webhook' },
      // The stage database is external (CrunchyBridge).
      egress: database ? [{ name: 'annotations-sink-to-stage-postgres', to: Endpoint.internet(), ports: [databasePort] }] : [],
    });
  }
}
