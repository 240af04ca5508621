/**
 * The in-cluster URL of a Service, by its cluster-DNS name `<service>.<namespace>.svc.cluster.local`
 * (fully qualified, so it resolves the same from any namespace).
 * `path` is appended as given, e.g. `/webhook`.
 */
export function clusterServiceUrl(service: string, namespace: string, port: number, path = ''): string {
  return `http://${service}.${namespace}.svc.cluster.local:${port}${path}`;
}
