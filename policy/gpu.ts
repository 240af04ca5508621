import { Toleration } from '../imports/k8s';
import { GPU_NODE_REASON_ANNOTATION, GpuNodeDaemon } from '../lib/gpu-node-daemon';
import { GpuScheduling, HOSTNAME_LABEL, NVIDIA_GPU_RESOURCE, NVIDIA_RUNTIME_CLASS, toleratesTaint } from '../lib/gpu-scheduling';
import { GpuWorkload } from '../lib/gpu-workload';
import { RenderedObject } from '../lib/rendered';
import { ClusterModel } from '../model/schema';
import { taintString } from '../model/taint';
import { Json, spec } from './cluster-index';
import { Finding, finding } from './finding';
import { affinityHostnames, containersOf, podTemplates } from './pod-templates';

/** A HelmRelease's values, where charts take their tolerations and pod annotations. */
function helmValues(obj: RenderedObject): Json | undefined {
  return obj.manifest.kind === 'HelmRelease' ? spec(obj.manifest).values : undefined;
}

/**
 * GPU isolation: only GpuWorkload and GpuNodeDaemon constructs may tolerate a GPU node's taint or
 * select a GPU node, every GPU request is a GpuWorkload placed exactly as the model says, and no
 * pod asks for more GPUs than its node has (`gpuNodes[].capacity`). Checked against the model.
 */
export function gpuFindings(objects: readonly RenderedObject[], model: ClusterModel): Finding[] {
  const gpuNodes = GpuScheduling.allNodes(model);
  const findings: Finding[] = [];
  for (const obj of objects) {
    const add = (rule: string, path: string, message: string) => findings.push(finding(rule, 'error', obj, path, message));
    const isGpuConstruct = GpuWorkload.isInside(obj.source) || GpuNodeDaemon.enclosing(obj.source) !== undefined;
    const neither = 'is neither a GpuWorkload nor a GpuNodeDaemon';
    let reportedToleration = false;
    /** One finding per object, at its first toleration of a GPU taint, naming every GPU node it tolerates. */
    const checkTolerations = (tolerations: Toleration[], path: string) => {
      if (isGpuConstruct || reportedToleration) return;
      for (const [i, toleration] of tolerations.entries()) {
        const tolerated = gpuNodes.flatMap((gpu) => {
          const taint = gpu.taints.find((t) => toleratesTaint(toleration, t));
          return taint ? [`${taintString(taint)} of GPU node "${gpu.nodeName}"`] : [];
        });
        if (tolerated.length === 0) continue;
        reportedToleration = true;
        const fix = 'remove the toleration, or declare the daemon with GpuNodeDaemon and a reason';
        add('gpu/undeclared-toleration', `${path}[${i}]`, `tolerates ${tolerated.join(', ')} but ${neither}: ${fix}`);
        return;
      }
    };

    checkTolerations(helmValues(obj)?.tolerations ?? [], 'spec.values.tolerations');
    for (const template of podTemplates(obj.manifest)) {
      const spec = template.spec;
      checkTolerations(spec.tolerations ?? [], `${template.path}.tolerations`);
      const selected = spec.nodeSelector?.[HOSTNAME_LABEL];
      const selectedGpu = gpuNodes.find((g) => g.nodeName === selected);
      if (selectedGpu && !isGpuConstruct)
        add('gpu/pinned-to-gpu-node', `${template.path}.nodeSelector`, `selects GPU node "${selected}" but ${neither}: remove the node selector`);
      const affinityNodes = affinityHostnames(spec);
      const affinityGpu = gpuNodes.filter((g) => affinityNodes.includes(g.nodeName)).map((g) => `"${g.nodeName}"`);
      const affinityMessage = `requires GPU node(s) ${affinityGpu.join(', ')} but ${neither}: remove them from the affinity`;
      if (affinityGpu.length > 0 && !isGpuConstruct) add('gpu/pinned-to-gpu-node', `${template.path}.affinity.nodeAffinity`, affinityMessage);

      const requested = containersOf(template).reduce((sum, { container }) => sum + (Number(container.resources?.limits?.[NVIDIA_GPU_RESOURCE] ?? 0) || 0), 0);
      if (requested === 0) continue;
      if (!GpuWorkload.isInside(obj.source)) {
        const fix = 'build it with GpuWorkload so placement is derived from the model';
        add('gpu/request-outside-workload', `${template.path}.containers`, `requests ${NVIDIA_GPU_RESOURCE} outside a GpuWorkload construct: ${fix}`);
        continue;
      }
      if (!selectedGpu) {
        const message = `requests GPUs but does not select a GPU node by ${HOSTNAME_LABEL} (GPU nodes: ${gpuNodes.map((g) => g.nodeName).join(', ') || 'none'})`;
        add('gpu/workload-placement', `${template.path}.nodeSelector`, message);
        continue;
      }
      for (const taint of selectedGpu.taints) {
        if (!(spec.tolerations ?? []).some((t) => toleratesTaint(t, taint)))
          add('gpu/workload-placement', `${template.path}.tolerations`, `does not tolerate ${taintString(taint)} of node "${selectedGpu.nodeName}"`);
      }
      if (spec.runtimeClassName !== NVIDIA_RUNTIME_CLASS) {
        const found = JSON.stringify(spec.runtimeClassName ?? null);
        add('gpu/workload-placement', `${template.path}.runtimeClassName`, `GPU pods run with runtimeClassName "${NVIDIA_RUNTIME_CLASS}", found ${found}`);
      }
      if (requested > selectedGpu.capacity)
        add('gpu/over-capacity', `${template.path}.containers`, `requests ${requested} GPUs but node "${selectedGpu.nodeName}" has ${selectedGpu.capacity}`);
    }
  }
  return findings;
}

/**
 * Every pod that tolerates a GPU node's taint without requesting a GPU carries its GpuNodeDaemon's
 * reason as `oceanid.io/gpu-node-reason`: on the pod template, or for a HelmRelease in
 * `values.podAnnotations`. Tolerating without a GpuNodeDaemon is gpu/undeclared-toleration's finding.
 */
export function gpuDaemonReasonFindings(objects: readonly RenderedObject[], model: ClusterModel): Finding[] {
  const taints = GpuScheduling.allNodes(model).flatMap((g) => g.taints);
  if (taints.length === 0) return [];
  const toleratesGpu = (tolerations: Toleration[] | undefined) => (tolerations ?? []).some((t) => taints.some((taint) => toleratesTaint(t, taint)));
  const findings: Finding[] = [];
  for (const obj of objects) {
    const expected = GpuNodeDaemon.enclosing(obj.source)?.reason;
    const check = (annotations: Record<string, string> | undefined, path: string) => {
      const found = annotations?.[GPU_NODE_REASON_ANNOTATION];
      if (found && (expected === undefined || found === expected)) return;
      const what = found
        ? `carries ${GPU_NODE_REASON_ANNOTATION} "${found}", not its GpuNodeDaemon's reason`
        : `has no ${GPU_NODE_REASON_ANNOTATION} annotation`;
      const message = `tolerates a GPU node's taint without requesting a GPU but ${what}: build it inside a GpuNodeDaemon and keep the annotations it adds`;
      findings.push(finding('gpu/daemon-reason', 'error', obj, path, message));
    };
    const values = helmValues(obj);
    if (toleratesGpu(values?.tolerations)) check(values?.podAnnotations, 'spec.values.podAnnotations');
    for (const template of podTemplates(obj.manifest)) {
      if (!toleratesGpu(template.spec.tolerations)) continue;
      const requestsGpu = containersOf(template).some(({ container }) => container.resources?.limits?.[NVIDIA_GPU_RESOURCE] !== undefined);
      if (!requestsGpu) check(template.annotations, `${template.metadataPath}.annotations`);
    }
  }
  return findings;
}
