import { IMAGE_POLICY_NAMESPACE, imagePolicyMarker, imagePolicyName } from '../model/image-policy';
import { ClusterModel, ImageModel, ImageName } from '../model/schema';

/**
 * A pinned container image taken from the cluster model. When the model puts the image under
 * Flux image automation, the reference also carries the setter marker that Flux uses to rewrite
 * the tag in the rendered manifest.
 */
export class ImageReference {
  /** The image `name` of `model.images`; throws naming the field when it is not pinned. */
  static fromModel(model: ClusterModel, name: ImageName): ImageReference {
    const image = model.images[name];
    if (!image) throw new Error(`images.${name}: this cluster's model has no such image; add it to its image file`);
    return new ImageReference(model.name, name, image);
  }

  private constructor(
    private readonly cluster: string,
    /** Key of the image in `model.images`. */
    readonly name: ImageName,
    private readonly image: ImageModel,
  ) {
    if (!image.tag || image.tag === 'latest') {
      throw new Error(`images.${name}.tag: "${image.tag}" is not a pinned tag`);
    }
  }

  /** Where the image is pulled from: the model's mirror when it names one, else the upstream repository. */
  get repository(): string {
    return this.image.mirror ?? this.image.repository;
  }

  /** The repository the publisher releases the image to, whatever mirror the cluster pulls from. */
  get upstreamRepository(): string {
    return this.image.repository;
  }

  get tag(): string {
    return this.image.tag;
  }

  /** `repository:tag`, as a container's `image` field. */
  get ref(): string {
    return `${this.repository}:${this.image.tag}`;
  }

  /** The ImagePolicy that keeps this image current, or undefined when the tag is pinned by hand. */
  get policyName(): string | undefined {
    return this.image.automation ? imagePolicyName(this.cluster, this.name) : undefined;
  }

  /** The setter marker for a full image reference, e.g. `{"$imagepolicy": "flux-system:production-cloudflared"}`. */
  get setterMarker(): string | undefined {
    const policy = this.policyName;
    return policy ? imagePolicyMarker({ namespace: IMAGE_POLICY_NAMESPACE, policy }) : undefined;
  }

  get automation(): ImageModel['automation'] {
    return this.image.automation;
  }
}
