import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export declare class OciRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OCIRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OCIRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OciRepositoryProps): any;
    /**
     * Defines a "OCIRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OciRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export interface OciRepositoryProps {
    /**
     * @schema OCIRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * OCIRepositorySpec defines the desired state of OCIRepository
     *
     * @schema OCIRepository#spec
     */
    readonly spec?: OciRepositorySpec;
}
/**
 * Converts an object of type 'OciRepositoryProps' to JSON representation.
 */
export declare function toJson_OciRepositoryProps(obj: OciRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * OCIRepositorySpec defines the desired state of OCIRepository
 *
 * @schema OciRepositorySpec
 */
export interface OciRepositorySpec {
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
     * @schema OciRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: OciRepositorySpecCertSecretRef;
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema OciRepositorySpec#ignore
     */
    readonly ignore?: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema OciRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the OCIRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema OciRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * LayerSelector specifies which layer should be extracted from the OCI artifact.
     * When not specified, the first layer found in the artifact is selected.
     *
     * @schema OciRepositorySpec#layerSelector
     */
    readonly layerSelector?: OciRepositorySpecLayerSelector;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema OciRepositorySpec#provider
     */
    readonly provider?: OciRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema OciRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: OciRepositorySpecProxySecretRef;
    /**
     * The OCI reference to pull and monitor for changes,
     * defaults to the latest tag.
     *
     * @schema OciRepositorySpec#ref
     */
    readonly ref?: OciRepositorySpecRef;
    /**
     * SecretRef contains the secret name containing the registry login
     * credentials to resolve image metadata.
     * The secret must be of type kubernetes.io/dockerconfigjson.
     *
     * @schema OciRepositorySpec#secretRef
     */
    readonly secretRef?: OciRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets. For more information:
     * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account
     *
     * @schema OciRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend the reconciliation of this source.
     *
     * @schema OciRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * The timeout for remote OCI Repository operations like pulling, defaults to 60s.
     *
     * @schema OciRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * URL is a reference to an OCI artifact repository hosted
     * on a remote container registry.
     *
     * @schema OciRepositorySpec#url
     */
    readonly url: string;
    /**
     * Verify contains the secret name containing the trusted public keys
     * used to verify the signature and specifies which provider to use to check
     * whether OCI image is authentic.
     *
     * @schema OciRepositorySpec#verify
     */
    readonly verify?: OciRepositorySpecVerify;
}
/**
 * Converts an object of type 'OciRepositorySpec' to JSON representation.
 */
export declare function toJson_OciRepositorySpec(obj: OciRepositorySpec | undefined): Record<string, any> | undefined;
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
 * @schema OciRepositorySpecCertSecretRef
 */
export interface OciRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecCertSecretRef(obj: OciRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * LayerSelector specifies which layer should be extracted from the OCI artifact.
 * When not specified, the first layer found in the artifact is selected.
 *
 * @schema OciRepositorySpecLayerSelector
 */
export interface OciRepositorySpecLayerSelector {
    /**
     * MediaType specifies the OCI media type of the layer
     * which should be extracted from the OCI Artifact. The
     * first layer matching this type is selected.
     *
     * @schema OciRepositorySpecLayerSelector#mediaType
     */
    readonly mediaType?: string;
    /**
     * Operation specifies how the selected layer should be processed.
     * By default, the layer compressed content is extracted to storage.
     * When the operation is set to 'copy', the layer compressed content
     * is persisted to storage as it is.
     *
     * @schema OciRepositorySpecLayerSelector#operation
     */
    readonly operation?: OciRepositorySpecLayerSelectorOperation;
}
/**
 * Converts an object of type 'OciRepositorySpecLayerSelector' to JSON representation.
 */
export declare function toJson_OciRepositorySpecLayerSelector(obj: OciRepositorySpecLayerSelector | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema OciRepositorySpecProvider
 */
export declare enum OciRepositorySpecProvider {
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
 * @schema OciRepositorySpecProxySecretRef
 */
export interface OciRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecProxySecretRef(obj: OciRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * The OCI reference to pull and monitor for changes,
 * defaults to the latest tag.
 *
 * @schema OciRepositorySpecRef
 */
export interface OciRepositorySpecRef {
    /**
     * Digest is the image digest to pull, takes precedence over SemVer.
     * The value should be in the format 'sha256:<HASH>'.
     *
     * @schema OciRepositorySpecRef#digest
     */
    readonly digest?: string;
    /**
     * SemVer is the range of tags to pull selecting the latest within
     * the range, takes precedence over Tag.
     *
     * @schema OciRepositorySpecRef#semver
     */
    readonly semver?: string;
    /**
     * SemverFilter is a regex pattern to filter the tags within the SemVer range.
     *
     * @schema OciRepositorySpecRef#semverFilter
     */
    readonly semverFilter?: string;
    /**
     * Tag is the image tag to pull, defaults to latest.
     *
     * @schema OciRepositorySpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'OciRepositorySpecRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecRef(obj: OciRepositorySpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the secret name containing the registry login
 * credentials to resolve image metadata.
 * The secret must be of type kubernetes.io/dockerconfigjson.
 *
 * @schema OciRepositorySpecSecretRef
 */
export interface OciRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecSecretRef(obj: OciRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verify contains the secret name containing the trusted public keys
 * used to verify the signature and specifies which provider to use to check
 * whether OCI image is authentic.
 *
 * @schema OciRepositorySpecVerify
 */
export interface OciRepositorySpecVerify {
    /**
     * MatchOIDCIdentity specifies the identity matching criteria to use
     * while verifying an OCI artifact which was signed using Cosign keyless
     * signing. The artifact's identity is deemed to be verified if any of the
     * specified matchers match against the identity.
     *
     * @schema OciRepositorySpecVerify#matchOIDCIdentity
     */
    readonly matchOidcIdentity?: OciRepositorySpecVerifyMatchOidcIdentity[];
    /**
     * Provider specifies the technology used to sign the OCI Artifact.
     *
     * @schema OciRepositorySpecVerify#provider
     */
    readonly provider: OciRepositorySpecVerifyProvider;
    /**
     * SecretRef specifies the Kubernetes Secret containing the
     * trusted public keys.
     *
     * @schema OciRepositorySpecVerify#secretRef
     */
    readonly secretRef?: OciRepositorySpecVerifySecretRef;
}
/**
 * Converts an object of type 'OciRepositorySpecVerify' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerify(obj: OciRepositorySpecVerify | undefined): Record<string, any> | undefined;
/**
 * Operation specifies how the selected layer should be processed.
 * By default, the layer compressed content is extracted to storage.
 * When the operation is set to 'copy', the layer compressed content
 * is persisted to storage as it is.
 *
 * @schema OciRepositorySpecLayerSelectorOperation
 */
export declare enum OciRepositorySpecLayerSelectorOperation {
    /** extract */
    EXTRACT = "extract",
    /** copy */
    COPY = "copy"
}
/**
 * OIDCIdentityMatch specifies options for verifying the certificate identity,
 * i.e. the issuer and the subject of the certificate.
 *
 * @schema OciRepositorySpecVerifyMatchOidcIdentity
 */
export interface OciRepositorySpecVerifyMatchOidcIdentity {
    /**
     * Issuer specifies the regex pattern to match against to verify
     * the OIDC issuer in the Fulcio certificate. The pattern must be a
     * valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#issuer
     */
    readonly issuer: string;
    /**
     * Subject specifies the regex pattern to match against to verify
     * the identity subject in the Fulcio certificate. The pattern must
     * be a valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#subject
     */
    readonly subject: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifyMatchOidcIdentity' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifyMatchOidcIdentity(obj: OciRepositorySpecVerifyMatchOidcIdentity | undefined): Record<string, any> | undefined;
/**
 * Provider specifies the technology used to sign the OCI Artifact.
 *
 * @schema OciRepositorySpecVerifyProvider
 */
export declare enum OciRepositorySpecVerifyProvider {
    /** cosign */
    COSIGN = "cosign",
    /** notation */
    NOTATION = "notation"
}
/**
 * SecretRef specifies the Kubernetes Secret containing the
 * trusted public keys.
 *
 * @schema OciRepositorySpecVerifySecretRef
 */
export interface OciRepositorySpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifySecretRef(obj: OciRepositorySpecVerifySecretRef | undefined): Record<string, any> | undefined;
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepositoryV1Beta2
 */
export declare class OciRepositoryV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OCIRepositoryV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OCIRepositoryV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OciRepositoryV1Beta2Props): any;
    /**
     * Defines a "OCIRepositoryV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OciRepositoryV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepositoryV1Beta2
 */
export interface OciRepositoryV1Beta2Props {
    /**
     * @schema OCIRepositoryV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * OCIRepositorySpec defines the desired state of OCIRepository
     *
     * @schema OCIRepositoryV1Beta2#spec
     */
    readonly spec?: OciRepositoryV1Beta2Spec;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2Props' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2Props(obj: OciRepositoryV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * OCIRepositorySpec defines the desired state of OCIRepository
 *
 * @schema OciRepositoryV1Beta2Spec
 */
export interface OciRepositoryV1Beta2Spec {
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
     * Note: Support for the `caFile`, `certFile` and `keyFile` keys have
     * been deprecated.
     *
     * @schema OciRepositoryV1Beta2Spec#certSecretRef
     */
    readonly certSecretRef?: OciRepositoryV1Beta2SpecCertSecretRef;
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema OciRepositoryV1Beta2Spec#ignore
     */
    readonly ignore?: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema OciRepositoryV1Beta2Spec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the OCIRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema OciRepositoryV1Beta2Spec#interval
     */
    readonly interval: string;
    /**
     * LayerSelector specifies which layer should be extracted from the OCI artifact.
     * When not specified, the first layer found in the artifact is selected.
     *
     * @schema OciRepositoryV1Beta2Spec#layerSelector
     */
    readonly layerSelector?: OciRepositoryV1Beta2SpecLayerSelector;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema OciRepositoryV1Beta2Spec#provider
     */
    readonly provider?: OciRepositoryV1Beta2SpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema OciRepositoryV1Beta2Spec#proxySecretRef
     */
    readonly proxySecretRef?: OciRepositoryV1Beta2SpecProxySecretRef;
    /**
     * The OCI reference to pull and monitor for changes,
     * defaults to the latest tag.
     *
     * @schema OciRepositoryV1Beta2Spec#ref
     */
    readonly ref?: OciRepositoryV1Beta2SpecRef;
    /**
     * SecretRef contains the secret name containing the registry login
     * credentials to resolve image metadata.
     * The secret must be of type kubernetes.io/dockerconfigjson.
     *
     * @schema OciRepositoryV1Beta2Spec#secretRef
     */
    readonly secretRef?: OciRepositoryV1Beta2SpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets. For more information:
     * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account
     *
     * @schema OciRepositoryV1Beta2Spec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend the reconciliation of this source.
     *
     * @schema OciRepositoryV1Beta2Spec#suspend
     */
    readonly suspend?: boolean;
    /**
     * The timeout for remote OCI Repository operations like pulling, defaults to 60s.
     *
     * @schema OciRepositoryV1Beta2Spec#timeout
     */
    readonly timeout?: string;
    /**
     * URL is a reference to an OCI artifact repository hosted
     * on a remote container registry.
     *
     * @schema OciRepositoryV1Beta2Spec#url
     */
    readonly url: string;
    /**
     * Verify contains the secret name containing the trusted public keys
     * used to verify the signature and specifies which provider to use to check
     * whether OCI image is authentic.
     *
     * @schema OciRepositoryV1Beta2Spec#verify
     */
    readonly verify?: OciRepositoryV1Beta2SpecVerify;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2Spec' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2Spec(obj: OciRepositoryV1Beta2Spec | undefined): Record<string, any> | undefined;
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
 * Note: Support for the `caFile`, `certFile` and `keyFile` keys have
 * been deprecated.
 *
 * @schema OciRepositoryV1Beta2SpecCertSecretRef
 */
export interface OciRepositoryV1Beta2SpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositoryV1Beta2SpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecCertSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecCertSecretRef(obj: OciRepositoryV1Beta2SpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * LayerSelector specifies which layer should be extracted from the OCI artifact.
 * When not specified, the first layer found in the artifact is selected.
 *
 * @schema OciRepositoryV1Beta2SpecLayerSelector
 */
export interface OciRepositoryV1Beta2SpecLayerSelector {
    /**
     * MediaType specifies the OCI media type of the layer
     * which should be extracted from the OCI Artifact. The
     * first layer matching this type is selected.
     *
     * @schema OciRepositoryV1Beta2SpecLayerSelector#mediaType
     */
    readonly mediaType?: string;
    /**
     * Operation specifies how the selected layer should be processed.
     * By default, the layer compressed content is extracted to storage.
     * When the operation is set to 'copy', the layer compressed content
     * is persisted to storage as it is.
     *
     * @schema OciRepositoryV1Beta2SpecLayerSelector#operation
     */
    readonly operation?: OciRepositoryV1Beta2SpecLayerSelectorOperation;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecLayerSelector' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecLayerSelector(obj: OciRepositoryV1Beta2SpecLayerSelector | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema OciRepositoryV1Beta2SpecProvider
 */
export declare enum OciRepositoryV1Beta2SpecProvider {
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
 * @schema OciRepositoryV1Beta2SpecProxySecretRef
 */
export interface OciRepositoryV1Beta2SpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositoryV1Beta2SpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecProxySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecProxySecretRef(obj: OciRepositoryV1Beta2SpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * The OCI reference to pull and monitor for changes,
 * defaults to the latest tag.
 *
 * @schema OciRepositoryV1Beta2SpecRef
 */
export interface OciRepositoryV1Beta2SpecRef {
    /**
     * Digest is the image digest to pull, takes precedence over SemVer.
     * The value should be in the format 'sha256:<HASH>'.
     *
     * @schema OciRepositoryV1Beta2SpecRef#digest
     */
    readonly digest?: string;
    /**
     * SemVer is the range of tags to pull selecting the latest within
     * the range, takes precedence over Tag.
     *
     * @schema OciRepositoryV1Beta2SpecRef#semver
     */
    readonly semver?: string;
    /**
     * SemverFilter is a regex pattern to filter the tags within the SemVer range.
     *
     * @schema OciRepositoryV1Beta2SpecRef#semverFilter
     */
    readonly semverFilter?: string;
    /**
     * Tag is the image tag to pull, defaults to latest.
     *
     * @schema OciRepositoryV1Beta2SpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecRef' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecRef(obj: OciRepositoryV1Beta2SpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the secret name containing the registry login
 * credentials to resolve image metadata.
 * The secret must be of type kubernetes.io/dockerconfigjson.
 *
 * @schema OciRepositoryV1Beta2SpecSecretRef
 */
export interface OciRepositoryV1Beta2SpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositoryV1Beta2SpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecSecretRef(obj: OciRepositoryV1Beta2SpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verify contains the secret name containing the trusted public keys
 * used to verify the signature and specifies which provider to use to check
 * whether OCI image is authentic.
 *
 * @schema OciRepositoryV1Beta2SpecVerify
 */
export interface OciRepositoryV1Beta2SpecVerify {
    /**
     * MatchOIDCIdentity specifies the identity matching criteria to use
     * while verifying an OCI artifact which was signed using Cosign keyless
     * signing. The artifact's identity is deemed to be verified if any of the
     * specified matchers match against the identity.
     *
     * @schema OciRepositoryV1Beta2SpecVerify#matchOIDCIdentity
     */
    readonly matchOidcIdentity?: OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity[];
    /**
     * Provider specifies the technology used to sign the OCI Artifact.
     *
     * @schema OciRepositoryV1Beta2SpecVerify#provider
     */
    readonly provider: OciRepositoryV1Beta2SpecVerifyProvider;
    /**
     * SecretRef specifies the Kubernetes Secret containing the
     * trusted public keys.
     *
     * @schema OciRepositoryV1Beta2SpecVerify#secretRef
     */
    readonly secretRef?: OciRepositoryV1Beta2SpecVerifySecretRef;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecVerify' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecVerify(obj: OciRepositoryV1Beta2SpecVerify | undefined): Record<string, any> | undefined;
/**
 * Operation specifies how the selected layer should be processed.
 * By default, the layer compressed content is extracted to storage.
 * When the operation is set to 'copy', the layer compressed content
 * is persisted to storage as it is.
 *
 * @schema OciRepositoryV1Beta2SpecLayerSelectorOperation
 */
export declare enum OciRepositoryV1Beta2SpecLayerSelectorOperation {
    /** extract */
    EXTRACT = "extract",
    /** copy */
    COPY = "copy"
}
/**
 * OIDCIdentityMatch specifies options for verifying the certificate identity,
 * i.e. the issuer and the subject of the certificate.
 *
 * @schema OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity
 */
export interface OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity {
    /**
     * Issuer specifies the regex pattern to match against to verify
     * the OIDC issuer in the Fulcio certificate. The pattern must be a
     * valid Go regular expression.
     *
     * @schema OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity#issuer
     */
    readonly issuer: string;
    /**
     * Subject specifies the regex pattern to match against to verify
     * the identity subject in the Fulcio certificate. The pattern must
     * be a valid Go regular expression.
     *
     * @schema OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity#subject
     */
    readonly subject: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity(obj: OciRepositoryV1Beta2SpecVerifyMatchOidcIdentity | undefined): Record<string, any> | undefined;
/**
 * Provider specifies the technology used to sign the OCI Artifact.
 *
 * @schema OciRepositoryV1Beta2SpecVerifyProvider
 */
export declare enum OciRepositoryV1Beta2SpecVerifyProvider {
    /** cosign */
    COSIGN = "cosign",
    /** notation */
    NOTATION = "notation"
}
/**
 * SecretRef specifies the Kubernetes Secret containing the
 * trusted public keys.
 *
 * @schema OciRepositoryV1Beta2SpecVerifySecretRef
 */
export interface OciRepositoryV1Beta2SpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositoryV1Beta2SpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositoryV1Beta2SpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositoryV1Beta2SpecVerifySecretRef(obj: OciRepositoryV1Beta2SpecVerifySecretRef | undefined): Record<string, any> | undefined;
