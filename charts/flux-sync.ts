import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { GitRepository } from '../imports/flux-gitrepositories-source.toolkit.fluxcd.io';
import { ImagePolicy } from '../imports/flux-imagepolicies-image.toolkit.fluxcd.io';
import { ImageRepository } from '../imports/flux-imagerepositories-image.toolkit.fluxcd.io';
import {
  ImageUpdateAutomation,
  ImageUpdateAutomationSpecSourceRefKind,
  ImageUpdateAutomationSpecUpdateStrategy,
} from '../imports/flux-imageupdateautomations-image.toolkit.fluxcd.io';
import { Kustomization, KustomizationSpecSourceRefKind } from '../imports/flux-kustomizations-kustomize.toolkit.fluxcd.io';
import { FluxLayer } from '../lib/flux-layer';
import { LayerChartProps } from '../lib/layer-chart';
import { ImageReference } from '../lib/image-reference';
import { partOfLabels } from '../lib/labels';
import { FLUX_NAMESPACE } from '../model/flux';
import { IMAGE_POLICY_NAMESPACE } from '../model/image-policy';
import { ClusterModel, ImageName } from '../model/schema';

/** Name of the GitRepository (and image automation) of this repository. */
export const SOURCE_NAME = 'oceanid';

/**
 * What `flux bootstrap` points at (`flux/<cluster>/`): the GitRepository of this repository,
 * one Kustomization per component (added by the renderer once the components are built, each
 * with `dependsOn` on exactly what its objects need), and the image automation that commits new
 * tags back to this repository.
 */
export class FluxSync extends Chart {
  /** Type guard. cdk8s gives Chart a `Symbol.hasInstance` that every subclass inherits, so `instanceof` would match any chart. */
  static isFluxSync(x: unknown): x is FluxSync {
    return typeof x === 'object' && x !== null && FluxSync.prototype.isPrototypeOf(x);
  }

  readonly model: ClusterModel;
  private readonly partOf = partOfLabels();

  constructor(scope: Construct, id: string, props: LayerChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const model = props.model;
    this.model = model;
    const labels = this.partOf;
    const distPath = `dist/${model.name}`;

    new GitRepository(this, 'source', {
      metadata: { name: SOURCE_NAME, namespace: FLUX_NAMESPACE, labels },
      spec: {
        url: model.repository.url,
        ref: { branch: model.repository.branch },
        secretRef: { name: model.repository.secretName },
        interval: '1m',
        timeout: '60s',
        // Only this cluster's rendered output goes into the artifact.
        ignore: `/*\n!/${distPath}/\n`,
      },
    });

    const automated = (Object.keys(model.images) as ImageName[]).map((name) => ImageReference.fromModel(model, name)).filter((image) => image.policyName);
    for (const image of automated) {
      const name = image.policyName!;
      new ImageRepository(this, `image-${name}`, {
        metadata: { name, namespace: IMAGE_POLICY_NAMESPACE, labels },
        // Verbatim: Flux writes `<image>:<tag>` back into the marked fields, which must match what the synth renders.
        spec: { image: image.repository, interval: '6h' },
      });
      new ImagePolicy(this, `policy-${name}`, {
        metadata: { name, namespace: IMAGE_POLICY_NAMESPACE, labels },
        spec: {
          imageRepositoryRef: { name },
          filterTags: { pattern: image.automation!.tagPattern },
          policy: { semver: { range: image.automation!.semverRange } },
        },
      });
    }
    if (automated.length > 0) {
      new ImageUpdateAutomation(this, 'image-update', {
        metadata: { name: SOURCE_NAME, namespace: IMAGE_POLICY_NAMESPACE, labels },
        spec: {
          interval: '30m',
          sourceRef: { kind: ImageUpdateAutomationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME },
          git: {
            checkout: { ref: { branch: model.repository.branch } },
            commit: {
              author: { name: 'fluxcdbot', email: 'fluxcdbot@users.noreply.github.com' },
              messageTemplate: `Update ${model.name} images\n\n{{ range .Changed.Changes }}- {{ .OldValue }} -> {{ .NewValue }}\n{{ end }}`,
            },
            push: { branch: model.repository.branch },
          },
          // The root: the model's image file and the rendered manifests carry the same markers.
          update: { path: './', strategy: ImageUpdateAutomationSpecUpdateStrategy.SETTERS },
        },
      });
    }
  }

  /**
   * The Flux Kustomization of one component: its folder `dist/<cluster>/<name>/`, waited on
   * (`wait: true`) so that what depends on it starts on a working base.
   */
  addComponent(name: string, layer: FluxLayer, dependsOn: readonly string[]): Kustomization {
    return new Kustomization(this, `ks-${name}`, {
      metadata: { name, namespace: FLUX_NAMESPACE, labels: this.partOf },
      spec: {
        interval: '10m',
        retryInterval: '2m',
        timeout: layer.timeout,
        sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME },
        path: `./dist/${this.model.name}/${name}`,
        prune: true,
        wait: true,
        dependsOn: dependsOn.length > 0 ? dependsOn.map((d) => ({ name: d })) : undefined,
      },
    });
  }
}
