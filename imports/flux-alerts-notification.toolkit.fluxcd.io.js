import { ApiObject } from 'cdk8s';
export class Alert extends ApiObject {
    static GVK = {
        apiVersion: 'notification.toolkit.fluxcd.io/v1beta2',
        kind: 'Alert',
    };
    static manifest(props = {}) {
        return {
            ...Alert.GVK,
            ...toJson_AlertProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Alert.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Alert.GVK,
            ...toJson_AlertProps(resolved),
        };
    }
}
export function toJson_AlertProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AlertSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AlertSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'eventMetadata': ((obj.eventMetadata) === undefined) ? undefined : (Object.entries(obj.eventMetadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'eventSeverity': obj.eventSeverity,
        'eventSources': obj.eventSources?.map(y => toJson_AlertSpecEventSources(y)),
        'exclusionList': obj.exclusionList?.map(y => y),
        'inclusionList': obj.inclusionList?.map(y => y),
        'providerRef': toJson_AlertSpecProviderRef(obj.providerRef),
        'summary': obj.summary,
        'suspend': obj.suspend,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var AlertSpecEventSeverity;
(function (AlertSpecEventSeverity) {
    AlertSpecEventSeverity["INFO"] = "info";
    AlertSpecEventSeverity["ERROR"] = "error";
})(AlertSpecEventSeverity || (AlertSpecEventSeverity = {}));
export function toJson_AlertSpecEventSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AlertSpecProviderRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var AlertSpecEventSourcesKind;
(function (AlertSpecEventSourcesKind) {
    AlertSpecEventSourcesKind["BUCKET"] = "Bucket";
    AlertSpecEventSourcesKind["GIT_REPOSITORY"] = "GitRepository";
    AlertSpecEventSourcesKind["KUSTOMIZATION"] = "Kustomization";
    AlertSpecEventSourcesKind["HELM_RELEASE"] = "HelmRelease";
    AlertSpecEventSourcesKind["HELM_CHART"] = "HelmChart";
    AlertSpecEventSourcesKind["HELM_REPOSITORY"] = "HelmRepository";
    AlertSpecEventSourcesKind["IMAGE_REPOSITORY"] = "ImageRepository";
    AlertSpecEventSourcesKind["IMAGE_POLICY"] = "ImagePolicy";
    AlertSpecEventSourcesKind["IMAGE_UPDATE_AUTOMATION"] = "ImageUpdateAutomation";
    AlertSpecEventSourcesKind["OCI_REPOSITORY"] = "OCIRepository";
})(AlertSpecEventSourcesKind || (AlertSpecEventSourcesKind = {}));
export class AlertV1Beta3 extends ApiObject {
    static GVK = {
        apiVersion: 'notification.toolkit.fluxcd.io/v1beta3',
        kind: 'Alert',
    };
    static manifest(props = {}) {
        return {
            ...AlertV1Beta3.GVK,
            ...toJson_AlertV1Beta3Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...AlertV1Beta3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...AlertV1Beta3.GVK,
            ...toJson_AlertV1Beta3Props(resolved),
        };
    }
}
export function toJson_AlertV1Beta3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AlertV1Beta3Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AlertV1Beta3Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'eventMetadata': ((obj.eventMetadata) === undefined) ? undefined : (Object.entries(obj.eventMetadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'eventSeverity': obj.eventSeverity,
        'eventSources': obj.eventSources?.map(y => toJson_AlertV1Beta3SpecEventSources(y)),
        'exclusionList': obj.exclusionList?.map(y => y),
        'inclusionList': obj.inclusionList?.map(y => y),
        'providerRef': toJson_AlertV1Beta3SpecProviderRef(obj.providerRef),
        'summary': obj.summary,
        'suspend': obj.suspend,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var AlertV1Beta3SpecEventSeverity;
(function (AlertV1Beta3SpecEventSeverity) {
    AlertV1Beta3SpecEventSeverity["INFO"] = "info";
    AlertV1Beta3SpecEventSeverity["ERROR"] = "error";
})(AlertV1Beta3SpecEventSeverity || (AlertV1Beta3SpecEventSeverity = {}));
export function toJson_AlertV1Beta3SpecEventSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AlertV1Beta3SpecProviderRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var AlertV1Beta3SpecEventSourcesKind;
(function (AlertV1Beta3SpecEventSourcesKind) {
    AlertV1Beta3SpecEventSourcesKind["BUCKET"] = "Bucket";
    AlertV1Beta3SpecEventSourcesKind["GIT_REPOSITORY"] = "GitRepository";
    AlertV1Beta3SpecEventSourcesKind["KUSTOMIZATION"] = "Kustomization";
    AlertV1Beta3SpecEventSourcesKind["HELM_RELEASE"] = "HelmRelease";
    AlertV1Beta3SpecEventSourcesKind["HELM_CHART"] = "HelmChart";
    AlertV1Beta3SpecEventSourcesKind["HELM_REPOSITORY"] = "HelmRepository";
    AlertV1Beta3SpecEventSourcesKind["IMAGE_REPOSITORY"] = "ImageRepository";
    AlertV1Beta3SpecEventSourcesKind["IMAGE_POLICY"] = "ImagePolicy";
    AlertV1Beta3SpecEventSourcesKind["IMAGE_UPDATE_AUTOMATION"] = "ImageUpdateAutomation";
    AlertV1Beta3SpecEventSourcesKind["OCI_REPOSITORY"] = "OCIRepository";
})(AlertV1Beta3SpecEventSourcesKind || (AlertV1Beta3SpecEventSourcesKind = {}));
