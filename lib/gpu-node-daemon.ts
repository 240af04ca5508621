import { Construct, IConstruct } from 'constructs';
import { GpuScheduling } from './gpu-scheduling';
import { PodPlacement } from './pod-placement';

/** Annotation that carries a GPU-node daemon's reason on its pods and objects, for reviewers of dist/. */
export const GPU_NODE_REASON_ANNOTATION = 'oceanid.io/gpu-node-reason';

export interface GpuNodeDaemonProps {
  /** The GPU nodes the daemon sits beside (every GPU node for the device plugin). */
  readonly nodes: GpuScheduling[];
  /** Why this daemon must run on the GPU node; shown by the policy pass and in the docs. */
  readonly reason: string;
  /** Whether the daemon's pods use the `nvidia` runtime (the device plugin does). @default false */
  readonly useGpuRuntime?: boolean;
}

/**
 * Declares that what is built inside it may tolerate the GPU node's taint without requesting a
 * GPU: the few daemons that must run beside GPU work (the device plugin, the node tunnel
 * connector). The policy pass rejects any other pod that tolerates the taint, and any of these
 * whose pods do not carry the reason as the annotation `oceanid.io/gpu-node-reason`.
 */
export class GpuNodeDaemon extends Construct {
  /** The GpuNodeDaemon that `construct` sits inside, if any. */
  static enclosing(construct: IConstruct): GpuNodeDaemon | undefined {
    return construct.node.scopes.find((s): s is GpuNodeDaemon => s instanceof GpuNodeDaemon);
  }

  readonly nodes: readonly GpuScheduling[];
  readonly reason: string;
  /** Tolerations and node selection for the daemon's pods. */
  readonly placement: PodPlacement;

  constructor(scope: Construct, id: string, props: GpuNodeDaemonProps) {
    super(scope, id);
    if (props.nodes.length === 0) throw new Error(`${id}.nodes: a GPU-node daemon sits beside at least one GPU node`);
    const names = props.nodes.map((n) => `"${n.nodeName}"`).join(', ');
    if (props.reason.trim().length < 10) {
      throw new Error(`${id}.reason: say why this daemon must run on GPU node ${names}`);
    }
    this.nodes = props.nodes;
    this.reason = props.reason;
    this.placement = PodPlacement.gpuNodeDaemon(props.nodes, props.useGpuRuntime ?? false);
  }

  /** The reason as annotations, for the daemon's pod templates and the objects that render them. */
  get annotations(): Record<string, string> {
    return { [GPU_NODE_REASON_ANNOTATION]: this.reason };
  }
}
