import { ApiObject } from 'cdk8s';
export class Provider extends ApiObject {
    static GVK = {
        apiVersion: 'notification.toolkit.fluxcd.io/v1beta2',
        kind: 'Provider',
    };
    static manifest(props = {}) {
        return {
            ...Provider.GVK,
            ...toJson_ProviderProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Provider.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Provider.GVK,
            ...toJson_ProviderProps(resolved),
        };
    }
}
export function toJson_ProviderProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ProviderSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'certSecretRef': toJson_ProviderSpecCertSecretRef(obj.certSecretRef),
        'channel': obj.channel,
        'interval': obj.interval,
        'proxy': obj.proxy,
        'secretRef': toJson_ProviderSpecSecretRef(obj.secretRef),
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'type': obj.type,
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderSpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderSpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ProviderSpecType;
(function (ProviderSpecType) {
    ProviderSpecType["SLACK"] = "slack";
    ProviderSpecType["DISCORD"] = "discord";
    ProviderSpecType["MSTEAMS"] = "msteams";
    ProviderSpecType["ROCKET"] = "rocket";
    ProviderSpecType["GENERIC"] = "generic";
    ProviderSpecType["GENERIC_HYPHEN_HMAC"] = "generic-hmac";
    ProviderSpecType["GITHUB"] = "github";
    ProviderSpecType["GITLAB"] = "gitlab";
    ProviderSpecType["GITEA"] = "gitea";
    ProviderSpecType["BITBUCKETSERVER"] = "bitbucketserver";
    ProviderSpecType["BITBUCKET"] = "bitbucket";
    ProviderSpecType["AZUREDEVOPS"] = "azuredevops";
    ProviderSpecType["GOOGLECHAT"] = "googlechat";
    ProviderSpecType["GOOGLEPUBSUB"] = "googlepubsub";
    ProviderSpecType["WEBEX"] = "webex";
    ProviderSpecType["SENTRY"] = "sentry";
    ProviderSpecType["AZUREEVENTHUB"] = "azureeventhub";
    ProviderSpecType["TELEGRAM"] = "telegram";
    ProviderSpecType["LARK"] = "lark";
    ProviderSpecType["MATRIX"] = "matrix";
    ProviderSpecType["OPSGENIE"] = "opsgenie";
    ProviderSpecType["ALERTMANAGER"] = "alertmanager";
    ProviderSpecType["GRAFANA"] = "grafana";
    ProviderSpecType["GITHUBDISPATCH"] = "githubdispatch";
    ProviderSpecType["PAGERDUTY"] = "pagerduty";
    ProviderSpecType["DATADOG"] = "datadog";
})(ProviderSpecType || (ProviderSpecType = {}));
export class ProviderV1Beta3 extends ApiObject {
    static GVK = {
        apiVersion: 'notification.toolkit.fluxcd.io/v1beta3',
        kind: 'Provider',
    };
    static manifest(props = {}) {
        return {
            ...ProviderV1Beta3.GVK,
            ...toJson_ProviderV1Beta3Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ProviderV1Beta3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ProviderV1Beta3.GVK,
            ...toJson_ProviderV1Beta3Props(resolved),
        };
    }
}
export function toJson_ProviderV1Beta3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ProviderV1Beta3Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderV1Beta3Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'certSecretRef': toJson_ProviderV1Beta3SpecCertSecretRef(obj.certSecretRef),
        'channel': obj.channel,
        'commitStatusExpr': obj.commitStatusExpr,
        'interval': obj.interval,
        'proxy': obj.proxy,
        'proxySecretRef': toJson_ProviderV1Beta3SpecProxySecretRef(obj.proxySecretRef),
        'secretRef': toJson_ProviderV1Beta3SpecSecretRef(obj.secretRef),
        'serviceAccountName': obj.serviceAccountName,
        'suspend': obj.suspend,
        'timeout': obj.timeout,
        'type': obj.type,
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderV1Beta3SpecCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderV1Beta3SpecProxySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProviderV1Beta3SpecSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ProviderV1Beta3SpecType;
(function (ProviderV1Beta3SpecType) {
    ProviderV1Beta3SpecType["SLACK"] = "slack";
    ProviderV1Beta3SpecType["DISCORD"] = "discord";
    ProviderV1Beta3SpecType["MSTEAMS"] = "msteams";
    ProviderV1Beta3SpecType["ROCKET"] = "rocket";
    ProviderV1Beta3SpecType["GENERIC"] = "generic";
    ProviderV1Beta3SpecType["GENERIC_HYPHEN_HMAC"] = "generic-hmac";
    ProviderV1Beta3SpecType["GITHUB"] = "github";
    ProviderV1Beta3SpecType["GITLAB"] = "gitlab";
    ProviderV1Beta3SpecType["GITEA"] = "gitea";
    ProviderV1Beta3SpecType["BITBUCKETSERVER"] = "bitbucketserver";
    ProviderV1Beta3SpecType["BITBUCKET"] = "bitbucket";
    ProviderV1Beta3SpecType["AZUREDEVOPS"] = "azuredevops";
    ProviderV1Beta3SpecType["GOOGLECHAT"] = "googlechat";
    ProviderV1Beta3SpecType["GOOGLEPUBSUB"] = "googlepubsub";
    ProviderV1Beta3SpecType["WEBEX"] = "webex";
    ProviderV1Beta3SpecType["SENTRY"] = "sentry";
    ProviderV1Beta3SpecType["AZUREEVENTHUB"] = "azureeventhub";
    ProviderV1Beta3SpecType["TELEGRAM"] = "telegram";
    ProviderV1Beta3SpecType["LARK"] = "lark";
    ProviderV1Beta3SpecType["MATRIX"] = "matrix";
    ProviderV1Beta3SpecType["OPSGENIE"] = "opsgenie";
    ProviderV1Beta3SpecType["ALERTMANAGER"] = "alertmanager";
    ProviderV1Beta3SpecType["GRAFANA"] = "grafana";
    ProviderV1Beta3SpecType["GITHUBDISPATCH"] = "githubdispatch";
    ProviderV1Beta3SpecType["PAGERDUTY"] = "pagerduty";
    ProviderV1Beta3SpecType["DATADOG"] = "datadog";
    ProviderV1Beta3SpecType["NATS"] = "nats";
    ProviderV1Beta3SpecType["ZULIP"] = "zulip";
    ProviderV1Beta3SpecType["OTEL"] = "otel";
})(ProviderV1Beta3SpecType || (ProviderV1Beta3SpecType = {}));
