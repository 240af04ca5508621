import { Construct } from 'constructs';
import { Component } from '../lib/component';
import { FluxLayer } from '../lib/flux-layer';
import { LayerScope } from '../lib/layer-chart';
import { ClusterModel } from '../model/schema';
import { COMPONENTS } from './components';
import { FluxSync } from './flux-sync';

export interface OceanidClusterProps {
  /** The validated cluster model. */
  readonly model: ClusterModel;
  /** The component table to walk. @default COMPONENTS, every component of charts/components.ts */
  readonly components?: readonly Component<unknown>[];
}

/**
 * One cluster: its Flux sync and every component of the table whose model block is present,
 * each built in the scope of its Flux layer. Chart ids become file names under
 * `dist/<cluster>/<layer>/`.
 */
export class OceanidCluster extends Construct {
  readonly model: ClusterModel;
  private readonly layers = new Map<FluxLayer, LayerScope>();

  constructor(scope: Construct, id: string, props: OceanidClusterProps) {
    super(scope, id);
    const model = props.model;
    this.model = model;
    new FluxSync(this, 'flux-sync', { model });
    for (const row of props.components ?? COMPONENTS) {
      const block = row.block(model);
      if (block !== undefined) new row.chart(this.layer(row.layer), row.name, { model, block });
    }
  }

  /** The scope of `layer` in this cluster: a chart built in it is written to that layer's folder. */
  layer(layer: FluxLayer): LayerScope {
    let scope = this.layers.get(layer);
    if (!scope) {
      scope = new LayerScope(this, layer);
      this.layers.set(layer, scope);
    }
    return scope;
  }
}
