import { ApiObject } from 'cdk8s';
export class ImageUpdateAutomation extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1',
        kind: 'ImageUpdateAutomation',
    };
    static manifest(props = {}) {
        return {
            ...ImageUpdateAutomation.GVK,
            ...toJson_ImageUpdateAutomationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImageUpdateAutomation.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImageUpdateAutomation.GVK,
            ...toJson_ImageUpdateAutomationProps(resolved),
        };
    }
}
export function toJson_ImageUpdateAutomationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImageUpdateAutomationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'git': toJson_ImageUpdateAutomationSpecGit(obj.git),
        'interval': obj.interval,
        'policySelector': toJson_ImageUpdateAutomationSpecPolicySelector(obj.policySelector),
        'sourceRef': toJson_ImageUpdateAutomationSpecSourceRef(obj.sourceRef),
        'suspend': obj.suspend,
        'update': toJson_ImageUpdateAutomationSpecUpdate(obj.update),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'checkout': toJson_ImageUpdateAutomationSpecGitCheckout(obj.checkout),
        'commit': toJson_ImageUpdateAutomationSpecGitCommit(obj.commit),
        'push': toJson_ImageUpdateAutomationSpecGitPush(obj.push),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecPolicySelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ImageUpdateAutomationSpecPolicySelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecSourceRef(obj) {
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
export function toJson_ImageUpdateAutomationSpecUpdate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitCheckout(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ref': toJson_ImageUpdateAutomationSpecGitCheckoutRef(obj.ref),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitCommit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'author': toJson_ImageUpdateAutomationSpecGitCommitAuthor(obj.author),
        'messageTemplate': obj.messageTemplate,
        'messageTemplateValues': ((obj.messageTemplateValues) === undefined) ? undefined : (Object.entries(obj.messageTemplateValues).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'signingKey': toJson_ImageUpdateAutomationSpecGitCommitSigningKey(obj.signingKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitPush(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'branch': obj.branch,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'refspec': obj.refspec,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecPolicySelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImageUpdateAutomationSpecSourceRefKind;
(function (ImageUpdateAutomationSpecSourceRefKind) {
    ImageUpdateAutomationSpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
})(ImageUpdateAutomationSpecSourceRefKind || (ImageUpdateAutomationSpecSourceRefKind = {}));
export var ImageUpdateAutomationSpecUpdateStrategy;
(function (ImageUpdateAutomationSpecUpdateStrategy) {
    ImageUpdateAutomationSpecUpdateStrategy["SETTERS"] = "Setters";
})(ImageUpdateAutomationSpecUpdateStrategy || (ImageUpdateAutomationSpecUpdateStrategy = {}));
export function toJson_ImageUpdateAutomationSpecGitCheckoutRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'branch': obj.branch,
        'commit': obj.commit,
        'name': obj.name,
        'semver': obj.semver,
        'tag': obj.tag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitCommitAuthor(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'email': obj.email,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitCommitSigningKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ImageUpdateAutomationSpecGitCommitSigningKeySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationSpecGitCommitSigningKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ImageUpdateAutomationV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'image.toolkit.fluxcd.io/v1beta2',
        kind: 'ImageUpdateAutomation',
    };
    static manifest(props = {}) {
        return {
            ...ImageUpdateAutomationV1Beta2.GVK,
            ...toJson_ImageUpdateAutomationV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ImageUpdateAutomationV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ImageUpdateAutomationV1Beta2.GVK,
            ...toJson_ImageUpdateAutomationV1Beta2Props(resolved),
        };
    }
}
export function toJson_ImageUpdateAutomationV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ImageUpdateAutomationV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'git': toJson_ImageUpdateAutomationV1Beta2SpecGit(obj.git),
        'interval': obj.interval,
        'policySelector': toJson_ImageUpdateAutomationV1Beta2SpecPolicySelector(obj.policySelector),
        'sourceRef': toJson_ImageUpdateAutomationV1Beta2SpecSourceRef(obj.sourceRef),
        'suspend': obj.suspend,
        'update': toJson_ImageUpdateAutomationV1Beta2SpecUpdate(obj.update),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'checkout': toJson_ImageUpdateAutomationV1Beta2SpecGitCheckout(obj.checkout),
        'commit': toJson_ImageUpdateAutomationV1Beta2SpecGitCommit(obj.commit),
        'push': toJson_ImageUpdateAutomationV1Beta2SpecGitPush(obj.push),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecPolicySelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ImageUpdateAutomationV1Beta2SpecPolicySelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecSourceRef(obj) {
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
export function toJson_ImageUpdateAutomationV1Beta2SpecUpdate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCheckout(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ref': toJson_ImageUpdateAutomationV1Beta2SpecGitCheckoutRef(obj.ref),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCommit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'author': toJson_ImageUpdateAutomationV1Beta2SpecGitCommitAuthor(obj.author),
        'messageTemplate': obj.messageTemplate,
        'messageTemplateValues': ((obj.messageTemplateValues) === undefined) ? undefined : (Object.entries(obj.messageTemplateValues).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'signingKey': toJson_ImageUpdateAutomationV1Beta2SpecGitCommitSigningKey(obj.signingKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitPush(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'branch': obj.branch,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'refspec': obj.refspec,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecPolicySelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ImageUpdateAutomationV1Beta2SpecSourceRefKind;
(function (ImageUpdateAutomationV1Beta2SpecSourceRefKind) {
    ImageUpdateAutomationV1Beta2SpecSourceRefKind["GIT_REPOSITORY"] = "GitRepository";
})(ImageUpdateAutomationV1Beta2SpecSourceRefKind || (ImageUpdateAutomationV1Beta2SpecSourceRefKind = {}));
export var ImageUpdateAutomationV1Beta2SpecUpdateStrategy;
(function (ImageUpdateAutomationV1Beta2SpecUpdateStrategy) {
    ImageUpdateAutomationV1Beta2SpecUpdateStrategy["SETTERS"] = "Setters";
})(ImageUpdateAutomationV1Beta2SpecUpdateStrategy || (ImageUpdateAutomationV1Beta2SpecUpdateStrategy = {}));
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCheckoutRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'branch': obj.branch,
        'commit': obj.commit,
        'name': obj.name,
        'semver': obj.semver,
        'tag': obj.tag,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCommitAuthor(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'email': obj.email,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCommitSigningKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ImageUpdateAutomationV1Beta2SpecGitCommitSigningKeySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageUpdateAutomationV1Beta2SpecGitCommitSigningKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
