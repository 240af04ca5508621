import { HelmReleaseSpec } from '../imports/flux-helmreleases-helm.toolkit.fluxcd.io';
import { Toleration } from '../imports/k8s';
import { GPU_NODE_REASON_ANNOTATION, GpuNodeDaemon } from '../lib/gpu-node-daemon';
import { GpuScheduling, NVIDIA_GPU_RESOURCE, toleratesTaint } from '../lib/gpu-scheduling';
import { ClusterModel } from '../model/schema';
import { RenderedObject } from '../lib/rendered';
import { Finding, finding } from './finding';
import { containersOf, podTemplates } from './pod-templates';

/**
 * Every pod that tolerates a GPU node's taint without requesting a GPU carries its written
 * reason, the enclosing GpuNodeDaemon's, as the annotation `oceanid.io/gpu-node-reason`: on the
 * pod template, or for a HelmRelease in `values.podAnnotations` (the usual chart key). Tolerating
 * without a GpuNodeDaemon at all is `gpu/undeclared-toleration`'s finding.
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
      findings.push(
        finding(
          'gpu/daemon-reason',
          'error',
          obj,
          path,
          `tolerates a GPU node's taint without requesting a GPU but ${what}: build it inside a GpuNodeDaemon and keep the annotations it adds`,
        ),
      );
    };
    if (obj.manifest.kind === 'HelmRelease') {
      const values = (obj.manifest as unknown as { spec?: HelmReleaseSpec }).spec?.values as
        | { tolerations?: Toleration[]; podAnnotations?: Record<string, string> }
        | undefined;
      if (toleratesGpu(values?.tolerations)) check(values?.podAnnotations, 'spec.values.podAnnotations');
    }
    for (const template of podTemplates(obj.manifest)) {
      if (!toleratesGpu(template.spec.tolerations)) continue;
      const requestsGpu = containersOf(template).some(({ container }) => container.resources?.limits?.[NVIDIA_GPU_RESOURCE] !== undefined);
      if (!requestsGpu) check(template.annotations, `${template.path.replace(/\.spec$/, '')}.metadata.annotations`);
    }
  }
  return findings;
}
