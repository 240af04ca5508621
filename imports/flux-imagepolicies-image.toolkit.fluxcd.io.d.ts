import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ImagePolicy is the Schema for the imagepolicies API
 *
 * @schema ImagePolicy
 */
export declare class ImagePolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ImagePolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ImagePolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ImagePolicyProps): any;
    /**
     * Defines a "ImagePolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ImagePolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ImagePolicy is the Schema for the imagepolicies API
 *
 * @schema ImagePolicy
 */
export interface ImagePolicyProps {
    /**
     * @schema ImagePolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ImagePolicySpec defines the parameters for calculating the
     * ImagePolicy.
     *
     * @schema ImagePolicy#spec
     */
    readonly spec?: ImagePolicySpec;
}
/**
 * Converts an object of type 'ImagePolicyProps' to JSON representation.
 */
export declare function toJson_ImagePolicyProps(obj: ImagePolicyProps | undefined): Record<string, any> | undefined;
/**
 * ImagePolicySpec defines the parameters for calculating the
 * ImagePolicy.
 *
 * @schema ImagePolicySpec
 */
export interface ImagePolicySpec {
    /**
     * DigestReflectionPolicy governs the setting of the `.status.latestRef.digest` field.
     *
     * Never: The digest field will always be set to the empty string.
     *
     * IfNotPresent: The digest field will be set to the digest of the elected
     * latest image if the field is empty and the image did not change.
     *
     * Always: The digest field will always be set to the digest of the elected
     * latest image.
     *
     * Default: Never.
     *
     * @schema ImagePolicySpec#digestReflectionPolicy
     */
    readonly digestReflectionPolicy?: ImagePolicySpecDigestReflectionPolicy;
    /**
     * FilterTags enables filtering for only a subset of tags based on a set of
     * rules. If no rules are provided, all the tags from the repository will be
     * ordered and compared.
     *
     * @schema ImagePolicySpec#filterTags
     */
    readonly filterTags?: ImagePolicySpecFilterTags;
    /**
     * ImageRepositoryRef points at the object specifying the image
     * being scanned
     *
     * @schema ImagePolicySpec#imageRepositoryRef
     */
    readonly imageRepositoryRef: ImagePolicySpecImageRepositoryRef;
    /**
     * Interval is the length of time to wait between
     * refreshing the digest of the latest tag when the
     * reflection policy is set to "Always".
     *
     * Defaults to 10m.
     *
     * @default 10m.
     * @schema ImagePolicySpec#interval
     */
    readonly interval?: string;
    /**
     * Policy gives the particulars of the policy to be followed in
     * selecting the most recent image
     *
     * @schema ImagePolicySpec#policy
     */
    readonly policy: ImagePolicySpecPolicy;
    /**
     * This flag tells the controller to suspend subsequent policy reconciliations.
     * It does not apply to already started reconciliations. Defaults to false.
     *
     * @default false.
     * @schema ImagePolicySpec#suspend
     */
    readonly suspend?: boolean;
}
/**
 * Converts an object of type 'ImagePolicySpec' to JSON representation.
 */
export declare function toJson_ImagePolicySpec(obj: ImagePolicySpec | undefined): Record<string, any> | undefined;
/**
 * DigestReflectionPolicy governs the setting of the `.status.latestRef.digest` field.
 *
 * Never: The digest field will always be set to the empty string.
 *
 * IfNotPresent: The digest field will be set to the digest of the elected
 * latest image if the field is empty and the image did not change.
 *
 * Always: The digest field will always be set to the digest of the elected
 * latest image.
 *
 * Default: Never.
 *
 * @schema ImagePolicySpecDigestReflectionPolicy
 */
export declare enum ImagePolicySpecDigestReflectionPolicy {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent",
    /** Never */
    NEVER = "Never"
}
/**
 * FilterTags enables filtering for only a subset of tags based on a set of
 * rules. If no rules are provided, all the tags from the repository will be
 * ordered and compared.
 *
 * @schema ImagePolicySpecFilterTags
 */
export interface ImagePolicySpecFilterTags {
    /**
     * Extract allows a capture group to be extracted from the specified regular
     * expression pattern, useful before tag evaluation.
     *
     * @schema ImagePolicySpecFilterTags#extract
     */
    readonly extract?: string;
    /**
     * Pattern specifies a regular expression pattern used to filter for image
     * tags.
     *
     * @schema ImagePolicySpecFilterTags#pattern
     */
    readonly pattern?: string;
}
/**
 * Converts an object of type 'ImagePolicySpecFilterTags' to JSON representation.
 */
export declare function toJson_ImagePolicySpecFilterTags(obj: ImagePolicySpecFilterTags | undefined): Record<string, any> | undefined;
/**
 * ImageRepositoryRef points at the object specifying the image
 * being scanned
 *
 * @schema ImagePolicySpecImageRepositoryRef
 */
export interface ImagePolicySpecImageRepositoryRef {
    /**
     * Name of the referent.
     *
     * @schema ImagePolicySpecImageRepositoryRef#name
     */
    readonly name: string;
    /**
     * Namespace of the referent, when not specified it acts as LocalObjectReference.
     *
     * @schema ImagePolicySpecImageRepositoryRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ImagePolicySpecImageRepositoryRef' to JSON representation.
 */
export declare function toJson_ImagePolicySpecImageRepositoryRef(obj: ImagePolicySpecImageRepositoryRef | undefined): Record<string, any> | undefined;
/**
 * Policy gives the particulars of the policy to be followed in
 * selecting the most recent image
 *
 * @schema ImagePolicySpecPolicy
 */
export interface ImagePolicySpecPolicy {
    /**
     * Alphabetical set of rules to use for alphabetical ordering of the tags.
     *
     * @schema ImagePolicySpecPolicy#alphabetical
     */
    readonly alphabetical?: ImagePolicySpecPolicyAlphabetical;
    /**
     * Numerical set of rules to use for numerical ordering of the tags.
     *
     * @schema ImagePolicySpecPolicy#numerical
     */
    readonly numerical?: ImagePolicySpecPolicyNumerical;
    /**
     * SemVer gives a semantic version range to check against the tags
     * available.
     *
     * @schema ImagePolicySpecPolicy#semver
     */
    readonly semver?: ImagePolicySpecPolicySemver;
}
/**
 * Converts an object of type 'ImagePolicySpecPolicy' to JSON representation.
 */
export declare function toJson_ImagePolicySpecPolicy(obj: ImagePolicySpecPolicy | undefined): Record<string, any> | undefined;
/**
 * Alphabetical set of rules to use for alphabetical ordering of the tags.
 *
 * @schema ImagePolicySpecPolicyAlphabetical
 */
export interface ImagePolicySpecPolicyAlphabetical {
    /**
     * Order specifies the sorting order of the tags. Given the letters of the
     * alphabet as tags, ascending order would select Z, and descending order
     * would select A.
     *
     * @schema ImagePolicySpecPolicyAlphabetical#order
     */
    readonly order?: ImagePolicySpecPolicyAlphabeticalOrder;
}
/**
 * Converts an object of type 'ImagePolicySpecPolicyAlphabetical' to JSON representation.
 */
export declare function toJson_ImagePolicySpecPolicyAlphabetical(obj: ImagePolicySpecPolicyAlphabetical | undefined): Record<string, any> | undefined;
/**
 * Numerical set of rules to use for numerical ordering of the tags.
 *
 * @schema ImagePolicySpecPolicyNumerical
 */
export interface ImagePolicySpecPolicyNumerical {
    /**
     * Order specifies the sorting order of the tags. Given the integer values
     * from 0 to 9 as tags, ascending order would select 9, and descending order
     * would select 0.
     *
     * @schema ImagePolicySpecPolicyNumerical#order
     */
    readonly order?: ImagePolicySpecPolicyNumericalOrder;
}
/**
 * Converts an object of type 'ImagePolicySpecPolicyNumerical' to JSON representation.
 */
export declare function toJson_ImagePolicySpecPolicyNumerical(obj: ImagePolicySpecPolicyNumerical | undefined): Record<string, any> | undefined;
/**
 * SemVer gives a semantic version range to check against the tags
 * available.
 *
 * @schema ImagePolicySpecPolicySemver
 */
export interface ImagePolicySpecPolicySemver {
    /**
     * Range gives a semver range for the image tag; the highest
     * version within the range that's a tag yields the latest image.
     *
     * @schema ImagePolicySpecPolicySemver#range
     */
    readonly range: string;
}
/**
 * Converts an object of type 'ImagePolicySpecPolicySemver' to JSON representation.
 */
export declare function toJson_ImagePolicySpecPolicySemver(obj: ImagePolicySpecPolicySemver | undefined): Record<string, any> | undefined;
/**
 * Order specifies the sorting order of the tags. Given the letters of the
 * alphabet as tags, ascending order would select Z, and descending order
 * would select A.
 *
 * @schema ImagePolicySpecPolicyAlphabeticalOrder
 */
export declare enum ImagePolicySpecPolicyAlphabeticalOrder {
    /** asc */
    ASC = "asc",
    /** desc */
    DESC = "desc"
}
/**
 * Order specifies the sorting order of the tags. Given the integer values
 * from 0 to 9 as tags, ascending order would select 9, and descending order
 * would select 0.
 *
 * @schema ImagePolicySpecPolicyNumericalOrder
 */
export declare enum ImagePolicySpecPolicyNumericalOrder {
    /** asc */
    ASC = "asc",
    /** desc */
    DESC = "desc"
}
/**
 * ImagePolicy is the Schema for the imagepolicies API
 *
 * @schema ImagePolicyV1Beta2
 */
export declare class ImagePolicyV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ImagePolicyV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ImagePolicyV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ImagePolicyV1Beta2Props): any;
    /**
     * Defines a "ImagePolicyV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ImagePolicyV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ImagePolicy is the Schema for the imagepolicies API
 *
 * @schema ImagePolicyV1Beta2
 */
export interface ImagePolicyV1Beta2Props {
    /**
     * @schema ImagePolicyV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ImagePolicySpec defines the parameters for calculating the
     * ImagePolicy.
     *
     * @schema ImagePolicyV1Beta2#spec
     */
    readonly spec?: ImagePolicyV1Beta2Spec;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2Props' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2Props(obj: ImagePolicyV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * ImagePolicySpec defines the parameters for calculating the
 * ImagePolicy.
 *
 * @schema ImagePolicyV1Beta2Spec
 */
export interface ImagePolicyV1Beta2Spec {
    /**
     * DigestReflectionPolicy governs the setting of the `.status.latestRef.digest` field.
     *
     * Never: The digest field will always be set to the empty string.
     *
     * IfNotPresent: The digest field will be set to the digest of the elected
     * latest image if the field is empty and the image did not change.
     *
     * Always: The digest field will always be set to the digest of the elected
     * latest image.
     *
     * Default: Never.
     *
     * @schema ImagePolicyV1Beta2Spec#digestReflectionPolicy
     */
    readonly digestReflectionPolicy?: ImagePolicyV1Beta2SpecDigestReflectionPolicy;
    /**
     * FilterTags enables filtering for only a subset of tags based on a set of
     * rules. If no rules are provided, all the tags from the repository will be
     * ordered and compared.
     *
     * @schema ImagePolicyV1Beta2Spec#filterTags
     */
    readonly filterTags?: ImagePolicyV1Beta2SpecFilterTags;
    /**
     * ImageRepositoryRef points at the object specifying the image
     * being scanned
     *
     * @schema ImagePolicyV1Beta2Spec#imageRepositoryRef
     */
    readonly imageRepositoryRef: ImagePolicyV1Beta2SpecImageRepositoryRef;
    /**
     * Interval is the length of time to wait between
     * refreshing the digest of the latest tag when the
     * reflection policy is set to "Always".
     *
     * Defaults to 10m.
     *
     * @default 10m.
     * @schema ImagePolicyV1Beta2Spec#interval
     */
    readonly interval?: string;
    /**
     * Policy gives the particulars of the policy to be followed in
     * selecting the most recent image
     *
     * @schema ImagePolicyV1Beta2Spec#policy
     */
    readonly policy: ImagePolicyV1Beta2SpecPolicy;
    /**
     * This flag tells the controller to suspend subsequent policy reconciliations.
     * It does not apply to already started reconciliations. Defaults to false.
     *
     * @default false.
     * @schema ImagePolicyV1Beta2Spec#suspend
     */
    readonly suspend?: boolean;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2Spec' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2Spec(obj: ImagePolicyV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DigestReflectionPolicy governs the setting of the `.status.latestRef.digest` field.
 *
 * Never: The digest field will always be set to the empty string.
 *
 * IfNotPresent: The digest field will be set to the digest of the elected
 * latest image if the field is empty and the image did not change.
 *
 * Always: The digest field will always be set to the digest of the elected
 * latest image.
 *
 * Default: Never.
 *
 * @schema ImagePolicyV1Beta2SpecDigestReflectionPolicy
 */
export declare enum ImagePolicyV1Beta2SpecDigestReflectionPolicy {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent",
    /** Never */
    NEVER = "Never"
}
/**
 * FilterTags enables filtering for only a subset of tags based on a set of
 * rules. If no rules are provided, all the tags from the repository will be
 * ordered and compared.
 *
 * @schema ImagePolicyV1Beta2SpecFilterTags
 */
export interface ImagePolicyV1Beta2SpecFilterTags {
    /**
     * Extract allows a capture group to be extracted from the specified regular
     * expression pattern, useful before tag evaluation.
     *
     * @schema ImagePolicyV1Beta2SpecFilterTags#extract
     */
    readonly extract?: string;
    /**
     * Pattern specifies a regular expression pattern used to filter for image
     * tags.
     *
     * @schema ImagePolicyV1Beta2SpecFilterTags#pattern
     */
    readonly pattern?: string;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecFilterTags' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecFilterTags(obj: ImagePolicyV1Beta2SpecFilterTags | undefined): Record<string, any> | undefined;
/**
 * ImageRepositoryRef points at the object specifying the image
 * being scanned
 *
 * @schema ImagePolicyV1Beta2SpecImageRepositoryRef
 */
export interface ImagePolicyV1Beta2SpecImageRepositoryRef {
    /**
     * Name of the referent.
     *
     * @schema ImagePolicyV1Beta2SpecImageRepositoryRef#name
     */
    readonly name: string;
    /**
     * Namespace of the referent, when not specified it acts as LocalObjectReference.
     *
     * @schema ImagePolicyV1Beta2SpecImageRepositoryRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecImageRepositoryRef' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecImageRepositoryRef(obj: ImagePolicyV1Beta2SpecImageRepositoryRef | undefined): Record<string, any> | undefined;
/**
 * Policy gives the particulars of the policy to be followed in
 * selecting the most recent image
 *
 * @schema ImagePolicyV1Beta2SpecPolicy
 */
export interface ImagePolicyV1Beta2SpecPolicy {
    /**
     * Alphabetical set of rules to use for alphabetical ordering of the tags.
     *
     * @schema ImagePolicyV1Beta2SpecPolicy#alphabetical
     */
    readonly alphabetical?: ImagePolicyV1Beta2SpecPolicyAlphabetical;
    /**
     * Numerical set of rules to use for numerical ordering of the tags.
     *
     * @schema ImagePolicyV1Beta2SpecPolicy#numerical
     */
    readonly numerical?: ImagePolicyV1Beta2SpecPolicyNumerical;
    /**
     * SemVer gives a semantic version range to check against the tags
     * available.
     *
     * @schema ImagePolicyV1Beta2SpecPolicy#semver
     */
    readonly semver?: ImagePolicyV1Beta2SpecPolicySemver;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecPolicy' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecPolicy(obj: ImagePolicyV1Beta2SpecPolicy | undefined): Record<string, any> | undefined;
/**
 * Alphabetical set of rules to use for alphabetical ordering of the tags.
 *
 * @schema ImagePolicyV1Beta2SpecPolicyAlphabetical
 */
export interface ImagePolicyV1Beta2SpecPolicyAlphabetical {
    /**
     * Order specifies the sorting order of the tags. Given the letters of the
     * alphabet as tags, ascending order would select Z, and descending order
     * would select A.
     *
     * @schema ImagePolicyV1Beta2SpecPolicyAlphabetical#order
     */
    readonly order?: ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecPolicyAlphabetical' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecPolicyAlphabetical(obj: ImagePolicyV1Beta2SpecPolicyAlphabetical | undefined): Record<string, any> | undefined;
/**
 * Numerical set of rules to use for numerical ordering of the tags.
 *
 * @schema ImagePolicyV1Beta2SpecPolicyNumerical
 */
export interface ImagePolicyV1Beta2SpecPolicyNumerical {
    /**
     * Order specifies the sorting order of the tags. Given the integer values
     * from 0 to 9 as tags, ascending order would select 9, and descending order
     * would select 0.
     *
     * @schema ImagePolicyV1Beta2SpecPolicyNumerical#order
     */
    readonly order?: ImagePolicyV1Beta2SpecPolicyNumericalOrder;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecPolicyNumerical' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecPolicyNumerical(obj: ImagePolicyV1Beta2SpecPolicyNumerical | undefined): Record<string, any> | undefined;
/**
 * SemVer gives a semantic version range to check against the tags
 * available.
 *
 * @schema ImagePolicyV1Beta2SpecPolicySemver
 */
export interface ImagePolicyV1Beta2SpecPolicySemver {
    /**
     * Range gives a semver range for the image tag; the highest
     * version within the range that's a tag yields the latest image.
     *
     * @schema ImagePolicyV1Beta2SpecPolicySemver#range
     */
    readonly range: string;
}
/**
 * Converts an object of type 'ImagePolicyV1Beta2SpecPolicySemver' to JSON representation.
 */
export declare function toJson_ImagePolicyV1Beta2SpecPolicySemver(obj: ImagePolicyV1Beta2SpecPolicySemver | undefined): Record<string, any> | undefined;
/**
 * Order specifies the sorting order of the tags. Given the letters of the
 * alphabet as tags, ascending order would select Z, and descending order
 * would select A.
 *
 * @schema ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder
 */
export declare enum ImagePolicyV1Beta2SpecPolicyAlphabeticalOrder {
    /** asc */
    ASC = "asc",
    /** desc */
    DESC = "desc"
}
/**
 * Order specifies the sorting order of the tags. Given the integer values
 * from 0 to 9 as tags, ascending order would select 9, and descending order
 * would select 0.
 *
 * @schema ImagePolicyV1Beta2SpecPolicyNumericalOrder
 */
export declare enum ImagePolicyV1Beta2SpecPolicyNumericalOrder {
    /** asc */
    ASC = "asc",
    /** desc */
    DESC = "desc"
}
