import { ApiObject } from 'cdk8s';
export class ImageRepository extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1',
        kind: 'ImageRepository',
    };
    static manifest(props = {}) {
        return {
            ...ImageRepository.GVK,
            ...toJson_ImageRepositoryProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImageRepository.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImageRepository.GVK,
            ...toJson_ImageRepositoryProps(resolved),
        };
    }
}
export function toJson_ImageRepositoryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImageRepositorySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositorySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessFrom': toJson_ImageRepositorySpecAccessFrom(obj.accessFrom),
        'certSecretRef': toJson_ImageRepositorySpecCertSecretRef(obj.certSecretRef),
        'exclusionList': obj.exclusionList?.map(y => y),
        'image': obj.image,
        'insecure': obj.insecure,
        'interval': obj.interval,
        'provider': obj.provider,
        'proxySecretRef': toJson_ImageRepositorySpecProxySecretRef(obj.proxySecretRef),
        'secretRef': toJson_ImageRepositorySpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'suspend': obj.suspend,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositorySpecAccessFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceSelectors': obj.namespaceSelectors?.map(y => toJson_ImageRepositorySpecAccessFromNamespaceSelectors(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositorySpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImageRepositorySpecProvider;
(function (ImageRepositorySpecProvider) {
    ImageRepositorySpecProvider["GENERIC"] = "generic";
    ImageRepositorySpecProvider["AWS"] = "aws";
    ImageRepositorySpecProvider["AZURE"] = "azure";
    ImageRepositorySpecProvider["GCP"] = "gcp";
})(ImageRepositorySpecProvider || (ImageRepositorySpecProvider = {}));
export function toJson_ImageRepositorySpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositorySpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositorySpecAccessFromNamespaceSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ImageRepositoryV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1beta2',
        kind: 'ImageRepository',
    };
    static manifest(props = {}) {
        return {
            ...ImageRepositoryV1Beta2.GVK,
            ...toJson_ImageRepositoryV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImageRepositoryV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImageRepositoryV1Beta2.GVK,
            ...toJson_ImageRepositoryV1Beta2Props(resolved),
        };
    }
}
export function toJson_ImageRepositoryV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImageRepositoryV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositoryV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessFrom': toJson_ImageRepositoryV1Beta2SpecAccessFrom(obj.accessFrom),
        'certSecretRef': toJson_ImageRepositoryV1Beta2SpecCertSecretRef(obj.certSecretRef),
        'exclusionList': obj.exclusionList?.map(y => y),
        'image': obj.image,
        'insecure': obj.insecure,
        'interval': obj.interval,
        'provider': obj.provider,
        'proxySecretRef': toJson_ImageRepositoryV1Beta2SpecProxySecretRef(obj.proxySecretRef),
        'secretRef': toJson_ImageRepositoryV1Beta2SpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'suspend': obj.suspend,
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositoryV1Beta2SpecAccessFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceSelectors': obj.namespaceSelectors?.map(y => toJson_ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositoryV1Beta2SpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImageRepositoryV1Beta2SpecProvider;
(function (ImageRepositoryV1Beta2SpecProvider) {
    ImageRepositoryV1Beta2SpecProvider["GENERIC"] = "generic";
    ImageRepositoryV1Beta2SpecProvider["AWS"] = "aws";
    ImageRepositoryV1Beta2SpecProvider["AZURE"] = "azure";
    ImageRepositoryV1Beta2SpecProvider["GCP"] = "gcp";
})(ImageRepositoryV1Beta2SpecProvider || (ImageRepositoryV1Beta2SpecProvider = {}));
export function toJson_ImageRepositoryV1Beta2SpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositoryV1Beta2SpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
