import type { z } from 'zod';

/**
 * Model blocks declared beside their component's chart (the chart file exports the block's
 * schema; the component table registers it through lib/component.ts `modelBlock`). The loader
 * validates each as an optional top-level block of the cluster model, as strictly as the blocks
 * of model/schema.ts.
 */
const blocks = new Map<string, z.ZodType>();

export function registerComponentBlock(key: string, schema: z.ZodType): void {
  const known = blocks.get(key);
  if (known && known !== schema) throw new Error(`model block "${key}" is declared by two components: rename one`);
  blocks.set(key, schema);
}

/** The registered blocks, by model key. */
export function componentBlocks(): ReadonlyMap<string, z.ZodType> {
  return blocks;
}
