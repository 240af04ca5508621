/**
 * The kind of a component, in the order of the Flux reference layout: controllers (and their
 * CRDs), then the configuration that uses those CRDs, then the apps. It names the folder of the
 * component's chart (`charts/<layer>/`) and sets how long its Flux Kustomization may take; what a
 * component's Kustomization waits for is read from its objects (lib/kustomization-dependencies.ts).
 */
export class FluxLayer {
  static readonly INFRA_CONTROLLERS = new FluxLayer('infra-controllers', '15m', 'Helm-installed controllers, their CRDs, namespaces and chart sources');
  static readonly INFRA_CONFIGS = new FluxLayer('infra-configs', '5m', 'cluster-wide custom resources of those controllers');
  static readonly APPS = new FluxLayer('apps', '10m', 'the Oceanid workloads');

  /** Every layer in order. */
  static readonly ALL: readonly FluxLayer[] = [FluxLayer.INFRA_CONTROLLERS, FluxLayer.INFRA_CONFIGS, FluxLayer.APPS];

  private constructor(
    /** Folder name under charts/. */
    readonly name: string,
    /** spec.timeout of the Kustomization of each component of this layer; controllers get longer because Helm installs and CRDs take time. */
    readonly timeout: string,
    readonly description: string,
  ) {}
}
