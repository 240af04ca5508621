/**
 * What each Helm chart the cluster runs installs, by name only: enough for the rehearsal to model
 * helm-controller's ownership check (helm/helm pkg/action/validate.go, `checkOwnership`: an existing
 * object must carry `app.kubernetes.io/managed-by: Helm` and the release's
 * `meta.helm.sh/release-name`/`-namespace` annotations, or the install is refused), drift
 * correction and uninstall.
 */
export interface ChartObject {
  readonly kind: 'Deployment' | 'DaemonSet' | 'CustomResourceDefinition' | 'Service';
  /** The object's name; `{release}` is the release name. */
  readonly name: string;
  readonly clusterScoped?: boolean;
}

export const CHART_OBJECTS: Record<string, readonly ChartObject[]> = {
  'cert-manager': [
    { kind: 'Deployment', name: 'cert-manager' },
    { kind: 'Deployment', name: 'cert-manager-cainjector' },
    { kind: 'Deployment', name: 'cert-manager-webhook' },
    { kind: 'Service', name: 'cert-manager' },
    { kind: 'Service', name: 'cert-manager-webhook' },
    { kind: 'CustomResourceDefinition', name: 'certificates.cert-manager.io', clusterScoped: true },
    { kind: 'CustomResourceDefinition', name: 'clusterissuers.cert-manager.io', clusterScoped: true },
    { kind: 'CustomResourceDefinition', name: 'issuers.cert-manager.io', clusterScoped: true },
  ],
  'external-secrets': [
    { kind: 'Deployment', name: '{release}' },
    { kind: 'Deployment', name: '{release}-webhook' },
    { kind: 'Deployment', name: '{release}-cert-controller' },
    { kind: 'CustomResourceDefinition', name: 'externalsecrets.external-secrets.io', clusterScoped: true },
    { kind: 'CustomResourceDefinition', name: 'clustersecretstores.external-secrets.io', clusterScoped: true },
  ],
  'cloudnative-pg': [
    { kind: 'Deployment', name: '{release}' },
    { kind: 'CustomResourceDefinition', name: 'clusters.postgresql.cnpg.io', clusterScoped: true },
  ],
  'nvidia-device-plugin': [{ kind: 'DaemonSet', name: '{release}' }],
  'pulumi-kubernetes-operator': [
    { kind: 'Deployment', name: '{release}' },
    { kind: 'CustomResourceDefinition', name: 'stacks.pulumi.com', clusterScoped: true },
  ],
};

/** The Helm release a HelmRelease manages (helm-controller v2: `spec.releaseName`, else `<targetNamespace>-<name>` or `<name>`). */
export function releaseName(hr: { metadata: { name: string }; spec?: any }): string {
  if (hr.spec?.releaseName) return hr.spec.releaseName;
  return hr.spec?.targetNamespace ? `${hr.spec.targetNamespace}-${hr.metadata.name}` : hr.metadata.name;
}

/** The chart a HelmRelease installs: `spec.chart.spec.chart`, or the chart artifact `spec.chartRef` names (an OCIRepository of that chart). */
export function chartName(hr: { metadata: { name: string }; spec?: any }): string {
  return hr.spec?.chart?.spec?.chart ?? hr.spec?.chartRef?.name ?? hr.metadata.name;
}
