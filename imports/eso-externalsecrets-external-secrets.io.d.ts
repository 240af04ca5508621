import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ExternalSecret is the Schema for the external-secrets API.
It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 *
 * @schema ExternalSecret
 */
export declare class ExternalSecret extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ExternalSecret"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ExternalSecret".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ExternalSecretProps): any;
    /**
     * Defines a "ExternalSecret" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ExternalSecretProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ExternalSecret is the Schema for the external-secrets API.
 * It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 *
 * @schema ExternalSecret
 */
export interface ExternalSecretProps {
    /**
     * @schema ExternalSecret#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ExternalSecretSpec defines the desired state of ExternalSecret.
     *
     * @schema ExternalSecret#spec
     */
    readonly spec?: ExternalSecretSpec;
}
/**
 * Converts an object of type 'ExternalSecretProps' to JSON representation.
 */
export declare function toJson_ExternalSecretProps(obj: ExternalSecretProps | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretSpec defines the desired state of ExternalSecret.
 *
 * @schema ExternalSecretSpec
 */
export interface ExternalSecretSpec {
    /**
     * Data defines the connection between the Kubernetes Secret keys and the Provider data
     *
     * @schema ExternalSecretSpec#data
     */
    readonly data?: ExternalSecretSpecData[];
    /**
     * DataFrom is used to fetch all properties from a specific Provider data
     * If multiple entries are specified, the Secret keys are merged in the specified order
     *
     * @schema ExternalSecretSpec#dataFrom
     */
    readonly dataFrom?: ExternalSecretSpecDataFrom[];
    /**
     * RefreshInterval is the amount of time before the values are read again from the SecretStore provider,
     * specified as Golang Duration strings.
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
     * Example values: "1h0m0s", "2h30m0s", "10m0s"
     * May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
     *
     * @default 1h0m0s.
     * @schema ExternalSecretSpec#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * RefreshPolicy determines how the ExternalSecret should be refreshed:
     * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
     * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
     * No periodic updates occur if refreshInterval is 0.
     * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
     *
     * @schema ExternalSecretSpec#refreshPolicy
     */
    readonly refreshPolicy?: ExternalSecretSpecRefreshPolicy;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretSpec#secretStoreRef
     */
    readonly secretStoreRef?: ExternalSecretSpecSecretStoreRef;
    /**
     * SyncWindows optionally restricts when periodic refreshes may occur.
     * Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
     *
     * @schema ExternalSecretSpec#syncWindows
     */
    readonly syncWindows?: ExternalSecretSpecSyncWindows;
    /**
     * ExternalSecretTarget defines the Kubernetes Secret to be created,
     * there can be only one target per ExternalSecret.
     *
     * @schema ExternalSecretSpec#target
     */
    readonly target?: ExternalSecretSpecTarget;
}
/**
 * Converts an object of type 'ExternalSecretSpec' to JSON representation.
 */
export declare function toJson_ExternalSecretSpec(obj: ExternalSecretSpec | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.<key>) and the Provider data.
 *
 * @schema ExternalSecretSpecData
 */
export interface ExternalSecretSpecData {
    /**
     * RemoteRef points to the remote secret and defines
     * which secret (version/property/..) to fetch.
     *
     * @schema ExternalSecretSpecData#remoteRef
     */
    readonly remoteRef: ExternalSecretSpecDataRemoteRef;
    /**
     * The key in the Kubernetes Secret to store the value.
     *
     * @schema ExternalSecretSpecData#secretKey
     */
    readonly secretKey: string;
    /**
     * SourceRef allows you to override the source
     * from which the value will be pulled.
     *
     * @schema ExternalSecretSpecData#sourceRef
     */
    readonly sourceRef?: ExternalSecretSpecDataSourceRef;
}
/**
 * Converts an object of type 'ExternalSecretSpecData' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecData(obj: ExternalSecretSpecData | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data
 * when using DataFrom to fetch multiple values from a Provider.
 *
 * @schema ExternalSecretSpecDataFrom
 */
export interface ExternalSecretSpecDataFrom {
    /**
     * Used to extract multiple key/value pairs from one secret
     * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ExternalSecretSpecDataFrom#extract
     */
    readonly extract?: ExternalSecretSpecDataFromExtract;
    /**
     * Used to find secrets based on tags or regular expressions
     * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ExternalSecretSpecDataFrom#find
     */
    readonly find?: ExternalSecretSpecDataFromFind;
    /**
     * Used to rewrite secret Keys after getting them from the secret Provider
     * Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
     *
     * @schema ExternalSecretSpecDataFrom#rewrite
     */
    readonly rewrite?: ExternalSecretSpecDataFromRewrite[];
    /**
     * SourceRef points to a store or generator
     * which contains secret values ready to use.
     * Use this in combination with Extract or Find pull values out of
     * a specific SecretStore.
     * When sourceRef points to a generator Extract or Find is not supported.
     * The generator returns a static map of values
     *
     * @schema ExternalSecretSpecDataFrom#sourceRef
     */
    readonly sourceRef?: ExternalSecretSpecDataFromSourceRef;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFrom' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFrom(obj: ExternalSecretSpecDataFrom | undefined): Record<string, any> | undefined;
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ExternalSecretSpecRefreshPolicy
 */
export declare enum ExternalSecretSpecRefreshPolicy {
    /** CreatedOnce */
    CREATED_ONCE = "CreatedOnce",
    /** Periodic */
    PERIODIC = "Periodic",
    /** OnChange */
    ON_CHANGE = "OnChange"
}
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretSpecSecretStoreRef
 */
export interface ExternalSecretSpecSecretStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretSpecSecretStoreRef#kind
     */
    readonly kind?: ExternalSecretSpecSecretStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretSpecSecretStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecSecretStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecSecretStoreRef(obj: ExternalSecretSpecSecretStoreRef | undefined): Record<string, any> | undefined;
/**
 * SyncWindows optionally restricts when periodic refreshes may occur.
 * Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
 *
 * @schema ExternalSecretSpecSyncWindows
 */
export interface ExternalSecretSpecSyncWindows {
    /**
     * Kind applies to every window in the list.
     * "allow" -- syncs are permitted only while at least one window is active;
     * all other times are blocked.
     * "deny"  -- syncs are blocked while any window is active;
     * all other times are permitted.
     *
     * @schema ExternalSecretSpecSyncWindows#kind
     */
    readonly kind: ExternalSecretSpecSyncWindowsKind;
    /**
     * Windows is the list of schedule+duration pairs.
     *
     * @schema ExternalSecretSpecSyncWindows#windows
     */
    readonly windows: ExternalSecretSpecSyncWindowsWindows[];
}
/**
 * Converts an object of type 'ExternalSecretSpecSyncWindows' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecSyncWindows(obj: ExternalSecretSpecSyncWindows | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretTarget defines the Kubernetes Secret to be created,
 * there can be only one target per ExternalSecret.
 *
 * @schema ExternalSecretSpecTarget
 */
export interface ExternalSecretSpecTarget {
    /**
     * CreationPolicy defines rules on how to create the resulting Secret.
     * Defaults to "Owner"
     *
     * @default Owner"
     * @schema ExternalSecretSpecTarget#creationPolicy
     */
    readonly creationPolicy?: ExternalSecretSpecTargetCreationPolicy;
    /**
     * DeletionPolicy defines rules on how to delete the resulting Secret.
     * Defaults to "Retain"
     *
     * @default Retain"
     * @schema ExternalSecretSpecTarget#deletionPolicy
     */
    readonly deletionPolicy?: ExternalSecretSpecTargetDeletionPolicy;
    /**
     * Immutable defines if the final secret will be immutable
     *
     * @schema ExternalSecretSpecTarget#immutable
     */
    readonly immutable?: boolean;
    /**
     * Manifest defines a custom Kubernetes resource to create instead of a Secret.
     * When specified, ExternalSecret will create the resource type defined here
     * (e.g., ConfigMap, Custom Resource) instead of a Secret.
     * Warning: Using Generic target. Make sure access policies and encryption are properly configured.
     *
     * @schema ExternalSecretSpecTarget#manifest
     */
    readonly manifest?: ExternalSecretSpecTargetManifest;
    /**
     * The name of the Secret resource to be managed.
     * Defaults to the .metadata.name of the ExternalSecret resource
     *
     * @default the .metadata.name of the ExternalSecret resource
     * @schema ExternalSecretSpecTarget#name
     */
    readonly name?: string;
    /**
     * Template defines a blueprint for the created Secret resource.
     *
     * @schema ExternalSecretSpecTarget#template
     */
    readonly template?: ExternalSecretSpecTargetTemplate;
}
/**
 * Converts an object of type 'ExternalSecretSpecTarget' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTarget(obj: ExternalSecretSpecTarget | undefined): Record<string, any> | undefined;
/**
 * RemoteRef points to the remote secret and defines
 * which secret (version/property/..) to fetch.
 *
 * @schema ExternalSecretSpecDataRemoteRef
 */
export interface ExternalSecretSpecDataRemoteRef {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ExternalSecretSpecDataRemoteRef#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretSpecDataRemoteRefConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ExternalSecretSpecDataRemoteRef#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretSpecDataRemoteRefDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ExternalSecretSpecDataRemoteRef#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ExternalSecretSpecDataRemoteRef#metadataPolicy
     */
    readonly metadataPolicy?: ExternalSecretSpecDataRemoteRefMetadataPolicy;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this source.
     *
     * @schema ExternalSecretSpecDataRemoteRef#nullBytePolicy
     */
    readonly nullBytePolicy?: ExternalSecretSpecDataRemoteRefNullBytePolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ExternalSecretSpecDataRemoteRef#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ExternalSecretSpecDataRemoteRef#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataRemoteRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataRemoteRef(obj: ExternalSecretSpecDataRemoteRef | undefined): Record<string, any> | undefined;
/**
 * SourceRef allows you to override the source
 * from which the value will be pulled.
 *
 * @schema ExternalSecretSpecDataSourceRef
 */
export interface ExternalSecretSpecDataSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * Deprecated: The generatorRef is not implemented in .data[].
     * this will be removed with v1.
     *
     * @schema ExternalSecretSpecDataSourceRef#generatorRef
     */
    readonly generatorRef?: ExternalSecretSpecDataSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretSpecDataSourceRef#storeRef
     */
    readonly storeRef?: ExternalSecretSpecDataSourceRefStoreRef;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataSourceRef(obj: ExternalSecretSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * Used to extract multiple key/value pairs from one secret
 * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ExternalSecretSpecDataFromExtract
 */
export interface ExternalSecretSpecDataFromExtract {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ExternalSecretSpecDataFromExtract#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretSpecDataFromExtractConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ExternalSecretSpecDataFromExtract#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretSpecDataFromExtractDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ExternalSecretSpecDataFromExtract#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ExternalSecretSpecDataFromExtract#metadataPolicy
     */
    readonly metadataPolicy?: ExternalSecretSpecDataFromExtractMetadataPolicy;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this source.
     *
     * @schema ExternalSecretSpecDataFromExtract#nullBytePolicy
     */
    readonly nullBytePolicy?: ExternalSecretSpecDataFromExtractNullBytePolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ExternalSecretSpecDataFromExtract#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ExternalSecretSpecDataFromExtract#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromExtract' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromExtract(obj: ExternalSecretSpecDataFromExtract | undefined): Record<string, any> | undefined;
/**
 * Used to find secrets based on tags or regular expressions
 * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ExternalSecretSpecDataFromFind
 */
export interface ExternalSecretSpecDataFromFind {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ExternalSecretSpecDataFromFind#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretSpecDataFromFindConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ExternalSecretSpecDataFromFind#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretSpecDataFromFindDecodingStrategy;
    /**
     * Finds secrets based on the name.
     *
     * @schema ExternalSecretSpecDataFromFind#name
     */
    readonly name?: ExternalSecretSpecDataFromFindName;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
     *
     * @schema ExternalSecretSpecDataFromFind#nullBytePolicy
     */
    readonly nullBytePolicy?: ExternalSecretSpecDataFromFindNullBytePolicy;
    /**
     * A root path to start the find operations.
     *
     * @schema ExternalSecretSpecDataFromFind#path
     */
    readonly path?: string;
    /**
     * Find secrets based on tags.
     *
     * @schema ExternalSecretSpecDataFromFind#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromFind' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromFind(obj: ExternalSecretSpecDataFromFind | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.
 *
 * @schema ExternalSecretSpecDataFromRewrite
 */
export interface ExternalSecretSpecDataFromRewrite {
    /**
     * Used to merge key/values in one single Secret
     * The resulting key will contain all values from the specified secrets
     *
     * @schema ExternalSecretSpecDataFromRewrite#merge
     */
    readonly merge?: ExternalSecretSpecDataFromRewriteMerge;
    /**
     * Used to rewrite with regular expressions.
     * The resulting key will be the output of a regexp.ReplaceAll operation.
     *
     * @schema ExternalSecretSpecDataFromRewrite#regexp
     */
    readonly regexp?: ExternalSecretSpecDataFromRewriteRegexp;
    /**
     * Used to apply string transformation on the secrets.
     * The resulting key will be the output of the template applied by the operation.
     *
     * @schema ExternalSecretSpecDataFromRewrite#transform
     */
    readonly transform?: ExternalSecretSpecDataFromRewriteTransform;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewrite' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromRewrite(obj: ExternalSecretSpecDataFromRewrite | undefined): Record<string, any> | undefined;
/**
 * SourceRef points to a store or generator
 * which contains secret values ready to use.
 * Use this in combination with Extract or Find pull values out of
 * a specific SecretStore.
 * When sourceRef points to a generator Extract or Find is not supported.
 * The generator returns a static map of values
 *
 * @schema ExternalSecretSpecDataFromSourceRef
 */
export interface ExternalSecretSpecDataFromSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * @schema ExternalSecretSpecDataFromSourceRef#generatorRef
     */
    readonly generatorRef?: ExternalSecretSpecDataFromSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretSpecDataFromSourceRef#storeRef
     */
    readonly storeRef?: ExternalSecretSpecDataFromSourceRefStoreRef;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromSourceRef(obj: ExternalSecretSpecDataFromSourceRef | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecSecretStoreRefKind
 */
export declare enum ExternalSecretSpecSecretStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Kind applies to every window in the list.
 * "allow" -- syncs are permitted only while at least one window is active;
 * all other times are blocked.
 * "deny"  -- syncs are blocked while any window is active;
 * all other times are permitted.
 *
 * @schema ExternalSecretSpecSyncWindowsKind
 */
export declare enum ExternalSecretSpecSyncWindowsKind {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny"
}
/**
 * ExternalSecretSyncWindowEntry defines a single cron-schedule + duration pair
 * within a SyncWindows block.
 *
 * @schema ExternalSecretSpecSyncWindowsWindows
 */
export interface ExternalSecretSpecSyncWindowsWindows {
    /**
     * Duration specifies how long the window stays open after each Schedule
     * firing. Example: "8h".
     *
     * @schema ExternalSecretSpecSyncWindowsWindows#duration
     */
    readonly duration: string;
    /**
     * Schedule is a standard 5-field cron expression evaluated in UTC, or a
     * named shorthand such as @daily or @every 1h. It marks the start time of
     * each window occurrence.
     * Example: "0 22 * * 1-5" opens a window every weekday at 22:00 UTC.
     *
     * @schema ExternalSecretSpecSyncWindowsWindows#schedule
     */
    readonly schedule: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecSyncWindowsWindows' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecSyncWindowsWindows(obj: ExternalSecretSpecSyncWindowsWindows | undefined): Record<string, any> | undefined;
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ExternalSecretSpecTargetCreationPolicy
 */
export declare enum ExternalSecretSpecTargetCreationPolicy {
    /** Owner */
    OWNER = "Owner",
    /** Orphan */
    ORPHAN = "Orphan",
    /** Merge */
    MERGE = "Merge",
    /** None */
    NONE = "None",
    /** CreateOrMerge */
    CREATE_OR_MERGE = "CreateOrMerge"
}
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ExternalSecretSpecTargetDeletionPolicy
 */
export declare enum ExternalSecretSpecTargetDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Merge */
    MERGE = "Merge",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * Manifest defines a custom Kubernetes resource to create instead of a Secret.
 * When specified, ExternalSecret will create the resource type defined here
 * (e.g., ConfigMap, Custom Resource) instead of a Secret.
 * Warning: Using Generic target. Make sure access policies and encryption are properly configured.
 *
 * @schema ExternalSecretSpecTargetManifest
 */
export interface ExternalSecretSpecTargetManifest {
    /**
     * APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application)
     *
     * @schema ExternalSecretSpecTargetManifest#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Kind of the target resource (e.g., "ConfigMap", "Application")
     *
     * @schema ExternalSecretSpecTargetManifest#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetManifest' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetManifest(obj: ExternalSecretSpecTargetManifest | undefined): Record<string, any> | undefined;
/**
 * Template defines a blueprint for the created Secret resource.
 *
 * @schema ExternalSecretSpecTargetTemplate
 */
export interface ExternalSecretSpecTargetTemplate {
    /**
     * @schema ExternalSecretSpecTargetTemplate#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * EngineVersion specifies the template engine version
     * that should be used to compile/execute the
     * template specified in .data and .templateFrom[].
     *
     * @schema ExternalSecretSpecTargetTemplate#engineVersion
     */
    readonly engineVersion?: ExternalSecretSpecTargetTemplateEngineVersion;
    /**
     * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
     *
     * @schema ExternalSecretSpecTargetTemplate#mergePolicy
     */
    readonly mergePolicy?: ExternalSecretSpecTargetTemplateMergePolicy;
    /**
     * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
     *
     * @schema ExternalSecretSpecTargetTemplate#metadata
     */
    readonly metadata?: ExternalSecretSpecTargetTemplateMetadata;
    /**
     * @schema ExternalSecretSpecTargetTemplate#templateFrom
     */
    readonly templateFrom?: ExternalSecretSpecTargetTemplateTemplateFrom[];
    /**
     * @schema ExternalSecretSpecTargetTemplate#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplate' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplate(obj: ExternalSecretSpecTargetTemplate | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataRemoteRefConversionStrategy
 */
export declare enum ExternalSecretSpecDataRemoteRefConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataRemoteRefDecodingStrategy
 */
export declare enum ExternalSecretSpecDataRemoteRefDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretSpecDataRemoteRefMetadataPolicy
 */
export declare enum ExternalSecretSpecDataRemoteRefMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ExternalSecretSpecDataRemoteRefNullBytePolicy
 */
export declare enum ExternalSecretSpecDataRemoteRefNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * GeneratorRef points to a generator custom resource.
 *
 * Deprecated: The generatorRef is not implemented in .data[].
 * this will be removed with v1.
 *
 * @schema ExternalSecretSpecDataSourceRefGeneratorRef
 */
export interface ExternalSecretSpecDataSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ExternalSecretSpecDataSourceRefGeneratorRef#kind
     */
    readonly kind: ExternalSecretSpecDataSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ExternalSecretSpecDataSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj: ExternalSecretSpecDataSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretSpecDataSourceRefStoreRef
 */
export interface ExternalSecretSpecDataSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretSpecDataSourceRefStoreRef#kind
     */
    readonly kind?: ExternalSecretSpecDataSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretSpecDataSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataSourceRefStoreRef(obj: ExternalSecretSpecDataSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataFromExtractConversionStrategy
 */
export declare enum ExternalSecretSpecDataFromExtractConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataFromExtractDecodingStrategy
 */
export declare enum ExternalSecretSpecDataFromExtractDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretSpecDataFromExtractMetadataPolicy
 */
export declare enum ExternalSecretSpecDataFromExtractMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ExternalSecretSpecDataFromExtractNullBytePolicy
 */
export declare enum ExternalSecretSpecDataFromExtractNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataFromFindConversionStrategy
 */
export declare enum ExternalSecretSpecDataFromFindConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataFromFindDecodingStrategy
 */
export declare enum ExternalSecretSpecDataFromFindDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Finds secrets based on the name.
 *
 * @schema ExternalSecretSpecDataFromFindName
 */
export interface ExternalSecretSpecDataFromFindName {
    /**
     * Finds secrets base
     *
     * @schema ExternalSecretSpecDataFromFindName#regexp
     */
    readonly regexp?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromFindName' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromFindName(obj: ExternalSecretSpecDataFromFindName | undefined): Record<string, any> | undefined;
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
 *
 * @schema ExternalSecretSpecDataFromFindNullBytePolicy
 */
export declare enum ExternalSecretSpecDataFromFindNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Used to merge key/values in one single Secret
 * The resulting key will contain all values from the specified secrets
 *
 * @schema ExternalSecretSpecDataFromRewriteMerge
 */
export interface ExternalSecretSpecDataFromRewriteMerge {
    /**
     * Used to define the policy to use in conflict resolution.
     *
     * @schema ExternalSecretSpecDataFromRewriteMerge#conflictPolicy
     */
    readonly conflictPolicy?: ExternalSecretSpecDataFromRewriteMergeConflictPolicy;
    /**
     * Used to define the target key of the merge operation.
     * Required if strategy is JSON. Ignored otherwise.
     *
     * @schema ExternalSecretSpecDataFromRewriteMerge#into
     */
    readonly into?: string;
    /**
     * Used to define key priority in conflict resolution.
     *
     * @schema ExternalSecretSpecDataFromRewriteMerge#priority
     */
    readonly priority?: string[];
    /**
     * Used to define the policy when a key in the priority list does not exist in the input.
     *
     * @schema ExternalSecretSpecDataFromRewriteMerge#priorityPolicy
     */
    readonly priorityPolicy?: ExternalSecretSpecDataFromRewriteMergePriorityPolicy;
    /**
     * Used to define the strategy to use in the merge operation.
     *
     * @schema ExternalSecretSpecDataFromRewriteMerge#strategy
     */
    readonly strategy?: ExternalSecretSpecDataFromRewriteMergeStrategy;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteMerge' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromRewriteMerge(obj: ExternalSecretSpecDataFromRewriteMerge | undefined): Record<string, any> | undefined;
/**
 * Used to rewrite with regular expressions.
 * The resulting key will be the output of a regexp.ReplaceAll operation.
 *
 * @schema ExternalSecretSpecDataFromRewriteRegexp
 */
export interface ExternalSecretSpecDataFromRewriteRegexp {
    /**
     * Used to define the regular expression of a re.Compiler.
     *
     * @schema ExternalSecretSpecDataFromRewriteRegexp#source
     */
    readonly source: string;
    /**
     * Used to define the target pattern of a ReplaceAll operation.
     *
     * @schema ExternalSecretSpecDataFromRewriteRegexp#target
     */
    readonly target: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteRegexp' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromRewriteRegexp(obj: ExternalSecretSpecDataFromRewriteRegexp | undefined): Record<string, any> | undefined;
/**
 * Used to apply string transformation on the secrets.
 * The resulting key will be the output of the template applied by the operation.
 *
 * @schema ExternalSecretSpecDataFromRewriteTransform
 */
export interface ExternalSecretSpecDataFromRewriteTransform {
    /**
     * Used to define the template to apply on the secret name.
     * `.value ` will specify the secret name in the template.
     *
     * @schema ExternalSecretSpecDataFromRewriteTransform#template
     */
    readonly template: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteTransform' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromRewriteTransform(obj: ExternalSecretSpecDataFromRewriteTransform | undefined): Record<string, any> | undefined;
/**
 * GeneratorRef points to a generator custom resource.
 *
 * @schema ExternalSecretSpecDataFromSourceRefGeneratorRef
 */
export interface ExternalSecretSpecDataFromSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ExternalSecretSpecDataFromSourceRefGeneratorRef#kind
     */
    readonly kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ExternalSecretSpecDataFromSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj: ExternalSecretSpecDataFromSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretSpecDataFromSourceRefStoreRef
 */
export interface ExternalSecretSpecDataFromSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretSpecDataFromSourceRefStoreRef#kind
     */
    readonly kind?: ExternalSecretSpecDataFromSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretSpecDataFromSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj: ExternalSecretSpecDataFromSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ExternalSecretSpecTargetTemplateEngineVersion
 */
export declare enum ExternalSecretSpecTargetTemplateEngineVersion {
    /** v2 */
    V2 = "v2"
}
/**
 * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
 *
 * @schema ExternalSecretSpecTargetTemplateMergePolicy
 */
export declare enum ExternalSecretSpecTargetTemplateMergePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** Merge */
    MERGE = "Merge"
}
/**
 * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
 *
 * @schema ExternalSecretSpecTargetTemplateMetadata
 */
export interface ExternalSecretSpecTargetTemplateMetadata {
    /**
     * @schema ExternalSecretSpecTargetTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ExternalSecretSpecTargetTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ExternalSecretSpecTargetTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateMetadata' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateMetadata(obj: ExternalSecretSpecTargetTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * TemplateFrom specifies a source for templates.
 * Each item in the list can either reference a ConfigMap or a Secret resource.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFrom
 */
export interface ExternalSecretSpecTargetTemplateTemplateFrom {
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFrom#configMap
     */
    readonly configMap?: ExternalSecretSpecTargetTemplateTemplateFromConfigMap;
    /**
     * @schema ExternalSecretSpecTargetTemplateTemplateFrom#literal
     */
    readonly literal?: string;
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFrom#secret
     */
    readonly secret?: ExternalSecretSpecTargetTemplateTemplateFromSecret;
    /**
     * Target specifies where to place the template result.
     * For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
     * any other value is rejected because it would allow writes to privileged Secret fields.
     * For custom resources (when spec.target.manifest is set), this supports
     * nested paths like "spec.database.config" or "data".
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFrom#target
     */
    readonly target?: string;
    /**
     * Used to define a decoding Strategy for the rendered template values.
     * Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ExternalSecretSpecTargetTemplateTemplateFrom#valuesDecodingStrategy
     */
    readonly valuesDecodingStrategy?: ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFrom' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateTemplateFrom(obj: ExternalSecretSpecTargetTemplateTemplateFrom | undefined): Record<string, any> | undefined;
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretSpecDataSourceRefGeneratorRefKind
 */
export declare enum ExternalSecretSpecDataSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** BeyondtrustWorkloadCredentialsDynamicSecret */
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BeyondtrustWorkloadCredentialsDynamicSecret",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** CloudsmithAccessToken */
    CLOUDSMITH_ACCESS_TOKEN = "CloudsmithAccessToken",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    /** GitlabDeployToken */
    GITLAB_DEPLOY_TOKEN = "GitlabDeployToken",
    /** QuayAccessToken */
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    /** Password */
    PASSWORD = "Password",
    /** SSHKey */
    SSH_KEY = "SSHKey",
    /** STSSessionToken */
    STS_SESSION_TOKEN = "STSSessionToken",
    /** UUID */
    UUID = "UUID",
    /** VaultDynamicSecret */
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    /** Webhook */
    WEBHOOK = "Webhook",
    /** Grafana */
    GRAFANA = "Grafana",
    /** MFA */
    MFA = "MFA"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecDataSourceRefStoreRefKind
 */
export declare enum ExternalSecretSpecDataSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Used to define the policy to use in conflict resolution.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergeConflictPolicy
 */
export declare enum ExternalSecretSpecDataFromRewriteMergeConflictPolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Error */
    ERROR = "Error"
}
/**
 * Used to define the policy when a key in the priority list does not exist in the input.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergePriorityPolicy
 */
export declare enum ExternalSecretSpecDataFromRewriteMergePriorityPolicy {
    /** IgnoreNotFound */
    IGNORE_NOT_FOUND = "IgnoreNotFound",
    /** Strict */
    STRICT = "Strict"
}
/**
 * Used to define the strategy to use in the merge operation.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergeStrategy
 */
export declare enum ExternalSecretSpecDataFromRewriteMergeStrategy {
    /** Extract */
    EXTRACT = "Extract",
    /** JSON */
    JSON = "JSON"
}
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretSpecDataFromSourceRefGeneratorRefKind
 */
export declare enum ExternalSecretSpecDataFromSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** BeyondtrustWorkloadCredentialsDynamicSecret */
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BeyondtrustWorkloadCredentialsDynamicSecret",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** CloudsmithAccessToken */
    CLOUDSMITH_ACCESS_TOKEN = "CloudsmithAccessToken",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    /** GitlabDeployToken */
    GITLAB_DEPLOY_TOKEN = "GitlabDeployToken",
    /** QuayAccessToken */
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    /** Password */
    PASSWORD = "Password",
    /** SSHKey */
    SSH_KEY = "SSHKey",
    /** STSSessionToken */
    STS_SESSION_TOKEN = "STSSessionToken",
    /** UUID */
    UUID = "UUID",
    /** VaultDynamicSecret */
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    /** Webhook */
    WEBHOOK = "Webhook",
    /** Grafana */
    GRAFANA = "Grafana",
    /** MFA */
    MFA = "MFA"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecDataFromSourceRefStoreRefKind
 */
export declare enum ExternalSecretSpecDataFromSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMap
 */
export interface ExternalSecretSpecTargetTemplateTemplateFromConfigMap {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
     */
    readonly items: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj: ExternalSecretSpecTargetTemplateTemplateFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromSecret
 */
export interface ExternalSecretSpecTargetTemplateTemplateFromSecret {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromSecret#items
     */
    readonly items: ExternalSecretSpecTargetTemplateTemplateFromSecretItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj: ExternalSecretSpecTargetTemplateTemplateFromSecret | undefined): Record<string, any> | undefined;
/**
 * Used to define a decoding Strategy for the rendered template values.
 * Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
 */
export declare enum ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
 */
export interface ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
     */
    readonly templateAs?: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromSecretItems
 */
export interface ExternalSecretSpecTargetTemplateTemplateFromSecretItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema ExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
     */
    readonly templateAs?: ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
export declare function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj: ExternalSecretSpecTargetTemplateTemplateFromSecretItems | undefined): Record<string, any> | undefined;
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
export declare enum ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
export declare enum ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * ExternalSecret is the schema for the external-secrets API.
 *
 * @schema ExternalSecretV1Beta1
 */
export declare class ExternalSecretV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ExternalSecretV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ExternalSecretV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ExternalSecretV1Beta1Props): any;
    /**
     * Defines a "ExternalSecretV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ExternalSecretV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ExternalSecret is the schema for the external-secrets API.
 *
 * @schema ExternalSecretV1Beta1
 */
export interface ExternalSecretV1Beta1Props {
    /**
     * @schema ExternalSecretV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ExternalSecretSpec defines the desired state of ExternalSecret.
     *
     * @schema ExternalSecretV1Beta1#spec
     */
    readonly spec?: ExternalSecretV1Beta1Spec;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1Props' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1Props(obj: ExternalSecretV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretSpec defines the desired state of ExternalSecret.
 *
 * @schema ExternalSecretV1Beta1Spec
 */
export interface ExternalSecretV1Beta1Spec {
    /**
     * Data defines the connection between the Kubernetes Secret keys and the Provider data
     *
     * @schema ExternalSecretV1Beta1Spec#data
     */
    readonly data?: ExternalSecretV1Beta1SpecData[];
    /**
     * DataFrom is used to fetch all properties from a specific Provider data
     * If multiple entries are specified, the Secret keys are merged in the specified order
     *
     * @schema ExternalSecretV1Beta1Spec#dataFrom
     */
    readonly dataFrom?: ExternalSecretV1Beta1SpecDataFrom[];
    /**
     * RefreshInterval is the amount of time before the values are read again from the SecretStore provider,
     * specified as Golang Duration strings.
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
     * Example values: "1h0m0s", "2h30m0s", "10m0s"
     * May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
     *
     * @default 1h0m0s.
     * @schema ExternalSecretV1Beta1Spec#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * RefreshPolicy determines how the ExternalSecret should be refreshed:
     * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
     * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
     * No periodic updates occur if refreshInterval is 0.
     * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
     *
     * @schema ExternalSecretV1Beta1Spec#refreshPolicy
     */
    readonly refreshPolicy?: ExternalSecretV1Beta1SpecRefreshPolicy;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretV1Beta1Spec#secretStoreRef
     */
    readonly secretStoreRef?: ExternalSecretV1Beta1SpecSecretStoreRef;
    /**
     * ExternalSecretTarget defines the Kubernetes Secret to be created
     * There can be only one target per ExternalSecret.
     *
     * @schema ExternalSecretV1Beta1Spec#target
     */
    readonly target?: ExternalSecretV1Beta1SpecTarget;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1Spec(obj: ExternalSecretV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.<key>) and the Provider data.
 *
 * @schema ExternalSecretV1Beta1SpecData
 */
export interface ExternalSecretV1Beta1SpecData {
    /**
     * RemoteRef points to the remote secret and defines
     * which secret (version/property/..) to fetch.
     *
     * @schema ExternalSecretV1Beta1SpecData#remoteRef
     */
    readonly remoteRef: ExternalSecretV1Beta1SpecDataRemoteRef;
    /**
     * The key in the Kubernetes Secret to store the value.
     *
     * @schema ExternalSecretV1Beta1SpecData#secretKey
     */
    readonly secretKey: string;
    /**
     * SourceRef allows you to override the source
     * from which the value will be pulled.
     *
     * @schema ExternalSecretV1Beta1SpecData#sourceRef
     */
    readonly sourceRef?: ExternalSecretV1Beta1SpecDataSourceRef;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecData' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecData(obj: ExternalSecretV1Beta1SpecData | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretDataFromRemoteRef defines a reference to multiple secrets in the provider to be fetched using options.
 *
 * @schema ExternalSecretV1Beta1SpecDataFrom
 */
export interface ExternalSecretV1Beta1SpecDataFrom {
    /**
     * Used to extract multiple key/value pairs from one secret
     * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ExternalSecretV1Beta1SpecDataFrom#extract
     */
    readonly extract?: ExternalSecretV1Beta1SpecDataFromExtract;
    /**
     * Used to find secrets based on tags or regular expressions
     * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ExternalSecretV1Beta1SpecDataFrom#find
     */
    readonly find?: ExternalSecretV1Beta1SpecDataFromFind;
    /**
     * Used to rewrite secret Keys after getting them from the secret Provider
     * Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
     *
     * @schema ExternalSecretV1Beta1SpecDataFrom#rewrite
     */
    readonly rewrite?: ExternalSecretV1Beta1SpecDataFromRewrite[];
    /**
     * SourceRef points to a store or generator
     * which contains secret values ready to use.
     * Use this in combination with Extract or Find pull values out of
     * a specific SecretStore.
     * When sourceRef points to a generator Extract or Find is not supported.
     * The generator returns a static map of values
     *
     * @schema ExternalSecretV1Beta1SpecDataFrom#sourceRef
     */
    readonly sourceRef?: ExternalSecretV1Beta1SpecDataFromSourceRef;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFrom' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFrom(obj: ExternalSecretV1Beta1SpecDataFrom | undefined): Record<string, any> | undefined;
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ExternalSecretV1Beta1SpecRefreshPolicy
 */
export declare enum ExternalSecretV1Beta1SpecRefreshPolicy {
    /** CreatedOnce */
    CREATED_ONCE = "CreatedOnce",
    /** Periodic */
    PERIODIC = "Periodic",
    /** OnChange */
    ON_CHANGE = "OnChange"
}
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretV1Beta1SpecSecretStoreRef
 */
export interface ExternalSecretV1Beta1SpecSecretStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretV1Beta1SpecSecretStoreRef#kind
     */
    readonly kind?: ExternalSecretV1Beta1SpecSecretStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretV1Beta1SpecSecretStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecSecretStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj: ExternalSecretV1Beta1SpecSecretStoreRef | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretTarget defines the Kubernetes Secret to be created
 * There can be only one target per ExternalSecret.
 *
 * @schema ExternalSecretV1Beta1SpecTarget
 */
export interface ExternalSecretV1Beta1SpecTarget {
    /**
     * CreationPolicy defines rules on how to create the resulting Secret.
     * Defaults to "Owner"
     *
     * @default Owner"
     * @schema ExternalSecretV1Beta1SpecTarget#creationPolicy
     */
    readonly creationPolicy?: ExternalSecretV1Beta1SpecTargetCreationPolicy;
    /**
     * DeletionPolicy defines rules on how to delete the resulting Secret.
     * Defaults to "Retain"
     *
     * @default Retain"
     * @schema ExternalSecretV1Beta1SpecTarget#deletionPolicy
     */
    readonly deletionPolicy?: ExternalSecretV1Beta1SpecTargetDeletionPolicy;
    /**
     * Immutable defines if the final secret will be immutable
     *
     * @schema ExternalSecretV1Beta1SpecTarget#immutable
     */
    readonly immutable?: boolean;
    /**
     * The name of the Secret resource to be managed.
     * Defaults to the .metadata.name of the ExternalSecret resource
     *
     * @default the .metadata.name of the ExternalSecret resource
     * @schema ExternalSecretV1Beta1SpecTarget#name
     */
    readonly name?: string;
    /**
     * Template defines a blueprint for the created Secret resource.
     *
     * @schema ExternalSecretV1Beta1SpecTarget#template
     */
    readonly template?: ExternalSecretV1Beta1SpecTargetTemplate;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTarget' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTarget(obj: ExternalSecretV1Beta1SpecTarget | undefined): Record<string, any> | undefined;
/**
 * RemoteRef points to the remote secret and defines
 * which secret (version/property/..) to fetch.
 *
 * @schema ExternalSecretV1Beta1SpecDataRemoteRef
 */
export interface ExternalSecretV1Beta1SpecDataRemoteRef {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#metadataPolicy
     */
    readonly metadataPolicy?: ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ExternalSecretV1Beta1SpecDataRemoteRef#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataRemoteRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj: ExternalSecretV1Beta1SpecDataRemoteRef | undefined): Record<string, any> | undefined;
/**
 * SourceRef allows you to override the source
 * from which the value will be pulled.
 *
 * @schema ExternalSecretV1Beta1SpecDataSourceRef
 */
export interface ExternalSecretV1Beta1SpecDataSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * Deprecated: The generatorRef is not implemented in .data[].
     * this will be removed with v1.
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRef#generatorRef
     */
    readonly generatorRef?: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRef#storeRef
     */
    readonly storeRef?: ExternalSecretV1Beta1SpecDataSourceRefStoreRef;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj: ExternalSecretV1Beta1SpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * Used to extract multiple key/value pairs from one secret
 * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromExtract
 */
export interface ExternalSecretV1Beta1SpecDataFromExtract {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#metadataPolicy
     */
    readonly metadataPolicy?: ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ExternalSecretV1Beta1SpecDataFromExtract#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromExtract' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj: ExternalSecretV1Beta1SpecDataFromExtract | undefined): Record<string, any> | undefined;
/**
 * Used to find secrets based on tags or regular expressions
 * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFind
 */
export interface ExternalSecretV1Beta1SpecDataFromFind {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFind#conversionStrategy
     */
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataFromFindConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFind#decodingStrategy
     */
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy;
    /**
     * Finds secrets based on the name.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFind#name
     */
    readonly name?: ExternalSecretV1Beta1SpecDataFromFindName;
    /**
     * A root path to start the find operations.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFind#path
     */
    readonly path?: string;
    /**
     * Find secrets based on tags.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFind#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromFind' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromFind(obj: ExternalSecretV1Beta1SpecDataFromFind | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretRewrite defines rules on how to rewrite secret keys.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromRewrite
 */
export interface ExternalSecretV1Beta1SpecDataFromRewrite {
    /**
     * Used to rewrite with regular expressions.
     * The resulting key will be the output of a regexp.ReplaceAll operation.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromRewrite#regexp
     */
    readonly regexp?: ExternalSecretV1Beta1SpecDataFromRewriteRegexp;
    /**
     * Used to apply string transformation on the secrets.
     * The resulting key will be the output of the template applied by the operation.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromRewrite#transform
     */
    readonly transform?: ExternalSecretV1Beta1SpecDataFromRewriteTransform;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewrite' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromRewrite(obj: ExternalSecretV1Beta1SpecDataFromRewrite | undefined): Record<string, any> | undefined;
/**
 * SourceRef points to a store or generator
 * which contains secret values ready to use.
 * Use this in combination with Extract or Find pull values out of
 * a specific SecretStore.
 * When sourceRef points to a generator Extract or Find is not supported.
 * The generator returns a static map of values
 *
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRef
 */
export interface ExternalSecretV1Beta1SpecDataFromSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRef#generatorRef
     */
    readonly generatorRef?: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRef#storeRef
     */
    readonly storeRef?: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj: ExternalSecretV1Beta1SpecDataFromSourceRef | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecSecretStoreRefKind
 */
export declare enum ExternalSecretV1Beta1SpecSecretStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ExternalSecretV1Beta1SpecTargetCreationPolicy
 */
export declare enum ExternalSecretV1Beta1SpecTargetCreationPolicy {
    /** Owner */
    OWNER = "Owner",
    /** Orphan */
    ORPHAN = "Orphan",
    /** Merge */
    MERGE = "Merge",
    /** None */
    NONE = "None"
}
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ExternalSecretV1Beta1SpecTargetDeletionPolicy
 */
export declare enum ExternalSecretV1Beta1SpecTargetDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Merge */
    MERGE = "Merge",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * Template defines a blueprint for the created Secret resource.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplate
 */
export interface ExternalSecretV1Beta1SpecTargetTemplate {
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * EngineVersion specifies the template engine version
     * that should be used to compile/execute the
     * template specified in .data and .templateFrom[].
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#engineVersion
     */
    readonly engineVersion?: ExternalSecretV1Beta1SpecTargetTemplateEngineVersion;
    /**
     * TemplateMergePolicy defines how template values should be merged when generating a secret.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#mergePolicy
     */
    readonly mergePolicy?: ExternalSecretV1Beta1SpecTargetTemplateMergePolicy;
    /**
     * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#metadata
     */
    readonly metadata?: ExternalSecretV1Beta1SpecTargetTemplateMetadata;
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#templateFrom
     */
    readonly templateFrom?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom[];
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplate#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplate' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj: ExternalSecretV1Beta1SpecTargetTemplate | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy
 */
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * GeneratorRef points to a generator custom resource.
 *
 * Deprecated: The generatorRef is not implemented in .data[].
 * this will be removed with v1.
 *
 * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef
 */
export interface ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#kind
     */
    readonly kind: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretV1Beta1SpecDataSourceRefStoreRef
 */
export interface ExternalSecretV1Beta1SpecDataSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretV1Beta1SpecDataSourceRefStoreRef#kind
     */
    readonly kind?: ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretV1Beta1SpecDataSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj: ExternalSecretV1Beta1SpecDataSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy
 */
export declare enum ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFindConversionStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataFromFindConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy
 */
export declare enum ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * Finds secrets based on the name.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFindName
 */
export interface ExternalSecretV1Beta1SpecDataFromFindName {
    /**
     * Finds secrets base
     *
     * @schema ExternalSecretV1Beta1SpecDataFromFindName#regexp
     */
    readonly regexp?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromFindName' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj: ExternalSecretV1Beta1SpecDataFromFindName | undefined): Record<string, any> | undefined;
/**
 * Used to rewrite with regular expressions.
 * The resulting key will be the output of a regexp.ReplaceAll operation.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromRewriteRegexp
 */
export interface ExternalSecretV1Beta1SpecDataFromRewriteRegexp {
    /**
     * Used to define the regular expression of a re.Compiler.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromRewriteRegexp#source
     */
    readonly source: string;
    /**
     * Used to define the target pattern of a ReplaceAll operation.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromRewriteRegexp#target
     */
    readonly target: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewriteRegexp' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj: ExternalSecretV1Beta1SpecDataFromRewriteRegexp | undefined): Record<string, any> | undefined;
/**
 * Used to apply string transformation on the secrets.
 * The resulting key will be the output of the template applied by the operation.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromRewriteTransform
 */
export interface ExternalSecretV1Beta1SpecDataFromRewriteTransform {
    /**
     * Used to define the template to apply on the secret name.
     * `.value ` will specify the secret name in the template.
     *
     * @schema ExternalSecretV1Beta1SpecDataFromRewriteTransform#template
     */
    readonly template: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewriteTransform' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj: ExternalSecretV1Beta1SpecDataFromRewriteTransform | undefined): Record<string, any> | undefined;
/**
 * GeneratorRef points to a generator custom resource.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef
 */
export interface ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#kind
     */
    readonly kind: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef
 */
export interface ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef#kind
     */
    readonly kind?: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateEngineVersion
 */
export declare enum ExternalSecretV1Beta1SpecTargetTemplateEngineVersion {
    /** v2 */
    V2 = "v2"
}
/**
 * TemplateMergePolicy defines how template values should be merged when generating a secret.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateMergePolicy
 */
export declare enum ExternalSecretV1Beta1SpecTargetTemplateMergePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** Merge */
    MERGE = "Merge"
}
/**
 * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateMetadata
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateMetadata {
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateMetadata' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj: ExternalSecretV1Beta1SpecTargetTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * TemplateFrom defines a source for template data.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom {
    /**
     * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#configMap
     */
    readonly configMap?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap;
    /**
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#literal
     */
    readonly literal?: string;
    /**
     * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#secret
     */
    readonly secret?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret;
    /**
     * TemplateTarget defines the target field where the template result will be stored.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#target
     */
    readonly target?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(obj: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom | undefined): Record<string, any> | undefined;
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind
 */
export declare enum ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    /** QuayAccessToken */
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    /** Password */
    PASSWORD = "Password",
    /** SSHKey */
    SSH_KEY = "SSHKey",
    /** STSSessionToken */
    STS_SESSION_TOKEN = "STSSessionToken",
    /** UUID */
    UUID = "UUID",
    /** VaultDynamicSecret */
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    /** Webhook */
    WEBHOOK = "Webhook",
    /** Grafana */
    GRAFANA = "Grafana"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind
 */
export declare enum ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind
 */
export declare enum ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    /** QuayAccessToken */
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    /** Password */
    PASSWORD = "Password",
    /** SSHKey */
    SSH_KEY = "SSHKey",
    /** STSSessionToken */
    STS_SESSION_TOKEN = "STSSessionToken",
    /** UUID */
    UUID = "UUID",
    /** VaultDynamicSecret */
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    /** Webhook */
    WEBHOOK = "Webhook",
    /** Grafana */
    GRAFANA = "Grafana"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind
 */
export declare enum ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap#items
     */
    readonly items: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret#items
     */
    readonly items: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret | undefined): Record<string, any> | undefined;
/**
 * TemplateTarget defines the target field where the template result will be stored.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget
 */
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget {
    /** Data */
    DATA = "Data",
    /** Annotations */
    ANNOTATIONS = "Annotations",
    /** Labels */
    LABELS = "Labels"
}
/**
 * TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems#key
     */
    readonly key: string;
    /**
     * TemplateScope defines the scope of the template when processing template data.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems#templateAs
     */
    readonly templateAs?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(obj: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems
 */
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems#key
     */
    readonly key: string;
    /**
     * TemplateScope defines the scope of the template when processing template data.
     *
     * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems#templateAs
     */
    readonly templateAs?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
export declare function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(obj: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems | undefined): Record<string, any> | undefined;
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
