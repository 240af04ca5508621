import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isPair, isScalar, isSeq, Node, parseDocument, visit } from 'yaml';
import type { ModelFinding } from './finding';
import { IMAGE_POLICY_NAMESPACE, imagePolicyMarker, imagePolicyName, parseImagePolicyMarker } from './image-policy';
import { ClusterModel, ImageName } from './schema';

/**
 * The image tags file of one cluster (`model/images/<cluster>.yaml`), the one model file Flux
 * image automation writes to. Besides its values it yields every `$imagepolicy` setter marker in
 * it with the field it sits on, because the markers are part of the image-update round trip:
 * Flux rewrites exactly the marked lines, and the synth must render the same markers.
 */
export interface ImagesFile {
  /** The value of the file's `images:` map, to be validated with the model. */
  readonly images: unknown;
  /** Every setter marker in the file, by the dotted path of the field it follows. */
  readonly markers: readonly FoundMarker[];
}

export interface FoundMarker {
  /** Dotted path of the field the marker comment sits on, e.g. `images.cloudflared.tag`; empty when on no field. */
  readonly path: string;
  /** The comment text, e.g. `{"$imagepolicy": "flux-system:production-cloudflared:tag"}`. */
  readonly comment: string;
}

/** Thrown with the findings of an unreadable images file; the caller wraps them in a ModelError naming the file. */
export class ImagesFileError extends Error {
  constructor(readonly findings: ModelFinding[]) {
    super(findings.map((f) => `${f.path}: ${f.message}`).join('; '));
  }
}

/** Reads and parses `relPath` below `repoRoot`; throws ImagesFileError naming the field. */
export function readImagesFile(repoRoot: string, relPath: string): ImagesFile {
  let text: string;
  try {
    text = readFileSync(join(repoRoot, relPath), 'utf8');
  } catch {
    throw new ImagesFileError([{ path: '', message: `cannot read the image tags file ${relPath}: create it or fix the path` }]);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new ImagesFileError(doc.errors.map((e) => ({ path: '', message: `YAML error: ${e.message.split('\n')[0]}` })));
  }
  // Aliases are refused outright, before any is expanded: an alias bomb never gets to allocate,
  // and a shared tag would make Flux's one-line rewrite change several images at once.
  const aliases: ModelFinding[] = [];
  const markers: FoundMarker[] = [];
  visit(doc, (_key, node, path) => {
    const field = fieldPath([...path, node]);
    if (isAlias(node)) {
      aliases.push({ path: field, message: `YAML alias *${node.source}: the image tags file allows no anchors or aliases; write each value out` });
      return visit.SKIP;
    }
    for (const comment of commentsOf(node)) {
      if (comment.includes('"$imagepolicy"')) markers.push({ path: field, comment: comment.trim() });
    }
    return undefined;
  });
  if (aliases.length > 0) throw new ImagesFileError(aliases.slice(0, 5));
  const value = doc.toJS({ maxAliasCount: 0 }) as { images?: unknown } | null;
  if (!value || typeof value !== 'object' || !('images' in value)) {
    throw new ImagesFileError([{ path: 'images', message: 'the file must hold an `images:` map' }]);
  }
  return { images: value.images, markers };
}

function commentsOf(node: unknown): string[] {
  const n = node as { comment?: string | null; commentBefore?: string | null };
  return [n.comment, n.commentBefore].filter((c): c is string => typeof c === 'string');
}

/** The dotted model path of the last node of a `visit` path (map keys by name, sequence items by index). */
function fieldPath(path: readonly unknown[]): string {
  let out = '';
  for (let i = 1; i < path.length; i++) {
    const parent = path[i - 1];
    const node = path[i];
    if (isPair(parent) && node === parent.value) out += out ? `.${keyOf(parent.key)}` : keyOf(parent.key);
    else if (isSeq(parent)) out += `[${parent.items.indexOf(node as Node)}]`;
  }
  return out;
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : '?';
}

/**
 * Findings for markers that would break the image-update round trip: each automated image's tag
 * carries exactly the marker of its own cluster's policy with `:tag` (Flux writes the full
 * reference for a marker without it), and no other field carries one.
 */
export function imageMarkerFindings(model: ClusterModel, markers: readonly FoundMarker[]): ModelFinding[] {
  const findings: ModelFinding[] = [];
  const seen = new Set<string>();
  const tagMarker = (image: ImageName) => imagePolicyMarker({ namespace: IMAGE_POLICY_NAMESPACE, policy: imagePolicyName(model.name, image), field: 'tag' });
  for (const m of markers) {
    const image = /^images\.([A-Za-z0-9]+)\.tag$/.exec(m.path)?.[1] as ImageName | undefined;
    const path = m.path || 'images';
    if (!image || !model.images[image]) {
      findings.push({ path, message: `the setter marker ${m.comment} is not on an image's tag: Flux would rewrite this line; remove it` });
      continue;
    }
    if (!model.images[image].automation) {
      findings.push({
        path,
        message: `the setter marker ${m.comment} is on an image without \`automation\`: remove the marker, or add images.${image}.automation`,
      });
      continue;
    }
    const policyName = imagePolicyName(model.name, image);
    const parsed = parseImagePolicyMarker(m.comment);
    const why = !parsed
      ? 'it is not a setter marker Flux can read (a JSON object {"$imagepolicy": "<namespace>:<policy>:tag"})'
      : parsed.namespace !== IMAGE_POLICY_NAMESPACE || parsed.policy !== policyName
        ? `it names the policy ${parsed.namespace}:${parsed.policy}, not this cluster's ${IMAGE_POLICY_NAMESPACE}:${policyName}`
        : parsed.field !== 'tag'
          ? `without ":tag" Flux writes ${parsed.field ? `the image's ${parsed.field}` : 'the whole image reference'} into the tag`
          : undefined;
    if (why) findings.push({ path, message: `the setter marker ${m.comment} breaks the image update: ${why}; write # ${tagMarker(image)}` });
    seen.add(image);
  }
  for (const name of Object.keys(model.images) as ImageName[]) {
    if (model.images[name]!.automation && !seen.has(name)) {
      findings.push({
        path: `images.${name}.tag`,
        message: `images.${name} is automated but its tag has no setter marker, so Flux cannot update it: append # ${tagMarker(name)}`,
      });
    }
  }
  return findings;
}
