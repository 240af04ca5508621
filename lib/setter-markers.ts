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
