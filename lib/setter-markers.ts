import { ApiObject } from 'cdk8s';
import { Node } from 'constructs';
import type { ImageReference } from './image-reference';

/** A Flux setter marker to write as a line comment after one field of a rendered object. */
export interface SetterMarker {
  /** Path of the field inside the object, e.g. ["spec", "template", "spec", "containers", 0, "image"]. */
  readonly path: readonly (string | number)[];
  /** The comment text, e.g. `{"$imagepolicy": "flux-system:production-cloudflared"}`. */
  readonly marker: string;
}

const METADATA_TYPE = 'oceanid:setter-marker';

/**
 * The setter markers of one ApiObject. Kept as construct metadata, so the YAML writer can put
 * them next to the fields without the markers being part of the object itself.
 */
export class SetterMarkers {
  static of(obj: ApiObject): SetterMarkers {
    return new SetterMarkers(obj);
  }

  private constructor(private readonly obj: ApiObject) {}

  /** Marks the field at `path` with the image's policy, when the image is under automation. */
  markImage(path: readonly (string | number)[], image: ImageReference): void {
    const marker = image.setterMarker;
    if (marker) this.add({ path, marker });
  }

  add(marker: SetterMarker): void {
    Node.of(this.obj).addMetadata(METADATA_TYPE, marker);
  }

  get all(): SetterMarker[] {
    return Node.of(this.obj)
      .metadata.filter((m) => m.type === METADATA_TYPE)
      .map((m) => m.data as SetterMarker);
  }
}

/** What a Flux `$imagepolicy` setter marker names: the policy, and the part of the image it writes. */
export interface ImagePolicyMarker {
  readonly namespace: string;
  readonly policy: string;
  /** `tag`, `name` or `digest`; undefined for the whole image reference. */
  readonly field?: string;
}

/**
 * The marker comment Flux's image-automation-controller (v1.0, internal/update/setters.go) reads:
 * a JSON object whose `$imagepolicy` is `<namespace>:<policy>` with an optional `:tag`, `:name` or
 * `:digest` suffix.
 */
export function imagePolicyMarker(m: ImagePolicyMarker): string {
  return `{"$imagepolicy": "${[m.namespace, m.policy, ...(m.field ? [m.field] : [])].join(':')}"}`;
}

/** The marker in a YAML comment's text, or undefined when Flux would not read it as one. */
export function parseImagePolicyMarker(comment: string): ImagePolicyMarker | undefined {
  let value: unknown;
  try {
    value = JSON.parse(comment.replace(/^#\s*/, ''));
  } catch {
    return undefined;
  }
  const ref = (value as Record<string, unknown> | null)?.['$imagepolicy'];
  if (typeof ref !== 'string') return undefined;
  const [namespace, policy, field, ...rest] = ref.split(':');
  if (!namespace || !policy || rest.length > 0 || (field !== undefined && !['tag', 'name', 'digest'].includes(field))) return undefined;
  return { namespace, policy, field };
}
