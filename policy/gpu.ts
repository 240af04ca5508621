import { HelmReleaseSpec } from '../imports/flux-helmreleases-helm.toolkit.fluxcd.io';
import { Toleration } from '../imports/k8s';
import { GpuNodeDaemon } from '../lib/gpu-node-daemon';
import { GpuScheduling, HOSTNAME_LABEL, NVIDIA_GPU_RESOURCE, NVIDIA_RUNTIME_CLASS, toleratesTaint } from '../lib/gpu-scheduling';
import { GpuWorkload } from '../lib/gpu-workload';
import { ClusterModel } from '../model/schema';
import { taintString } from '../model/taint';
import { RenderedObject } from '../lib/rendered';
import { Finding, finding } from './finding';
import { containersOf, podTemplates } from './pod-templates';

/**
 * GPU isolation: only GpuWorkload and GpuNodeDaemon constructs may tolerate a GPU node's taint or
 * select a GPU node, every GPU request is a GpuWorkload placed exactly as the model says, and no
 * pod asks for more GPUs than its node has. Checked against the model, not against copied fields.
 */
export function gpuFindings(objects: readonly RenderedObject[], model: ClusterModel): Finding[] {
  const gpuNodes = GpuScheduling.allNodes(model);
  const findings: Finding[] = [];
  for (const obj of objects) {
    const inWorkload = GpuWorkload.isInside(obj.source);
    const daemon = GpuNodeDaemon.enclosing(obj.source);
    let reportedToleration = false;

    if (obj.manifest.kind === 'HelmRelease') {
      const values = (obj.manifest as unknown as { spec?: HelmReleaseSpec }).spec?.values as { tolerations?: Toleration[] } | undefined;
      checkTolerations(values?.tolerations ?? [], 'spec.values.tolerations');
    }
    for (const template of podTemplates(obj.manifest)) {
      const spec = template.spec;
      checkTolerations(spec.tolerations ?? [], `${template.path}.tolerations`);

      const selected = spec.nodeSelector?.[HOSTNAME_LABEL];
      const selectedGpu = gpuNodes.find((g) => g.nodeName === selected);
      if (selectedGpu && !inWorkload && !daemon) {
        findings.push(
          finding(
            'gpu/pinned-to-gpu-node',
            'error',
            obj,
            `${template.path}.nodeSelector`,
            `selects GPU node "${selected}" but is neither a GpuWorkload nor a GpuNodeDaemon: remove the node selector`,
          ),
        );
      }
      const affinityNodes = (spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [])
        .flatMap((term) => term.matchExpressions ?? [])
        .filter((e) => e.key === HOSTNAME_LABEL && e.operator === 'In')
        .flatMap((e) => e.values ?? []);
      const affinityGpu = gpuNodes.filter((g) => affinityNodes.includes(g.nodeName)).map((g) => g.nodeName);
      if (affinityGpu.length > 0 && !inWorkload && !daemon) {
        findings.push(
          finding(
            'gpu/pinned-to-gpu-node',
            'error',
            obj,
            `${template.path}.affinity.nodeAffinity`,
            `requires GPU node(s) ${affinityGpu.map((n) => `"${n}"`).join(', ')} but is neither a GpuWorkload nor a GpuNodeDaemon: ` +
              `remove them from the affinity`,
          ),
        );
      }

      const requested = containersOf(template).reduce((sum, { container }) => sum + gpuCount(container.resources?.limits?.[NVIDIA_GPU_RESOURCE]), 0);
      if (requested === 0) continue;
      if (!inWorkload) {
        findings.push(
          finding(
            'gpu/request-outside-workload',
            'error',
            obj,
            `${template.path}.containers`,
            `requests ${NVIDIA_GPU_RESOURCE} outside a GpuWorkload construct: build it with GpuWorkload so placement is derived from the model`,
          ),
        );
        continue;
      }
      if (!selectedGpu) {
        findings.push(
          finding(
            'gpu/workload-placement',
            'error',
            obj,
            `${template.path}.nodeSelector`,
            `requests GPUs but does not select a GPU node by ${HOSTNAME_LABEL} (GPU nodes: ${gpuNodes.map((g) => g.nodeName).join(', ') || 'none'})`,
          ),
        );
        continue;
      }
      for (const taint of selectedGpu.taints) {
        if (!(spec.tolerations ?? []).some((t) => toleratesTaint(t, taint))) {
          findings.push(
            finding(
              'gpu/workload-placement',
              'error',
              obj,
              `${template.path}.tolerations`,
              `does not tolerate ${taintString(taint)} of node "${selectedGpu.nodeName}"`,
            ),
          );
        }
      }
      if (spec.runtimeClassName !== NVIDIA_RUNTIME_CLASS) {
        findings.push(
          finding(
            'gpu/workload-placement',
            'error',
            obj,
            `${template.path}.runtimeClassName`,
            `GPU pods run with runtimeClassName "${NVIDIA_RUNTIME_CLASS}", found ${JSON.stringify(spec.runtimeClassName ?? null)}`,
          ),
        );
      }
      if (requested > selectedGpu.capacity) {
        findings.push(
          finding(
            'gpu/over-capacity',
            'error',
            obj,
            `${template.path}.containers`,
            `requests ${requested} GPUs but node "${selectedGpu.nodeName}" has ${selectedGpu.capacity}`,
          ),
        );
      }
    }

    /** One finding per object, at its first toleration of a GPU taint, naming every GPU node it tolerates. */
    function checkTolerations(tolerations: Toleration[], path: string): void {
      if (inWorkload || daemon || reportedToleration) return;
      for (const [i, toleration] of tolerations.entries()) {
        const tolerated = gpuNodes.flatMap((gpu) => {
          const taint = gpu.taints.find((t) => toleratesTaint(toleration, t));
          return taint ? [`${taintString(taint)} of GPU node "${gpu.nodeName}"`] : [];
        });
        if (tolerated.length === 0) continue;
        reportedToleration = true;
        findings.push(
          finding(
            'gpu/undeclared-toleration',
            'error',
            obj,
            `${path}[${i}]`,
            `tolerates ${tolerated.join(', ')} but is neither a GpuWorkload nor a GpuNodeDaemon: ` +
              `remove the toleration, or declare the daemon with GpuNodeDaemon and a reason`,
          ),
        );
        return;
      }
    }
  }
  return findings;
}

function gpuCount(value: unknown): number {
  if (value === undefined || value === null) return 0;
  const n = Number(typeof value === 'object' && 'value' in (value as object) ? (value as { value: unknown }).value : value);
  return Number.isFinite(n) ? n : 0;
}
