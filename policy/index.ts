import { RenderedCluster } from '../synth/render';
import { Finding } from './finding';
import { gpuFindings } from './gpu';

export { formatFinding } from './finding';
export type { Finding } from './finding';

/**
 * The policy pass: every rule over every synthesized object of one cluster, run before anything
 * is written. Rules live here and nowhere else; charts and constructs do not special-case them.
 */
export function validateCluster(cluster: RenderedCluster): Finding[] {
  return [...gpuFindings(cluster.objects, cluster.model)];
}
