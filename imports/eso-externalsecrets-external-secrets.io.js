import { ApiObject } from 'cdk8s';
export class ExternalSecret extends ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
    };
    static manifest(props = {}) {
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecret.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(resolved),
        };
    }
}
export function toJson_ExternalSecretProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretSpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretSpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretSpecSecretStoreRef(obj.secretStoreRef),
        'syncWindows': toJson_ExternalSecretSpecSyncWindows(obj.syncWindows),
        'target': toJson_ExternalSecretSpecTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretSpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretSpecDataSourceRef(obj.sourceRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretSpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretSpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretSpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretSpecDataFromSourceRef(obj.sourceRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecRefreshPolicy;
(function (ExternalSecretSpecRefreshPolicy) {
    ExternalSecretSpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    ExternalSecretSpecRefreshPolicy["PERIODIC"] = "Periodic";
    ExternalSecretSpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretSpecRefreshPolicy || (ExternalSecretSpecRefreshPolicy = {}));
export function toJson_ExternalSecretSpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecSyncWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'windows': obj.windows?.map(y => toJson_ExternalSecretSpecSyncWindowsWindows(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'manifest': toJson_ExternalSecretSpecTargetManifest(obj.manifest),
        'name': obj.name,
        'template': toJson_ExternalSecretSpecTargetTemplate(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataSourceRefStoreRef(obj.storeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretSpecDataFromFindName(obj.name),
        'nullBytePolicy': obj.nullBytePolicy,
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'merge': toJson_ExternalSecretSpecDataFromRewriteMerge(obj.merge),
        'regexp': toJson_ExternalSecretSpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretSpecDataFromRewriteTransform(obj.transform),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecSecretStoreRefKind;
(function (ExternalSecretSpecSecretStoreRefKind) {
    ExternalSecretSpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecSecretStoreRefKind || (ExternalSecretSpecSecretStoreRefKind = {}));
export var ExternalSecretSpecSyncWindowsKind;
(function (ExternalSecretSpecSyncWindowsKind) {
    ExternalSecretSpecSyncWindowsKind["ALLOW"] = "allow";
    ExternalSecretSpecSyncWindowsKind["DENY"] = "deny";
})(ExternalSecretSpecSyncWindowsKind || (ExternalSecretSpecSyncWindowsKind = {}));
export function toJson_ExternalSecretSpecSyncWindowsWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'schedule': obj.schedule,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecTargetCreationPolicy;
(function (ExternalSecretSpecTargetCreationPolicy) {
    ExternalSecretSpecTargetCreationPolicy["OWNER"] = "Owner";
    ExternalSecretSpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    ExternalSecretSpecTargetCreationPolicy["MERGE"] = "Merge";
    ExternalSecretSpecTargetCreationPolicy["NONE"] = "None";
    ExternalSecretSpecTargetCreationPolicy["CREATE_OR_MERGE"] = "CreateOrMerge";
})(ExternalSecretSpecTargetCreationPolicy || (ExternalSecretSpecTargetCreationPolicy = {}));
export var ExternalSecretSpecTargetDeletionPolicy;
(function (ExternalSecretSpecTargetDeletionPolicy) {
    ExternalSecretSpecTargetDeletionPolicy["DELETE"] = "Delete";
    ExternalSecretSpecTargetDeletionPolicy["MERGE"] = "Merge";
    ExternalSecretSpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretSpecTargetDeletionPolicy || (ExternalSecretSpecTargetDeletionPolicy = {}));
export function toJson_ExternalSecretSpecTargetManifest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretSpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecDataRemoteRefConversionStrategy;
(function (ExternalSecretSpecDataRemoteRefConversionStrategy) {
    ExternalSecretSpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataRemoteRefConversionStrategy || (ExternalSecretSpecDataRemoteRefConversionStrategy = {}));
export var ExternalSecretSpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretSpecDataRemoteRefDecodingStrategy) {
    ExternalSecretSpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataRemoteRefDecodingStrategy || (ExternalSecretSpecDataRemoteRefDecodingStrategy = {}));
export var ExternalSecretSpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretSpecDataRemoteRefMetadataPolicy) {
    ExternalSecretSpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    ExternalSecretSpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataRemoteRefMetadataPolicy || (ExternalSecretSpecDataRemoteRefMetadataPolicy = {}));
export var ExternalSecretSpecDataRemoteRefNullBytePolicy;
(function (ExternalSecretSpecDataRemoteRefNullBytePolicy) {
    ExternalSecretSpecDataRemoteRefNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataRemoteRefNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataRemoteRefNullBytePolicy || (ExternalSecretSpecDataRemoteRefNullBytePolicy = {}));
export function toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecDataFromExtractConversionStrategy;
(function (ExternalSecretSpecDataFromExtractConversionStrategy) {
    ExternalSecretSpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromExtractConversionStrategy || (ExternalSecretSpecDataFromExtractConversionStrategy = {}));
export var ExternalSecretSpecDataFromExtractDecodingStrategy;
(function (ExternalSecretSpecDataFromExtractDecodingStrategy) {
    ExternalSecretSpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromExtractDecodingStrategy || (ExternalSecretSpecDataFromExtractDecodingStrategy = {}));
export var ExternalSecretSpecDataFromExtractMetadataPolicy;
(function (ExternalSecretSpecDataFromExtractMetadataPolicy) {
    ExternalSecretSpecDataFromExtractMetadataPolicy["NONE"] = "None";
    ExternalSecretSpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataFromExtractMetadataPolicy || (ExternalSecretSpecDataFromExtractMetadataPolicy = {}));
export var ExternalSecretSpecDataFromExtractNullBytePolicy;
(function (ExternalSecretSpecDataFromExtractNullBytePolicy) {
    ExternalSecretSpecDataFromExtractNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromExtractNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromExtractNullBytePolicy || (ExternalSecretSpecDataFromExtractNullBytePolicy = {}));
export var ExternalSecretSpecDataFromFindConversionStrategy;
(function (ExternalSecretSpecDataFromFindConversionStrategy) {
    ExternalSecretSpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromFindConversionStrategy || (ExternalSecretSpecDataFromFindConversionStrategy = {}));
export var ExternalSecretSpecDataFromFindDecodingStrategy;
(function (ExternalSecretSpecDataFromFindDecodingStrategy) {
    ExternalSecretSpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromFindDecodingStrategy || (ExternalSecretSpecDataFromFindDecodingStrategy = {}));
export function toJson_ExternalSecretSpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecDataFromFindNullBytePolicy;
(function (ExternalSecretSpecDataFromFindNullBytePolicy) {
    ExternalSecretSpecDataFromFindNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromFindNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromFindNullBytePolicy || (ExternalSecretSpecDataFromFindNullBytePolicy = {}));
export function toJson_ExternalSecretSpecDataFromRewriteMerge(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conflictPolicy': obj.conflictPolicy,
        'into': obj.into,
        'priority': obj.priority?.map(y => y),
        'priorityPolicy': obj.priorityPolicy,
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecTargetTemplateEngineVersion;
(function (ExternalSecretSpecTargetTemplateEngineVersion) {
    ExternalSecretSpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretSpecTargetTemplateEngineVersion || (ExternalSecretSpecTargetTemplateEngineVersion = {}));
export var ExternalSecretSpecTargetTemplateMergePolicy;
(function (ExternalSecretSpecTargetTemplateMergePolicy) {
    ExternalSecretSpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    ExternalSecretSpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretSpecTargetTemplateMergePolicy || (ExternalSecretSpecTargetTemplateMergePolicy = {}));
export function toJson_ExternalSecretSpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'finalizers': obj.finalizers?.map(y => y),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
        'valuesDecodingStrategy': obj.valuesDecodingStrategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataSourceRefGeneratorRefKind) {
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataSourceRefGeneratorRefKind || (ExternalSecretSpecDataSourceRefGeneratorRefKind = {}));
export var ExternalSecretSpecDataSourceRefStoreRefKind;
(function (ExternalSecretSpecDataSourceRefStoreRefKind) {
    ExternalSecretSpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataSourceRefStoreRefKind || (ExternalSecretSpecDataSourceRefStoreRefKind = {}));
export var ExternalSecretSpecDataFromRewriteMergeConflictPolicy;
(function (ExternalSecretSpecDataFromRewriteMergeConflictPolicy) {
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["ERROR"] = "Error";
})(ExternalSecretSpecDataFromRewriteMergeConflictPolicy || (ExternalSecretSpecDataFromRewriteMergeConflictPolicy = {}));
export var ExternalSecretSpecDataFromRewriteMergePriorityPolicy;
(function (ExternalSecretSpecDataFromRewriteMergePriorityPolicy) {
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["IGNORE_NOT_FOUND"] = "IgnoreNotFound";
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["STRICT"] = "Strict";
})(ExternalSecretSpecDataFromRewriteMergePriorityPolicy || (ExternalSecretSpecDataFromRewriteMergePriorityPolicy = {}));
export var ExternalSecretSpecDataFromRewriteMergeStrategy;
(function (ExternalSecretSpecDataFromRewriteMergeStrategy) {
    ExternalSecretSpecDataFromRewriteMergeStrategy["EXTRACT"] = "Extract";
    ExternalSecretSpecDataFromRewriteMergeStrategy["JSON"] = "JSON";
})(ExternalSecretSpecDataFromRewriteMergeStrategy || (ExternalSecretSpecDataFromRewriteMergeStrategy = {}));
export var ExternalSecretSpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataFromSourceRefGeneratorRefKind) {
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataFromSourceRefGeneratorRefKind || (ExternalSecretSpecDataFromSourceRefGeneratorRefKind = {}));
export var ExternalSecretSpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretSpecDataFromSourceRefStoreRefKind) {
    ExternalSecretSpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataFromSourceRefStoreRefKind || (ExternalSecretSpecDataFromSourceRefStoreRefKind = {}));
export function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
(function (ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy) {
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy || (ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = {}));
export function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
export var ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs || (ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
export class ExternalSecretV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ExternalSecret',
    };
    static manifest(props = {}) {
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecretV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(resolved),
        };
    }
}
export function toJson_ExternalSecretV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretV1Beta1SpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretV1Beta1SpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj.secretStoreRef),
        'target': toJson_ExternalSecretV1Beta1SpecTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj.sourceRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretV1Beta1SpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretV1Beta1SpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj.sourceRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecRefreshPolicy;
(function (ExternalSecretV1Beta1SpecRefreshPolicy) {
    ExternalSecretV1Beta1SpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    ExternalSecretV1Beta1SpecRefreshPolicy["PERIODIC"] = "Periodic";
    ExternalSecretV1Beta1SpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretV1Beta1SpecRefreshPolicy || (ExternalSecretV1Beta1SpecRefreshPolicy = {}));
export function toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'name': obj.name,
        'template': toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj.storeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj.name),
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj.transform),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecSecretStoreRefKind;
(function (ExternalSecretV1Beta1SpecSecretStoreRefKind) {
    ExternalSecretV1Beta1SpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecSecretStoreRefKind || (ExternalSecretV1Beta1SpecSecretStoreRefKind = {}));
export var ExternalSecretV1Beta1SpecTargetCreationPolicy;
(function (ExternalSecretV1Beta1SpecTargetCreationPolicy) {
    ExternalSecretV1Beta1SpecTargetCreationPolicy["OWNER"] = "Owner";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["MERGE"] = "Merge";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecTargetCreationPolicy || (ExternalSecretV1Beta1SpecTargetCreationPolicy = {}));
export var ExternalSecretV1Beta1SpecTargetDeletionPolicy;
(function (ExternalSecretV1Beta1SpecTargetDeletionPolicy) {
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["DELETE"] = "Delete";
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["MERGE"] = "Merge";
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretV1Beta1SpecTargetDeletionPolicy || (ExternalSecretV1Beta1SpecTargetDeletionPolicy = {}));
export function toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy) {
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy || (ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = {}));
export var ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy || (ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = {}));
export var ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy) {
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy || (ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = {}));
export function toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy) {
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy || (ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = {}));
export var ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy || (ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = {}));
export var ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy) {
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["NONE"] = "None";
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy || (ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = {}));
export var ExternalSecretV1Beta1SpecDataFromFindConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindConversionStrategy) {
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromFindConversionStrategy || (ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = {}));
export var ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy || (ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = {}));
export function toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecTargetTemplateEngineVersion;
(function (ExternalSecretV1Beta1SpecTargetTemplateEngineVersion) {
    ExternalSecretV1Beta1SpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretV1Beta1SpecTargetTemplateEngineVersion || (ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = {}));
export var ExternalSecretV1Beta1SpecTargetTemplateMergePolicy;
(function (ExternalSecretV1Beta1SpecTargetTemplateMergePolicy) {
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretV1Beta1SpecTargetTemplateMergePolicy || (ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = {}));
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind) {
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind || (ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = {}));
export var ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind) {
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind || (ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = {}));
export var ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind) {
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind || (ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = {}));
export var ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind) {
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind || (ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = {}));
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["DATA"] = "Data";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["ANNOTATIONS"] = "Annotations";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["LABELS"] = "Labels";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget || (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = {}));
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
export var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs || (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
