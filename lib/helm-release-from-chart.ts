import { ApiObject } from 'cdk8s';
import { Construct, Node } from 'constructs';
import {
  HelmRelease,
  HelmReleaseSpec,
  HelmReleaseSpecChartRefKind,
  HelmReleaseSpecChartSpecSourceRefKind,
  HelmReleaseSpecDriftDetectionMode,
  HelmReleaseSpecInstallCrds,
  HelmReleaseSpecUpgradeCrds,
  HelmReleaseSpecUpgradeRemediationStrategy,
} from '../imports/flux-helmreleases-helm.toolkit.fluxcd.io';
import { HelmRepository } from '../imports/flux-helmrepositories-source.toolkit.fluxcd.io';
import { OciRepository, OciRepositorySpecLayerSelectorOperation } from '../imports/flux-ocirepositories-source.toolkit.fluxcd.io';
import { FLUX_NAMESPACE } from '../model/flux';
import { HelmChartModel } from '../model/schema';
import { GpuNodeDaemon } from './gpu-node-daemon';
import { partOfLabels } from './labels';

const HELM_CHART_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

export interface HelmReleaseFromChartProps {
  /** Release name. */
  readonly name: string;
  /** Namespace the release and its objects live in. */
  readonly namespace: string;
  /** Pinned chart from the model. */
  readonly chart: HelmChartModel;
  /** Chart values; keys must be ones the chart reads (see the chart's values.yaml). @default {} */
  readonly values?: Record<string, unknown>;
  /**
   * What to do with CRDs the chart ships. `CreateReplace` keeps them in step with the chart on
   * upgrades (Helm alone never upgrades CRDs). @default "CreateReplace"
   */
  readonly crds?: 'CreateReplace' | 'Skip';
  /** How long Helm waits for the release's objects to become ready. @default "10m" */
  readonly timeout?: string;
  /**
   * API groups whose CRDs the chart installs. The policy pass uses them to check that custom
   * resources of those groups are applied only by Kustomizations that depend on this one.
   * @default none
   */
  readonly crdGroups?: string[];
}

const CRD_GROUPS_METADATA = 'oceanid:crd-groups';

/**
 * A Flux HelmRelease of a pinned chart, with its source in flux-system: an OCIRepository when
 * the chart is published as an OCI artifact (no index to download), a HelmRepository otherwise.
 * Install and upgrade remediate with retries, drift is corrected, CRDs follow the chart.
 */
export class HelmReleaseFromChart extends Construct {
  /** The API groups whose CRDs the HelmRelease `release` installs (empty for other objects). */
  static crdGroupsOf(release: ApiObject): string[] {
    return Node.of(release)
      .metadata.filter((m) => m.type === CRD_GROUPS_METADATA)
      .flatMap((m) => m.data as string[]);
  }

  readonly release: HelmRelease;

  constructor(scope: Construct, id: string, props: HelmReleaseFromChartProps) {
    super(scope, id);
    const { chart } = props;
    const labels = partOfLabels();
    const crds = props.crds ?? 'CreateReplace';
    const sourceName = props.name;

    let chartSource: Pick<HelmReleaseSpec, 'chart' | 'chartRef'>;
    if (chart.repository.startsWith('oci://')) {
      if (!chart.repository.endsWith(`/${chart.chart}`)) {
        throw new Error(`charts: OCI repository "${chart.repository}" must end with the chart name "/${chart.chart}"`);
      }
      new OciRepository(this, 'source', {
        metadata: { name: sourceName, namespace: FLUX_NAMESPACE, labels },
        spec: {
          interval: '12h',
          url: chart.repository,
          ref: { tag: chart.version },
          layerSelector: { mediaType: HELM_CHART_MEDIA_TYPE, operation: OciRepositorySpecLayerSelectorOperation.COPY },
        },
      });
      chartSource = { chartRef: { kind: HelmReleaseSpecChartRefKind.OCI_REPOSITORY, name: sourceName, namespace: FLUX_NAMESPACE } };
    } else {
      new HelmRepository(this, 'source', {
        metadata: { name: sourceName, namespace: FLUX_NAMESPACE, labels },
        spec: { interval: '12h', url: chart.repository },
      });
      chartSource = {
        chart: {
          spec: {
            chart: chart.chart,
            version: chart.version,
            sourceRef: { kind: HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: sourceName, namespace: FLUX_NAMESPACE },
            interval: '12h',
          },
        },
      };
    }

    this.release = new HelmRelease(this, 'release', {
      metadata: { name: props.name, namespace: props.namespace, labels, annotations: GpuNodeDaemon.enclosing(this)?.annotations },
      spec: {
        ...chartSource,
        interval: '30m',
        timeout: props.timeout ?? '10m',
        releaseName: props.name,
        install: {
          crds: crds === 'CreateReplace' ? HelmReleaseSpecInstallCrds.CREATE_REPLACE : HelmReleaseSpecInstallCrds.SKIP,
          remediation: { retries: 3 },
        },
        upgrade: {
          crds: crds === 'CreateReplace' ? HelmReleaseSpecUpgradeCrds.CREATE_REPLACE : HelmReleaseSpecUpgradeCrds.SKIP,
          cleanupOnFail: true,
          remediation: { retries: 3, remediateLastFailure: true, strategy: HelmReleaseSpecUpgradeRemediationStrategy.ROLLBACK },
        },
        driftDetection: { mode: HelmReleaseSpecDriftDetectionMode.ENABLED },
        values: props.values ?? {},
      },
    });
    if (props.crdGroups && props.crdGroups.length > 0) {
      if (crds !== 'CreateReplace') throw new Error(`${props.name}.crdGroups: a release that installs CRDs needs crds "CreateReplace"`);
      Node.of(this.release).addMetadata(CRD_GROUPS_METADATA, [...props.crdGroups]);
    }
  }
}
