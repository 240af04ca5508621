import { publicHostname } from './hostname';
import * as z from 'zod';
import type { ModelFinding } from './finding';
import { FoundMarker, imageMarkerFindings, ImagesFileError, ImagesFile, readImagesFile } from './images-file';
import { componentBlocks } from './component-blocks';
import { ClusterModel, ClusterModelInput, clusterModelSchema, ImageName } from './schema';

/** A model that cannot be rendered. The message is meant for the operator, without a stack trace. */
export class ModelError extends Error {
  constructor(
    readonly source: string,
    readonly findings: readonly ModelFinding[],
  ) {
    super(`The cluster model in ${source} is invalid; nothing was written.\n` + findings.map((f) => `  - ${f.path || '(model)'}: ${f.message}`).join('\n'));
    this.name = 'ModelError';
  }
}

/** Where a cluster's model comes from: TypeScript for the structure, YAML for the image tags Flux writes. */
export interface ModelSource {
  /** The cluster model without `images`. */
  readonly model: Omit<ClusterModelInput, 'images'>;
  /** Repository-relative YAML file whose `images` map holds every image; Flux image automation commits to it. */
  readonly imagesFile: string;
  /** Shown in error messages. */
  readonly name: string;
}

/** Reads, merges and validates one cluster's model. Throws `ModelError` naming every bad field. */
export function loadClusterModel(source: ModelSource, repoRoot: string): ClusterModel {
  let file: ImagesFile;
  try {
    file = readImagesFile(repoRoot, source.imagesFile);
  } catch (error) {
    if (error instanceof ImagesFileError) throw new ModelError(source.imagesFile, error.findings);
    throw error;
  }
  return validateClusterModel({ ...source.model, images: file.images } as unknown, `${source.name} + ${source.imagesFile}`, file.markers);
}

/**
 * Validates a model value. Exposed separately so tests and tools can validate in memory; `markers`
 * are the setter markers of the image file (checked only when given).
 */
export function validateClusterModel(input: unknown, source: string, markers?: readonly FoundMarker[]): ClusterModel {
  const extra = componentBlocks();
  const schema = extra.size === 0 ? clusterModelSchema : clusterModelSchema.extend(Object.fromEntries([...extra].map(([key, s]) => [key, s.optional()])));
  const parsed = schema.safeParse(input) as z.ZodSafeParseResult<ClusterModel>;
  if (!parsed.success) {
    throw new ModelError(
      source,
      parsed.error.issues.map((issue) => describeIssue(issue, input)),
    );
  }
  const findings = [...crossFieldFindings(parsed.data), ...(markers ? imageMarkerFindings(parsed.data, markers) : [])];
  if (findings.length > 0) throw new ModelError(source, findings);
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): ModelFinding {
  if (issue.code === 'unrecognized_keys') {
    return {
      path: formatPath(issue.path),
      message:
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'} ` +
        `(a misspelt field is never ignored)`,
    };
  }
  const value = valueAt(input, issue.path);
  const shown = value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
  return { path: formatPath(issue.path), message: `${issue.message} (${shown})` };
}

/** Rules that span fields: node references, GPU capacity, uniqueness. */
function crossFieldFindings(model: ClusterModel): ModelFinding[] {
  const findings: ModelFinding[] = [];
  const seen = new Map<string, number>();
  model.nodes.forEach((node, i) => {
    const first = seen.get(node.name);
    if (first !== undefined) {
      findings.push({ path: `nodes[${i}].name`, message: `"${node.name}" is already the name of nodes[${first}]: node names are unique` });
    }
    seen.set(node.name, i);
    const taintKeys = new Set<string>();
    node.taints.forEach((taint, t) => {
      const key = `${taint.key}:${taint.effect}`;
      if (taintKeys.has(key)) findings.push({ path: `nodes[${i}].taints[${t}]`, message: `taint ${taint.key} with effect ${taint.effect} is declared twice` });
      taintKeys.add(key);
    });
    if (node.gpu && !node.taints.some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')) {
      findings.push({
        path: `nodes[${i}].taints`,
        message: `GPU node "${node.name}" has no NoSchedule taint: declare one (e.g. workload-type=gpu-compute:NoSchedule) so only GPU work lands on it`,
      });
    }
  });
  const servers = model.nodes.map((n, i) => [n, i] as const).filter(([n]) => n.role === 'server');
  if (servers.length === 0) {
    findings.push({ path: 'nodes', message: 'no node has role "server": a K3s cluster needs a control-plane node' });
  }
  for (const [node, i] of servers.slice(1)) {
    findings.push({
      path: `nodes[${i}].role`,
      message:
        `"${node.name}" would be a second server, but the model renders one K3s server (nodes[${servers[0][1]}]) and a second would start a cluster of its own: ` +
        `make it an agent (docs/model.md, "A second server", says how to add one)`,
    });
  }
  findings.push(...nodeAddressFindings(model));

  findings.push(...componentFindings(model));
  const inference = model.gpuInference;
  if (model.lsTritonAdapter && !inference) {
    findings.push({ path: 'lsTritonAdapter', message: "the adapter sends Label Studio's tasks to Triton: add gpuInference, or remove lsTritonAdapter" });
  }
  if (inference) {
    if (inference.model.preferredBatchSizes.some((b) => b > inference.model.maxBatchSize)) {
      findings.push({
        path: 'gpuInference.model.preferredBatchSizes',
        message: `every preferred batch size must be at most maxBatchSize (${inference.model.maxBatchSize})`,
      });
    }
  }

  // The model fetcher is Triton's init container: a chart constant, not a key of the block.
  if (inference && !model.images.modelFetcher) {
    findings.push({ path: 'images.modelFetcher', message: 'missing: gpuInference is set, which runs this image; add it with a pinned tag' });
  }

  // Every component block may declare a public hostname; each names one service.
  const hosts = new Map<string, string>();
  for (const [field, prefix] of declaredHostnames(model)) {
    const fqdn = publicHostname(model, prefix);
    if (fqdn.length > 253)
      findings.push({
        path: field,
        message: `"${fqdn}" has ${fqdn.length} characters; a DNS name has at most 253: shorten it or the base domain`,
      });
    const other = hosts.get(prefix);
    if (other) {
      findings.push({
        path: field,
        message: `"${fqdn}" is already used by ${other}: each public hostname routes to one service`,
      });
    }
    hosts.set(prefix, field);
  }
  return findings;
}

/**
 * The rules every component block follows, whatever its name (docs/model.md, "Model or chart constant"):
 * its `image` is in `images`; a block with `node` and `gpus` names a GPU node that has that many GPUs.
 */
function componentFindings(model: ClusterModel): ModelFinding[] {
  const findings: ModelFinding[] = [];
  for (const [name, block] of Object.entries(model)) {
    if (typeof block !== 'object' || block === null || Array.isArray(block)) continue;
    const { image, node: nodeName, gpus } = block as { image?: unknown; node?: unknown; gpus?: unknown };
    if (typeof image === 'string' && !model.images[image as ImageName]) {
      findings.push({ path: `images.${image}`, message: `missing: ${name} is set, which runs this image; add it with a pinned tag` });
    }
    if (typeof nodeName !== 'string' || typeof gpus !== 'number') continue;
    const nodeIndex = model.nodes.findIndex((n) => n.name === nodeName);
    const node = model.nodes[nodeIndex];
    if (!node) {
      findings.push({
        path: `${name}.node`,
        message: `"${nodeName}" is not a node of this cluster: expected one of ${model.nodes.map((n) => `"${n.name}"`).join(', ')}`,
      });
    } else if (!node.gpu) {
      const gpuNodes = model.nodes.filter((n) => n.gpu).map((n) => `"${n.name}"`);
      findings.push({
        path: `${name}.node`,
        message:
          `node "${node.name}" has no GPU: ` +
          `${gpuNodes.length ? `pick a GPU node (${gpuNodes.join(', ')})` : `add a \`gpu\` block to a node, or remove ${name}`}`,
      });
    } else if (gpus > node.gpu.count) {
      findings.push({
        path: `${name}.gpus`,
        message: `asks for ${gpus} GPUs but node "${node.name}" has ${node.gpu.count} (nodes[${nodeIndex}].gpu.count): lower the request`,
      });
    }
  }
  return findings;
}

/** Node names, aliases and addresses are each unique; agents join a server the internet can reach. */
function nodeAddressFindings(model: ClusterModel): ModelFinding[] {
  const findings: ModelFinding[] = [];
  const names = new Set(model.nodes.map((n) => n.name));
  const addresses = new Map<string, number>();
  const aliases = new Map<string, number>();
  model.nodes.forEach((node, i) => {
    if (node.alias !== undefined) {
      const other = aliases.get(node.alias);
      if (names.has(node.alias) || other !== undefined) {
        findings.push({
          path: `nodes[${i}].alias`,
          message:
            `"${node.alias}" is already ${other !== undefined ? `the alias of nodes[${other}]` : 'a node name'}: ` +
            `an alias names one node and is not another node's name`,
        });
      }
      aliases.set(node.alias, i);
    }
    const other = addresses.get(node.address);
    if (other !== undefined)
      findings.push({ path: `nodes[${i}].address`, message: `${node.address} is already the address of nodes[${other}]: K3s needs a unique address per node` });
    addresses.set(node.address, i);
    if (node.role === 'server' && node.reachability !== 'public') {
      findings.push({
        path: `nodes[${i}].reachability`,
        message: `server "${node.name}" is behind NAT: agents join the server at its address, so a server must be "public"`,
      });
    }
  });
  return findings;
}

/** The list of clusters a synth renders: never empty, since an empty list would delete every output file and Flux would prune everything. */
export function checkClusterList(sources: readonly ModelSource[], file = 'model/clusters.ts'): void {
  if (sources.length === 0) {
    throw new ModelError(file, [
      {
        path: 'clusters',
        message: 'no cluster is listed: a synth would delete all of dist/, flux/ and hosts/ and Flux would prune every object; list at least one cluster',
      },
    ]);
  }
}

/** The public hostnames a cluster declares: each component block's `hostname` (left of the base domain), by field path. */
function declaredHostnames(model: ClusterModel): [string, string][] {
  return Object.entries(model).flatMap(([field, block]): [string, string][] => {
    const hostname = (block as { hostname?: unknown } | undefined)?.hostname;
    return block !== null && typeof block === 'object' && !Array.isArray(block) && typeof hostname === 'string' ? [[`${field}.hostname`, hostname]] : [];
  });
}

/**
 * Loads every listed cluster and checks what spans them: each renders into dist/<name>/, and a
 * public hostname belongs to one cluster (two tunnels serving one name would split its traffic
 * between clusters; a declared hostname is reserved even while its component is off). Throws
 * ModelError naming the field of the later cluster.
 */
export function loadClusterModels(sources: readonly ModelSource[], repoRoot: string, file = 'model/clusters.ts'): ClusterModel[] {
  checkClusterList(sources, file);
  const models = sources.map((source) => loadClusterModel(source, repoRoot));
  const findings: ModelFinding[] = [];
  const names = new Map<string, string>();
  const hosts = new Map<string, string>();
  models.forEach((model, i) => {
    const source = sources[i].name;
    const other = names.get(model.name);
    if (other) findings.push({ path: 'name', message: `two clusters are named "${model.name}" (${other} and ${source}): each renders into dist/<name>/` });
    names.set(model.name, source);
    for (const [path, prefix] of declaredHostnames(model)) {
      const fqdn = publicHostname(model, prefix);
      const owner = hosts.get(fqdn);
      if (owner && !owner.startsWith(`${model.name} `)) {
        findings.push({
          path,
          message: `"${fqdn}" in ${source} is already a hostname of cluster ${owner}: a public hostname belongs to one cluster; change this cluster's ${path} or baseDomain`,
        });
      }
      if (!owner) hosts.set(fqdn, `${model.name} (${path})`);
    }
  });
  if (findings.length > 0) throw new ModelError(file, findings);
  return models;
}
