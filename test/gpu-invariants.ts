import { GpuNodeDaemon } from '../lib/gpu-node-daemon';
import { HOSTNAME_LABEL, NVIDIA_GPU_RESOURCE, toleratesTaint } from '../lib/gpu-scheduling';
import { GpuWorkload } from '../lib/gpu-workload';
import { RenderedCluster } from '../synth/render';

/**
 * The GPU invariants of a rendered cluster, checked from the output and the construct tree (not
 * by the policy pass under test): nothing but GPU workloads and declared GPU-node daemons
 * tolerates any GPU node's taint; every pod that requests GPUs is a GPU workload, selects a GPU
 * node, and asks for no more GPUs than that node has. Returns one line per violation.
 */
export function gpuInvariantViolations(cluster: RenderedCluster): string[] {
  const gpuNodes = cluster.model.nodes.filter((n) => n.gpu);
  const taints = gpuNodes.flatMap((n) => n.taints.filter((t) => t.effect !== 'PreferNoSchedule'));
  const out: string[] = [];
  for (const { manifest, source } of cluster.objects) {
    const m = manifest as any;
    const name = `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
    const pod = m.spec?.template?.spec;
    const tolerations: any[] = pod?.tolerations ?? m.spec?.values?.tolerations ?? [];
    const declared = GpuWorkload.isInside(source) || GpuNodeDaemon.enclosing(source) !== undefined;
    if (!declared && tolerations.some((t) => taints.some((taint) => toleratesTaint(t, taint)))) out.push(`${name} tolerates a GPU node's taint`);
    const gpus = (pod?.containers ?? []).reduce((sum: number, c: any) => sum + Number(c.resources?.limits?.[NVIDIA_GPU_RESOURCE] ?? 0), 0);
    if (gpus === 0) continue;
    if (!GpuWorkload.isInside(source)) out.push(`${name} requests GPUs outside a GpuWorkload`);
    const node = gpuNodes.find((n) => n.name === pod.nodeSelector?.[HOSTNAME_LABEL]);
    if (!node) out.push(`${name} requests GPUs but selects no GPU node`);
    else if (gpus > node.gpu!.count) out.push(`${name} requests ${gpus} GPUs on ${node.name}, which has ${node.gpu!.count}`);
  }
  return out;
}
