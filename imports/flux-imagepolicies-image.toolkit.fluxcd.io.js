import { ApiObject } from 'cdk8s';
export class ImagePolicy extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1',
        kind: 'ImagePolicy',
    };
    static manifest(props = {}) {
        return {
            ...ImagePolicy.GVK,
            ...toJson_ImagePolicyProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImagePolicy.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImagePolicy.GVK,
            ...toJson_ImagePolicyProps(resolved),
        };
    }
}
export function toJson_ImagePolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImagePolicySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digestReflectionPolicy': obj.digestReflectionPolicy,
        'filterTags': toJson_ImagePolicySpecFilterTags(obj.filterTags),
        'imageRepositoryRef': toJson_ImagePolicySpecImageRepositoryRef(obj.imageRepositoryRef),
        'interval': obj.interval,
        'policy': toJson_ImagePolicySpecPolicy(obj.policy),
        'suspend': obj.suspend,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImagePolicySpecDigestReflectionPolicy;
(function (ImagePolicySpecDigestReflectionPolicy) {
    ImagePolicySpecDigestReflectionPolicy["ALWAYS"] = "Always";
    ImagePolicySpecDigestReflectionPolicy["IF_NOT_PRESENT"] = "IfNotPresent";
    ImagePolicySpecDigestReflectionPolicy["NEVER"] = "Never";
})(ImagePolicySpecDigestReflectionPolicy || (ImagePolicySpecDigestReflectionPolicy = {}));
export function toJson_ImagePolicySpecFilterTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': obj.extract,
        'pattern': obj.pattern,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpecImageRepositoryRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpecPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'alphabetical': toJson_ImagePolicySpecPolicyAlphabetical(obj.alphabetical),
        'numerical': toJson_ImagePolicySpecPolicyNumerical(obj.numerical),
        'semver': toJson_ImagePolicySpecPolicySemver(obj.semver),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpecPolicyAlphabetical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'order': obj.order,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpecPolicyNumerical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'order': obj.order,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicySpecPolicySemver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'range': obj.range,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImagePolicySpecPolicyAlphabeticalOrder;
(function (ImagePolicySpecPolicyAlphabeticalOrder) {
    ImagePolicySpecPolicyAlphabeticalOrder["ASC"] = "asc";
    ImagePolicySpecPolicyAlphabeticalOrder["DESC"] = "desc";
})(ImagePolicySpecPolicyAlphabeticalOrder || (ImagePolicySpecPolicyAlphabeticalOrder = {}));
export var ImagePolicySpecPolicyNumericalOrder;
(function (ImagePolicySpecPolicyNumericalOrder) {
    ImagePolicySpecPolicyNumericalOrder["ASC"] = "asc";
    ImagePolicySpecPolicyNumericalOrder["DESC"] = "desc";
})(ImagePolicySpecPolicyNumericalOrder || (ImagePolicySpecPolicyNumericalOrder = {}));
export class ImagePolicyV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1beta2',
        kind: 'ImagePolicy',
    };
    static manifest(props = {}) {
        return {
            ...ImagePolicyV1Beta2.GVK,
            ...toJson_ImagePolicyV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImagePolicyV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImagePolicyV1Beta2.GVK,
            ...toJson_ImagePolicyV1Beta2Props(resolved),
        };
    }
}
export function toJson_ImagePolicyV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImagePolicyV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'digestReflectionPolicy': obj.digestReflectionPolicy,
        'filterTags': toJson_ImagePolicyV1Beta2SpecFilterTags(obj.filterTags),
        'imageRepositoryRef': toJson_ImagePolicyV1Beta2SpecImageRepositoryRef(obj.imageRepositoryRef),
        'interval': obj.interval,
        'policy': toJson_ImagePolicyV1Beta2SpecPolicy(obj.policy),
        'suspend': obj.suspend,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImagePolicyV1Beta2SpecDigestReflectionPolicy;
(function (ImagePolicyV1Beta2SpecDigestReflectionPolicy) {
    ImagePolicyV1Beta2SpecDigestReflectionPolicy["ALWAYS"] = "Always";
    ImagePolicyV1Beta2SpecDigestReflectionPolicy["IF_NOT_PRESENT"] = "IfNotPresent";
    ImagePolicyV1Beta2SpecDigestReflectionPolicy["NEVER"] = "Never";
})(ImagePolicyV1Beta2SpecDigestReflectionPolicy || (ImagePolicyV1Beta2SpecDigestReflectionPolicy = {}));
export function toJson_ImagePolicyV1Beta2SpecFilterTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': obj.extract,
        'pattern': obj.pattern,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2SpecImageRepositoryRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2SpecPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'alphabetical': toJson_ImagePolicyV1Beta2SpecPolicyAlphabetical(obj.alphabetical),
        'numerical': toJson_ImagePolicyV1Beta2SpecPolicyNumerical(obj.numerical),
        'semver': toJson_ImagePolicyV1Beta2SpecPolicySemver(obj.semver),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2SpecPolicyAlphabetical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'order': obj.order,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2SpecPolicyNumerical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'order': obj.order,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImagePolicyV1Beta2SpecPolicySemver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'range': obj.range,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder;
(function (ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder) {
    ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder["ASC"] = "asc";
    ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder["DESC"] = "desc";
})(ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder || (ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder = {}));
export var ImagePolicyV1Beta2SpecPolicyNumericalOrder;
(function (ImagePolicyV1Beta2SpecPolicyNumericalOrder) {
    ImagePolicyV1Beta2SpecPolicyNumericalOrder["ASC"] = "asc";
    ImagePolicyV1Beta2SpecPolicyNumericalOrder["DESC"] = "desc";
})(ImagePolicyV1Beta2SpecPolicyNumericalOrder || (ImagePolicyV1Beta2SpecPolicyNumericalOrder = {}));
