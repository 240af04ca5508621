import { ApiObject } from 'cdk8s';
export class HelmRepository extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'HelmRepository',
    };
    static manifest(props = {}) {
        return {
            ...HelmRepository.GVK,
            ...toJson_HelmRepositoryProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...HelmRepository.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HelmRepository.GVK,
            ...toJson_HelmRepositoryProps(resolved),
        };
    }
}
export function toJson_HelmRepositoryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HelmRepositorySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositorySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessFrom': toJson_HelmRepositorySpecAccessFrom(obj.accessFrom),
        'certSecretRef': toJson_HelmRepositorySpecCertSecretRef(obj.certSecretRef),
        'insecure': obj.insecure,
        'interval': obj.interval,
        'passCredentials': obj.passCredentials,
        'provider': obj.provider,
        'secretRef': toJson_HelmRepositorySpecSecretRef(obj.secretRef),
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'type': obj.type,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositorySpecAccessFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceSelectors': obj.namespaceSelectors?.map(y => toJson_HelmRepositorySpecAccessFromNamespaceSelectors(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositorySpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmRepositorySpecProvider;
(function (HelmRepositorySpecProvider) {
    HelmRepositorySpecProvider["GENERIC"] = "generic";
    HelmRepositorySpecProvider["AWS"] = "aws";
    HelmRepositorySpecProvider["AZURE"] = "azure";
    HelmRepositorySpecProvider["GCP"] = "gcp";
})(HelmRepositorySpecProvider || (HelmRepositorySpecProvider = {}));
export function toJson_HelmRepositorySpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmRepositorySpecType;
(function (HelmRepositorySpecType) {
    HelmRepositorySpecType["DEFAULT"] = "default";
    HelmRepositorySpecType["OCI"] = "oci";
})(HelmRepositorySpecType || (HelmRepositorySpecType = {}));
export function toJson_HelmRepositorySpecAccessFromNamespaceSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class HelmRepositoryV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1beta2',
        kind: 'HelmRepository',
    };
    static manifest(props = {}) {
        return {
            ...HelmRepositoryV1Beta2.GVK,
            ...toJson_HelmRepositoryV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...HelmRepositoryV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HelmRepositoryV1Beta2.GVK,
            ...toJson_HelmRepositoryV1Beta2Props(resolved),
        };
    }
}
export function toJson_HelmRepositoryV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HelmRepositoryV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositoryV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessFrom': toJson_HelmRepositoryV1Beta2SpecAccessFrom(obj.accessFrom),
        'certSecretRef': toJson_HelmRepositoryV1Beta2SpecCertSecretRef(obj.certSecretRef),
        'insecure': obj.insecure,
        'interval': obj.interval,
        'passCredentials': obj.passCredentials,
        'provider': obj.provider,
        'secretRef': toJson_HelmRepositoryV1Beta2SpecSecretRef(obj.secretRef),
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'type': obj.type,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositoryV1Beta2SpecAccessFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceSelectors': obj.namespaceSelectors?.map(y => toJson_HelmRepositoryV1Beta2SpecAccessFromNamespaceSelectors(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HelmRepositoryV1Beta2SpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmRepositoryV1Beta2SpecProvider;
(function (HelmRepositoryV1Beta2SpecProvider) {
    HelmRepositoryV1Beta2SpecProvider["GENERIC"] = "generic";
    HelmRepositoryV1Beta2SpecProvider["AWS"] = "aws";
    HelmRepositoryV1Beta2SpecProvider["AZURE"] = "azure";
    HelmRepositoryV1Beta2SpecProvider["GCP"] = "gcp";
})(HelmRepositoryV1Beta2SpecProvider || (HelmRepositoryV1Beta2SpecProvider = {}));
export function toJson_HelmRepositoryV1Beta2SpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var HelmRepositoryV1Beta2SpecType;
(function (HelmRepositoryV1Beta2SpecType) {
    HelmRepositoryV1Beta2SpecType["DEFAULT"] = "default";
    HelmRepositoryV1Beta2SpecType["OCI"] = "oci";
})(HelmRepositoryV1Beta2SpecType || (HelmRepositoryV1Beta2SpecType = {}));
export function toJson_HelmRepositoryV1Beta2SpecAccessFromNamespaceSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
