/**
 * One Flux Kustomization of a cluster: a folder `dist/<cluster>/<name>/` applied after the
 * layers it depends on. The order follows the Flux reference layout: controllers (and their
 * CRDs) first, then the configuration that uses those CRDs, then the apps.
 */
export class FluxLayer {
  static readonly INFRA_CONTROLLERS = new FluxLayer('infra-controllers', [], 'Helm-installed controllers, their CRDs, namespaces and chart sources');
  static readonly INFRA_CONFIGS = new FluxLayer('infra-configs', [FluxLayer.INFRA_CONTROLLERS], 'cluster-wide custom resources of those controllers');
  static readonly APPS = new FluxLayer('apps', [FluxLayer.INFRA_CONFIGS], 'the Oceanid workloads');

  /** Every layer in apply order. */
  static readonly ALL: readonly FluxLayer[] = [FluxLayer.INFRA_CONTROLLERS, FluxLayer.INFRA_CONFIGS, FluxLayer.APPS];

  private constructor(
    /** Kustomization name and folder name. */
    readonly name: string,
    /** Layers that must be ready first. */
    readonly dependsOn: readonly FluxLayer[],
    readonly description: string,
  ) {}
}
