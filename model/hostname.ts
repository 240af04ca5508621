import type { ClusterModel } from './schema';

/** A public hostname of the cluster: the model's label for it, left of the base domain (`label.boathou.se`). */
export function publicHostname(model: Pick<ClusterModel, 'hostnames' | 'baseDomain'>, key: keyof ClusterModel['hostnames']): string {
  return `${model.hostnames[key]}.${model.baseDomain}`;
}
