import { ApiObject } from 'cdk8s';
export class Kustomization extends ApiObject {
    static GVK = {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
        kind: 'Kustomization',
    };
    static manifest(props = {}) {
        return {
            ...Kustomization.GVK,
            ...toJson_KustomizationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Kustomization.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Kustomization.GVK,
            ...toJson_KustomizationProps(resolved),
        };
    }
}
export function toJson_KustomizationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_KustomizationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'commonMetadata': toJson_KustomizationSpecCommonMetadata(obj.commonMetadata),
        'components': obj.components?.map(y => y),
        'decryption': toJson_KustomizationSpecDecryption(obj.decryption),
        'deletionPolicy': obj.deletionPolicy,
        'dependsOn': obj.dependsOn?.map(y => toJson_KustomizationSpecDependsOn(y)),
        'force': obj.force,
        'healthCheckExprs': obj.healthCheckExprs?.map(y => toJson_KustomizationSpecHealthCheckExprs(y)),
        'healthChecks': obj.healthChecks?.map(y => toJson_KustomizationSpecHealthChecks(y)),
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => toJson_KustomizationSpecImages(y)),
        'interval': obj.interval,
        'kubeConfig': toJson_KustomizationSpecKubeConfig(obj.kubeConfig),
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'patches': obj.patches?.map(y => toJson_KustomizationSpecPatches(y)),
        'path': obj.path,
        'postBuild': toJson_KustomizationSpecPostBuild(obj.postBuild),
        'prune': obj.prune,
        'retryInterval': obj.retryInterval,
        'serviceAccountName': obj.serviceAccountName,
        'sourceRef': toJson_KustomizationSpecSourceRef(obj.sourceRef),
        'suspend': obj.suspend,
        'targetNamespace': obj.targetNamespace,
        'timeout': obj.timeout,
        'wait': obj.wait,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecCommonMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecDecryption(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provider': obj.provider,
        'secretRef': toJson_KustomizationSpecDecryptionSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var KustomizationSpecDeletionPolicy;
(function (KustomizationSpecDeletionPolicy) {
    KustomizationSpecDeletionPolicy["MIRROR_PRUNE"] = "MirrorPrune";
    KustomizationSpecDeletionPolicy["DELETE"] = "Delete";
    KustomizationSpecDeletionPolicy["WAIT_FOR_TERMINATION"] = "WaitForTermination";
    KustomizationSpecDeletionPolicy["ORPHAN"] = "Orphan";
})(KustomizationSpecDeletionPolicy || (KustomizationSpecDeletionPolicy = {}));
export function toJson_KustomizationSpecDependsOn(obj) {
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
export function toJson_KustomizationSpecHealthCheckExprs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'current': obj.current,
        'failed': obj.failed,
        'inProgress': obj.inProgress,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecHealthChecks(obj) {
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
export function toJson_KustomizationSpecImages(obj) {
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
export function toJson_KustomizationSpecKubeConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_KustomizationSpecKubeConfigConfigMapRef(obj.configMapRef),
        'secretRef': toJson_KustomizationSpecKubeConfigSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch,
        'target': toJson_KustomizationSpecPatchesTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecPostBuild(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'substitute': ((obj.substitute) === undefined) ? undefined : (Object.entries(obj.substitute).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'substituteFrom': obj.substituteFrom?.map(y => toJson_KustomizationSpecPostBuildSubstituteFrom(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecSourceRef(obj) {
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
export var KustomizationSpecDecryptionProvider;
(function (KustomizationSpecDecryptionProvider) {
    KustomizationSpecDecryptionProvider["SOPS"] = "sops";
})(KustomizationSpecDecryptionProvider || (KustomizationSpecDecryptionProvider = {}));
export function toJson_KustomizationSpecDecryptionSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecKubeConfigConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecKubeConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationSpecPatchesTarget(obj) {
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
export function toJson_KustomizationSpecPostBuildSubstituteFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var KustomizationSpecSourceRefKind;
(function (KustomizationSpecSourceRefKind) {
    KustomizationSpecSourceRefKind["OCI_REPOSITORY"] = "OCIRepository";
    KustomizationSpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
    KustomizationSpecSourceRefKind["BUCKET"] = "Bucket";
    KustomizationSpecSourceRefKind["EXTERNAL_ARTIFACT"] = "ExternalArtifact";
})(KustomizationSpecSourceRefKind || (KustomizationSpecSourceRefKind = {}));
export var KustomizationSpecPostBuildSubstituteFromKind;
(function (KustomizationSpecPostBuildSubstituteFromKind) {
    KustomizationSpecPostBuildSubstituteFromKind["SECRET"] = "Secret";
    KustomizationSpecPostBuildSubstituteFromKind["CONFIG_MAP"] = "ConfigMap";
})(KustomizationSpecPostBuildSubstituteFromKind || (KustomizationSpecPostBuildSubstituteFromKind = {}));
export class KustomizationV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1beta2',
        kind: 'Kustomization',
    };
    static manifest(props = {}) {
        return {
            ...KustomizationV1Beta2.GVK,
            ...toJson_KustomizationV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KustomizationV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KustomizationV1Beta2.GVK,
            ...toJson_KustomizationV1Beta2Props(resolved),
        };
    }
}
export function toJson_KustomizationV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_KustomizationV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'commonMetadata': toJson_KustomizationV1Beta2SpecCommonMetadata(obj.commonMetadata),
        'components': obj.components?.map(y => y),
        'decryption': toJson_KustomizationV1Beta2SpecDecryption(obj.decryption),
        'dependsOn': obj.dependsOn?.map(y => toJson_KustomizationV1Beta2SpecDependsOn(y)),
        'force': obj.force,
        'healthChecks': obj.healthChecks?.map(y => toJson_KustomizationV1Beta2SpecHealthChecks(y)),
        'images': obj.images?.map(y => toJson_KustomizationV1Beta2SpecImages(y)),
        'interval': obj.interval,
        'kubeConfig': toJson_KustomizationV1Beta2SpecKubeConfig(obj.kubeConfig),
        'patches': obj.patches?.map(y => toJson_KustomizationV1Beta2SpecPatches(y)),
        'patchesJson6902': obj.patchesJson6902?.map(y => toJson_KustomizationV1Beta2SpecPatchesJson6902(y)),
        'patchesStrategicMerge': obj.patchesStrategicMerge?.map(y => y),
        'path': obj.path,
        'postBuild': toJson_KustomizationV1Beta2SpecPostBuild(obj.postBuild),
        'prune': obj.prune,
        'retryInterval': obj.retryInterval,
        'serviceAccountName': obj.serviceAccountName,
        'sourceRef': toJson_KustomizationV1Beta2SpecSourceRef(obj.sourceRef),
        'suspend': obj.suspend,
        'targetNamespace': obj.targetNamespace,
        'timeout': obj.timeout,
        'validation': obj.validation,
        'wait': obj.wait,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecCommonMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecDecryption(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provider': obj.provider,
        'secretRef': toJson_KustomizationV1Beta2SpecDecryptionSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecDependsOn(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecHealthChecks(obj) {
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
export function toJson_KustomizationV1Beta2SpecImages(obj) {
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
export function toJson_KustomizationV1Beta2SpecKubeConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_KustomizationV1Beta2SpecKubeConfigConfigMapRef(obj.configMapRef),
        'secretRef': toJson_KustomizationV1Beta2SpecKubeConfigSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch,
        'target': toJson_KustomizationV1Beta2SpecPatchesTarget(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecPatchesJson6902(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patch': obj.patch?.map(y => toJson_KustomizationV1Beta2SpecPatchesJson6902Patch(y)),
        'target': toJson_KustomizationV1Beta2SpecPatchesJson6902Target(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecPostBuild(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'substitute': ((obj.substitute) === undefined) ? undefined : (Object.entries(obj.substitute).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'substituteFrom': obj.substituteFrom?.map(y => toJson_KustomizationV1Beta2SpecPostBuildSubstituteFrom(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecSourceRef(obj) {
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
export var KustomizationV1Beta2SpecValidation;
(function (KustomizationV1Beta2SpecValidation) {
    KustomizationV1Beta2SpecValidation["NONE"] = "none";
    KustomizationV1Beta2SpecValidation["CLIENT"] = "client";
    KustomizationV1Beta2SpecValidation["SERVER"] = "server";
})(KustomizationV1Beta2SpecValidation || (KustomizationV1Beta2SpecValidation = {}));
export var KustomizationV1Beta2SpecDecryptionProvider;
(function (KustomizationV1Beta2SpecDecryptionProvider) {
    KustomizationV1Beta2SpecDecryptionProvider["SOPS"] = "sops";
})(KustomizationV1Beta2SpecDecryptionProvider || (KustomizationV1Beta2SpecDecryptionProvider = {}));
export function toJson_KustomizationV1Beta2SpecDecryptionSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecKubeConfigConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecKubeConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KustomizationV1Beta2SpecPatchesTarget(obj) {
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
export function toJson_KustomizationV1Beta2SpecPatchesJson6902Patch(obj) {
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
export function toJson_KustomizationV1Beta2SpecPatchesJson6902Target(obj) {
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
export function toJson_KustomizationV1Beta2SpecPostBuildSubstituteFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var KustomizationV1Beta2SpecSourceRefKind;
(function (KustomizationV1Beta2SpecSourceRefKind) {
    KustomizationV1Beta2SpecSourceRefKind["OCI_REPOSITORY"] = "OCIRepository";
    KustomizationV1Beta2SpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
    KustomizationV1Beta2SpecSourceRefKind["BUCKET"] = "Bucket";
})(KustomizationV1Beta2SpecSourceRefKind || (KustomizationV1Beta2SpecSourceRefKind = {}));
export var KustomizationV1Beta2SpecPatchesJson6902PatchOp;
(function (KustomizationV1Beta2SpecPatchesJson6902PatchOp) {
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["TEST"] = "test";
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["REMOVE"] = "remove";
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["ADD"] = "add";
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["REPLACE"] = "replace";
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["MOVE"] = "move";
    KustomizationV1Beta2SpecPatchesJson6902PatchOp["COPY"] = "copy";
})(KustomizationV1Beta2SpecPatchesJson6902PatchOp || (KustomizationV1Beta2SpecPatchesJson6902PatchOp = {}));
export var KustomizationV1Beta2SpecPostBuildSubstituteFromKind;
(function (KustomizationV1Beta2SpecPostBuildSubstituteFromKind) {
    KustomizationV1Beta2SpecPostBuildSubstituteFromKind["SECRET"] = "Secret";
    KustomizationV1Beta2SpecPostBuildSubstituteFromKind["CONFIG_MAP"] = "ConfigMap";
})(KustomizationV1Beta2SpecPostBuildSubstituteFromKind || (KustomizationV1Beta2SpecPostBuildSubstituteFromKind = {}));
