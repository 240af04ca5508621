import { ClusterModelInput } from '../../model/schema';
import { TritonModelConfig } from '../../lib/triton-model-config';
import { commentLine, markdownCell } from '../../synth/inline-text';
import { runSynthCli } from '../../synth/run';
import { production } from '../../model/production';
import { badInputRepo, ModelEdit, productionModel, snapshotTree, tempRepo } from '../helpers';
import { secondCluster } from '../models/second-cluster';

/**
 * Models that rendered and were written with exit 0 although they would break a real cluster (issue
 * 10). Each must stop the synth with the ModelError paragraph naming the field, exit 1, and leave
 * dist/, flux/ and hosts/ byte-identical. Nodes are addressed by their place in the model.
 */
interface InvalidModel extends ModelEdit {
  /** Fragments that must all appear in the message. */
  readonly expect: readonly (string | RegExp)[];
}

const MARKER = '# {"$imagepolicy": "flux-system:production-cloudflared:tag"}';
type Model = Omit<ClusterModelInput, 'images'>;
/** Index of the first node that is an agent without a GPU, and of the first GPU node. */
const agent = (m: Model) => m.nodes.findIndex((n) => n.role === 'agent' && !n.gpu);
const gpuNode = (m: Model) => m.nodes.findIndex((n) => n.gpu);
const long = (n: number) => 'a'.repeat(n);

/** A billion-laughs document: nine aliases of nine aliases of ... of a list. */
function aliasBomb(text: string): string {
  const levels = ['  bomb0: &l0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `  bomb${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${text}\nlaughs:\n${levels.join('\n')}\n`;
}

export const invalidModels: Record<string, InvalidModel> = {
  // Nodes.
  'two server nodes': {
    model: (m) => (m.nodes[agent(m)].role = 'server'),
    expect: [/nodes\[\d\]\.role: ".*" would be a second server/, 'docs/model.md, "A second server"'],
  },
  'a line separator in a node description (go-yaml breaks the comment line there)': {
    model: (m) => (m.nodes[agent(m)].description = 'worker\u2028server: https://203.0.113.66:6443'),
    expect: [/nodes\[\d\]\.description: expected one line of text/],
  },
  'a newline in a GPU model (written into the K3s config comment)': {
    model: (m) => (m.nodes[gpuNode(m)].gpu!.model = 'RTX-4090\nserver: https://203.0.113.66:6443'),
    expect: [/nodes\[\d\]\.gpu\.model: expected one line of text/],
  },
  'a "|" in a GPU model (written into the Markdown node table)': {
    model: (m) => (m.nodes[gpuNode(m)].gpu!.model = 'RTX | 4090'),
    expect: [/nodes\[\d\]\.gpu\.model: expected one line/],
  },
  'a node label in the kubernetes.io namespace kubelet refuses': {
    model: (m) => (m.nodes[agent(m)].labels = { 'node-role.kubernetes.io/worker': 'true' }),
    expect: [
      /nodes\[\d\]\.labels\.node-role\.kubernetes\.io\/worker: label "node-role\.kubernetes\.io\/worker": kubelet refuses "node-role\.kubernetes\.io" labels in --node-labels/,
    ],
  },
  'a node label in the k8s.io namespace': {
    model: (m) => (m.nodes[agent(m)].labels = { 'example.k8s.io/x': 'y' }),
    expect: ['kubelet refuses "example.k8s.io" labels'],
  },

  // Names.
  'a domain label over 63 characters': {
    model: (m) => (m.baseDomain = `${long(64)}.com`),
    expect: ['baseDomain: expected a domain name such as "example.com": lower-case labels of at most 63 characters'],
  },
  'a domain name over 253 characters': {
    model: (m) => (m.baseDomain = `${[long(63), long(63), long(63), long(63)].join('.')}.io`),
    expect: ['baseDomain: a domain name has at most 253 characters'],
  },
  'a hostname over 253 characters once joined with the base domain': {
    model: (m) => {
      m.baseDomain = `${[long(63), long(63), long(63), long(50)].join('.')}.io`;
      m.labelStudio!.hostname = long(20);
    },
    expect: ['labelStudio.hostname: ', 'a DNS name has at most 253'],
  },
  'a Git branch that is not a valid ref': { model: (m) => (m.repository!.branch = 'release..1'), expect: ['repository.branch: a Git ref cannot contain ".."'] },
  'a Git branch with a space': { model: (m) => (m.repository!.branch = 'my branch'), expect: ['repository.branch: a Git ref cannot contain spaces'] },
  'an empty Git branch (rendered as branch: "" in the Flux sync objects)': {
    model: (m) => (m.repository!.branch = ''),
    expect: ['repository.branch: a branch name cannot be empty'],
  },
  'a Git branch named HEAD (git check-ref-format --branch refuses it)': {
    model: (m) => (m.repository!.branch = 'HEAD'),
    expect: ['repository.branch: a branch name cannot be "HEAD"'],
  },
  'a Pulumi organisation with a slash': {
    model: (m) => (m.secrets.pulumi.organization = 'ryan/taylor'),
    expect: ['secrets.pulumi.organization: expected letters, digits, "-", "_" or "." only'],
  },
  'a Pulumi environment with a newline': {
    model: (m) => (m.secrets.pulumi.environment = 'prod\nx'),
    expect: ['secrets.pulumi.environment: expected letters, digits'],
  },
  'a Pulumi project of dots': { model: (m) => (m.secrets.pulumi.project = '..'), expect: ['secrets.pulumi.project: a name of dots only'] },

  // Sizes and text written into other files.
  'a storage size of zero': { model: (m) => (m.labelStudio!.postgresStorage = '0Gi'), expect: ['labelStudio.postgresStorage: expected a size above zero'] },
  'a Triton label with a newline (labels.txt gains a line)': {
    model: (m) => (m.gpuInference!.model.labels = ['NEGATIVE\nNEUTRAL', 'POSITIVE']),
    expect: ['gpuInference.model.labels[0]: expected one line of text'],
  },

  // Images.
  'an image repository path component starting with "-"': {
    images: (t) => t.replace('repository: ghcr.io/oceanid/ls-triton-adapter', 'repository: ghcr.io/-oceanid/ls-triton-adapter'),
    expect: ['images.lsTritonAdapter.repository: each path component must start and end with a lower-case letter or digit'],
  },
  'an image mirror path component starting with "-"': {
    images: (t) =>
      t.replace('repository: ghcr.io/oceanid/ls-triton-adapter', 'repository: ghcr.io/oceanid/ls-triton-adapter\n    mirror: ghcr.io/oceanid/-mirror'),
    expect: ['images.lsTritonAdapter.mirror: each path component must start and end with a lower-case letter or digit'],
  },
  'an image registry host in upper case (not normalised to docker.io, so no docker.io mirror applies)': {
    images: (t) => t.replace('repository: docker.io/heartexlabs/label-studio', 'repository: Docker.io/heartexlabs/label-studio'),
    expect: ['images.labelStudio.repository: the registry host "Docker.io" must be lower case ("docker.io")'],
  },
  'an image mirror host in upper case': {
    images: (t) =>
      t.replace(
        'repository: ghcr.io/oceanid/ls-triton-adapter',
        'repository: ghcr.io/oceanid/ls-triton-adapter\n    mirror: Registry.example.com/oceanid/ls-triton-adapter',
      ),
    expect: ['images.lsTritonAdapter.mirror: the registry host "Registry.example.com" must be lower case'],
  },
  'an image repository without a registry': {
    images: (t) => t.replace('repository: docker.io/heartexlabs/label-studio', 'repository: heartexlabs/label-studio'),
    expect: ['images.labelStudio.repository: name the registry'],
  },
  'a semverRange that is not a semver range': {
    images: (t) => t.replace('semverRange: ">=2025.1.0"', 'semverRange: "newest"'),
    expect: ['images.cloudflared.automation.semverRange: "newest" is not a constraint'],
  },
  'a semverRange with && (not Masterminds syntax)': {
    images: (t) => t.replace('semverRange: ">=2025.1.0"', 'semverRange: ">=2025.1.0 && <2027"'),
    expect: ['images.cloudflared.automation.semverRange:'],
  },
  'a tagPattern with a lookahead (not Go RE2)': {
    images: (t) => t.replace('^\\d{4}', () => '^(?!0)\\d{4}'),
    expect: ['images.cloudflared.automation.tagPattern: lookahead, lookbehind and atomic groups are not Go (RE2) syntax'],
  },
  'a tagPattern with a backreference': {
    images: (t) => t.replace("tagPattern: '^\\d{4}", "tagPattern: '^(\\d)\\1\\d{2}"),
    expect: ['images.cloudflared.automation.tagPattern: \\1 is a backreference'],
  },
  'a tagPattern that does not compile': {
    images: (t) => t.replace("tagPattern: '^\\d{4}", "tagPattern: '^(\\d{4}"),
    expect: ['images.cloudflared.automation.tagPattern: it does not compile'],
  },

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
    expect: [
      'images.cloudflared.tag: the setter marker',
      "names the policy flux-system:staging-cloudflared, not this cluster's flux-system:production-cloudflared",
    ],
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
    expect: ['images.cloudflared.repository: the setter marker', "is not on an image's tag"],
  },
  'an $imagepolicy marker that is not JSON': {
    images: (t) => t.replace(MARKER, '# {"$imagepolicy": flux-system:production-cloudflared:tag}'),
    expect: ['images.cloudflared.tag: the setter marker', 'is not a setter marker Flux can read'],
  },
};

describe('invalid models that used to be written with exit 0 stop the synth and write nothing', () => {
  it('an empty cluster list (a synth would delete every output file and Flux prune everything)', () => {
    const root = tempRepo();
    const before = snapshotTree(root);
    const err: string[] = [];
    expect(runSynthCli([], [], root, { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain('The cluster model in model/clusters.ts is invalid; nothing was written.\n  - clusters: no cluster is listed');
    expect(snapshotTree(root)).toEqual(before);
  });

  it('two clusters routing the same public hostname', () => {
    const root = tempRepo();
    const before = snapshotTree(root);
    const err: string[] = [];
    const onProductionDomain = { ...secondCluster, model: { ...secondCluster.model, baseDomain: productionModel().baseDomain } };
    expect(runSynthCli([], [production, onProductionDomain], root, { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    const output = err.join('\n');
    expect(output).toContain(
      'The cluster model in model/clusters.ts is invalid; nothing was written.\n' +
        '  - labelStudio.hostname: "label.boathou.se" in test/models/second-cluster.ts is already a hostname of cluster production (labelStudio.hostname)',
    );
    // The second cluster has no GPU model, so Label Studio's is the one hostname both declare.
    expect(output.split('\n')).toHaveLength(2);
    expect(snapshotTree(root)).toEqual(before);
  });

  const repo = badInputRepo();
  it.each(Object.entries(invalidModels))('%s', (_name, c) => {
    const { code, output, after } = repo.synth(c);
    expect(output).toMatch(/^The cluster model in .* is invalid; nothing was written\.\n  - /);
    for (const e of c.expect) typeof e === 'string' ? expect(output).toContain(e) : expect(output).toMatch(e);
    expect(output).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
    expect(after).toEqual(repo.before);
  });
});

describe('the emitters of text inside other syntax', () => {
  it('never let a value start a new line of a YAML comment', () => {
    expect(commentLine('# K3s agent configuration for calypso: GPU box.')).toBe('# K3s agent configuration for calypso: GPU box.');
    for (const evil of ['# box\nserver: x', '# box\rx', '# box\u0085x', '# box\u2028x', '# box\u2029x']) expect(() => commentLine(evil)).toThrow(/line break/);
  });

  it('never let a Triton label split a line of labels.txt', () => {
    const model = productionModel().gpuInference!.model;
    expect(TritonModelConfig.fromModel(model, 1).toLabels()).toBe(`${model.labels.join('\n')}\n`);
    expect(() => TritonModelConfig.fromModel({ ...model, labels: ['NEGATIVE\nNEUTRAL', 'POSITIVE'] }, 1)).toThrow(
      'gpuInference.model.labels[0]: "NEGATIVE\\nNEUTRAL" is not one line of labels.txt',
    );
  });

  it('escape "|" in a Markdown table cell and refuse a line break', () => {
    expect(markdownCell('RTX | 4090')).toBe('RTX \\| 4090');
    expect(() => markdownCell('a\n| b |')).toThrow(/line break/);
  });
});
