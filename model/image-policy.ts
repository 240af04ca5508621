import { FLUX_NAMESPACE } from './flux';
import type { ImageName } from './schema';

/** Namespace the Flux image policies live in (the image controllers only read their own namespace). */
export const IMAGE_POLICY_NAMESPACE = FLUX_NAMESPACE;

/** What a Flux `$imagepolicy` setter marker names: the policy, and the part of the image it writes. */
export interface ImagePolicyMarker {
  readonly namespace: string;
  readonly policy: string;
  /** `tag`, `name` or `digest`; undefined for the whole image reference. */
  readonly field?: string;
}

/**
 * The ImagePolicy name of an automated image. Prefixed with the cluster: every cluster's automation
 * walks the whole repository, and a marker must only match the policy of the cluster that renders the file.
 */
export function imagePolicyName(cluster: string, image: ImageName): string {
  return `${cluster}-${image.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
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
  const ref = (value as Record<string, unknown> | null)?.$imagepolicy;
  if (typeof ref !== 'string') return undefined;
  const [namespace, policy, field, ...rest] = ref.split(':');
  if (!namespace || !policy || rest.length > 0 || (field !== undefined && !['tag', 'name', 'digest'].includes(field))) return undefined;
  return { namespace, policy, field };
}
