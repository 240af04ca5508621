import { Construct, IConstruct } from 'constructs';
import { GpuScheduling } from './gpu-scheduling';
import { PodPlacement } from './pod-placement';

export interface GpuNodeDaemonProps {
  /** The GPU node the daemon sits beside. */
  readonly gpu: GpuScheduling;
  /** Why this daemon must run on the GPU node; shown by the policy pass and in the docs. */
  readonly reason: string;
  /** Whether the daemon's pods use the `nvidia` runtime (the device plugin does). @default false */
  readonly useGpuRuntime?: boolean;
}

/**
 * Declares that what is built inside it may tolerate the GPU node's taint without requesting a
 * GPU: the few daemons that must run beside GPU work (the device plugin, the node tunnel
 * connector). The policy pass rejects any other pod that tolerates the taint.
 */
export class GpuNodeDaemon extends Construct {
  /** The GpuNodeDaemon that `construct` sits inside, if any. */
  static enclosing(construct: IConstruct): GpuNodeDaemon | undefined {
    return construct.node.scopes.find((s): s is GpuNodeDaemon => s instanceof GpuNodeDaemon);
  }

  readonly gpu: GpuScheduling;
  readonly reason: string;
  /** Tolerations and node selection for the daemon's pods. */
  readonly placement: PodPlacement;

  constructor(scope: Construct, id: string, props: GpuNodeDaemonProps) {
    super(scope, id);
    if (props.reason.trim().length < 10) {
      throw new Error(`${id}.reason: say why this daemon must run on GPU node "${props.gpu.nodeName}"`);
    }
    this.gpu = props.gpu;
    this.reason = props.reason;
    this.placement = PodPlacement.gpuNodeDaemon(props.gpu, props.useGpuRuntime ?? false);
  }
}
