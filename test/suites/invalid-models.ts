import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSource } from '../../model/load';
import { production } from '../../model/production';
import { ClusterModelInput } from '../../model/schema';
import { runSynthCli } from '../../synth/run';
import { snapshotTree, sourceWith, tempRepo } from '../helpers';

/**
 * Models that rendered and were written with exit 0 although they would break a real cluster (issue
 * 10). Each must stop the synth with the ModelError paragraph naming the field, exit 1, and leave
 * dist/, flux/ and hosts/ byte-identical. Nodes are addressed by their place in the model.
 */
interface InvalidModel {
  /** Edit of the TypeScript model. */
  readonly model?: (m: Omit<ClusterModelInput, 'images'>) => void;
  /** Edit of the image tags file's text. */
  readonly images?: (text: string) => string;
  /** Fragments that must all appear in the message. */
  readonly expect: readonly (string | RegExp)[];
}

const MARKER = '# {"$imagepolicy": "flux-system:production-cloudflared:tag"}';

/** A billion-laughs document: nine aliases of nine aliases of ... of a list. */
function aliasBomb(text: string): string {
  const levels = ['  bomb0: &l0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) levels.push(`  bomb${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${text}\nlaughs:\n${levels.join('\n')}\n`;
}

export const invalidModels: Record<string, InvalidModel> = {
  // The image tags file.
  'a YAML alias bomb in the image file': { images: aliasBomb, expect: ['model/images/production.yaml', 'laughs.bomb1[0]: YAML alias *l0'] },
  'an alias sharing one tag between images': {
    images: (t) => t.replace('tag: 1.20.0', 'tag: &shared 1.20.0').replace('tag: 8.11.1', 'tag: *shared'),
    expect: ['model/images/production.yaml', 'images.modelFetcher.tag: YAML alias *shared'],
  },
  'the $imagepolicy marker removed': {
    images: (t) => t.replace(` ${MARKER}`, ''),
    expect: ['images.cloudflared.tag: images.cloudflared is automated but its tag has no setter marker'],
  },
  "the $imagepolicy marker naming another cluster's policy": {
    images: (t) => t.replace(MARKER, '# {"$imagepolicy": "flux-system:staging-cloudflared:tag"}'),
    expect: ["images.cloudflared.tag: the setter marker", "names the policy flux-system:staging-cloudflared, not this cluster's flux-system:production-cloudflared"],
  },
  'the $imagepolicy marker without :tag': {
    images: (t) => t.replace(MARKER, '# {"$imagepolicy": "flux-system:production-cloudflared"}'),
    expect: ['images.cloudflared.tag: the setter marker', 'without ":tag" Flux writes the whole image reference into the tag'],
  },
  'the $imagepolicy marker on an image that is not automated': {
    images: (t) => t.replace('tag: 1.20.0', `tag: 1.20.0 ${MARKER}`),
    expect: ['images.labelStudio.tag: the setter marker', 'is on an image without `automation`'],
  },
  'the $imagepolicy marker on the repository': {
    images: (t) => t.replace('repository: docker.io/cloudflare/cloudflared', `repository: docker.io/cloudflare/cloudflared ${MARKER}`),
    expect: ["images.cloudflared.repository: the setter marker", "is not on an image's tag"],
  },
  'an $imagepolicy marker that is not JSON': {
    images: (t) => t.replace(MARKER, '# {"$imagepolicy": flux-system:production-cloudflared:tag}'),
    expect: ['images.cloudflared.tag: the setter marker', 'is not a setter marker Flux can read'],
  },
};

describe('invalid models that used to be written with exit 0 stop the synth and write nothing', () => {
  const root = tempRepo();
  const imagesFile = join(root, production.imagesFile);
  const images = readFileSync(imagesFile, 'utf8');
  const before = snapshotTree(root);
  afterEach(() => writeFileSync(imagesFile, images));

  it.each(Object.entries(invalidModels))('%s', (_name, c) => {
    if (c.images) writeFileSync(imagesFile, c.images(images));
    const source: ModelSource = c.model ? sourceWith(c.model) : production;
    const err: string[] = [];
    const code = runSynthCli([], [source], root, { out: () => undefined, err: (l) => err.push(l) });
    const output = err.join('\n');
    expect(output).toMatch(/^The cluster model in .* is invalid; nothing was written\.\n  - /);
    for (const e of c.expect) typeof e === 'string' ? expect(output).toContain(e) : expect(output).toMatch(e);
    expect(output).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
    expect(snapshotTree(root)).toEqual(before);
  });
});
