import { Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { ClusterModel } from '../model/schema';
import { FluxLayer } from './flux-layer';

/**
 * The scope of one Flux layer inside a cluster: every chart built in it is written to
 * `dist/<cluster>/<layer>/`. The layer is where a chart sits, never an argument of the chart.
 */
export class LayerScope extends Construct {
  /** The layer whose scope encloses `construct`; throws when it sits in none. */
  static enclosing(construct: IConstruct): FluxLayer {
    const scope = construct.node.scopes.find((s): s is LayerScope => s instanceof LayerScope);
    if (!scope) throw new Error(`${construct.node.path}: a layer chart is built inside a Flux layer (OceanidCluster.layer(...)), not at the cluster's root`);
    return scope.layer;
  }

  constructor(
    scope: Construct,
    /** The Flux layer this scope stands for. */
    readonly layer: FluxLayer,
  ) {
    super(scope, layer.name);
  }
}

export interface LayerChartProps {
  /** The validated cluster model. */
  readonly model: ClusterModel;
}

/**
 * A chart of one component. Its objects are written to `dist/<cluster>/<layer>/<chart id>.yaml`,
 * where the layer is the `LayerScope` it is built in.
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
    this.layer = LayerScope.enclosing(this);
  }
}
