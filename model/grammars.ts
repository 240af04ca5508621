/**
 * The grammars of upstream formats that model strings are written into, each ported from the
 * upstream source at the version the cluster runs. Each check returns why a value is invalid
 * (a phrase for the model error), or undefined when the upstream parser accepts it.
 */

/** Control characters, and the line breaks YAML 1.1 and go-yaml also honour (NEL, LS, PS). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this pattern
export const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * A Git branch name, by `git check-ref-format --branch` (git Documentation/git-check-ref-format.txt,
 * refs.c `check_branch_ref`): not "HEAD", no leading "-", and `refs/heads/<branch>` must be a valid
 * ref name, so the empty name fails as a zero-length component.
 */
export function gitBranchError(branch: string): string | undefined {
  if (branch === '') return 'a branch name cannot be empty: name the branch Flux follows, e.g. "main"';
  if (branch === 'HEAD') return 'a branch name cannot be "HEAD"';
  if (branch.startsWith('-')) return 'a branch name cannot begin with "-"';
  if (branch === '@') return 'a branch name cannot be "@"';
  if (CONTROL_OR_LINE_BREAK.test(branch) || /[ ~^:?*[\\]/.test(branch)) return 'a Git ref cannot contain spaces, control characters or any of ~ ^ : ? * [ \\';
  if (branch.includes('..')) return 'a Git ref cannot contain ".."';
  if (branch.includes('@{')) return 'a Git ref cannot contain "@{"';
  if (branch.startsWith('/') || branch.endsWith('/') || branch.includes('//')) return 'a Git ref cannot begin or end with "/" or contain "//"';
  if (branch.endsWith('.')) return 'a Git ref cannot end with "."';
  if (branch.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'))) return 'no part of a Git ref may begin with "." or end with ".lock"';
  return undefined;
}

// distribution/distribution reference/regexp.go: the name grammar of container image references.
const ALNUM = '[a-z0-9]+';
const PATH_COMPONENT = `${ALNUM}(?:(?:[._]|__|[-]+)${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const REPOSITORY = new RegExp(`^${DOMAIN}/${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/** distribution's NameTotalLengthMax. */
const NAME_MAX = 255;

/**
 * An image repository with its registry and no tag, by the reference grammar of
 * distribution/distribution (reference/regexp.go): every path component starts and ends with a
 * lower-case letter or digit, joined by ".", "_", "__" or dashes.
 */
export function imageRepositoryError(repository: string): string | undefined {
  const [registry] = repository.split('/');
  if (!repository.includes('/') || !(registry.includes('.') || registry.includes(':') || registry === 'localhost')) {
    return 'name the registry, e.g. "docker.io/cloudflare/cloudflared"';
  }
  // distribution/reference normalize.go `splitDockerDomain` compares the host with "docker.io" and
  // "index.docker.io" exactly, as containerd's per-host configuration does: "Docker.io" would be
  // neither normalised nor mirrored.
  if (registry !== registry.toLowerCase())
    return `the registry host "${registry}" must be lower case ("${registry.toLowerCase()}"): hosts are compared exactly`;
  if (!REPOSITORY.test(repository)) {
    return 'each path component must start and end with a lower-case letter or digit, joined only by ".", "_", "__" or "-" (distribution reference grammar), and no tag';
  }
  if (repository.length > NAME_MAX) return `at most ${NAME_MAX} characters`;
  return undefined;
}

// Masterminds/semver v3.4.0 constraints.go, the range parser of Flux's image-reflector-controller v1.0.
const CV =
  '(?:v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?)';
const OPS = '(?:=||!=|>|<|>=|=>|<=|=<|~|~>|\\^)';
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const VALID_AND = new RegExp(`^(\\s*${OPS}\\s*${CV}\\s*)((?:\\s+|,\\s*)${OPS}\\s*${CV}\\s*)*$`);
const ONE = new RegExp(`${OPS}\\s*${CV}`, 'g');
const PART = /^[0-9]+$|^[xX*]$/;

/** A semver range as Masterminds/semver v3.4.0 `NewConstraint` parses it (Flux ImagePolicy `semver.range`). */
export function semverRangeError(range: string): string | undefined {
  const rewritten = range.replace(RANGE, (_m, from: string, ...rest: string[]) => `>= ${from}, <= ${rest[9]} `);
  for (const and of rewritten.split('||')) {
    if (!VALID_AND.test(and)) return `"${and.trim()}" is not a constraint such as ">=1.2.0", "~1.2", "1.x" or ">=1.0.0 <2.0.0"`;
    for (const one of and.match(ONE) ?? []) {
      const parts = /v?([^.\s+-]+)(?:\.([^.\s+-]+))?(?:\.([^.\s+-]+))?/.exec(one.replace(/^[=!<>~^]+\s*/, ''));
      if (parts && parts.slice(1).some((p) => p !== undefined && !PART.test(p))) return `"${one}" has a version part that is neither a number nor x`;
    }
  }
  return undefined;
}

/** Escapes Go's regexp/syntax accepts after a backslash (besides punctuation). */
const GO_ESCAPES = new Set('aftnrv01234567xpPdDsSwWbBAzQE');

/**
 * A regular expression Go's regexp package (RE2 syntax, Flux's `filterTags.pattern`) compiles.
 * JavaScript-only constructs are refused: lookahead and lookbehind, backreferences, `\u`, `\c`,
 * `\k` and other escapes RE2 lacks, and repeat counts above 1000; the rest is checked by compiling
 * it with Go's inline flags and `(?P<name>` groups mapped to JavaScript's.
 */
export function goRegexpError(pattern: string): string | undefined {
  if (/\(\?(?:=|!|<=|<!|>)/.test(pattern)) return 'lookahead, lookbehind and atomic groups are not Go (RE2) syntax';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    const c = pattern[++i];
    if (c === undefined) return 'it ends in a lone "\\"';
    if (/[1-9]/.test(c) && !/[0-7]/.test(pattern[i + 1] ?? '')) return `\\${c} is a backreference, which Go (RE2) does not support`;
    if (/[A-Za-z0-9]/.test(c) && !GO_ESCAPES.has(c)) return `\\${c} is not an escape Go (RE2) knows`;
  }
  for (const m of pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    if (Number(m[1]) > 1000 || Number(m[2] || 0) > 1000) return `the repeat count in ${m[0]} is above Go's limit of 1000`;
  }
  let flags = '';
  const js = pattern
    .replace(/^\(\?([imsU]+)\)/, (_m, f: string) => {
      flags = f.replace('U', '');
      return '';
    })
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\[AzQE]/g, '')
    .replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}')
    .replace(/\[\[:\^?[a-z]+:\]\]/g, '[a]')
    .replace(/\\[pP]\{?\^?[A-Za-z_]+\}?/g, 'a');
  try {
    new RegExp(js, `${[...new Set(flags)].join('')}u`);
  } catch (error) {
    return `it does not compile: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  return undefined;
}

/**
 * The `kubernetes.io` and `k8s.io` label keys a kubelet may set on its own Node with
 * `--node-labels` (kubernetes v1.33 staging/src/k8s.io/kubelet/pkg/apis/well_known_labels.go,
 * `IsKubeletLabel`; cmd/kubelet/app/options/options.go refuses any other key in those namespaces,
 * and their subdomains, at start-up).
 */
const KUBELET_LABELS = new Set([
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
  'beta.kubernetes.io/instance-type',
  'node.kubernetes.io/instance-type',
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch',
]);
const KUBELET_NAMESPACES = ['kubelet.kubernetes.io', 'node.kubernetes.io'];

/** Why kubelet refuses `key` in `--node-labels`, or undefined when it accepts it. */
export function kubeletLabelError(key: string): string | undefined {
  const namespace = key.includes('/') ? key.slice(0, key.indexOf('/')) : '';
  const restricted = ['kubernetes.io', 'k8s.io'].some((ns) => namespace === ns || namespace.endsWith(`.${ns}`));
  if (!restricted || KUBELET_LABELS.has(key) || KUBELET_NAMESPACES.some((ns) => namespace === ns || namespace.endsWith(`.${ns}`))) return undefined;
  return (
    `kubelet refuses "${namespace}" labels in --node-labels (only ${KUBELET_NAMESPACES.map((n) => `${n}/`).join(', ')} and a few well-known keys): ` +
    `use your own prefix such as "oceanid.io/", or set the label with kubectl`
  );
}
