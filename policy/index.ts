import { RenderedCluster } from '../lib/rendered';
import { ClusterIndex } from './cluster-index';
import { Finding, finding } from './finding';
import { fluxGraphFindings } from './flux-graph';
import { flowFindings } from './flows';
import { gpuDaemonReasonFindings, gpuFindings } from './gpu';
import { hygieneFindings } from './hygiene';
import { podSecurityFindings } from './pod-security';
import { validateSchemas } from './schema';
import { secretFindings } from './secrets';

/** Every rule over every synthesized object and file of one cluster, before anything is written; rules live here only. */
export function validateCluster(cluster: RenderedCluster): Finding[] {
  const index = new ClusterIndex(cluster.objects);
  const schemaErrors = validateSchemas(cluster.objects.map((o) => o.manifest));
  return [
    ...cluster.objects.flatMap((o) => (schemaErrors.get(o.manifest) ?? []).map((e) => finding('schema', 'error', o, e.path, e.message))),
    ...podSecurityFindings(cluster.objects),
    ...hygieneFindings(index),
    ...fluxGraphFindings(index, cluster.files),
    ...flowFindings(index, cluster.objects, cluster.model),
    ...gpuFindings(cluster.objects, cluster.model),
    ...gpuDaemonReasonFindings(cluster.objects, cluster.model),
    ...secretFindings(index, cluster.files, cluster.model.name),
    ...modelWarnings(cluster),
  ];
}

/** Things that work but that an operator should know about. */
function modelWarnings(cluster: RenderedCluster): Finding[] {
  const { gpuInference, name } = cluster.model;
  if (!gpuInference || gpuInference.model.sha256) return [];
  const message = 'the ONNX model is fetched without a checksum: set sha256 so a changed file is refused';
  return [{ rule: 'model/unpinned-artifact', severity: 'warning', object: 'model', path: 'gpuInference.model.sha256', message, cluster: name }];
}
