import { Affinity, Toleration } from '../imports/k8s';
import { ClusterModel, NodeModel, TaintModel } from '../model/schema';

/** Kubernetes extended resource the NVIDIA device plugin advertises. */
export const NVIDIA_GPU_RESOURCE = 'nvidia.com/gpu';
/** RuntimeClass K3s registers when it finds the NVIDIA container runtime on a node. */
export const NVIDIA_RUNTIME_CLASS = 'nvidia';
/** Node label every node carries; selecting on it pins a pod to exactly one node. */
export const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/**
 * How a pod lands on one GPU node, derived from that node's model: the node's taints become the
 * tolerations, its hostname the node selector. Nothing here is typed by hand, so the taint
 * declared on the node and the tolerations in workloads cannot drift apart.
 */
export class GpuScheduling {
  /** The GPU node named `nodeName`; throws naming `field` when it is unknown or has no GPU. */
  static forNode(model: ClusterModel, nodeName: string, field = 'node'): GpuScheduling {
    const node = model.nodes.find((n) => n.name === nodeName);
    if (!node) {
      throw new Error(`${field}: "${nodeName}" is not a node of cluster "${model.name}" (nodes: ${model.nodes.map((n) => n.name).join(', ')})`);
    }
    if (!node.gpu) {
      throw new Error(`${field}: node "${nodeName}" has no GPU; GPU work needs a node with a \`gpu\` block in the model`);
    }
    return new GpuScheduling(node);
  }

  /** Every GPU node of the cluster (empty on a cluster without one). */
  static allNodes(model: ClusterModel): GpuScheduling[] {
    return model.nodes.filter((n) => n.gpu).map((n) => new GpuScheduling(n));
  }

  private constructor(readonly node: NodeModel) {}

  get nodeName(): string {
    return this.node.name;
  }

  /** Number of GPUs the node offers. */
  get capacity(): number {
    return this.node.gpu?.count ?? 0;
  }

  /** The node's taints that keep ordinary pods away (those a GPU pod must tolerate). */
  get taints(): TaintModel[] {
    return this.node.taints.filter((t) => t.effect !== 'PreferNoSchedule');
  }

  /** One exact toleration per taint: operator Equal, the taint's key, value and effect. */
  get tolerations(): Toleration[] {
    return this.taints.map((t) => ({ key: t.key, operator: 'Equal', value: t.value, effect: t.effect }));
  }

  /** Selects exactly this node. */
  get nodeSelector(): Record<string, string> {
    return { [HOSTNAME_LABEL]: this.node.name };
  }

  /** Selection of any of `nodes` as a required node affinity (for daemons and for charts that only take `affinity`). */
  static requiredNodeAffinity(nodes: readonly GpuScheduling[]): Affinity {
    return {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: HOSTNAME_LABEL, operator: 'In', values: nodes.map((n) => n.nodeName) }] }],
        },
      },
    };
  }

  /** The tolerations of all `nodes`, each distinct toleration once. */
  static tolerationsOf(nodes: readonly GpuScheduling[]): Toleration[] {
    const seen = new Set<string>();
    return nodes.flatMap((n) => n.tolerations).filter((t) => !seen.has(`${t.key}=${t.value}:${t.effect}`) && !!seen.add(`${t.key}=${t.value}:${t.effect}`));
  }

  get runtimeClassName(): string {
    return NVIDIA_RUNTIME_CLASS;
  }

  get resourceName(): string {
    return NVIDIA_GPU_RESOURCE;
  }
}

/** True when `toleration` lets a pod onto a node carrying `taint` (the scheduler's matching rule). */
export function toleratesTaint(toleration: Toleration, taint: TaintModel): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.operator === 'Exists') return toleration.key === undefined || toleration.key === '' || toleration.key === taint.key;
  return toleration.key === taint.key && (toleration.value ?? '') === taint.value;
}

/**
 * True when a pod with `tolerations` may be scheduled onto a node carrying `taint`: a
 * PreferNoSchedule taint only steers the scheduler, the others need a matching toleration.
 */
export function tolerates(tolerations: readonly Toleration[], taint: TaintModel): boolean {
  return taint.effect === 'PreferNoSchedule' || tolerations.some((t) => toleratesTaint(t, taint));
}
