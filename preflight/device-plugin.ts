import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { objectId } from '../policy/finding';
import { helmReleaseKey } from './helm-releases';
import { readyAfter } from './kustomizations';
import { finding, retire } from './report';

/** NVIDIA's device plugin image (nvcr.io/nvidia/k8s-device-plugin), whatever the registry mirror. */
const DEVICE_PLUGIN_IMAGE = /(^|\/)k8s-device-plugin(:|@|$)/;

/** The nodes a DaemonSet's pods are pinned to (node selector or required hostname affinity), or "every node it tolerates". */
function pinnedNodes(ds: any): string {
  const spec = ds.spec?.template?.spec ?? {};
  const hostnames = new Set<string>();
  if (spec.nodeSelector?.['kubernetes.io/hostname']) hostnames.add(spec.nodeSelector['kubernetes.io/hostname']);
  for (const term of spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [])
    for (const e of term.matchExpressions ?? [])
      if (e.key === 'kubernetes.io/hostname' && e.operator === 'In') for (const v of e.values ?? []) hostnames.add(v);
  return hostnames.size ? [...hostnames].join(', ') : 'every node it tolerates';
}

/** The live DaemonSets that run NVIDIA's plugin image and that no rendered Helm release owns, with that image. */
export function handMadeDevicePlugins(rendered: RenderedCluster, liveObjects: readonly any[]): { ds: any; image: string }[] {
  const releaseKeys = new Set(rendered.objects.filter((o) => o.manifest.kind === 'HelmRelease').map((o) => helmReleaseKey(o.manifest)));
  return liveObjects.flatMap((ds) => {
    if (ds.kind !== 'DaemonSet') return [];
    const image = (ds.spec?.template?.spec?.containers ?? []).map((c: any) => c.image ?? '').find((i: string) => DEVICE_PLUGIN_IMAGE.test(i.split('@')[0]));
    const a = ds.metadata.annotations ?? {};
    return image && !releaseKeys.has(`${a['meta.helm.sh/release-namespace']}/${a['meta.helm.sh/release-name']}`) ? [{ ds, image }] : [];
  });
}

/**
 * A second NVIDIA device plugin beside the rendered one: a live DaemonSet running NVIDIA's plugin
 * image that no rendered Helm release owns (e.g. NVIDIA's static DaemonSet applied by hand in
 * kube-system). Two plugins register the same nvidia.com/gpu resource with one kubelet; the
 * hand-made one keeps the GPU advertised until the rendered one is Ready, then it goes.
 */
export function devicePluginFindings(rendered: RenderedCluster, liveObjects: readonly any[]): Finding[] {
  const releases = rendered.objects.filter((o) => o.manifest.kind === 'HelmRelease');
  const plugin = releases.find((o) => {
    const spec = (o.manifest as any).spec ?? {};
    return /device-plugin/.test(spec.chart?.spec?.chart ?? spec.chartRef?.name ?? '');
  });
  const findings: Finding[] = [];
  for (const { ds, image } of handMadeDevicePlugins(rendered, liveObjects)) {
    const nodes = pinnedNodes(ds);
    const ready = `${ds.status?.numberReady ?? 0}/${ds.status?.desiredNumberScheduled ?? 0} ready`;
    if (!plugin) {
      findings.push(
        finding('info', 'gpu/device-plugin', objectId(ds), `runs the NVIDIA device plugin (${image}) on ${nodes}, ${ready}; nothing rendered replaces it`),
      );
      continue;
    }
    findings.push(
      retire(
        readyAfter(rendered, (o) => o === plugin)!,
        'gpu/device-plugin',
        objectId(ds),
        `a second NVIDIA device plugin (${image}) on ${nodes}, ${ready}, beside the rendered ${objectId(plugin.manifest)}: both register nvidia.com/gpu with the kubelet of the same node, and nothing renders this one`,
        `keep it until the rendered plugin's pod runs on the node (kubectl -n ${plugin.manifest.metadata.namespace} get pods -o wide), then kubectl -n ${ds.metadata.namespace} delete daemonset ${ds.metadata.name}`,
      ),
    );
  }
  return findings;
}
