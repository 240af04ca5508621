import { Construct, IConstruct } from 'constructs';
import { GpuScheduling } from './gpu-scheduling';
import { HardenedContainerProps, HardenedDeployment, HardenedDeploymentProps } from './hardened-deployment';
import { PodPlacement } from './pod-placement';

export interface GpuWorkloadProps extends Omit<HardenedDeploymentProps, 'placement' | 'replicas' | 'strategy'> {
  /** The GPU node the workload runs on, from `GpuScheduling.forNode`. */
  readonly gpu: GpuScheduling;
  /** GPUs the first container requests (and is limited to). @default 1 */
  readonly gpus?: number;
}

/**
 * A workload that needs GPUs: one replica on the GPU node, tolerating exactly that node's taints,
 * selecting it by hostname, using the `nvidia` runtime and requesting `nvidia.com/gpu`. All of it
 * is derived from the node model; a single-GPU pod is replaced with `Recreate` because two pods
 * cannot hold the same GPU during a rolling update.
 */
export class GpuWorkload extends Construct {
  /** True when `construct` is, or sits inside, a GpuWorkload. */
  static isInside(construct: IConstruct): boolean {
    return construct.node.scopes.some((s) => s instanceof GpuWorkload);
  }

  readonly workload: HardenedDeployment;
  readonly gpus: number;
  /** The GPU node the workload runs on. */
  readonly gpu: GpuScheduling;

  constructor(scope: Construct, id: string, props: GpuWorkloadProps) {
    super(scope, id);
    const gpus = props.gpus ?? 1;
    if (!Number.isInteger(gpus) || gpus < 1) {
      throw new Error(`${props.name}.gpus: ${gpus} is not a GPU count; a GPU workload requests at least 1`);
    }
    if (gpus > props.gpu.capacity) {
      throw new Error(`${props.name}.gpus: ${gpus} exceeds the ${props.gpu.capacity} GPU(s) of node "${props.gpu.nodeName}"`);
    }
    this.gpus = gpus;
    this.gpu = props.gpu;
    const [first, ...rest] = props.containers;
    const containers: HardenedContainerProps[] = [{ ...first, extendedResources: { ...first.extendedResources, [props.gpu.resourceName]: gpus } }, ...rest];
    this.workload = new HardenedDeployment(this, 'workload', {
      ...props,
      containers,
      replicas: 1,
      strategy: 'Recreate',
      // CoreDNS does not tolerate the GPU taint: by default the pods use the GPU node's own resolver.
      dnsPolicy: props.dnsPolicy ?? 'Default',
      placement: PodPlacement.gpuWorkload(props.gpu),
    });
  }
}
