import type { ClusterModel } from './schema';

/** A public hostname of the cluster: a component block's `hostname`, left of the base domain (`label.boathou.se`). */
export function publicHostname(model: Pick<ClusterModel, 'baseDomain'>, prefix: string): string {
  return `${prefix}.${model.baseDomain}`;
}
