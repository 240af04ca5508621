import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterModel } from '../model/schema';

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

export interface LayerChartProps {
  /** The validated cluster model. */
  readonly model: ClusterModel;
  /** The Flux Kustomization whose folder the chart is written to. */
  readonly layer: FluxLayer;
}

/**
 * A chart of one component in one Flux layer. Its objects are written to
 * `dist/<cluster>/<layer>/<chart id>.yaml`.
 */
export class LayerChart extends Chart {
  /** Type guard. cdk8s gives Chart a `Symbol.hasInstance` that every subclass inherits, so `instanceof` would match any chart. */
  static isLayerChart(x: unknown): x is LayerChart {
    return typeof x === 'object' && x !== null && LayerChart.prototype.isPrototypeOf(x);
  }

  readonly model: ClusterModel;
  readonly layer: FluxLayer;

  constructor(scope: Construct, id: string, props: LayerChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    this.model = props.model;
    this.layer = props.layer;
  }
}
