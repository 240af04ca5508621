import { Affinity, Toleration, TopologySpreadConstraint } from '../imports/k8s';
import { GpuScheduling, HOSTNAME_LABEL } from './gpu-scheduling';

/** Where a pod may run: the scheduling fields of a pod spec, built only by the factories below. */
export class PodPlacement {
  /** Anywhere the scheduler likes; tainted nodes stay out of reach. */
  static anywhere(): PodPlacement {
    return new PodPlacement({});
  }

  /**
   * Spread replicas one per node over `nodes` (required, not preferred: two replicas on one node
   * would make a node loss an outage).
   */
  static spreadAcross(nodes: readonly string[], matchLabels: Record<string, string>): PodPlacement {
    if (nodes.length < 2) throw new Error(`spreadAcross: needs at least two nodes, got ${nodes.length}`);
    return new PodPlacement({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: HOSTNAME_LABEL, operator: 'In', values: [...nodes] }] }],
          },
        },
      },
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: HOSTNAME_LABEL, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels } }],
    });
  }

  /** On the GPU node, using the GPU runtime: for pods that request GPUs. */
  static gpuWorkload(gpu: GpuScheduling): PodPlacement {
    return new PodPlacement({ tolerations: gpu.tolerations, nodeSelector: gpu.nodeSelector, runtimeClassName: gpu.runtimeClassName });
  }

  /**
   * On the GPU nodes beside GPU work (one node: selected by hostname; several: by a required
   * hostname affinity), tolerating their taints, without the GPU runtime unless asked for.
   */
  static gpuNodeDaemon(nodes: readonly GpuScheduling[], useGpuRuntime: boolean): PodPlacement {
    if (nodes.length === 0) throw new Error('gpuNodeDaemon: needs at least one GPU node');
    return new PodPlacement({
      tolerations: GpuScheduling.tolerationsOf(nodes),
      nodeSelector: nodes.length === 1 ? nodes[0].nodeSelector : undefined,
      affinity: nodes.length > 1 ? GpuScheduling.requiredNodeAffinity(nodes) : undefined,
      runtimeClassName: useGpuRuntime ? nodes[0].runtimeClassName : undefined,
    });
  }

  private constructor(private readonly fields: PlacementFields) {}

  get tolerations(): Toleration[] | undefined {
    return this.fields.tolerations;
  }
  get nodeSelector(): Record<string, string> | undefined {
    return this.fields.nodeSelector;
  }
  get runtimeClassName(): string | undefined {
    return this.fields.runtimeClassName;
  }
  get affinity(): Affinity | undefined {
    return this.fields.affinity;
  }
  get topologySpreadConstraints(): TopologySpreadConstraint[] | undefined {
    return this.fields.topologySpreadConstraints;
  }
}

interface PlacementFields {
  readonly tolerations?: Toleration[];
  readonly nodeSelector?: Record<string, string>;
  readonly runtimeClassName?: string;
  readonly affinity?: Affinity;
  readonly topologySpreadConstraints?: TopologySpreadConstraint[];
}
