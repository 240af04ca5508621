import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ImageRepository is the Schema for the imagerepositories API
 *
 * @schema ImageRepository
 */
export declare class ImageRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ImageRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ImageRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ImageRepositoryProps): any;
    /**
     * Defines a "ImageRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ImageRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ImageRepository is the Schema for the imagerepositories API
 *
 * @schema ImageRepository
 */
export interface ImageRepositoryProps {
    /**
     * @schema ImageRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ImageRepositorySpec defines the parameters for scanning an image
     * repository, e.g., `fluxcd/flux`.
     *
     * @schema ImageRepository#spec
     */
    readonly spec?: ImageRepositorySpec;
}
/**
 * Converts an object of type 'ImageRepositoryProps' to JSON representation.
 */
export declare function toJson_ImageRepositoryProps(obj: ImageRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * ImageRepositorySpec defines the parameters for scanning an image
 * repository, e.g., `fluxcd/flux`.
 *
 * @schema ImageRepositorySpec
 */
export interface ImageRepositorySpec {
    /**
     * AccessFrom defines an ACL for allowing cross-namespace references
     * to the ImageRepository object based on the caller's namespace labels.
     *
     * @schema ImageRepositorySpec#accessFrom
     */
    readonly accessFrom?: ImageRepositorySpecAccessFrom;
    /**
     * CertSecretRef can be given the name of a Secret containing
     * either or both of
     *
     * - a PEM-encoded client certificate (`tls.crt`) and private
     * key (`tls.key`);
     * - a PEM-encoded CA certificate (`ca.crt`)
     *
     * and whichever are supplied, will be used for connecting to the
     * registry. The client cert and key are useful if you are
     * authenticating with a certificate; the CA cert is useful if
     * you are using a self-signed server certificate. The Secret must
     * be of type `Opaque` or `kubernetes.io/tls`.
     *
     * Note: Support for the `caFile`, `certFile` and `keyFile` keys has
     * been deprecated.
     *
     * @schema ImageRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: ImageRepositorySpecCertSecretRef;
    /**
     * ExclusionList is a list of regex strings used to exclude certain tags
     * from being stored in the database.
     *
     * @schema ImageRepositorySpec#exclusionList
     */
    readonly exclusionList?: string[];
    /**
     * Image is the name of the image repository
     *
     * @schema ImageRepositorySpec#image
     */
    readonly image: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema ImageRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval is the length of time to wait between
     * scans of the image repository.
     *
     * @schema ImageRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema ImageRepositorySpec#provider
     */
    readonly provider?: ImageRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema ImageRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: ImageRepositorySpecProxySecretRef;
    /**
     * SecretRef can be given the name of a secret containing
     * credentials to use for the image registry. The secret should be
     * created with `kubectl create secret docker-registry`, or the
     * equivalent.
     *
     * @schema ImageRepositorySpec#secretRef
     */
    readonly secretRef?: ImageRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets.
     *
     * @schema ImageRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend subsequent image scans.
     * It does not apply to already started scans. Defaults to false.
     *
     * @default false.
     * @schema ImageRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for image scanning.
     * Defaults to 'Interval' duration.
     *
     * @default Interval' duration.
     * @schema ImageRepositorySpec#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'ImageRepositorySpec' to JSON representation.
 */
export declare function toJson_ImageRepositorySpec(obj: ImageRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * AccessFrom defines an ACL for allowing cross-namespace references
 * to the ImageRepository object based on the caller's namespace labels.
 *
 * @schema ImageRepositorySpecAccessFrom
 */
export interface ImageRepositorySpecAccessFrom {
    /**
     * NamespaceSelectors is the list of namespace selectors to which this ACL applies.
     * Items in this list are evaluated using a logical OR operation.
     *
     * @schema ImageRepositorySpecAccessFrom#namespaceSelectors
     */
    readonly namespaceSelectors: ImageRepositorySpecAccessFromNamespaceSelectors[];
}
/**
 * Converts an object of type 'ImageRepositorySpecAccessFrom' to JSON representation.
 */
export declare function toJson_ImageRepositorySpecAccessFrom(obj: ImageRepositorySpecAccessFrom | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef can be given the name of a Secret containing
 * either or both of
 *
 * - a PEM-encoded client certificate (`tls.crt`) and private
 * key (`tls.key`);
 * - a PEM-encoded CA certificate (`ca.crt`)
 *
 * and whichever are supplied, will be used for connecting to the
 * registry. The client cert and key are useful if you are
 * authenticating with a certificate; the CA cert is useful if
 * you are using a self-signed server certificate. The Secret must
 * be of type `Opaque` or `kubernetes.io/tls`.
 *
 * Note: Support for the `caFile`, `certFile` and `keyFile` keys has
 * been deprecated.
 *
 * @schema ImageRepositorySpecCertSecretRef
 */
export interface ImageRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositorySpecCertSecretRef(obj: ImageRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema ImageRepositorySpecProvider
 */
export declare enum ImageRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** gcp */
    GCP = "gcp"
}
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the container registry.
 *
 * @schema ImageRepositorySpecProxySecretRef
 */
export interface ImageRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositorySpecProxySecretRef(obj: ImageRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef can be given the name of a secret containing
 * credentials to use for the image registry. The secret should be
 * created with `kubectl create secret docker-registry`, or the
 * equivalent.
 *
 * @schema ImageRepositorySpecSecretRef
 */
export interface ImageRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositorySpecSecretRef(obj: ImageRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector selects the namespaces to which this ACL applies.
 * An empty map of MatchLabels matches all namespaces in a cluster.
 *
 * @schema ImageRepositorySpecAccessFromNamespaceSelectors
 */
export interface ImageRepositorySpecAccessFromNamespaceSelectors {
    /**
     * MatchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ImageRepositorySpecAccessFromNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ImageRepositorySpecAccessFromNamespaceSelectors' to JSON representation.
 */
export declare function toJson_ImageRepositorySpecAccessFromNamespaceSelectors(obj: ImageRepositorySpecAccessFromNamespaceSelectors | undefined): Record<string, any> | undefined;
/**
 * ImageRepository is the Schema for the imagerepositories API
 *
 * @schema ImageRepositoryV1Beta2
 */
export declare class ImageRepositoryV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ImageRepositoryV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ImageRepositoryV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ImageRepositoryV1Beta2Props): any;
    /**
     * Defines a "ImageRepositoryV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ImageRepositoryV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ImageRepository is the Schema for the imagerepositories API
 *
 * @schema ImageRepositoryV1Beta2
 */
export interface ImageRepositoryV1Beta2Props {
    /**
     * @schema ImageRepositoryV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ImageRepositorySpec defines the parameters for scanning an image
     * repository, e.g., `fluxcd/flux`.
     *
     * @schema ImageRepositoryV1Beta2#spec
     */
    readonly spec?: ImageRepositoryV1Beta2Spec;
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2Props' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2Props(obj: ImageRepositoryV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * ImageRepositorySpec defines the parameters for scanning an image
 * repository, e.g., `fluxcd/flux`.
 *
 * @schema ImageRepositoryV1Beta2Spec
 */
export interface ImageRepositoryV1Beta2Spec {
    /**
     * AccessFrom defines an ACL for allowing cross-namespace references
     * to the ImageRepository object based on the caller's namespace labels.
     *
     * @schema ImageRepositoryV1Beta2Spec#accessFrom
     */
    readonly accessFrom?: ImageRepositoryV1Beta2SpecAccessFrom;
    /**
     * CertSecretRef can be given the name of a Secret containing
     * either or both of
     *
     * - a PEM-encoded client certificate (`tls.crt`) and private
     * key (`tls.key`);
     * - a PEM-encoded CA certificate (`ca.crt`)
     *
     * and whichever are supplied, will be used for connecting to the
     * registry. The client cert and key are useful if you are
     * authenticating with a certificate; the CA cert is useful if
     * you are using a self-signed server certificate. The Secret must
     * be of type `Opaque` or `kubernetes.io/tls`.
     *
     * Note: Support for the `caFile`, `certFile` and `keyFile` keys has
     * been deprecated.
     *
     * @schema ImageRepositoryV1Beta2Spec#certSecretRef
     */
    readonly certSecretRef?: ImageRepositoryV1Beta2SpecCertSecretRef;
    /**
     * ExclusionList is a list of regex strings used to exclude certain tags
     * from being stored in the database.
     *
     * @schema ImageRepositoryV1Beta2Spec#exclusionList
     */
    readonly exclusionList?: string[];
    /**
     * Image is the name of the image repository
     *
     * @schema ImageRepositoryV1Beta2Spec#image
     */
    readonly image: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema ImageRepositoryV1Beta2Spec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval is the length of time to wait between
     * scans of the image repository.
     *
     * @schema ImageRepositoryV1Beta2Spec#interval
     */
    readonly interval: string;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema ImageRepositoryV1Beta2Spec#provider
     */
    readonly provider?: ImageRepositoryV1Beta2SpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema ImageRepositoryV1Beta2Spec#proxySecretRef
     */
    readonly proxySecretRef?: ImageRepositoryV1Beta2SpecProxySecretRef;
    /**
     * SecretRef can be given the name of a secret containing
     * credentials to use for the image registry. The secret should be
     * created with `kubectl create secret docker-registry`, or the
     * equivalent.
     *
     * @schema ImageRepositoryV1Beta2Spec#secretRef
     */
    readonly secretRef?: ImageRepositoryV1Beta2SpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets.
     *
     * @schema ImageRepositoryV1Beta2Spec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend subsequent image scans.
     * It does not apply to already started scans. Defaults to false.
     *
     * @default false.
     * @schema ImageRepositoryV1Beta2Spec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for image scanning.
     * Defaults to 'Interval' duration.
     *
     * @default Interval' duration.
     * @schema ImageRepositoryV1Beta2Spec#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2Spec' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2Spec(obj: ImageRepositoryV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * AccessFrom defines an ACL for allowing cross-namespace references
 * to the ImageRepository object based on the caller's namespace labels.
 *
 * @schema ImageRepositoryV1Beta2SpecAccessFrom
 */
export interface ImageRepositoryV1Beta2SpecAccessFrom {
    /**
     * NamespaceSelectors is the list of namespace selectors to which this ACL applies.
     * Items in this list are evaluated using a logical OR operation.
     *
     * @schema ImageRepositoryV1Beta2SpecAccessFrom#namespaceSelectors
     */
    readonly namespaceSelectors: ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors[];
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2SpecAccessFrom' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2SpecAccessFrom(obj: ImageRepositoryV1Beta2SpecAccessFrom | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef can be given the name of a Secret containing
 * either or both of
 *
 * - a PEM-encoded client certificate (`tls.crt`) and private
 * key (`tls.key`);
 * - a PEM-encoded CA certificate (`ca.crt`)
 *
 * and whichever are supplied, will be used for connecting to the
 * registry. The client cert and key are useful if you are
 * authenticating with a certificate; the CA cert is useful if
 * you are using a self-signed server certificate. The Secret must
 * be of type `Opaque` or `kubernetes.io/tls`.
 *
 * Note: Support for the `caFile`, `certFile` and `keyFile` keys has
 * been deprecated.
 *
 * @schema ImageRepositoryV1Beta2SpecCertSecretRef
 */
export interface ImageRepositoryV1Beta2SpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositoryV1Beta2SpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2SpecCertSecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2SpecCertSecretRef(obj: ImageRepositoryV1Beta2SpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema ImageRepositoryV1Beta2SpecProvider
 */
export declare enum ImageRepositoryV1Beta2SpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** gcp */
    GCP = "gcp"
}
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the container registry.
 *
 * @schema ImageRepositoryV1Beta2SpecProxySecretRef
 */
export interface ImageRepositoryV1Beta2SpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositoryV1Beta2SpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2SpecProxySecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2SpecProxySecretRef(obj: ImageRepositoryV1Beta2SpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef can be given the name of a secret containing
 * credentials to use for the image registry. The secret should be
 * created with `kubectl create secret docker-registry`, or the
 * equivalent.
 *
 * @schema ImageRepositoryV1Beta2SpecSecretRef
 */
export interface ImageRepositoryV1Beta2SpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema ImageRepositoryV1Beta2SpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2SpecSecretRef' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2SpecSecretRef(obj: ImageRepositoryV1Beta2SpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector selects the namespaces to which this ACL applies.
 * An empty map of MatchLabels matches all namespaces in a cluster.
 *
 * @schema ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors
 */
export interface ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors {
    /**
     * MatchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors' to JSON representation.
 */
export declare function toJson_ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors(obj: ImageRepositoryV1Beta2SpecAccessFromNamespaceSelectors | undefined): Record<string, any> | undefined;
