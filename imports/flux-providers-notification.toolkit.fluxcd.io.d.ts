import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Provider is the Schema for the providers API.
 *
 * @schema Provider
 */
export declare class Provider extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Provider"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Provider".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ProviderProps): any;
    /**
     * Defines a "Provider" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ProviderProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Provider is the Schema for the providers API.
 *
 * @schema Provider
 */
export interface ProviderProps {
    /**
     * @schema Provider#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ProviderSpec defines the desired state of the Provider.
     *
     * @schema Provider#spec
     */
    readonly spec?: ProviderSpec;
}
/**
 * Converts an object of type 'ProviderProps' to JSON representation.
 */
export declare function toJson_ProviderProps(obj: ProviderProps | undefined): Record<string, any> | undefined;
/**
 * ProviderSpec defines the desired state of the Provider.
 *
 * @schema ProviderSpec
 */
export interface ProviderSpec {
    /**
     * Address specifies the endpoint, in a generic sense, to where alerts are sent.
     * What kind of endpoint depends on the specific Provider type being used.
     * For the generic Provider, for example, this is an HTTP/S address.
     * For other Provider types this could be a project ID or a namespace.
     *
     * @schema ProviderSpec#address
     */
    readonly address?: string;
    /**
     * CertSecretRef specifies the Secret containing
     * a PEM-encoded CA certificate (in the `ca.crt` key).
     *
     * Note: Support for the `caFile` key has
     * been deprecated.
     *
     * @schema ProviderSpec#certSecretRef
     */
    readonly certSecretRef?: ProviderSpecCertSecretRef;
    /**
     * Channel specifies the destination channel where events should be posted.
     *
     * @schema ProviderSpec#channel
     */
    readonly channel?: string;
    /**
     * Interval at which to reconcile the Provider with its Secret references.
     *
     * @schema ProviderSpec#interval
     */
    readonly interval?: string;
    /**
     * Proxy the HTTP/S address of the proxy server.
     *
     * @schema ProviderSpec#proxy
     */
    readonly proxy?: string;
    /**
     * SecretRef specifies the Secret containing the authentication
     * credentials for this Provider.
     *
     * @schema ProviderSpec#secretRef
     */
    readonly secretRef?: ProviderSpecSecretRef;
    /**
     * Suspend tells the controller to suspend subsequent
     * events handling for this Provider.
     *
     * @schema ProviderSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for sending alerts to the Provider.
     *
     * @schema ProviderSpec#timeout
     */
    readonly timeout?: string;
    /**
     * Type specifies which Provider implementation to use.
     *
     * @schema ProviderSpec#type
     */
    readonly type: ProviderSpecType;
    /**
     * Username specifies the name under which events are posted.
     *
     * @schema ProviderSpec#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'ProviderSpec' to JSON representation.
 */
export declare function toJson_ProviderSpec(obj: ProviderSpec | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef specifies the Secret containing
 * a PEM-encoded CA certificate (in the `ca.crt` key).
 *
 * Note: Support for the `caFile` key has
 * been deprecated.
 *
 * @schema ProviderSpecCertSecretRef
 */
export interface ProviderSpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ProviderSpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderSpecCertSecretRef' to JSON representation.
 */
export declare function toJson_ProviderSpecCertSecretRef(obj: ProviderSpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef specifies the Secret containing the authentication
 * credentials for this Provider.
 *
 * @schema ProviderSpecSecretRef
 */
export interface ProviderSpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ProviderSpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderSpecSecretRef' to JSON representation.
 */
export declare function toJson_ProviderSpecSecretRef(obj: ProviderSpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Type specifies which Provider implementation to use.
 *
 * @schema ProviderSpecType
 */
export declare enum ProviderSpecType {
    /** slack */
    SLACK = "slack",
    /** discord */
    DISCORD = "discord",
    /** msteams */
    MSTEAMS = "msteams",
    /** rocket */
    ROCKET = "rocket",
    /** generic */
    GENERIC = "generic",
    /** generic-hmac */
    GENERIC_HYPHEN_HMAC = "generic-hmac",
    /** github */
    GITHUB = "github",
    /** gitlab */
    GITLAB = "gitlab",
    /** gitea */
    GITEA = "gitea",
    /** bitbucketserver */
    BITBUCKETSERVER = "bitbucketserver",
    /** bitbucket */
    BITBUCKET = "bitbucket",
    /** azuredevops */
    AZUREDEVOPS = "azuredevops",
    /** googlechat */
    GOOGLECHAT = "googlechat",
    /** googlepubsub */
    GOOGLEPUBSUB = "googlepubsub",
    /** webex */
    WEBEX = "webex",
    /** sentry */
    SENTRY = "sentry",
    /** azureeventhub */
    AZUREEVENTHUB = "azureeventhub",
    /** telegram */
    TELEGRAM = "telegram",
    /** lark */
    LARK = "lark",
    /** matrix */
    MATRIX = "matrix",
    /** opsgenie */
    OPSGENIE = "opsgenie",
    /** alertmanager */
    ALERTMANAGER = "alertmanager",
    /** grafana */
    GRAFANA = "grafana",
    /** githubdispatch */
    GITHUBDISPATCH = "githubdispatch",
    /** pagerduty */
    PAGERDUTY = "pagerduty",
    /** datadog */
    DATADOG = "datadog"
}
/**
 * Provider is the Schema for the providers API
 *
 * @schema ProviderV1Beta3
 */
export declare class ProviderV1Beta3 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderV1Beta3"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ProviderV1Beta3".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ProviderV1Beta3Props): any;
    /**
     * Defines a "ProviderV1Beta3" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ProviderV1Beta3Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Provider is the Schema for the providers API
 *
 * @schema ProviderV1Beta3
 */
export interface ProviderV1Beta3Props {
    /**
     * @schema ProviderV1Beta3#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ProviderSpec defines the desired state of the Provider.
     *
     * @schema ProviderV1Beta3#spec
     */
    readonly spec?: ProviderV1Beta3Spec;
}
/**
 * Converts an object of type 'ProviderV1Beta3Props' to JSON representation.
 */
export declare function toJson_ProviderV1Beta3Props(obj: ProviderV1Beta3Props | undefined): Record<string, any> | undefined;
/**
 * ProviderSpec defines the desired state of the Provider.
 *
 * @schema ProviderV1Beta3Spec
 */
export interface ProviderV1Beta3Spec {
    /**
     * Address specifies the endpoint, in a generic sense, to where alerts are sent.
     * What kind of endpoint depends on the specific Provider type being used.
     * For the generic Provider, for example, this is an HTTP/S address.
     * For other Provider types this could be a project ID or a namespace.
     *
     * @schema ProviderV1Beta3Spec#address
     */
    readonly address?: string;
    /**
     * CertSecretRef specifies the Secret containing TLS certificates
     * for secure communication.
     *
     * Supported configurations:
     * - CA-only: Server authentication (provide ca.crt only)
     * - mTLS: Mutual authentication (provide ca.crt + tls.crt + tls.key)
     * - Client-only: Client authentication with system CA (provide tls.crt + tls.key only)
     *
     * Legacy keys "caFile", "certFile", "keyFile" are supported but deprecated. Use "ca.crt", "tls.crt", "tls.key" instead.
     *
     * @schema ProviderV1Beta3Spec#certSecretRef
     */
    readonly certSecretRef?: ProviderV1Beta3SpecCertSecretRef;
    /**
     * Channel specifies the destination channel where events should be posted.
     *
     * @schema ProviderV1Beta3Spec#channel
     */
    readonly channel?: string;
    /**
     * CommitStatusExpr is a CEL expression that evaluates to a string value
     * that can be used to generate a custom commit status message for use
     * with eligible Provider types (github, gitlab, gitea, bitbucketserver,
     * bitbucket, azuredevops). Supported variables are: event, provider,
     * and alert.
     *
     * @schema ProviderV1Beta3Spec#commitStatusExpr
     */
    readonly commitStatusExpr?: string;
    /**
     * Interval at which to reconcile the Provider with its Secret references.
     * Deprecated and not used in v1beta3.
     *
     * @schema ProviderV1Beta3Spec#interval
     */
    readonly interval?: string;
    /**
     * Proxy the HTTP/S address of the proxy server.
     * Deprecated: Use ProxySecretRef instead. Will be removed in v1.
     *
     * @schema ProviderV1Beta3Spec#proxy
     */
    readonly proxy?: string;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * for this Provider. The Secret should contain an 'address' key with the
     * HTTP/S address of the proxy server. Optional 'username' and 'password'
     * keys can be provided for proxy authentication.
     *
     * @schema ProviderV1Beta3Spec#proxySecretRef
     */
    readonly proxySecretRef?: ProviderV1Beta3SpecProxySecretRef;
    /**
     * SecretRef specifies the Secret containing the authentication
     * credentials for this Provider.
     *
     * @schema ProviderV1Beta3Spec#secretRef
     */
    readonly secretRef?: ProviderV1Beta3SpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to
     * authenticate with cloud provider services through workload identity.
     * This enables multi-tenant authentication without storing static credentials.
     *
     * Supported provider types: azureeventhub, azuredevops, googlepubsub
     *
     * When specified, the controller will:
     * 1. Create an OIDC token for the specified ServiceAccount
     * 2. Exchange it for cloud provider credentials via STS
     * 3. Use the obtained credentials for API authentication
     *
     * When unspecified, controller-level authentication is used (single-tenant).
     *
     * An error is thrown if static credentials are also defined in SecretRef.
     * This field requires the ObjectLevelWorkloadIdentity feature gate to be enabled.
     *
     * @schema ProviderV1Beta3Spec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Suspend tells the controller to suspend subsequent
     * events handling for this Provider.
     *
     * @schema ProviderV1Beta3Spec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for sending alerts to the Provider.
     *
     * @schema ProviderV1Beta3Spec#timeout
     */
    readonly timeout?: string;
    /**
     * Type specifies which Provider implementation to use.
     *
     * @schema ProviderV1Beta3Spec#type
     */
    readonly type: ProviderV1Beta3SpecType;
    /**
     * Username specifies the name under which events are posted.
     *
     * @schema ProviderV1Beta3Spec#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'ProviderV1Beta3Spec' to JSON representation.
 */
export declare function toJson_ProviderV1Beta3Spec(obj: ProviderV1Beta3Spec | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef specifies the Secret containing TLS certificates
 * for secure communication.
 *
 * Supported configurations:
 * - CA-only: Server authentication (provide ca.crt only)
 * - mTLS: Mutual authentication (provide ca.crt + tls.crt + tls.key)
 * - Client-only: Client authentication with system CA (provide tls.crt + tls.key only)
 *
 * Legacy keys "caFile", "certFile", "keyFile" are supported but deprecated. Use "ca.crt", "tls.crt", "tls.key" instead.
 *
 * @schema ProviderV1Beta3SpecCertSecretRef
 */
export interface ProviderV1Beta3SpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ProviderV1Beta3SpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderV1Beta3SpecCertSecretRef' to JSON representation.
 */
export declare function toJson_ProviderV1Beta3SpecCertSecretRef(obj: ProviderV1Beta3SpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * for this Provider. The Secret should contain an 'address' key with the
 * HTTP/S address of the proxy server. Optional 'username' and 'password'
 * keys can be provided for proxy authentication.
 *
 * @schema ProviderV1Beta3SpecProxySecretRef
 */
export interface ProviderV1Beta3SpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema ProviderV1Beta3SpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderV1Beta3SpecProxySecretRef' to JSON representation.
 */
export declare function toJson_ProviderV1Beta3SpecProxySecretRef(obj: ProviderV1Beta3SpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef specifies the Secret containing the authentication
 * credentials for this Provider.
 *
 * @schema ProviderV1Beta3SpecSecretRef
 */
export interface ProviderV1Beta3SpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ProviderV1Beta3SpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderV1Beta3SpecSecretRef' to JSON representation.
 */
export declare function toJson_ProviderV1Beta3SpecSecretRef(obj: ProviderV1Beta3SpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Type specifies which Provider implementation to use.
 *
 * @schema ProviderV1Beta3SpecType
 */
export declare enum ProviderV1Beta3SpecType {
    /** slack */
    SLACK = "slack",
    /** discord */
    DISCORD = "discord",
    /** msteams */
    MSTEAMS = "msteams",
    /** rocket */
    ROCKET = "rocket",
    /** generic */
    GENERIC = "generic",
    /** generic-hmac */
    GENERIC_HYPHEN_HMAC = "generic-hmac",
    /** github */
    GITHUB = "github",
    /** gitlab */
    GITLAB = "gitlab",
    /** gitea */
    GITEA = "gitea",
    /** bitbucketserver */
    BITBUCKETSERVER = "bitbucketserver",
    /** bitbucket */
    BITBUCKET = "bitbucket",
    /** azuredevops */
    AZUREDEVOPS = "azuredevops",
    /** googlechat */
    GOOGLECHAT = "googlechat",
    /** googlepubsub */
    GOOGLEPUBSUB = "googlepubsub",
    /** webex */
    WEBEX = "webex",
    /** sentry */
    SENTRY = "sentry",
    /** azureeventhub */
    AZUREEVENTHUB = "azureeventhub",
    /** telegram */
    TELEGRAM = "telegram",
    /** lark */
    LARK = "lark",
    /** matrix */
    MATRIX = "matrix",
    /** opsgenie */
    OPSGENIE = "opsgenie",
    /** alertmanager */
    ALERTMANAGER = "alertmanager",
    /** grafana */
    GRAFANA = "grafana",
    /** githubdispatch */
    GITHUBDISPATCH = "githubdispatch",
    /** pagerduty */
    PAGERDUTY = "pagerduty",
    /** datadog */
    DATADOG = "datadog",
    /** nats */
    NATS = "nats",
    /** zulip */
    ZULIP = "zulip",
    /** otel */
    OTEL = "otel"
}
