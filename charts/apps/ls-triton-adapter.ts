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
import { publicHostname } from '../../model/hostname';

const NAME = 'ls-triton-adapter';
/** Label Studio's conventional ML backend port. */
const PORT = 9090;

/**
 * Label Studio's ML backend: turns tasks into Triton inference requests over `gpu.<base>`
 * (authenticating to Cloudflare Access with a service token from Pulumi ESC) and returns
 * pre-labels. Its block is `lsTritonAdapter`; the model refuses it without `gpuInference`.
 */
export class LsTritonAdapter extends LayerChart {
  constructor(scope: Construct, id: string, props: ComponentProps<NonNullable<ClusterModel['lsTritonAdapter']>>) {
    super(scope, id, props);
    const { model, block } = props;
    const inference = model.gpuInference;
    if (!inference) throw new Error('lsTritonAdapter: the adapter sends tasks to Triton; add gpuInference, or remove lsTritonAdapter');
    const access = new PulumiSecret(this, 'access', {
      name: `${NAME}-cloudflare-access`,
      namespace: LABEL_STUDIO_NAMESPACE,
      data: { 'client-id': block.secrets.accessClientId, 'client-secret': block.secrets.accessClientSecret },
    });
    new LabelStudioBackend(this, 'adapter', {
      name: NAME,
      namespace: LABEL_STUDIO_NAMESPACE,
      component: 'ml-backend',
      containerName: 'adapter',
      replicas: 2,
      image: ImageReference.fromModel(model, block.image),
      port: PORT,
      env: [
        { name: 'TRITON_URL', value: `https://${publicHostname(model, model.gpuInference!.hostname)}` },
        { name: 'TRITON_MODEL_NAME', value: inference.model.name },
        { name: 'CF_ACCESS_CLIENT_ID', valueFrom: { secretKeyRef: { name: access.secretName, key: 'client-id' } } },
        { name: 'CF_ACCESS_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: access.secretName, key: 'client-secret' } } },
      ],
      resources: ResourceBudget.of(block.resources),
      labelStudio: LABEL_STUDIO_PODS,
      setting: { kind: 'model' },
      // Triton through Cloudflare Access.
      egress: [{ name: 'ls-triton-adapter-to-internet', to: Endpoint.internet(), ports: [443] }],
    });
  }
}
