import { ApiObject } from 'cdk8s';
export class GitRepository extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'GitRepository',
    };
    static manifest(props = {}) {
        return {
            ...GitRepository.GVK,
            ...toJson_GitRepositoryProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...GitRepository.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GitRepository.GVK,
            ...toJson_GitRepositoryProps(resolved),
        };
    }
}
export function toJson_GitRepositoryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GitRepositorySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositorySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore,
        'include': obj.include?.map(y => toJson_GitRepositorySpecInclude(y)),
        'interval': obj.interval,
        'provider': obj.provider,
        'proxySecretRef': toJson_GitRepositorySpecProxySecretRef(obj.proxySecretRef),
        'recurseSubmodules': obj.recurseSubmodules,
        'ref': toJson_GitRepositorySpecRef(obj.ref),
        'secretRef': toJson_GitRepositorySpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'sparseCheckout': obj.sparseCheckout?.map(y => y),
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'url': obj.url,
        'verify': toJson_GitRepositorySpecVerify(obj.verify),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositorySpecInclude(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromPath': obj.fromPath,
        'repository': toJson_GitRepositorySpecIncludeRepository(obj.repository),
        'toPath': obj.toPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var GitRepositorySpecProvider;
(function (GitRepositorySpecProvider) {
    GitRepositorySpecProvider["GENERIC"] = "generic";
    GitRepositorySpecProvider["AZURE"] = "azure";
    GitRepositorySpecProvider["GITHUB"] = "github";
})(GitRepositorySpecProvider || (GitRepositorySpecProvider = {}));
export function toJson_GitRepositorySpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositorySpecRef(obj) {
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
export function toJson_GitRepositorySpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositorySpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
        'secretRef': toJson_GitRepositorySpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositorySpecIncludeRepository(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var GitRepositorySpecVerifyMode;
(function (GitRepositorySpecVerifyMode) {
    GitRepositorySpecVerifyMode["HEAD"] = "head";
    GitRepositorySpecVerifyMode["TAG"] = "Tag";
    GitRepositorySpecVerifyMode["TAG_AND_HEAD"] = "TagAndHEAD";
})(GitRepositorySpecVerifyMode || (GitRepositorySpecVerifyMode = {}));
export function toJson_GitRepositorySpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class GitRepositoryV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'source.toolkit.fluxcd.io/v1beta2',
        kind: 'GitRepository',
    };
    static manifest(props = {}) {
        return {
            ...GitRepositoryV1Beta2.GVK,
            ...toJson_GitRepositoryV1Beta2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...GitRepositoryV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GitRepositoryV1Beta2.GVK,
            ...toJson_GitRepositoryV1Beta2Props(resolved),
        };
    }
}
export function toJson_GitRepositoryV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GitRepositoryV1Beta2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessFrom': toJson_GitRepositoryV1Beta2SpecAccessFrom(obj.accessFrom),
        'gitImplementation': obj.gitImplementation,
        'ignore': obj.ignore,
        'include': obj.include?.map(y => toJson_GitRepositoryV1Beta2SpecInclude(y)),
        'interval': obj.interval,
        'recurseSubmodules': obj.recurseSubmodules,
        'ref': toJson_GitRepositoryV1Beta2SpecRef(obj.ref),
        'secretRef': toJson_GitRepositoryV1Beta2SpecSecretRef(obj.secretRef),
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'url': obj.url,
        'verify': toJson_GitRepositoryV1Beta2SpecVerify(obj.verify),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2SpecAccessFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceSelectors': obj.namespaceSelectors?.map(y => toJson_GitRepositoryV1Beta2SpecAccessFromNamespaceSelectors(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var GitRepositoryV1Beta2SpecGitImplementation;
(function (GitRepositoryV1Beta2SpecGitImplementation) {
    GitRepositoryV1Beta2SpecGitImplementation["GO_HYPHEN_GIT"] = "go-git";
    GitRepositoryV1Beta2SpecGitImplementation["LIBGIT2"] = "libgit2";
})(GitRepositoryV1Beta2SpecGitImplementation || (GitRepositoryV1Beta2SpecGitImplementation = {}));
export function toJson_GitRepositoryV1Beta2SpecInclude(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromPath': obj.fromPath,
        'repository': toJson_GitRepositoryV1Beta2SpecIncludeRepository(obj.repository),
        'toPath': obj.toPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2SpecRef(obj) {
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
export function toJson_GitRepositoryV1Beta2SpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2SpecVerify(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
        'secretRef': toJson_GitRepositoryV1Beta2SpecVerifySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2SpecAccessFromNamespaceSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepositoryV1Beta2SpecIncludeRepository(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var GitRepositoryV1Beta2SpecVerifyMode;
(function (GitRepositoryV1Beta2SpecVerifyMode) {
    GitRepositoryV1Beta2SpecVerifyMode["HEAD"] = "head";
})(GitRepositoryV1Beta2SpecVerifyMode || (GitRepositoryV1Beta2SpecVerifyMode = {}));
export function toJson_GitRepositoryV1Beta2SpecVerifySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
