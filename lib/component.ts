import { Construct } from 'constructs';
import { ClusterModel } from '../model/schema';
import { FluxLayer } from './flux-layer';
import { LayerChart, LayerChartProps } from './layer-chart';

export interface ComponentProps<Block> extends LayerChartProps {
  /** The component's block of the model; its presence is what turned the component on. */
  readonly block: Block;
}

/** A chart class that builds one component: `(scope, id, props)` like every construct. */
export type ComponentChart<Block> = new (scope: Construct, id: string, props: ComponentProps<Block>) => LayerChart;

/**
 * One row of the component table: what the component is called (its chart id and the name of
 * its file in `dist/<cluster>/<layer>/` and in `charts/<layer>/`), the Flux layer it belongs
 * to, the model block that turns it on, and the chart that builds it.
 */
export interface Component<Block> {
  /** Chart id, output file name and source file name (kebab case). */
  readonly name: string;
  /** The Flux layer: the folder of its chart under `charts/` and of its output under `dist/<cluster>/`. */
  readonly layer: FluxLayer;
  /** The component's model block; `undefined` turns the component off for that cluster. */
  readonly block: (model: ClusterModel) => Block | undefined;
  /** The chart class that builds the component from its block. */
  readonly chart: ComponentChart<Block>;
}

/** A table row, typed by its block (the table holds rows of different blocks). */
export function component<Block>(row: Component<Block>): Component<unknown> {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(row.name)) throw new Error(`component "${row.name}": the name is a kebab-case file name`);
  return row as unknown as Component<unknown>;
}
