import { objectId } from '../policy/finding';
import { podTemplates } from '../policy/pod-templates';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { finding } from './report';

/**
 * Runtime: every RuntimeClass a rendered pod asks for (`nvidia` for GPU workloads) exists. K3s
 * registers `nvidia` itself when it finds the NVIDIA container runtime on a node.
 */
export function runtimeClassFindings(rendered: RenderedCluster, liveRuntimeClasses: readonly any[]): Finding[] {
  const users = new Map<string, string[]>();
  for (const o of rendered.objects) {
    for (const t of podTemplates(o.manifest)) {
      const name = t.spec.runtimeClassName;
      if (name) users.set(name, [...(users.get(name) ?? []), objectId(o.manifest)]);
    }
  }
  const live = new Set(liveRuntimeClasses.map((r) => r.metadata.name as string));
  return [...users].map(([name, objects]) =>
    live.has(name)
      ? finding('info', 'runtime/runtime-class', `RuntimeClass/${name}`, `exists (used by ${objects.join(', ')})`)
      : finding(
          'error',
          'runtime/runtime-class',
          `RuntimeClass/${name}`,
          `does not exist, and ${objects.join(', ')} cannot start without it`,
          'install the NVIDIA driver and nvidia-container-toolkit on the GPU node and restart k3s-agent there: K3s then registers the nvidia RuntimeClass',
        ),
  );
}
