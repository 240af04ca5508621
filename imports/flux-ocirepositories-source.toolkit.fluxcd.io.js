import { ApiObject } from 'cdk8s';
export class OciRepository extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'OCIRepository',
    };
    static manifest(props = {}) {
        return {
            ...OciRepository.GVK,
            ...toJson_OciRepositoryProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...OciRepository.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...OciRepository.GVK,
            ...toJson_OciRepositoryProps(resolved),
        };
    }
}
export function toJson_OciRepositoryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_OciRepositorySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_OciRepositorySpecCertSecretRef(obj.certSecretRef),
        'ignore': obj.ignore,
        'insecure': obj.insecure,
        'interval': obj.interval,
        'layerSelector': toJson_OciRepositorySpecLayerSelector(obj.layerSelector),
        'provider': obj.provider,
        'proxySecretRef': toJson_OciRepositorySpecProxySecretRef(obj.proxySecretRef),
        'ref': toJson_OciRepositorySpecRef(obj.ref),
        'secretRef': toJson_OciRepositorySpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'url': obj.url,
        'verify': toJson_OciRepositorySpecVerify(obj.verify),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpecLayerSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mediaType': obj.mediaType,
        'operation': obj.operation,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositorySpecProvider;
(function (OciRepositorySpecProvider) {
    OciRepositorySpecProvider["GENERIC"] = "generic";
    OciRepositorySpecProvider["AWS"] = "aws";
    OciRepositorySpecProvider["AZURE"] = "azure";
    OciRepositorySpecProvider["GCP"] = "gcp";
})(OciRepositorySpecProvider || (OciRepositorySpecProvider = {}));
export function toJson_OciRepositorySpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpecRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digest': obj.digest,
        'semver': obj.semver,
        'semverFilter': obj.semverFilter,
        'tag': obj.tag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositorySpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchOIDCIdentity': obj.matchOidcIdentity?.map(y => toJson_OciRepositorySpecVerifyMatchOidcIdentity(y)),
        'provider': obj.provider,
        'secretRef': toJson_OciRepositorySpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositorySpecLayerSelectorOperation;
(function (OciRepositorySpecLayerSelectorOperation) {
    OciRepositorySpecLayerSelectorOperation["EXTRACT"] = "extract";
    OciRepositorySpecLayerSelectorOperation["COPY"] = "copy";
})(OciRepositorySpecLayerSelectorOperation || (OciRepositorySpecLayerSelectorOperation = {}));
export function toJson_OciRepositorySpecVerifyMatchOidcIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'issuer': obj.issuer,
        'subject': obj.subject,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositorySpecVerifyProvider;
(function (OciRepositorySpecVerifyProvider) {
    OciRepositorySpecVerifyProvider["COSIGN"] = "cosign";
    OciRepositorySpecVerifyProvider["NOTATION"] = "notation";
})(OciRepositorySpecVerifyProvider || (OciRepositorySpecVerifyProvider = {}));
export function toJson_OciRepositorySpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class OciRepositoryV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1beta2',
        kind: 'OCIRepository',
    };
    static manifest(props = {}) {
        return {
            ...OciRepositoryV1Beta2.GVK,
            ...toJson_OciRepositoryV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...OciRepositoryV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...OciRepositoryV1Beta2.GVK,
            ...toJson_OciRepositoryV1Beta2Props(resolved),
        };
    }
}
export function toJson_OciRepositoryV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_OciRepositoryV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_OciRepositoryV1Beta2SpecCertSecretRef(obj.certSecretRef),
        'ignore': obj.ignore,
        'insecure': obj.insecure,
        'interval': obj.interval,
        'layerSelector': toJson_OciRepositoryV1Beta2SpecLayerSelector(obj.layerSelector),
        'provider': obj.provider,
        'proxySecretRef': toJson_OciRepositoryV1Beta2SpecProxySecretRef(obj.proxySecretRef),
        'ref': toJson_OciRepositoryV1Beta2SpecRef(obj.ref),
        'secretRef': toJson_OciRepositoryV1Beta2SpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'url': obj.url,
        'verify': toJson_OciRepositoryV1Beta2SpecVerify(obj.verify),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2SpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2SpecLayerSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mediaType': obj.mediaType,
        'operation': obj.operation,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositoryV1Beta2SpecProvider;
(function (OciRepositoryV1Beta2SpecProvider) {
    OciRepositoryV1Beta2SpecProvider["GENERIC"] = "generic";
    OciRepositoryV1Beta2SpecProvider["AWS"] = "aws";
    OciRepositoryV1Beta2SpecProvider["AZURE"] = "azure";
    OciRepositoryV1Beta2SpecProvider["GCP"] = "gcp";
})(OciRepositoryV1Beta2SpecProvider || (OciRepositoryV1Beta2SpecProvider = {}));
export function toJson_OciRepositoryV1Beta2SpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2SpecRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digest': obj.digest,
        'semver': obj.semver,
        'semverFilter': obj.semverFilter,
        'tag': obj.tag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2SpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OciRepositoryV1Beta2SpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchOIDCIdentity': obj.matchOidcIdentity?.map(y => toJson_OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity(y)),
        'provider': obj.provider,
        'secretRef': toJson_OciRepositoryV1Beta2SpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositoryV1Beta2SpecLayerSelectorOperation;
(function (OciRepositoryV1Beta2SpecLayerSelectorOperation) {
    OciRepositoryV1Beta2SpecLayerSelectorOperation["EXTRACT"] = "extract";
    OciRepositoryV1Beta2SpecLayerSelectorOperation["COPY"] = "copy";
})(OciRepositoryV1Beta2SpecLayerSelectorOperation || (OciRepositoryV1Beta2SpecLayerSelectorOperation = {}));
export function toJson_OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'issuer': obj.issuer,
        'subject': obj.subject,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var OciRepositoryV1Beta2SpecVerifyProvider;
(function (OciRepositoryV1Beta2SpecVerifyProvider) {
    OciRepositoryV1Beta2SpecVerifyProvider["COSIGN"] = "cosign";
    OciRepositoryV1Beta2SpecVerifyProvider["NOTATION"] = "notation";
})(OciRepositoryV1Beta2SpecVerifyProvider || (OciRepositoryV1Beta2SpecVerifyProvider = {}));
export function toJson_OciRepositoryV1Beta2SpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
