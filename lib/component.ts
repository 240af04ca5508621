import { Construct } from 'constructs';
import type { z } from 'zod';
import { registerComponentBlock } from '../model/component-blocks';
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
  /**
   * Built after every other row: for a component that collects what the others declare (the
   * cluster tunnel routes every PublicRoute). @default false
   */
  readonly buildLast?: boolean;
}

/** A model block declared beside its component's chart: its key in the cluster model and its schema. */
export interface ModelBlockDeclaration<Block> {
  readonly key: string;
  readonly schema: z.ZodType<Block>;
}

/** A row as written in the table: its block is a function of the model, or a block declared beside the chart. */
export interface ComponentRow<Block> extends Omit<Component<Block>, 'block'> {
  readonly block: Component<Block>['block'] | ModelBlockDeclaration<Block>;
}

/** A table row, typed by its block (the table holds rows of different blocks). */
export function component<Block>(row: ComponentRow<Block>): Component<unknown> {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(row.name)) throw new Error(`component "${row.name}": the name is a kebab-case file name`);
  const block = typeof row.block === 'function' ? row.block : modelBlock(row.block.key, row.block.schema);
  return { ...row, block } as unknown as Component<unknown>;
}

/**
 * The block function of a component whose model block is declared beside its chart: the block
 * at `key` of the cluster model, validated by `schema` when the model is loaded (registered when
 * the component table is built).
 */
function modelBlock<Block>(key: string, schema: z.ZodType<Block>): (model: ClusterModel) => Block | undefined {
  registerComponentBlock(key, schema);
  return (model) => (model as unknown as Record<string, Block | undefined>)[key];
}
