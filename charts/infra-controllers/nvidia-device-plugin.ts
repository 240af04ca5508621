import { Construct } from 'constructs';
import { ComponentProps } from '../../lib/component';
import { GpuNodeDaemon } from '../../lib/gpu-node-daemon';
import { GpuScheduling } from '../../lib/gpu-scheduling';
import { LayerChart } from '../../lib/layer-chart';
import { HelmReleaseFromChart } from '../../lib/helm-release-from-chart';
import { OceanidNamespace } from '../../lib/oceanid-namespace';
import { ClusterModel } from '../../model/schema';

export const DEVICE_PLUGIN_NAMESPACE = 'nvidia-device-plugin';

/**
 * The NVIDIA device plugin, which advertises `nvidia.com/gpu` on every GPU node. Its chart
 * tolerates only `nvidia.com/gpu` and selects nodes by NFD labels by default, so neither default
 * is kept: tolerations and node selection come from the GPU nodes' model. Its block is the list
 * of GPU nodes (the nodes' `gpu` blocks), so a cluster without one has no device plugin.
 */
export class NvidiaDevicePlugin extends LayerChart {
  /** The GPU nodes of `model`, or undefined when it has none: the device plugin's block. */
  static gpuNodes(model: ClusterModel): GpuScheduling[] | undefined {
    const nodes = GpuScheduling.allNodes(model);
    return nodes.length > 0 ? nodes : undefined;
  }

  constructor(scope: Construct, id: string, props: ComponentProps<GpuScheduling[]>) {
    super(scope, id, props);
    const gpuNodes = props.block;
    if (gpuNodes.length === 0) throw new Error('nodes: the device plugin is rendered only for a cluster with a GPU node');
    new OceanidNamespace(this, 'namespace', {
      name: DEVICE_PLUGIN_NAMESPACE,
      podSecurity: 'privileged',
      podSecurityReason:
        'The device plugin mounts from the host the kubelet device-plugin socket directory (/var/lib/kubelet/device-plugins), the MPS root /run/nvidia/mps and its shm, and /var/run/cdi (chart 0.19.3 daemonset-device-plugin.yml); hostPath volumes are forbidden by baseline and restricted.',
    });
    const daemon = new GpuNodeDaemon(this, 'daemon', {
      nodes: gpuNodes,
      useGpuRuntime: true,
      reason: 'advertises the node GPUs to the kubelet as nvidia.com/gpu; without it no GPU can be requested',
    });
    new HelmReleaseFromChart(daemon, 'release', {
      name: 'nvidia-device-plugin',
      namespace: DEVICE_PLUGIN_NAMESPACE,
      chart: props.model.charts.nvidiaDevicePlugin,
      crds: 'Skip',
      values: {
        runtimeClassName: daemon.placement.runtimeClassName,
        // The chart's templates/daemonset-device-plugin.yml puts these on the plugin's pods.
        podAnnotations: daemon.annotations,
        tolerations: daemon.placement.tolerations,
        nodeSelector: daemon.placement.nodeSelector,
        // Replaces the chart's default affinity on NFD labels (which GPU nodes need not carry): Helm
        // merges maps but replaces lists, so this nodeSelectorTerms list is the only one left.
        affinity: GpuScheduling.requiredNodeAffinity(gpuNodes),
        gfd: { enabled: false },
        nfd: { enabled: false },
        resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '128Mi' } },
      },
    });
  }
}
