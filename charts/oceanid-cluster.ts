import { Construct } from 'constructs';
import { Component } from '../lib/component';
import { FluxLayer } from '../lib/flux-layer';
import { LayerScope } from '../lib/layer-chart';
import { ClusterModel } from '../model/schema';
import { COMPONENTS } from './components';
import { FluxSync } from './flux-sync';

/** Keys of the model that describe the cluster itself rather than a component. */
const CLUSTER_KEYS: readonly string[] = ['name', 'k3sVersion', 'repository', 'baseDomain', 'nodes', 'images'];

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
    // The model's top-level keys the rows' block functions read: a block none of them reads would be silently ignored.
    const read = new Set<string>(CLUSTER_KEYS);
    const watched = new Proxy(model, { get: (target, key, receiver) => (typeof key === 'string' && read.add(key), Reflect.get(target, key, receiver)) });
    const rows = props.components ?? COMPONENTS;
    for (const row of [...rows.filter((r) => !r.buildLast), ...rows.filter((r) => r.buildLast)]) {
      const block = row.block(watched);
      if (block !== undefined) new row.chart(this.layer(row.layer), row.name, { model, block });
    }
    const unread = (Object.keys(model) as (keyof ClusterModel)[]).filter((key) => model[key] !== undefined && !read.has(key));
    if (unread.length > 0) {
      throw new Error(
        `${unread[0]}: no component reads this block: add its row to charts/components.ts (block: (m) => m.${unread[0]}) or remove the block from the model`,
      );
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
