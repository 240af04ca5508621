import { ApiObject } from 'cdk8s';
export class HelmRelease extends ApiObject {
    static GVK = {
        apiVersion: 'helm.toolkit.fluxcd.io/v2',
        kind: 'HelmRelease',
    };
    static manifest(props = {}) {
        return {
            ...HelmRelease.GVK,
            ...toJson_HelmReleaseProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...HelmRelease.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HelmRelease.GVK,
            ...toJson_HelmReleaseProps(resolved),
        };
    }
}
export function toJson_HelmReleaseProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HelmReleaseSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': toJson_HelmReleaseSpecChart(obj.chart),
        'chartRef': toJson_HelmReleaseSpecChartRef(obj.chartRef),
        'commonMetadata': toJson_HelmReleaseSpecCommonMetadata(obj.commonMetadata),
        'dependsOn': obj.dependsOn?.map(y => toJson_HelmReleaseSpecDependsOn(y)),
        'driftDetection': toJson_HelmReleaseSpecDriftDetection(obj.driftDetection),
        'install': toJson_HelmReleaseSpecInstall(obj.install),
        'interval': obj.interval,
        'kubeConfig': toJson_HelmReleaseSpecKubeConfig(obj.kubeConfig),
        'maxHistory': obj.maxHistory,
        'persistentClient': obj.persistentClient,
        'postRenderers': obj.postRenderers?.map(y => toJson_HelmReleaseSpecPostRenderers(y)),
        'releaseName': obj.releaseName,
        'rollback': toJson_HelmReleaseSpecRollback(obj.rollback),
        'serviceAccountName': obj.serviceAccountName,
        'storageNamespace': obj.storageNamespace,
        'suspend': obj.suspend,
        'targetNamespace': obj.targetNamespace,
        'test': toJson_HelmReleaseSpecTest(obj.test),
        'timeout': obj.timeout,
        'uninstall': toJson_HelmReleaseSpecUninstall(obj.uninstall),
        'upgrade': toJson_HelmReleaseSpecUpgrade(obj.upgrade),
        'values': obj.values,
        'valuesFrom': obj.valuesFrom?.map(y => toJson_HelmReleaseSpecValuesFrom(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecChart(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_HelmReleaseSpecChartMetadata(obj.metadata),
        'spec': toJson_HelmReleaseSpecChartSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecChartRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecCommonMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecDependsOn(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'readyExpr': obj.readyExpr,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecDriftDetection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore?.map(y => toJson_HelmReleaseSpecDriftDetectionIgnore(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecInstall(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crds': obj.crds,
        'createNamespace': obj.createNamespace,
        'disableHooks': obj.disableHooks,
        'disableOpenAPIValidation': obj.disableOpenApiValidation,
        'disableSchemaValidation': obj.disableSchemaValidation,
        'disableTakeOwnership': obj.disableTakeOwnership,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'remediation': toJson_HelmReleaseSpecInstallRemediation(obj.remediation),
        'replace': obj.replace,
        'skipCRDs': obj.skipCrDs,
        'strategy': toJson_HelmReleaseSpecInstallStrategy(obj.strategy),
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecKubeConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_HelmReleaseSpecKubeConfigConfigMapRef(obj.configMapRef),
        'secretRef': toJson_HelmReleaseSpecKubeConfigSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecPostRenderers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kustomize': toJson_HelmReleaseSpecPostRenderersKustomize(obj.kustomize),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecRollback(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cleanupOnFail': obj.cleanupOnFail,
        'disableHooks': obj.disableHooks,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'force': obj.force,
        'recreate': obj.recreate,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecTest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enable': obj.enable,
        'filters': obj.filters?.map(y => toJson_HelmReleaseSpecTestFilters(y)),
        'ignoreFailures': obj.ignoreFailures,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecUninstall(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deletionPropagation': obj.deletionPropagation,
        'disableHooks': obj.disableHooks,
        'disableWait': obj.disableWait,
        'keepHistory': obj.keepHistory,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecUpgrade(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cleanupOnFail': obj.cleanupOnFail,
        'crds': obj.crds,
        'disableHooks': obj.disableHooks,
        'disableOpenAPIValidation': obj.disableOpenApiValidation,
        'disableSchemaValidation': obj.disableSchemaValidation,
        'disableTakeOwnership': obj.disableTakeOwnership,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'force': obj.force,
        'preserveValues': obj.preserveValues,
        'remediation': toJson_HelmReleaseSpecUpgradeRemediation(obj.remediation),
        'strategy': toJson_HelmReleaseSpecUpgradeStrategy(obj.strategy),
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecValuesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
        'optional': obj.optional,
        'targetPath': obj.targetPath,
        'valuesKey': obj.valuesKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecChartMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecChartSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'ignoreMissingValuesFiles': obj.ignoreMissingValuesFiles,
        'interval': obj.interval,
        'reconcileStrategy': obj.reconcileStrategy,
        'sourceRef': toJson_HelmReleaseSpecChartSpecSourceRef(obj.sourceRef),
        'valuesFiles': obj.valuesFiles?.map(y => y),
        'verify': toJson_HelmReleaseSpecChartSpecVerify(obj.verify),
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecChartRefKind;
(function (HelmReleaseSpecChartRefKind) {
    HelmReleaseSpecChartRefKind["OCI_REPOSITORY"] = "OCIRepository";
    HelmReleaseSpecChartRefKind["HELM_CHART"] = "HelmChart";
    HelmReleaseSpecChartRefKind["EXTERNAL_ARTIFACT"] = "ExternalArtifact";
})(HelmReleaseSpecChartRefKind || (HelmReleaseSpecChartRefKind = {}));
export function toJson_HelmReleaseSpecDriftDetectionIgnore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'paths': obj.paths?.map(y => y),
        'target': toJson_HelmReleaseSpecDriftDetectionIgnoreTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecDriftDetectionMode;
(function (HelmReleaseSpecDriftDetectionMode) {
    HelmReleaseSpecDriftDetectionMode["ENABLED"] = "enabled";
    HelmReleaseSpecDriftDetectionMode["WARN"] = "warn";
    HelmReleaseSpecDriftDetectionMode["DISABLED"] = "disabled";
})(HelmReleaseSpecDriftDetectionMode || (HelmReleaseSpecDriftDetectionMode = {}));
export var HelmReleaseSpecInstallCrds;
(function (HelmReleaseSpecInstallCrds) {
    HelmReleaseSpecInstallCrds["SKIP"] = "Skip";
    HelmReleaseSpecInstallCrds["CREATE"] = "Create";
    HelmReleaseSpecInstallCrds["CREATE_REPLACE"] = "CreateReplace";
})(HelmReleaseSpecInstallCrds || (HelmReleaseSpecInstallCrds = {}));
export function toJson_HelmReleaseSpecInstallRemediation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignoreTestFailures': obj.ignoreTestFailures,
        'remediateLastFailure': obj.remediateLastFailure,
        'retries': obj.retries,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecInstallStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'retryInterval': obj.retryInterval,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecKubeConfigConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecKubeConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecPostRenderersKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'images': obj.images?.map(y => toJson_HelmReleaseSpecPostRenderersKustomizeImages(y)),
        'patches': obj.patches?.map(y => toJson_HelmReleaseSpecPostRenderersKustomizePatches(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecTestFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecUninstallDeletionPropagation;
(function (HelmReleaseSpecUninstallDeletionPropagation) {
    HelmReleaseSpecUninstallDeletionPropagation["BACKGROUND"] = "background";
    HelmReleaseSpecUninstallDeletionPropagation["FOREGROUND"] = "foreground";
    HelmReleaseSpecUninstallDeletionPropagation["ORPHAN"] = "orphan";
})(HelmReleaseSpecUninstallDeletionPropagation || (HelmReleaseSpecUninstallDeletionPropagation = {}));
export var HelmReleaseSpecUpgradeCrds;
(function (HelmReleaseSpecUpgradeCrds) {
    HelmReleaseSpecUpgradeCrds["SKIP"] = "Skip";
    HelmReleaseSpecUpgradeCrds["CREATE"] = "Create";
    HelmReleaseSpecUpgradeCrds["CREATE_REPLACE"] = "CreateReplace";
})(HelmReleaseSpecUpgradeCrds || (HelmReleaseSpecUpgradeCrds = {}));
export function toJson_HelmReleaseSpecUpgradeRemediation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignoreTestFailures': obj.ignoreTestFailures,
        'remediateLastFailure': obj.remediateLastFailure,
        'retries': obj.retries,
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecUpgradeStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'retryInterval': obj.retryInterval,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecValuesFromKind;
(function (HelmReleaseSpecValuesFromKind) {
    HelmReleaseSpecValuesFromKind["SECRET"] = "Secret";
    HelmReleaseSpecValuesFromKind["CONFIG_MAP"] = "ConfigMap";
})(HelmReleaseSpecValuesFromKind || (HelmReleaseSpecValuesFromKind = {}));
export var HelmReleaseSpecChartSpecReconcileStrategy;
(function (HelmReleaseSpecChartSpecReconcileStrategy) {
    HelmReleaseSpecChartSpecReconcileStrategy["CHART_VERSION"] = "ChartVersion";
    HelmReleaseSpecChartSpecReconcileStrategy["REVISION"] = "Revision";
})(HelmReleaseSpecChartSpecReconcileStrategy || (HelmReleaseSpecChartSpecReconcileStrategy = {}));
export function toJson_HelmReleaseSpecChartSpecSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecChartSpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provider': obj.provider,
        'secretRef': toJson_HelmReleaseSpecChartSpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecDriftDetectionIgnoreTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecInstallStrategyName;
(function (HelmReleaseSpecInstallStrategyName) {
    HelmReleaseSpecInstallStrategyName["REMEDIATE_ON_FAILURE"] = "RemediateOnFailure";
    HelmReleaseSpecInstallStrategyName["RETRY_ON_FAILURE"] = "RetryOnFailure";
})(HelmReleaseSpecInstallStrategyName || (HelmReleaseSpecInstallStrategyName = {}));
export function toJson_HelmReleaseSpecPostRenderersKustomizeImages(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digest': obj.digest,
        'name': obj.name,
        'newName': obj.newName,
        'newTag': obj.newTag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecPostRenderersKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch,
        'target': toJson_HelmReleaseSpecPostRenderersKustomizePatchesTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseSpecUpgradeRemediationStrategy;
(function (HelmReleaseSpecUpgradeRemediationStrategy) {
    HelmReleaseSpecUpgradeRemediationStrategy["ROLLBACK"] = "rollback";
    HelmReleaseSpecUpgradeRemediationStrategy["UNINSTALL"] = "uninstall";
})(HelmReleaseSpecUpgradeRemediationStrategy || (HelmReleaseSpecUpgradeRemediationStrategy = {}));
export var HelmReleaseSpecUpgradeStrategyName;
(function (HelmReleaseSpecUpgradeStrategyName) {
    HelmReleaseSpecUpgradeStrategyName["REMEDIATE_ON_FAILURE"] = "RemediateOnFailure";
    HelmReleaseSpecUpgradeStrategyName["RETRY_ON_FAILURE"] = "RetryOnFailure";
})(HelmReleaseSpecUpgradeStrategyName || (HelmReleaseSpecUpgradeStrategyName = {}));
export var HelmReleaseSpecChartSpecSourceRefKind;
(function (HelmReleaseSpecChartSpecSourceRefKind) {
    HelmReleaseSpecChartSpecSourceRefKind["HELM_REPOSITORY"] = "HelmRepository";
    HelmReleaseSpecChartSpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
    HelmReleaseSpecChartSpecSourceRefKind["BUCKET"] = "Bucket";
})(HelmReleaseSpecChartSpecSourceRefKind || (HelmReleaseSpecChartSpecSourceRefKind = {}));
export var HelmReleaseSpecChartSpecVerifyProvider;
(function (HelmReleaseSpecChartSpecVerifyProvider) {
    HelmReleaseSpecChartSpecVerifyProvider["COSIGN"] = "cosign";
    HelmReleaseSpecChartSpecVerifyProvider["NOTATION"] = "notation";
})(HelmReleaseSpecChartSpecVerifyProvider || (HelmReleaseSpecChartSpecVerifyProvider = {}));
export function toJson_HelmReleaseSpecChartSpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseSpecPostRenderersKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class HelmReleaseV2Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'helm.toolkit.fluxcd.io/v2beta2',
        kind: 'HelmRelease',
    };
    static manifest(props = {}) {
        return {
            ...HelmReleaseV2Beta2.GVK,
            ...toJson_HelmReleaseV2Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...HelmReleaseV2Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HelmReleaseV2Beta2.GVK,
            ...toJson_HelmReleaseV2Beta2Props(resolved),
        };
    }
}
export function toJson_HelmReleaseV2Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HelmReleaseV2Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': toJson_HelmReleaseV2Beta2SpecChart(obj.chart),
        'chartRef': toJson_HelmReleaseV2Beta2SpecChartRef(obj.chartRef),
        'dependsOn': obj.dependsOn?.map(y => toJson_HelmReleaseV2Beta2SpecDependsOn(y)),
        'driftDetection': toJson_HelmReleaseV2Beta2SpecDriftDetection(obj.driftDetection),
        'install': toJson_HelmReleaseV2Beta2SpecInstall(obj.install),
        'interval': obj.interval,
        'kubeConfig': toJson_HelmReleaseV2Beta2SpecKubeConfig(obj.kubeConfig),
        'maxHistory': obj.maxHistory,
        'persistentClient': obj.persistentClient,
        'postRenderers': obj.postRenderers?.map(y => toJson_HelmReleaseV2Beta2SpecPostRenderers(y)),
        'releaseName': obj.releaseName,
        'rollback': toJson_HelmReleaseV2Beta2SpecRollback(obj.rollback),
        'serviceAccountName': obj.serviceAccountName,
        'storageNamespace': obj.storageNamespace,
        'suspend': obj.suspend,
        'targetNamespace': obj.targetNamespace,
        'test': toJson_HelmReleaseV2Beta2SpecTest(obj.test),
        'timeout': obj.timeout,
        'uninstall': toJson_HelmReleaseV2Beta2SpecUninstall(obj.uninstall),
        'upgrade': toJson_HelmReleaseV2Beta2SpecUpgrade(obj.upgrade),
        'values': obj.values,
        'valuesFrom': obj.valuesFrom?.map(y => toJson_HelmReleaseV2Beta2SpecValuesFrom(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecChart(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_HelmReleaseV2Beta2SpecChartMetadata(obj.metadata),
        'spec': toJson_HelmReleaseV2Beta2SpecChartSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecChartRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecDependsOn(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecDriftDetection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore?.map(y => toJson_HelmReleaseV2Beta2SpecDriftDetectionIgnore(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecInstall(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crds': obj.crds,
        'createNamespace': obj.createNamespace,
        'disableHooks': obj.disableHooks,
        'disableOpenAPIValidation': obj.disableOpenApiValidation,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'remediation': toJson_HelmReleaseV2Beta2SpecInstallRemediation(obj.remediation),
        'replace': obj.replace,
        'skipCRDs': obj.skipCrDs,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecKubeConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_HelmReleaseV2Beta2SpecKubeConfigConfigMapRef(obj.configMapRef),
        'secretRef': toJson_HelmReleaseV2Beta2SpecKubeConfigSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kustomize': toJson_HelmReleaseV2Beta2SpecPostRenderersKustomize(obj.kustomize),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecRollback(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cleanupOnFail': obj.cleanupOnFail,
        'disableHooks': obj.disableHooks,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'force': obj.force,
        'recreate': obj.recreate,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecTest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enable': obj.enable,
        'filters': obj.filters?.map(y => toJson_HelmReleaseV2Beta2SpecTestFilters(y)),
        'ignoreFailures': obj.ignoreFailures,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecUninstall(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deletionPropagation': obj.deletionPropagation,
        'disableHooks': obj.disableHooks,
        'disableWait': obj.disableWait,
        'keepHistory': obj.keepHistory,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecUpgrade(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cleanupOnFail': obj.cleanupOnFail,
        'crds': obj.crds,
        'disableHooks': obj.disableHooks,
        'disableOpenAPIValidation': obj.disableOpenApiValidation,
        'disableWait': obj.disableWait,
        'disableWaitForJobs': obj.disableWaitForJobs,
        'force': obj.force,
        'preserveValues': obj.preserveValues,
        'remediation': toJson_HelmReleaseV2Beta2SpecUpgradeRemediation(obj.remediation),
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecValuesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
        'optional': obj.optional,
        'targetPath': obj.targetPath,
        'valuesKey': obj.valuesKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecChartMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecChartSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'ignoreMissingValuesFiles': obj.ignoreMissingValuesFiles,
        'interval': obj.interval,
        'reconcileStrategy': obj.reconcileStrategy,
        'sourceRef': toJson_HelmReleaseV2Beta2SpecChartSpecSourceRef(obj.sourceRef),
        'valuesFile': obj.valuesFile,
        'valuesFiles': obj.valuesFiles?.map(y => y),
        'verify': toJson_HelmReleaseV2Beta2SpecChartSpecVerify(obj.verify),
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecChartRefKind;
(function (HelmReleaseV2Beta2SpecChartRefKind) {
    HelmReleaseV2Beta2SpecChartRefKind["OCI_REPOSITORY"] = "OCIRepository";
    HelmReleaseV2Beta2SpecChartRefKind["HELM_CHART"] = "HelmChart";
})(HelmReleaseV2Beta2SpecChartRefKind || (HelmReleaseV2Beta2SpecChartRefKind = {}));
export function toJson_HelmReleaseV2Beta2SpecDriftDetectionIgnore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'paths': obj.paths?.map(y => y),
        'target': toJson_HelmReleaseV2Beta2SpecDriftDetectionIgnoreTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecDriftDetectionMode;
(function (HelmReleaseV2Beta2SpecDriftDetectionMode) {
    HelmReleaseV2Beta2SpecDriftDetectionMode["ENABLED"] = "enabled";
    HelmReleaseV2Beta2SpecDriftDetectionMode["WARN"] = "warn";
    HelmReleaseV2Beta2SpecDriftDetectionMode["DISABLED"] = "disabled";
})(HelmReleaseV2Beta2SpecDriftDetectionMode || (HelmReleaseV2Beta2SpecDriftDetectionMode = {}));
export var HelmReleaseV2Beta2SpecInstallCrds;
(function (HelmReleaseV2Beta2SpecInstallCrds) {
    HelmReleaseV2Beta2SpecInstallCrds["SKIP"] = "Skip";
    HelmReleaseV2Beta2SpecInstallCrds["CREATE"] = "Create";
    HelmReleaseV2Beta2SpecInstallCrds["CREATE_REPLACE"] = "CreateReplace";
})(HelmReleaseV2Beta2SpecInstallCrds || (HelmReleaseV2Beta2SpecInstallCrds = {}));
export function toJson_HelmReleaseV2Beta2SpecInstallRemediation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignoreTestFailures': obj.ignoreTestFailures,
        'remediateLastFailure': obj.remediateLastFailure,
        'retries': obj.retries,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecKubeConfigConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecKubeConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'images': obj.images?.map(y => toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizeImages(y)),
        'patches': obj.patches?.map(y => toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatches(y)),
        'patchesJson6902': obj.patchesJson6902?.map(y => toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902(y)),
        'patchesStrategicMerge': obj.patchesStrategicMerge?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecTestFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecUninstallDeletionPropagation;
(function (HelmReleaseV2Beta2SpecUninstallDeletionPropagation) {
    HelmReleaseV2Beta2SpecUninstallDeletionPropagation["BACKGROUND"] = "background";
    HelmReleaseV2Beta2SpecUninstallDeletionPropagation["FOREGROUND"] = "foreground";
    HelmReleaseV2Beta2SpecUninstallDeletionPropagation["ORPHAN"] = "orphan";
})(HelmReleaseV2Beta2SpecUninstallDeletionPropagation || (HelmReleaseV2Beta2SpecUninstallDeletionPropagation = {}));
export var HelmReleaseV2Beta2SpecUpgradeCrds;
(function (HelmReleaseV2Beta2SpecUpgradeCrds) {
    HelmReleaseV2Beta2SpecUpgradeCrds["SKIP"] = "Skip";
    HelmReleaseV2Beta2SpecUpgradeCrds["CREATE"] = "Create";
    HelmReleaseV2Beta2SpecUpgradeCrds["CREATE_REPLACE"] = "CreateReplace";
})(HelmReleaseV2Beta2SpecUpgradeCrds || (HelmReleaseV2Beta2SpecUpgradeCrds = {}));
export function toJson_HelmReleaseV2Beta2SpecUpgradeRemediation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignoreTestFailures': obj.ignoreTestFailures,
        'remediateLastFailure': obj.remediateLastFailure,
        'retries': obj.retries,
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecValuesFromKind;
(function (HelmReleaseV2Beta2SpecValuesFromKind) {
    HelmReleaseV2Beta2SpecValuesFromKind["SECRET"] = "Secret";
    HelmReleaseV2Beta2SpecValuesFromKind["CONFIG_MAP"] = "ConfigMap";
})(HelmReleaseV2Beta2SpecValuesFromKind || (HelmReleaseV2Beta2SpecValuesFromKind = {}));
export var HelmReleaseV2Beta2SpecChartSpecReconcileStrategy;
(function (HelmReleaseV2Beta2SpecChartSpecReconcileStrategy) {
    HelmReleaseV2Beta2SpecChartSpecReconcileStrategy["CHART_VERSION"] = "ChartVersion";
    HelmReleaseV2Beta2SpecChartSpecReconcileStrategy["REVISION"] = "Revision";
})(HelmReleaseV2Beta2SpecChartSpecReconcileStrategy || (HelmReleaseV2Beta2SpecChartSpecReconcileStrategy = {}));
export function toJson_HelmReleaseV2Beta2SpecChartSpecSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecChartSpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provider': obj.provider,
        'secretRef': toJson_HelmReleaseV2Beta2SpecChartSpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecDriftDetectionIgnoreTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizeImages(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digest': obj.digest,
        'name': obj.name,
        'newName': obj.newName,
        'newTag': obj.newTag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch,
        'target': toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch?.map(y => toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902Patch(y)),
        'target': toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902Target(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecUpgradeRemediationStrategy;
(function (HelmReleaseV2Beta2SpecUpgradeRemediationStrategy) {
    HelmReleaseV2Beta2SpecUpgradeRemediationStrategy["ROLLBACK"] = "rollback";
    HelmReleaseV2Beta2SpecUpgradeRemediationStrategy["UNINSTALL"] = "uninstall";
})(HelmReleaseV2Beta2SpecUpgradeRemediationStrategy || (HelmReleaseV2Beta2SpecUpgradeRemediationStrategy = {}));
export var HelmReleaseV2Beta2SpecChartSpecSourceRefKind;
(function (HelmReleaseV2Beta2SpecChartSpecSourceRefKind) {
    HelmReleaseV2Beta2SpecChartSpecSourceRefKind["HELM_REPOSITORY"] = "HelmRepository";
    HelmReleaseV2Beta2SpecChartSpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
    HelmReleaseV2Beta2SpecChartSpecSourceRefKind["BUCKET"] = "Bucket";
})(HelmReleaseV2Beta2SpecChartSpecSourceRefKind || (HelmReleaseV2Beta2SpecChartSpecSourceRefKind = {}));
export var HelmReleaseV2Beta2SpecChartSpecVerifyProvider;
(function (HelmReleaseV2Beta2SpecChartSpecVerifyProvider) {
    HelmReleaseV2Beta2SpecChartSpecVerifyProvider["COSIGN"] = "cosign";
    HelmReleaseV2Beta2SpecChartSpecVerifyProvider["NOTATION"] = "notation";
})(HelmReleaseV2Beta2SpecChartSpecVerifyProvider || (HelmReleaseV2Beta2SpecChartSpecVerifyProvider = {}));
export function toJson_HelmReleaseV2Beta2SpecChartSpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902Patch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'op': obj.op,
        'path': obj.path,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902Target(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp;
(function (HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp) {
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["TEST"] = "test";
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["REMOVE"] = "remove";
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["ADD"] = "add";
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["REPLACE"] = "replace";
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["MOVE"] = "move";
    HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp["COPY"] = "copy";
})(HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp || (HelmReleaseV2Beta2SpecPostRenderersKustomizePatchesJson6902PatchOp = {}));
