import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema ClusterSecretStore
 */
export declare class ClusterSecretStore extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterSecretStore"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterSecretStore".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ClusterSecretStoreProps): any;
    /**
     * Defines a "ClusterSecretStore" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ClusterSecretStoreProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema ClusterSecretStore
 */
export interface ClusterSecretStoreProps {
    /**
     * @schema ClusterSecretStore#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * SecretStoreSpec defines the desired state of SecretStore.
     *
     * @schema ClusterSecretStore#spec
     */
    readonly spec?: ClusterSecretStoreSpec;
}
/**
 * Converts an object of type 'ClusterSecretStoreProps' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreProps(obj: ClusterSecretStoreProps | undefined): Record<string, any> | undefined;
/**
 * SecretStoreSpec defines the desired state of SecretStore.
 *
 * @schema ClusterSecretStoreSpec
 */
export interface ClusterSecretStoreSpec {
    /**
     * Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpec#conditions
     */
    readonly conditions?: ClusterSecretStoreSpecConditions[];
    /**
     * Used to select the correct ESO controller (think: ingress.ingressClassName)
     * The ESO controller is instantiated with a specific controller name and filters ES based on this property
     *
     * @schema ClusterSecretStoreSpec#controller
     */
    readonly controller?: string;
    /**
     * Used to configure the provider. Only one provider may be set
     *
     * @schema ClusterSecretStoreSpec#provider
     */
    readonly provider: ClusterSecretStoreSpecProvider;
    /**
     * Used to configure store refresh interval. Accepts either an integer number
     * of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
     * 0 will default to the controller config.
     *
     * @schema ClusterSecretStoreSpec#refreshInterval
     */
    readonly refreshInterval?: ClusterSecretStoreSpecRefreshInterval;
    /**
     * Used to configure HTTP retries on failures.
     *
     * @schema ClusterSecretStoreSpec#retrySettings
     */
    readonly retrySettings?: ClusterSecretStoreSpecRetrySettings;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpec' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpec(obj: ClusterSecretStoreSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in
 * for a ClusterSecretStore instance.
 *
 * @schema ClusterSecretStoreSpecConditions
 */
export interface ClusterSecretStoreSpecConditions {
    /**
     * Choose namespaces by using regex matching
     *
     * @schema ClusterSecretStoreSpecConditions#namespaceRegexes
     */
    readonly namespaceRegexes?: string[];
    /**
     * Choose namespace using a labelSelector
     *
     * @schema ClusterSecretStoreSpecConditions#namespaceSelector
     */
    readonly namespaceSelector?: ClusterSecretStoreSpecConditionsNamespaceSelector;
    /**
     * Choose namespaces by name
     *
     * @schema ClusterSecretStoreSpecConditions#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecConditions' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecConditions(obj: ClusterSecretStoreSpecConditions | undefined): Record<string, any> | undefined;
/**
 * Used to configure the provider. Only one provider may be set
 *
 * @schema ClusterSecretStoreSpecProvider
 */
export interface ClusterSecretStoreSpecProvider {
    /**
     * Akeyless configures this store to sync secrets using Akeyless Vault provider
     *
     * @schema ClusterSecretStoreSpecProvider#akeyless
     */
    readonly akeyless?: ClusterSecretStoreSpecProviderAkeyless;
    /**
     * AWS configures this store to sync secrets using AWS Secret Manager provider
     *
     * @schema ClusterSecretStoreSpecProvider#aws
     */
    readonly aws?: ClusterSecretStoreSpecProviderAws;
    /**
     * AzureKV configures this store to sync secrets using Azure Key Vault provider
     *
     * @schema ClusterSecretStoreSpecProvider#azurekv
     */
    readonly azurekv?: ClusterSecretStoreSpecProviderAzurekv;
    /**
     * Barbican configures this store to sync secrets using the OpenStack Barbican provider
     *
     * @schema ClusterSecretStoreSpecProvider#barbican
     */
    readonly barbican?: ClusterSecretStoreSpecProviderBarbican;
    /**
     * Beyondtrust configures this store to sync secrets using Password Safe provider.
     *
     * @schema ClusterSecretStoreSpecProvider#beyondtrust
     */
    readonly beyondtrust?: ClusterSecretStoreSpecProviderBeyondtrust;
    /**
     * BeyondtrustWorkloadCredentials configures this store to sync secrets using the BeyondTrust Workload Credentials provider.
     *
     * @schema ClusterSecretStoreSpecProvider#beyondtrustworkloadcredentials
     */
    readonly beyondtrustworkloadcredentials?: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials;
    /**
     * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
     *
     * @schema ClusterSecretStoreSpecProvider#bitwardensecretsmanager
     */
    readonly bitwardensecretsmanager?: ClusterSecretStoreSpecProviderBitwardensecretsmanager;
    /**
     * Chef configures this store to sync secrets with chef server
     *
     * @schema ClusterSecretStoreSpecProvider#chef
     */
    readonly chef?: ClusterSecretStoreSpecProviderChef;
    /**
     * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
     *
     * @schema ClusterSecretStoreSpecProvider#cloudrusm
     */
    readonly cloudrusm?: ClusterSecretStoreSpecProviderCloudrusm;
    /**
     * Conjur configures this store to sync secrets using conjur provider
     *
     * @schema ClusterSecretStoreSpecProvider#conjur
     */
    readonly conjur?: ClusterSecretStoreSpecProviderConjur;
    /**
     * CRD configures this store to sync secrets from arbitrary Kubernetes resources,
     * including both custom resources (CRDs) and core API resources. Resources are
     * selected by API group, version and kind, where group can be "" (empty string)
     * for core resources such as ConfigMap. Reading the core v1 Secret is
     * intentionally blocked — use the Kubernetes provider for that.
     *
     * @schema ClusterSecretStoreSpecProvider#crd
     */
    readonly crd?: ClusterSecretStoreSpecProviderCrd;
    /**
     * Delinea DevOps Secrets Vault
     * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
     *
     * @schema ClusterSecretStoreSpecProvider#delinea
     */
    readonly delinea?: ClusterSecretStoreSpecProviderDelinea;
    /**
     * Doppler configures this store to sync secrets using the Doppler provider
     *
     * @schema ClusterSecretStoreSpecProvider#doppler
     */
    readonly doppler?: ClusterSecretStoreSpecProviderDoppler;
    /**
     * DVLS configures this store to sync secrets using Devolutions Server provider
     *
     * @schema ClusterSecretStoreSpecProvider#dvls
     */
    readonly dvls?: ClusterSecretStoreSpecProviderDvls;
    /**
     * Fake configures a store with static key/value pairs
     *
     * @schema ClusterSecretStoreSpecProvider#fake
     */
    readonly fake?: ClusterSecretStoreSpecProviderFake;
    /**
     * Fortanix configures this store to sync secrets using the Fortanix provider
     *
     * @schema ClusterSecretStoreSpecProvider#fortanix
     */
    readonly fortanix?: ClusterSecretStoreSpecProviderFortanix;
    /**
     * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
     *
     * @schema ClusterSecretStoreSpecProvider#gcpsm
     */
    readonly gcpsm?: ClusterSecretStoreSpecProviderGcpsm;
    /**
     * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
     * Note: This provider only supports write operations (PushSecret) and cannot fetch secrets from GitHub
     *
     * @schema ClusterSecretStoreSpecProvider#github
     */
    readonly github?: ClusterSecretStoreSpecProviderGithub;
    /**
     * GitLab configures this store to sync secrets using GitLab Variables provider
     *
     * @schema ClusterSecretStoreSpecProvider#gitlab
     */
    readonly gitlab?: ClusterSecretStoreSpecProviderGitlab;
    /**
     * IBM configures this store to sync secrets using IBM Cloud provider
     *
     * @schema ClusterSecretStoreSpecProvider#ibm
     */
    readonly ibm?: ClusterSecretStoreSpecProviderIbm;
    /**
     * Infisical configures this store to sync secrets using the Infisical provider
     *
     * @schema ClusterSecretStoreSpecProvider#infisical
     */
    readonly infisical?: ClusterSecretStoreSpecProviderInfisical;
    /**
     * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
     *
     * @schema ClusterSecretStoreSpecProvider#keepersecurity
     */
    readonly keepersecurity?: ClusterSecretStoreSpecProviderKeepersecurity;
    /**
     * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
     *
     * @schema ClusterSecretStoreSpecProvider#kubernetes
     */
    readonly kubernetes?: ClusterSecretStoreSpecProviderKubernetes;
    /**
     * NebiusMysterybox configures this store to sync secrets using NebiusMysterybox provider
     *
     * @schema ClusterSecretStoreSpecProvider#nebiusmysterybox
     */
    readonly nebiusmysterybox?: ClusterSecretStoreSpecProviderNebiusmysterybox;
    /**
     * Ngrok configures this store to sync secrets using the ngrok provider.
     *
     * @schema ClusterSecretStoreSpecProvider#ngrok
     */
    readonly ngrok?: ClusterSecretStoreSpecProviderNgrok;
    /**
     * Onboardbase configures this store to sync secrets using the Onboardbase provider
     *
     * @schema ClusterSecretStoreSpecProvider#onboardbase
     */
    readonly onboardbase?: ClusterSecretStoreSpecProviderOnboardbase;
    /**
     * OnePassword configures this store to sync secrets using the 1Password Cloud provider
     *
     * @schema ClusterSecretStoreSpecProvider#onepassword
     */
    readonly onepassword?: ClusterSecretStoreSpecProviderOnepassword;
    /**
     * OnePasswordSDK configures this store to use 1Password's new Go SDK to sync secrets.
     *
     * @schema ClusterSecretStoreSpecProvider#onepasswordSDK
     */
    readonly onepasswordSdk?: ClusterSecretStoreSpecProviderOnepasswordSdk;
    /**
     * OpenBao configures this store to sync secrets using the OpenBao provider.
     *
     * @schema ClusterSecretStoreSpecProvider#openBao
     */
    readonly openBao?: ClusterSecretStoreSpecProviderOpenBao;
    /**
     * Oracle configures this store to sync secrets using Oracle Vault provider
     *
     * @schema ClusterSecretStoreSpecProvider#oracle
     */
    readonly oracle?: ClusterSecretStoreSpecProviderOracle;
    /**
     * OVHcloud configures this store to sync secrets using the OVHcloud provider.
     *
     * @schema ClusterSecretStoreSpecProvider#ovh
     */
    readonly ovh?: ClusterSecretStoreSpecProviderOvh;
    /**
     * PassboltProvider provides access to Passbolt secrets manager.
     * See: https://www.passbolt.com.
     *
     * @schema ClusterSecretStoreSpecProvider#passbolt
     */
    readonly passbolt?: ClusterSecretStoreSpecProviderPassbolt;
    /**
     * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
     *
     * @schema ClusterSecretStoreSpecProvider#passworddepot
     */
    readonly passworddepot?: ClusterSecretStoreSpecProviderPassworddepot;
    /**
     * Previder configures this store to sync secrets using the Previder provider
     *
     * @schema ClusterSecretStoreSpecProvider#previder
     */
    readonly previder?: ClusterSecretStoreSpecProviderPrevider;
    /**
     * Pulumi configures this store to sync secrets using the Pulumi provider
     *
     * @schema ClusterSecretStoreSpecProvider#pulumi
     */
    readonly pulumi?: ClusterSecretStoreSpecProviderPulumi;
    /**
     * Scaleway configures this store to sync secrets using the Scaleway provider.
     *
     * @schema ClusterSecretStoreSpecProvider#scaleway
     */
    readonly scaleway?: ClusterSecretStoreSpecProviderScaleway;
    /**
     * SecretServer configures this store to sync secrets using SecretServer provider
     * https://docs.delinea.com/online-help/secret-server/start.htm
     *
     * @schema ClusterSecretStoreSpecProvider#secretserver
     */
    readonly secretserver?: ClusterSecretStoreSpecProviderSecretserver;
    /**
     * Senhasegura configures this store to sync secrets using senhasegura provider
     *
     * @schema ClusterSecretStoreSpecProvider#senhasegura
     */
    readonly senhasegura?: ClusterSecretStoreSpecProviderSenhasegura;
    /**
     * Vault configures this store to sync secrets using the HashiCorp Vault provider.
     *
     * @schema ClusterSecretStoreSpecProvider#vault
     */
    readonly vault?: ClusterSecretStoreSpecProviderVault;
    /**
     * Volcengine configures this store to sync secrets using the Volcengine provider
     *
     * @schema ClusterSecretStoreSpecProvider#volcengine
     */
    readonly volcengine?: ClusterSecretStoreSpecProviderVolcengine;
    /**
     * Webhook configures this store to sync secrets using a generic templated webhook
     *
     * @schema ClusterSecretStoreSpecProvider#webhook
     */
    readonly webhook?: ClusterSecretStoreSpecProviderWebhook;
    /**
     * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
     *
     * @schema ClusterSecretStoreSpecProvider#yandexcertificatemanager
     */
    readonly yandexcertificatemanager?: ClusterSecretStoreSpecProviderYandexcertificatemanager;
    /**
     * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
     *
     * @schema ClusterSecretStoreSpecProvider#yandexlockbox
     */
    readonly yandexlockbox?: ClusterSecretStoreSpecProviderYandexlockbox;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProvider(obj: ClusterSecretStoreSpecProvider | undefined): Record<string, any> | undefined;
/**
 * Used to configure store refresh interval. Accepts either an integer number
 * of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
 * 0 will default to the controller config.
 *
 * @schema ClusterSecretStoreSpecRefreshInterval
 */
export declare class ClusterSecretStoreSpecRefreshInterval {
    readonly value: number | string;
    static fromNumber(value: number): ClusterSecretStoreSpecRefreshInterval;
    static fromString(value: string): ClusterSecretStoreSpecRefreshInterval;
    private constructor();
}
/**
 * Used to configure HTTP retries on failures.
 *
 * @schema ClusterSecretStoreSpecRetrySettings
 */
export interface ClusterSecretStoreSpecRetrySettings {
    /**
     * @schema ClusterSecretStoreSpecRetrySettings#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema ClusterSecretStoreSpecRetrySettings#retryInterval
     */
    readonly retryInterval?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecRetrySettings' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecRetrySettings(obj: ClusterSecretStoreSpecRetrySettings | undefined): Record<string, any> | undefined;
/**
 * Choose namespace using a labelSelector
 *
 * @schema ClusterSecretStoreSpecConditionsNamespaceSelector
 */
export interface ClusterSecretStoreSpecConditionsNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterSecretStoreSpecConditionsNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterSecretStoreSpecConditionsNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecConditionsNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecConditionsNamespaceSelector(obj: ClusterSecretStoreSpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Akeyless configures this store to sync secrets using Akeyless Vault provider
 *
 * @schema ClusterSecretStoreSpecProviderAkeyless
 */
export interface ClusterSecretStoreSpecProviderAkeyless {
    /**
     * Akeyless GW API Url from which the secrets to be fetched from.
     *
     * @schema ClusterSecretStoreSpecProviderAkeyless#akeylessGWApiURL
     */
    readonly akeylessGwApiUrl: string;
    /**
     * Auth configures how the operator authenticates with Akeyless.
     *
     * @schema ClusterSecretStoreSpecProviderAkeyless#authSecretRef
     */
    readonly authSecretRef: ClusterSecretStoreSpecProviderAkeylessAuthSecretRef;
    /**
     * PEM/base64 encoded CA bundle used to validate Akeyless Gateway certificate. Only used
     * if the AkeylessGWApiURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderAkeyless#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
     *
     * @schema ClusterSecretStoreSpecProviderAkeyless#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderAkeylessCaProvider;
    /**
     * IgnoreCache bypasses the Gateway cache for secret reads when true.
     * Only relevant when akeylessGWApiURL points to an Akeyless Gateway.
     *
     * @schema ClusterSecretStoreSpecProviderAkeyless#ignoreCache
     */
    readonly ignoreCache?: boolean;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeyless' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeyless(obj: ClusterSecretStoreSpecProviderAkeyless | undefined): Record<string, any> | undefined;
/**
 * AWS configures this store to sync secrets using AWS Secret Manager provider
 *
 * @schema ClusterSecretStoreSpecProviderAws
 */
export interface ClusterSecretStoreSpecProviderAws {
    /**
     * AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role
     *
     * @schema ClusterSecretStoreSpecProviderAws#additionalRoles
     */
    readonly additionalRoles?: string[];
    /**
     * Auth defines the information necessary to authenticate against AWS
     * if not set aws sdk will infer credentials from your environment
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema ClusterSecretStoreSpecProviderAws#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderAwsAuth;
    /**
     * CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom.
     * These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.
     *
     * @schema ClusterSecretStoreSpecProviderAws#customSessionTags
     */
    readonly customSessionTags?: {
        [key: string]: string;
    };
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema ClusterSecretStoreSpecProviderAws#externalID
     */
    readonly externalId?: string;
    /**
     * Prefix adds a prefix to all retrieved values.
     *
     * @schema ClusterSecretStoreSpecProviderAws#prefix
     */
    readonly prefix?: string;
    /**
     * AWS Region to be used for the provider
     *
     * @schema ClusterSecretStoreSpecProviderAws#region
     */
    readonly region: string;
    /**
     * Role is a Role ARN which the provider will assume
     *
     * @schema ClusterSecretStoreSpecProviderAws#role
     */
    readonly role?: string;
    /**
     * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
     *
     * @schema ClusterSecretStoreSpecProviderAws#secretsManager
     */
    readonly secretsManager?: ClusterSecretStoreSpecProviderAwsSecretsManager;
    /**
     * Service defines which service should be used to fetch the secrets
     *
     * @schema ClusterSecretStoreSpecProviderAws#service
     */
    readonly service: ClusterSecretStoreSpecProviderAwsService;
    /**
     * AWS STS assume role session tags
     *
     * @schema ClusterSecretStoreSpecProviderAws#sessionTags
     */
    readonly sessionTags?: ClusterSecretStoreSpecProviderAwsSessionTags[];
    /**
     * SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.
     * None (default): no tags are added.
     * Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
     * Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
     * Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
     *
     * @schema ClusterSecretStoreSpecProviderAws#sessionTagsPolicy
     */
    readonly sessionTagsPolicy?: ClusterSecretStoreSpecProviderAwsSessionTagsPolicy;
    /**
     * AWS STS assume role transitive session tags. Required when multiple rules are used with the provider
     *
     * @schema ClusterSecretStoreSpecProviderAws#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAws' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAws(obj: ClusterSecretStoreSpecProviderAws | undefined): Record<string, any> | undefined;
/**
 * AzureKV configures this store to sync secrets using Azure Key Vault provider
 *
 * @schema ClusterSecretStoreSpecProviderAzurekv
 */
export interface ClusterSecretStoreSpecProviderAzurekv {
    /**
     * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#authSecretRef
     */
    readonly authSecretRef?: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef;
    /**
     * Auth type defines how to authenticate to the keyvault service.
     * Valid values are:
     * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
     * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
     * - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#authType
     */
    readonly authType?: ClusterSecretStoreSpecProviderAzurekvAuthType;
    /**
     * CustomCloudConfig defines custom Azure endpoints for non-standard clouds.
     * Required when EnvironmentType is AzureStackCloud.
     * Optional for other environment types - useful for Azure China when using Workload Identity
     * with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
     * standard China Cloud endpoint (login.chinacloudapi.cn).
     * IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
     * configuration is not supported with the legacy go-autorest SDK.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#customCloudConfig
     */
    readonly customCloudConfig?: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig;
    /**
     * EnvironmentType specifies the Azure cloud environment endpoints to use for
     * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
     * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
     * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
     * Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#environmentType
     */
    readonly environmentType?: ClusterSecretStoreSpecProviderAzurekvEnvironmentType;
    /**
     * If multiple Managed Identity is assigned to the pod, you can select the one to be used
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#identityId
     */
    readonly identityId?: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef;
    /**
     * TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#tenantId
     */
    readonly tenantId?: string;
    /**
     * UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK.
     * This is experimental and may have behavioral differences. Defaults to false (legacy SDK).
     *
     * @default false (legacy SDK).
     * @schema ClusterSecretStoreSpecProviderAzurekv#useAzureSDK
     */
    readonly useAzureSdk?: boolean;
    /**
     * Vault Url from which the secrets to be fetched from.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekv#vaultUrl
     */
    readonly vaultUrl: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekv' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekv(obj: ClusterSecretStoreSpecProviderAzurekv | undefined): Record<string, any> | undefined;
/**
 * Barbican configures this store to sync secrets using the OpenStack Barbican provider
 *
 * @schema ClusterSecretStoreSpecProviderBarbican
 */
export interface ClusterSecretStoreSpecProviderBarbican {
    /**
     * BarbicanAuth contains the authentication information for Barbican.
     *
     * @schema ClusterSecretStoreSpecProviderBarbican#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderBarbicanAuth;
    /**
     * @schema ClusterSecretStoreSpecProviderBarbican#authURL
     */
    readonly authUrl?: string;
    /**
     * @schema ClusterSecretStoreSpecProviderBarbican#domainName
     */
    readonly domainName?: string;
    /**
     * @schema ClusterSecretStoreSpecProviderBarbican#region
     */
    readonly region?: string;
    /**
     * @schema ClusterSecretStoreSpecProviderBarbican#tenantName
     */
    readonly tenantName?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbican' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbican(obj: ClusterSecretStoreSpecProviderBarbican | undefined): Record<string, any> | undefined;
/**
 * Beyondtrust configures this store to sync secrets using Password Safe provider.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrust
 */
export interface ClusterSecretStoreSpecProviderBeyondtrust {
    /**
     * Auth configures how the operator authenticates with Beyondtrust.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrust#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderBeyondtrustAuth;
    /**
     * Auth configures how API server works.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrust#server
     */
    readonly server: ClusterSecretStoreSpecProviderBeyondtrustServer;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrust' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrust(obj: ClusterSecretStoreSpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
/**
 * BeyondtrustWorkloadCredentials configures this store to sync secrets using the BeyondTrust Workload Credentials provider.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials {
    /**
     * Auth configures how the Operator authenticates with the BeyondTrust Workload Credentials API.
     * Currently supports API key authentication via Kubernetes secret reference.
     * For authentication setup, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth;
    /**
     * CABundle is a base64-encoded CA certificate used to validate the BeyondTrust Workload Credentials API TLS certificate.
     * Use this when your BeyondTrust instance uses a self-signed certificate or internal CA.
     * If not set, the system's trusted root certificates are used.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider points to a Secret or ConfigMap containing a PEM-encoded CA certificate.
     * This is used to validate the BeyondTrust Workload Credentials API TLS certificate.
     * Use this as an alternative to CABundle when you want to reference an existing Kubernetes resource.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider;
    /**
     * FolderPath specifies the default folder path for secret retrieval.
     * Secrets will be fetched from this folder unless overridden in the ExternalSecret spec.
     * Example: "production/database" or "dev/api-keys"
     * Leave empty to retrieve secrets from the root folder.
     * For folder organization, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#folders
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials#folderPath
     */
    readonly folderPath?: string;
    /**
     * Server configures the BeyondTrust Workload Credentials server connection details.
     * Includes the API URL and Site ID for your BeyondTrust instance.
     * For API reference, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials#server
     */
    readonly server: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager
 */
export interface ClusterSecretStoreSpecProviderBitwardensecretsmanager {
    /**
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#apiURL
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
     * Make sure that the token being used has permissions on the given secret.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth;
    /**
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#bitwardenServerSDKURL
     */
    readonly bitwardenServerSdkurl?: string;
    /**
     * Base64 encoded certificate for the bitwarden server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider;
    /**
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#identityURL
     */
    readonly identityUrl?: string;
    /**
     * OrganizationID determines which organization this secret store manages.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#organizationID
     */
    readonly organizationId: string;
    /**
     * ProjectID determines which project this secret store manages.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanager#projectID
     */
    readonly projectId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBitwardensecretsmanager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanager(obj: ClusterSecretStoreSpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
/**
 * Chef configures this store to sync secrets with chef server
 *
 * @schema ClusterSecretStoreSpecProviderChef
 */
export interface ClusterSecretStoreSpecProviderChef {
    /**
     * Auth defines the information necessary to authenticate against chef Server
     *
     * @schema ClusterSecretStoreSpecProviderChef#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderChefAuth;
    /**
     * ServerURL is the chef server URL used to connect to. If using orgs you should include your org in the url and terminate the url with a "/"
     *
     * @schema ClusterSecretStoreSpecProviderChef#serverUrl
     */
    readonly serverUrl: string;
    /**
     * UserName should be the user ID on the chef server
     *
     * @schema ClusterSecretStoreSpecProviderChef#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderChef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderChef(obj: ClusterSecretStoreSpecProviderChef | undefined): Record<string, any> | undefined;
/**
 * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
 *
 * @schema ClusterSecretStoreSpecProviderCloudrusm
 */
export interface ClusterSecretStoreSpecProviderCloudrusm {
    /**
     * CSMAuth contains a secretRef for credentials.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusm#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderCloudrusmAuth;
    /**
     * ProjectID is the project, which the secrets are stored in.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCloudrusm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCloudrusm(obj: ClusterSecretStoreSpecProviderCloudrusm | undefined): Record<string, any> | undefined;
/**
 * Conjur configures this store to sync secrets using conjur provider
 *
 * @schema ClusterSecretStoreSpecProviderConjur
 */
export interface ClusterSecretStoreSpecProviderConjur {
    /**
     * Defines authentication settings for connecting to Conjur.
     *
     * @schema ClusterSecretStoreSpecProviderConjur#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderConjurAuth;
    /**
     * CABundle is a PEM encoded CA bundle that will be used to validate the Conjur server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderConjur#caBundle
     */
    readonly caBundle?: string;
    /**
     * Used to provide custom certificate authority (CA) certificates
     * for a secret store. The CAProvider points to a Secret or ConfigMap resource
     * that contains a PEM-encoded certificate.
     *
     * @schema ClusterSecretStoreSpecProviderConjur#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderConjurCaProvider;
    /**
     * URL is the endpoint of the Conjur instance.
     *
     * @schema ClusterSecretStoreSpecProviderConjur#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjur' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjur(obj: ClusterSecretStoreSpecProviderConjur | undefined): Record<string, any> | undefined;
/**
 * CRD configures this store to sync secrets from arbitrary Kubernetes resources,
 * including both custom resources (CRDs) and core API resources. Resources are
 * selected by API group, version and kind, where group can be "" (empty string)
 * for core resources such as ConfigMap. Reading the core v1 Secret is
 * intentionally blocked — use the Kubernetes provider for that.
 *
 * @schema ClusterSecretStoreSpecProviderCrd
 */
export interface ClusterSecretStoreSpecProviderCrd {
    /**
     * Auth configures authentication to the Kubernetes API, same as the
     * Kubernetes provider. Required when Server.URL is set (unless using AuthRef).
     *
     * @schema ClusterSecretStoreSpecProviderCrd#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderCrdAuth;
    /**
     * AuthRef references a Secret containing a kubeconfig. Same semantics as the
     * Kubernetes provider.
     *
     * @schema ClusterSecretStoreSpecProviderCrd#authRef
     */
    readonly authRef?: ClusterSecretStoreSpecProviderCrdAuthRef;
    /**
     * Resource identifies the CRD by its API group, version and kind.
     *
     * @schema ClusterSecretStoreSpecProviderCrd#resource
     */
    readonly resource: ClusterSecretStoreSpecProviderCrdResource;
    /**
     * Server configures the Kubernetes API address and TLS trust, same as the
     * Kubernetes provider. When omitted, the URL defaults to the in-cluster API.
     *
     * @schema ClusterSecretStoreSpecProviderCrd#server
     */
    readonly server?: ClusterSecretStoreSpecProviderCrdServer;
    /**
     * Whitelist optionally restricts which object names and requested properties
     * are allowed to be read.
     *
     * @schema ClusterSecretStoreSpecProviderCrd#whitelist
     */
    readonly whitelist?: ClusterSecretStoreSpecProviderCrdWhitelist;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrd' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrd(obj: ClusterSecretStoreSpecProviderCrd | undefined): Record<string, any> | undefined;
/**
 * Delinea DevOps Secrets Vault
 * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
 *
 * @schema ClusterSecretStoreSpecProviderDelinea
 */
export interface ClusterSecretStoreSpecProviderDelinea {
    /**
     * ClientID is the non-secret part of the credential.
     *
     * @schema ClusterSecretStoreSpecProviderDelinea#clientId
     */
    readonly clientId: ClusterSecretStoreSpecProviderDelineaClientId;
    /**
     * ClientSecret is the secret part of the credential.
     *
     * @schema ClusterSecretStoreSpecProviderDelinea#clientSecret
     */
    readonly clientSecret: ClusterSecretStoreSpecProviderDelineaClientSecret;
    /**
     * Tenant is the chosen hostname / site name.
     *
     * @schema ClusterSecretStoreSpecProviderDelinea#tenant
     */
    readonly tenant: string;
    /**
     * TLD is based on the server location that was chosen during provisioning.
     * If unset, defaults to "com".
     *
     * @schema ClusterSecretStoreSpecProviderDelinea#tld
     */
    readonly tld?: string;
    /**
     * URLTemplate
     * If unset, defaults to "https://%s.secretsvaultcloud.%s/v1/%s%s".
     *
     * @schema ClusterSecretStoreSpecProviderDelinea#urlTemplate
     */
    readonly urlTemplate?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDelinea' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDelinea(obj: ClusterSecretStoreSpecProviderDelinea | undefined): Record<string, any> | undefined;
/**
 * Doppler configures this store to sync secrets using the Doppler provider
 *
 * @schema ClusterSecretStoreSpecProviderDoppler
 */
export interface ClusterSecretStoreSpecProviderDoppler {
    /**
     * Auth configures how the Operator authenticates with the Doppler API
     *
     * @schema ClusterSecretStoreSpecProviderDoppler#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderDopplerAuth;
    /**
     * Doppler config (required if not using a Service Token)
     *
     * @schema ClusterSecretStoreSpecProviderDoppler#config
     */
    readonly config?: string;
    /**
     * Format enables the downloading of secrets as a file (string)
     *
     * @schema ClusterSecretStoreSpecProviderDoppler#format
     */
    readonly format?: ClusterSecretStoreSpecProviderDopplerFormat;
    /**
     * Environment variable compatible name transforms that change secret names to a different format
     *
     * @schema ClusterSecretStoreSpecProviderDoppler#nameTransformer
     */
    readonly nameTransformer?: ClusterSecretStoreSpecProviderDopplerNameTransformer;
    /**
     * Doppler project (required if not using a Service Token)
     *
     * @schema ClusterSecretStoreSpecProviderDoppler#project
     */
    readonly project?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDoppler' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDoppler(obj: ClusterSecretStoreSpecProviderDoppler | undefined): Record<string, any> | undefined;
/**
 * DVLS configures this store to sync secrets using Devolutions Server provider
 *
 * @schema ClusterSecretStoreSpecProviderDvls
 */
export interface ClusterSecretStoreSpecProviderDvls {
    /**
     * Auth defines the authentication method to use.
     *
     * @schema ClusterSecretStoreSpecProviderDvls#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderDvlsAuth;
    /**
     * Insecure allows connecting to DVLS over plain HTTP.
     * This is NOT RECOMMENDED for production use.
     * Set to true only if you understand the security implications.
     *
     * @schema ClusterSecretStoreSpecProviderDvls#insecure
     */
    readonly insecure?: boolean;
    /**
     * ServerURL is the DVLS instance URL (e.g., https://dvls.example.com).
     *
     * @schema ClusterSecretStoreSpecProviderDvls#serverUrl
     */
    readonly serverUrl: string;
    /**
     * Vault is the name or UUID of the vault to fetch secrets from.
     * When omitted, the vault must be specified in the secret key using the legacy format "<vault-id>/<entry-id>".
     *
     * @schema ClusterSecretStoreSpecProviderDvls#vault
     */
    readonly vault?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDvls' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDvls(obj: ClusterSecretStoreSpecProviderDvls | undefined): Record<string, any> | undefined;
/**
 * Fake configures a store with static key/value pairs
 *
 * @schema ClusterSecretStoreSpecProviderFake
 */
export interface ClusterSecretStoreSpecProviderFake {
    /**
     * @schema ClusterSecretStoreSpecProviderFake#data
     */
    readonly data: ClusterSecretStoreSpecProviderFakeData[];
    /**
     * ValidationResult is defined type for the number of validation results.
     *
     * @schema ClusterSecretStoreSpecProviderFake#validationResult
     */
    readonly validationResult?: number;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderFake' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderFake(obj: ClusterSecretStoreSpecProviderFake | undefined): Record<string, any> | undefined;
/**
 * Fortanix configures this store to sync secrets using the Fortanix provider
 *
 * @schema ClusterSecretStoreSpecProviderFortanix
 */
export interface ClusterSecretStoreSpecProviderFortanix {
    /**
     * APIKey is the API token to access SDKMS Applications.
     *
     * @schema ClusterSecretStoreSpecProviderFortanix#apiKey
     */
    readonly apiKey?: ClusterSecretStoreSpecProviderFortanixApiKey;
    /**
     * APIURL is the URL of SDKMS API. Defaults to `sdkms.fortanix.com`.
     *
     * @default sdkms.fortanix.com`.
     * @schema ClusterSecretStoreSpecProviderFortanix#apiUrl
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderFortanix' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderFortanix(obj: ClusterSecretStoreSpecProviderFortanix | undefined): Record<string, any> | undefined;
/**
 * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
 *
 * @schema ClusterSecretStoreSpecProviderGcpsm
 */
export interface ClusterSecretStoreSpecProviderGcpsm {
    /**
     * Auth defines the information necessary to authenticate against GCP
     *
     * @schema ClusterSecretStoreSpecProviderGcpsm#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderGcpsmAuth;
    /**
     * Location optionally defines a location for a secret
     *
     * @schema ClusterSecretStoreSpecProviderGcpsm#location
     */
    readonly location?: string;
    /**
     * ProjectID project where secret is located
     *
     * @schema ClusterSecretStoreSpecProviderGcpsm#projectID
     */
    readonly projectId?: string;
    /**
     * SecretVersionSelectionPolicy specifies how the provider selects a secret version
     * when "latest" is disabled or destroyed.
     * Possible values are:
     * - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed.
     * - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED
     *
     * @schema ClusterSecretStoreSpecProviderGcpsm#secretVersionSelectionPolicy
     */
    readonly secretVersionSelectionPolicy?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsm(obj: ClusterSecretStoreSpecProviderGcpsm | undefined): Record<string, any> | undefined;
/**
 * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
 * Note: This provider only supports write operations (PushSecret) and cannot fetch secrets from GitHub
 *
 * @schema ClusterSecretStoreSpecProviderGithub
 */
export interface ClusterSecretStoreSpecProviderGithub {
    /**
     * appID specifies the Github APP that will be used to authenticate the client
     *
     * @schema ClusterSecretStoreSpecProviderGithub#appID
     */
    readonly appId: number;
    /**
     * auth configures how secret-manager authenticates with a Github instance.
     *
     * @schema ClusterSecretStoreSpecProviderGithub#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderGithubAuth;
    /**
     * environment will be used to fetch secrets from a particular environment within a github repository
     *
     * @schema ClusterSecretStoreSpecProviderGithub#environment
     */
    readonly environment?: string;
    /**
     * installationID specifies the Github APP installation that will be used to authenticate the client
     *
     * @schema ClusterSecretStoreSpecProviderGithub#installationID
     */
    readonly installationId: number;
    /**
     * orgSecretVisibility controls the visibility of organization secrets pushed via PushSecret.
     * Valid values are "all" or "private".
     * When unset, new secrets are created with visibility "all" and existing secrets preserve
     * whatever visibility they already have in GitHub.
     *
     * @schema ClusterSecretStoreSpecProviderGithub#orgSecretVisibility
     */
    readonly orgSecretVisibility?: ClusterSecretStoreSpecProviderGithubOrgSecretVisibility;
    /**
     * organization will be used to fetch secrets from the Github organization
     *
     * @schema ClusterSecretStoreSpecProviderGithub#organization
     */
    readonly organization: string;
    /**
     * repository will be used to fetch secrets from the Github repository within an organization
     *
     * @schema ClusterSecretStoreSpecProviderGithub#repository
     */
    readonly repository?: string;
    /**
     * Upload URL for enterprise instances. Default to URL.
     *
     * @default URL.
     * @schema ClusterSecretStoreSpecProviderGithub#uploadURL
     */
    readonly uploadUrl?: string;
    /**
     * URL configures the Github instance URL. Defaults to https://github.com/.
     *
     * @default https://github.com/.
     * @schema ClusterSecretStoreSpecProviderGithub#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGithub' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGithub(obj: ClusterSecretStoreSpecProviderGithub | undefined): Record<string, any> | undefined;
/**
 * GitLab configures this store to sync secrets using GitLab Variables provider
 *
 * @schema ClusterSecretStoreSpecProviderGitlab
 */
export interface ClusterSecretStoreSpecProviderGitlab {
    /**
     * Auth configures how secret-manager authenticates with a GitLab instance.
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderGitlabAuth;
    /**
     * Base64 encoded certificate for the GitLab server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderGitlabCaProvider;
    /**
     * Environment environment_scope of gitlab CI/CD variables (Please see https://docs.gitlab.com/ee/ci/environments/#create-a-static-environment on how to create environments)
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#environment
     */
    readonly environment?: string;
    /**
     * GroupIDs specify, which gitlab groups to pull secrets from. Group secrets are read from left to right followed by the project variables.
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#groupIDs
     */
    readonly groupIDs?: string[];
    /**
     * InheritFromGroups specifies whether parent groups should be discovered and checked for secrets.
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#inheritFromGroups
     */
    readonly inheritFromGroups?: boolean;
    /**
     * ProjectID specifies a project where secrets are located.
     *
     * @schema ClusterSecretStoreSpecProviderGitlab#projectID
     */
    readonly projectId?: string;
    /**
     * URL configures the GitLab instance URL. Defaults to https://gitlab.com/.
     *
     * @default https://gitlab.com/.
     * @schema ClusterSecretStoreSpecProviderGitlab#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGitlab' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGitlab(obj: ClusterSecretStoreSpecProviderGitlab | undefined): Record<string, any> | undefined;
/**
 * IBM configures this store to sync secrets using IBM Cloud provider
 *
 * @schema ClusterSecretStoreSpecProviderIbm
 */
export interface ClusterSecretStoreSpecProviderIbm {
    /**
     * Auth configures how secret-manager authenticates with the IBM secrets manager.
     *
     * @schema ClusterSecretStoreSpecProviderIbm#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderIbmAuth;
    /**
     * ServiceURL is the Endpoint URL that is specific to the Secrets Manager service instance
     *
     * @schema ClusterSecretStoreSpecProviderIbm#serviceUrl
     */
    readonly serviceUrl?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderIbm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderIbm(obj: ClusterSecretStoreSpecProviderIbm | undefined): Record<string, any> | undefined;
/**
 * Infisical configures this store to sync secrets using the Infisical provider
 *
 * @schema ClusterSecretStoreSpecProviderInfisical
 */
export interface ClusterSecretStoreSpecProviderInfisical {
    /**
     * Auth configures how the Operator authenticates with the Infisical API
     *
     * @schema ClusterSecretStoreSpecProviderInfisical#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderInfisicalAuth;
    /**
     * CABundle is a PEM-encoded CA certificate bundle used to validate
     * the Infisical server's TLS certificate. Mutually exclusive with CAProvider.
     *
     * @schema ClusterSecretStoreSpecProviderInfisical#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider is a reference to a Secret or ConfigMap that contains a CA certificate.
     * The certificate is used to validate the Infisical server's TLS certificate.
     * Mutually exclusive with CABundle.
     *
     * @schema ClusterSecretStoreSpecProviderInfisical#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderInfisicalCaProvider;
    /**
     * HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".
     *
     * @schema ClusterSecretStoreSpecProviderInfisical#hostAPI
     */
    readonly hostApi?: string;
    /**
     * SecretsScope defines the scope of the secrets within the workspace
     *
     * @schema ClusterSecretStoreSpecProviderInfisical#secretsScope
     */
    readonly secretsScope: ClusterSecretStoreSpecProviderInfisicalSecretsScope;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisical' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisical(obj: ClusterSecretStoreSpecProviderInfisical | undefined): Record<string, any> | undefined;
/**
 * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
 *
 * @schema ClusterSecretStoreSpecProviderKeepersecurity
 */
export interface ClusterSecretStoreSpecProviderKeepersecurity {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderKeepersecurity#authRef
     */
    readonly authRef: ClusterSecretStoreSpecProviderKeepersecurityAuthRef;
    /**
     * @schema ClusterSecretStoreSpecProviderKeepersecurity#folderID
     */
    readonly folderId: string;
    /**
     * @schema ClusterSecretStoreSpecProviderKeepersecurity#getByTitleFallback
     */
    readonly getByTitleFallback?: boolean;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKeepersecurity' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKeepersecurity(obj: ClusterSecretStoreSpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
/**
 * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
 *
 * @schema ClusterSecretStoreSpecProviderKubernetes
 */
export interface ClusterSecretStoreSpecProviderKubernetes {
    /**
     * Auth configures how secret-manager authenticates with a Kubernetes instance.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetes#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderKubernetesAuth;
    /**
     * A reference to a secret that contains the auth information.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetes#authRef
     */
    readonly authRef?: ClusterSecretStoreSpecProviderKubernetesAuthRef;
    /**
     * Remote namespace to fetch the secrets from
     *
     * @schema ClusterSecretStoreSpecProviderKubernetes#remoteNamespace
     */
    readonly remoteNamespace?: string;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetes#server
     */
    readonly server?: ClusterSecretStoreSpecProviderKubernetesServer;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetes' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetes(obj: ClusterSecretStoreSpecProviderKubernetes | undefined): Record<string, any> | undefined;
/**
 * NebiusMysterybox configures this store to sync secrets using NebiusMysterybox provider
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysterybox
 */
export interface ClusterSecretStoreSpecProviderNebiusmysterybox {
    /**
     * NebiusMysterybox API endpoint
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysterybox#apiDomain
     */
    readonly apiDomain: string;
    /**
     * Auth defines parameters to authenticate in MysteryBox
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysterybox#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderNebiusmysteryboxAuth;
    /**
     * The provider for the CA bundle to use to validate NebiusMysterybox server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysterybox#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysterybox' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysterybox(obj: ClusterSecretStoreSpecProviderNebiusmysterybox | undefined): Record<string, any> | undefined;
/**
 * Ngrok configures this store to sync secrets using the ngrok provider.
 *
 * @schema ClusterSecretStoreSpecProviderNgrok
 */
export interface ClusterSecretStoreSpecProviderNgrok {
    /**
     * APIURL is the URL of the ngrok API.
     *
     * @schema ClusterSecretStoreSpecProviderNgrok#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how the ngrok provider authenticates with the ngrok API.
     *
     * @schema ClusterSecretStoreSpecProviderNgrok#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderNgrokAuth;
    /**
     * Vault configures the ngrok vault to sync secrets with.
     *
     * @schema ClusterSecretStoreSpecProviderNgrok#vault
     */
    readonly vault: ClusterSecretStoreSpecProviderNgrokVault;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNgrok' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNgrok(obj: ClusterSecretStoreSpecProviderNgrok | undefined): Record<string, any> | undefined;
/**
 * Onboardbase configures this store to sync secrets using the Onboardbase provider
 *
 * @schema ClusterSecretStoreSpecProviderOnboardbase
 */
export interface ClusterSecretStoreSpecProviderOnboardbase {
    /**
     * APIHost use this to configure the host url for the API for selfhosted installation, default is https://public.onboardbase.com/api/v1/
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbase#apiHost
     */
    readonly apiHost: string;
    /**
     * Auth configures how the Operator authenticates with the Onboardbase API
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbase#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderOnboardbaseAuth;
    /**
     * Environment is the name of an environmnent within a project to pull the secrets from
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbase#environment
     */
    readonly environment: string;
    /**
     * Project is an onboardbase project that the secrets should be pulled from
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbase#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnboardbase' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnboardbase(obj: ClusterSecretStoreSpecProviderOnboardbase | undefined): Record<string, any> | undefined;
/**
 * OnePassword configures this store to sync secrets using the 1Password Cloud provider
 *
 * @schema ClusterSecretStoreSpecProviderOnepassword
 */
export interface ClusterSecretStoreSpecProviderOnepassword {
    /**
     * Auth defines the information necessary to authenticate against OnePassword Connect Server
     *
     * @schema ClusterSecretStoreSpecProviderOnepassword#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderOnepasswordAuth;
    /**
     * ConnectHost defines the OnePassword Connect Server to connect to
     *
     * @schema ClusterSecretStoreSpecProviderOnepassword#connectHost
     */
    readonly connectHost: string;
    /**
     * Vaults defines which OnePassword vaults to search in which order
     *
     * @schema ClusterSecretStoreSpecProviderOnepassword#vaults
     */
    readonly vaults: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepassword(obj: ClusterSecretStoreSpecProviderOnepassword | undefined): Record<string, any> | undefined;
/**
 * OnePasswordSDK configures this store to use 1Password's new Go SDK to sync secrets.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordSdk
 */
export interface ClusterSecretStoreSpecProviderOnepasswordSdk {
    /**
     * Auth defines the information necessary to authenticate against OnePassword API.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdk#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderOnepasswordSdkAuth;
    /**
     * Cache configures client-side caching for read operations (GetSecret, GetSecretMap).
     * When enabled, secrets are cached with the specified TTL.
     * Write operations (PushSecret, DeleteSecret) automatically invalidate relevant cache entries.
     * If omitted, caching is disabled (default).
     * cache: {} is a valid option to set.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdk#cache
     */
    readonly cache?: ClusterSecretStoreSpecProviderOnepasswordSdkCache;
    /**
     * Environment defines the 1Password Environment ID to read variables from.
     * Environments are read-only: PushSecret, DeleteSecret, and SecretExists return an error when set.
     * Mutually exclusive with Vault.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdk#environment
     */
    readonly environment?: string;
    /**
     * IntegrationInfo specifies the name and version of the integration built using the 1Password Go SDK.
     * If you don't know which name and version to use, use `DefaultIntegrationName` and `DefaultIntegrationVersion`, respectively.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdk#integrationInfo
     */
    readonly integrationInfo?: ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo;
    /**
     * Vault defines the vault's name or uuid to access. Do NOT add op:// prefix. This will be done automatically.
     * Mutually exclusive with Environment.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdk#vault
     */
    readonly vault?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordSdk' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordSdk(obj: ClusterSecretStoreSpecProviderOnepasswordSdk | undefined): Record<string, any> | undefined;
/**
 * OpenBao configures this store to sync secrets using the OpenBao provider.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBao
 */
export interface ClusterSecretStoreSpecProviderOpenBao {
    /**
     * Auth configures how secret-manager authenticates with the OpenBao server.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderOpenBaoAuth;
    /**
     * PEM encoded CA bundle used to validate the OpenBao server certificate. If
     * this and `caProvider` are not set the system root certificates are used
     * to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate OpenBao server
     * certificate. If this and `caBundle` are not set the system root
     * certificates are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderOpenBaoCaProvider;
    /**
     * Name of the [OpenBao Namespace]. Namespaces is a set of features within
     * OpenBao that allows OpenBao environments to support secure multi-tenancy.
     * e.g: "ns1".
     *
     * [OpenBao Namespace]: https://openbao.org/docs/concepts/namespaces/
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the OpenBao KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from OpenBao is optional and will be appended
     * if not present in specified path.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#path
     */
    readonly path?: string;
    /**
     * Server is the connection address for the OpenBao server, e.g: `https://openbao.example.com:8200`.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#server
     */
    readonly server: string;
    /**
     * Version is the OpenBao KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema ClusterSecretStoreSpecProviderOpenBao#version
     */
    readonly version?: ClusterSecretStoreSpecProviderOpenBaoVersion;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBao' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBao(obj: ClusterSecretStoreSpecProviderOpenBao | undefined): Record<string, any> | undefined;
/**
 * Oracle configures this store to sync secrets using Oracle Vault provider
 *
 * @schema ClusterSecretStoreSpecProviderOracle
 */
export interface ClusterSecretStoreSpecProviderOracle {
    /**
     * Auth configures how secret-manager authenticates with the Oracle Vault.
     * If empty, use the instance principal, otherwise the user credentials specified in Auth.
     *
     * @schema ClusterSecretStoreSpecProviderOracle#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderOracleAuth;
    /**
     * Compartment is the vault compartment OCID.
     * Required for PushSecret
     *
     * @schema ClusterSecretStoreSpecProviderOracle#compartment
     */
    readonly compartment?: string;
    /**
     * EncryptionKey is the OCID of the encryption key within the vault.
     * Required for PushSecret
     *
     * @schema ClusterSecretStoreSpecProviderOracle#encryptionKey
     */
    readonly encryptionKey?: string;
    /**
     * The type of principal to use for authentication. If left blank, the Auth struct will
     * determine the principal type. This optional field must be specified if using
     * workload identity.
     *
     * @schema ClusterSecretStoreSpecProviderOracle#principalType
     */
    readonly principalType?: ClusterSecretStoreSpecProviderOraclePrincipalType;
    /**
     * Region is the region where vault is located.
     *
     * @schema ClusterSecretStoreSpecProviderOracle#region
     */
    readonly region: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema ClusterSecretStoreSpecProviderOracle#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderOracleServiceAccountRef;
    /**
     * Vault is the vault's OCID of the specific vault where secret is located.
     *
     * @schema ClusterSecretStoreSpecProviderOracle#vault
     */
    readonly vault: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracle' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracle(obj: ClusterSecretStoreSpecProviderOracle | undefined): Record<string, any> | undefined;
/**
 * OVHcloud configures this store to sync secrets using the OVHcloud provider.
 *
 * @schema ClusterSecretStoreSpecProviderOvh
 */
export interface ClusterSecretStoreSpecProviderOvh {
    /**
     * Authentication method (mtls or token).
     *
     * @schema ClusterSecretStoreSpecProviderOvh#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderOvhAuth;
    /**
     * Enables or disables check-and-set (CAS) (default: false).
     *
     * @schema ClusterSecretStoreSpecProviderOvh#casRequired
     */
    readonly casRequired?: boolean;
    /**
     * Setup a timeout in seconds when requests to the KMS are made (default: 30).
     *
     * @schema ClusterSecretStoreSpecProviderOvh#okmsTimeout
     */
    readonly okmsTimeout?: number;
    /**
     * specifies the OKMS ID.
     *
     * @schema ClusterSecretStoreSpecProviderOvh#okmsid
     */
    readonly okmsid: string;
    /**
     * specifies the OKMS server endpoint.
     *
     * @schema ClusterSecretStoreSpecProviderOvh#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvh' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvh(obj: ClusterSecretStoreSpecProviderOvh | undefined): Record<string, any> | undefined;
/**
 * PassboltProvider provides access to Passbolt secrets manager.
 * See: https://www.passbolt.com.
 *
 * @schema ClusterSecretStoreSpecProviderPassbolt
 */
export interface ClusterSecretStoreSpecProviderPassbolt {
    /**
     * Auth defines the information necessary to authenticate against Passbolt Server
     *
     * @schema ClusterSecretStoreSpecProviderPassbolt#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderPassboltAuth;
    /**
     * PEM encoded CA bundle used to validate Passbolt server certificate. Only used
     * if the Host URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderPassbolt#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Passbolt server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderPassbolt#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderPassboltCaProvider;
    /**
     * Host defines the Passbolt Server to connect to
     *
     * @schema ClusterSecretStoreSpecProviderPassbolt#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassbolt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassbolt(obj: ClusterSecretStoreSpecProviderPassbolt | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
 *
 * @schema ClusterSecretStoreSpecProviderPassworddepot
 */
export interface ClusterSecretStoreSpecProviderPassworddepot {
    /**
     * Auth configures how secret-manager authenticates with a Password Depot instance.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepot#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderPassworddepotAuth;
    /**
     * Database to use as source
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepot#database
     */
    readonly database: string;
    /**
     * URL configures the Password Depot instance URL.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepot#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassworddepot' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassworddepot(obj: ClusterSecretStoreSpecProviderPassworddepot | undefined): Record<string, any> | undefined;
/**
 * Previder configures this store to sync secrets using the Previder provider
 *
 * @schema ClusterSecretStoreSpecProviderPrevider
 */
export interface ClusterSecretStoreSpecProviderPrevider {
    /**
     * PreviderAuth contains a secretRef for credentials.
     *
     * @schema ClusterSecretStoreSpecProviderPrevider#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderPreviderAuth;
    /**
     * @schema ClusterSecretStoreSpecProviderPrevider#baseUri
     */
    readonly baseUri?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPrevider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPrevider(obj: ClusterSecretStoreSpecProviderPrevider | undefined): Record<string, any> | undefined;
/**
 * Pulumi configures this store to sync secrets using the Pulumi provider
 *
 * @schema ClusterSecretStoreSpecProviderPulumi
 */
export interface ClusterSecretStoreSpecProviderPulumi {
    /**
     * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
     *
     * Deprecated: Use auth.accessToken instead.
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#accessToken
     */
    readonly accessToken?: ClusterSecretStoreSpecProviderPulumiAccessToken;
    /**
     * APIURL is the URL of the Pulumi API.
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how the Operator authenticates with the Pulumi API.
     * Either auth or the deprecated accessToken field must be specified.
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderPulumiAuth;
    /**
     * Environment are YAML documents composed of static key-value pairs, programmatic expressions,
     * dynamically retrieved values from supported providers including all major clouds,
     * and other Pulumi ESC environments.
     * To create a new environment, visit https://www.pulumi.com/docs/esc/environments/ for more information.
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#environment
     */
    readonly environment: string;
    /**
     * Organization are a space to collaborate on shared projects and stacks.
     * To create a new organization, visit https://app.pulumi.com/ and click "New Organization".
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#organization
     */
    readonly organization: string;
    /**
     * Project is the name of the Pulumi ESC project the environment belongs to.
     *
     * @schema ClusterSecretStoreSpecProviderPulumi#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumi' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumi(obj: ClusterSecretStoreSpecProviderPulumi | undefined): Record<string, any> | undefined;
/**
 * Scaleway configures this store to sync secrets using the Scaleway provider.
 *
 * @schema ClusterSecretStoreSpecProviderScaleway
 */
export interface ClusterSecretStoreSpecProviderScaleway {
    /**
     * AccessKey is the non-secret part of the api key.
     *
     * @schema ClusterSecretStoreSpecProviderScaleway#accessKey
     */
    readonly accessKey: ClusterSecretStoreSpecProviderScalewayAccessKey;
    /**
     * APIURL is the url of the api to use. Defaults to https://api.scaleway.com
     *
     * @default https://api.scaleway.com
     * @schema ClusterSecretStoreSpecProviderScaleway#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * ProjectID is the id of your project, which you can find in the console: https://console.scaleway.com/project/settings
     *
     * @schema ClusterSecretStoreSpecProviderScaleway#projectId
     */
    readonly projectId: string;
    /**
     * Region where your secrets are located: https://developers.scaleway.com/en/quickstart/#region-and-zone
     *
     * @schema ClusterSecretStoreSpecProviderScaleway#region
     */
    readonly region: string;
    /**
     * SecretKey is the non-secret part of the api key.
     *
     * @schema ClusterSecretStoreSpecProviderScaleway#secretKey
     */
    readonly secretKey: ClusterSecretStoreSpecProviderScalewaySecretKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderScaleway' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderScaleway(obj: ClusterSecretStoreSpecProviderScaleway | undefined): Record<string, any> | undefined;
/**
 * SecretServer configures this store to sync secrets using SecretServer provider
 * https://docs.delinea.com/online-help/secret-server/start.htm
 *
 * @schema ClusterSecretStoreSpecProviderSecretserver
 */
export interface ClusterSecretStoreSpecProviderSecretserver {
    /**
     * PEM/base64 encoded CA bundle used to validate Secret ServerURL. Only used
     * if the ServerURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Secret ServerURL certificate.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderSecretserverCaProvider;
    /**
     * Domain is the secret server domain.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#domain
     */
    readonly domain?: string;
    /**
     * Password is the secret server account password.
     * Required unless Token is set.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#password
     */
    readonly password?: ClusterSecretStoreSpecProviderSecretserverPassword;
    /**
     * ServerURL
     * URL to your secret server installation
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#serverURL
     */
    readonly serverUrl: string;
    /**
     * Token is an access token used to authenticate to the secret server,
     * as an alternative to Username and Password. When set, Username and
     * Password are not required and are ignored.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#token
     */
    readonly token?: ClusterSecretStoreSpecProviderSecretserverToken;
    /**
     * Username is the secret server account username.
     * Required unless Token is set.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserver#username
     */
    readonly username?: ClusterSecretStoreSpecProviderSecretserverUsername;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserver' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserver(obj: ClusterSecretStoreSpecProviderSecretserver | undefined): Record<string, any> | undefined;
/**
 * Senhasegura configures this store to sync secrets using senhasegura provider
 *
 * @schema ClusterSecretStoreSpecProviderSenhasegura
 */
export interface ClusterSecretStoreSpecProviderSenhasegura {
    /**
     * Auth defines parameters to authenticate in senhasegura
     *
     * @schema ClusterSecretStoreSpecProviderSenhasegura#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderSenhaseguraAuth;
    /**
     * IgnoreSslCertificate defines if SSL certificate must be ignored
     *
     * @schema ClusterSecretStoreSpecProviderSenhasegura#ignoreSslCertificate
     */
    readonly ignoreSslCertificate?: boolean;
    /**
     * Module defines which senhasegura module should be used to get secrets
     *
     * @schema ClusterSecretStoreSpecProviderSenhasegura#module
     */
    readonly module: string;
    /**
     * URL of senhasegura
     *
     * @schema ClusterSecretStoreSpecProviderSenhasegura#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSenhasegura' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSenhasegura(obj: ClusterSecretStoreSpecProviderSenhasegura | undefined): Record<string, any> | undefined;
/**
 * Vault configures this store to sync secrets using the HashiCorp Vault provider.
 *
 * @schema ClusterSecretStoreSpecProviderVault
 */
export interface ClusterSecretStoreSpecProviderVault {
    /**
     * Auth configures how secret-manager authenticates with the Vault server.
     *
     * @schema ClusterSecretStoreSpecProviderVault#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderVaultAuth;
    /**
     * PEM encoded CA bundle used to validate Vault server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderVault#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Vault server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderVault#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderVaultCaProvider;
    /**
     * CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.
     * Only applies to Vault KV v2 stores. When enabled, write operations must include
     * the current version of the secret to prevent unintentional overwrites.
     *
     * @schema ClusterSecretStoreSpecProviderVault#checkAndSet
     */
    readonly checkAndSet?: ClusterSecretStoreSpecProviderVaultCheckAndSet;
    /**
     * ForwardInconsistent tells Vault to forward read-after-write requests to the Vault
     * leader instead of simply retrying within a loop. This can increase performance if
     * the option is enabled serverside.
     * https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
     *
     * @schema ClusterSecretStoreSpecProviderVault#forwardInconsistent
     */
    readonly forwardInconsistent?: boolean;
    /**
     * Headers to be added in Vault request
     *
     * @schema ClusterSecretStoreSpecProviderVault#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     *
     * @schema ClusterSecretStoreSpecProviderVault#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the Vault KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from Vault is optional and will be appended
     * if not present in specified path.
     *
     * @schema ClusterSecretStoreSpecProviderVault#path
     */
    readonly path?: string;
    /**
     * ReadYourWrites ensures isolated read-after-write semantics by
     * providing discovered cluster replication states in each request.
     * More information about eventual consistency in Vault can be found here
     * https://www.vaultproject.io/docs/enterprise/consistency
     *
     * @schema ClusterSecretStoreSpecProviderVault#readYourWrites
     */
    readonly readYourWrites?: boolean;
    /**
     * Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
     *
     * @schema ClusterSecretStoreSpecProviderVault#server
     */
    readonly server: string;
    /**
     * The configuration used for client side related TLS communication, when the Vault server
     * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
     * This parameter is ignored for plain HTTP protocol connection.
     * It's worth noting this configuration is different from the "TLS certificates auth method",
     * which is available under the `auth.cert` section.
     *
     * @schema ClusterSecretStoreSpecProviderVault#tls
     */
    readonly tls?: ClusterSecretStoreSpecProviderVaultTls;
    /**
     * Version is the Vault KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema ClusterSecretStoreSpecProviderVault#version
     */
    readonly version?: ClusterSecretStoreSpecProviderVaultVersion;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVault' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVault(obj: ClusterSecretStoreSpecProviderVault | undefined): Record<string, any> | undefined;
/**
 * Volcengine configures this store to sync secrets using the Volcengine provider
 *
 * @schema ClusterSecretStoreSpecProviderVolcengine
 */
export interface ClusterSecretStoreSpecProviderVolcengine {
    /**
     * Auth defines the authentication method to use.
     * If not specified, the provider will try to use IRSA (IAM Role for Service Account).
     *
     * @schema ClusterSecretStoreSpecProviderVolcengine#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderVolcengineAuth;
    /**
     * Region specifies the Volcengine region to connect to.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengine#region
     */
    readonly region: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengine' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengine(obj: ClusterSecretStoreSpecProviderVolcengine | undefined): Record<string, any> | undefined;
/**
 * Webhook configures this store to sync secrets using a generic templated webhook
 *
 * @schema ClusterSecretStoreSpecProviderWebhook
 */
export interface ClusterSecretStoreSpecProviderWebhook {
    /**
     * Auth specifies a authorization protocol. Only one protocol may be set.
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#auth
     */
    readonly auth?: ClusterSecretStoreSpecProviderWebhookAuth;
    /**
     * Body
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#body
     */
    readonly body?: string;
    /**
     * PEM encoded CA bundle used to validate webhook server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate webhook server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderWebhookCaProvider;
    /**
     * Headers
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Webhook Method
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#method
     */
    readonly method?: string;
    /**
     * Result formatting
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#result
     */
    readonly result?: ClusterSecretStoreSpecProviderWebhookResult;
    /**
     * Secrets to fill in templates
     * These secrets will be passed to the templating function as key value pairs under the given name
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#secrets
     */
    readonly secrets?: ClusterSecretStoreSpecProviderWebhookSecrets[];
    /**
     * Timeout
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#timeout
     */
    readonly timeout?: string;
    /**
     * Webhook url to call
     *
     * @schema ClusterSecretStoreSpecProviderWebhook#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhook' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhook(obj: ClusterSecretStoreSpecProviderWebhook | undefined): Record<string, any> | undefined;
/**
 * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanager
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanager {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanager#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex.Cloud
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanager#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanager#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider;
    /**
     * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as certificate ID or certificate name
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanager#fetching
     */
    readonly fetching?: ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanager(obj: ClusterSecretStoreSpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
/**
 * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockbox
 */
export interface ClusterSecretStoreSpecProviderYandexlockbox {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockbox#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex.Cloud
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockbox#auth
     */
    readonly auth: ClusterSecretStoreSpecProviderYandexlockboxAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockbox#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderYandexlockboxCaProvider;
    /**
     * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID or secret name
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockbox#fetching
     */
    readonly fetching?: ClusterSecretStoreSpecProviderYandexlockboxFetching;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockbox' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockbox(obj: ClusterSecretStoreSpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions
 */
export interface ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(obj: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Akeyless.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRef {
    /**
     * Kubernetes authenticates with Akeyless by passing the ServiceAccount
     * token stored in the named Secret resource.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRef#kubernetesAuth
     */
    readonly kubernetesAuth?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth;
    /**
     * Reference to a Secret that contains the details
     * to authenticate with Akeyless.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRef#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef;
    /**
     * ServiceAccountRef specifies a Kubernetes ServiceAccount used for azure_ad
     * authentication on AKS Workload Identity. The operator obtains a federated
     * identity token from this ServiceAccount via the TokenRequest API instead
     * of using the ESO controller pod identity. Ignored for other access types.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRef#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRef(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessCaProvider
 */
export interface ClusterSecretStoreSpecProviderAkeylessCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderAkeylessCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessCaProvider(obj: ClusterSecretStoreSpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against AWS
 * if not set aws sdk will infer credentials from your environment
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuth
 */
export interface ClusterSecretStoreSpecProviderAwsAuth {
    /**
     * AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreSpecProviderAwsAuthJwt;
    /**
     * AWSAuthSecretRef holds secret references for AWS credentials
     * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderAwsAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuth(obj: ClusterSecretStoreSpecProviderAwsAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
 *
 * @schema ClusterSecretStoreSpecProviderAwsSecretsManager
 */
export interface ClusterSecretStoreSpecProviderAwsSecretsManager {
    /**
     * Specifies whether to delete the secret without any recovery window. You
     * can't use both this parameter and RecoveryWindowInDays in the same call.
     * If you don't use either, then by default Secrets Manager uses a 30 day
     * recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
     *
     * @schema ClusterSecretStoreSpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
     */
    readonly forceDeleteWithoutRecovery?: boolean;
    /**
     * The number of days from 7 to 30 that Secrets Manager waits before
     * permanently deleting the secret. You can't use both this parameter and
     * ForceDeleteWithoutRecovery in the same call. If you don't use either,
     * then by default Secrets Manager uses a 30-day recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays
     *
     * @schema ClusterSecretStoreSpecProviderAwsSecretsManager#recoveryWindowInDays
     */
    readonly recoveryWindowInDays?: number;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsSecretsManager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsSecretsManager(obj: ClusterSecretStoreSpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
/**
 * Service defines which service should be used to fetch the secrets
 *
 * @schema ClusterSecretStoreSpecProviderAwsService
 */
export declare enum ClusterSecretStoreSpecProviderAwsService {
    /** SecretsManager */
    SECRETS_MANAGER = "SecretsManager",
    /** ParameterStore */
    PARAMETER_STORE = "ParameterStore",
    /** CertificateManager */
    CERTIFICATE_MANAGER = "CertificateManager"
}
/**
 * Tag is a key-value pair that can be attached to an AWS resource.
 * see: https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html
 *
 * @schema ClusterSecretStoreSpecProviderAwsSessionTags
 */
export interface ClusterSecretStoreSpecProviderAwsSessionTags {
    /**
     * @schema ClusterSecretStoreSpecProviderAwsSessionTags#key
     */
    readonly key: string;
    /**
     * @schema ClusterSecretStoreSpecProviderAwsSessionTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsSessionTags' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsSessionTags(obj: ClusterSecretStoreSpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
/**
 * SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.
 * None (default): no tags are added.
 * Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
 * Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
 * Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
 *
 * @schema ClusterSecretStoreSpecProviderAwsSessionTagsPolicy
 */
export declare enum ClusterSecretStoreSpecProviderAwsSessionTagsPolicy {
    /** None */
    NONE = "None",
    /** Simple */
    SIMPLE = "Simple",
    /** Custom */
    CUSTOM = "Custom"
}
/**
 * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderAzurekvAuthSecretRef {
    /**
     * The Azure ClientCertificate of the service principle used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientCertificate
     */
    readonly clientCertificate?: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate;
    /**
     * The Azure clientId of the service principle or managed identity used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientId
     */
    readonly clientId?: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId;
    /**
     * The Azure ClientSecret of the service principle used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientSecret
     */
    readonly clientSecret?: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret;
    /**
     * The Azure tenantId of the managed identity used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#tenantId
     */
    readonly tenantId?: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRef(obj: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth type defines how to authenticate to the keyvault service.
 * Valid values are:
 * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
 * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
 * - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthType
 */
export declare enum ClusterSecretStoreSpecProviderAzurekvAuthType {
    /** ServicePrincipal */
    SERVICE_PRINCIPAL = "ServicePrincipal",
    /** ManagedIdentity */
    MANAGED_IDENTITY = "ManagedIdentity",
    /** WorkloadIdentity */
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
/**
 * CustomCloudConfig defines custom Azure endpoints for non-standard clouds.
 * Required when EnvironmentType is AzureStackCloud.
 * Optional for other environment types - useful for Azure China when using Workload Identity
 * with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
 * standard China Cloud endpoint (login.chinacloudapi.cn).
 * IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
 * configuration is not supported with the legacy go-autorest SDK.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig
 */
export interface ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig {
    /**
     * ActiveDirectoryEndpoint is the AAD endpoint for authentication
     * Required when using custom cloud configuration
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#activeDirectoryEndpoint
     */
    readonly activeDirectoryEndpoint: string;
    /**
     * KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultDNSSuffix
     */
    readonly keyVaultDnsSuffix?: string;
    /**
     * KeyVaultEndpoint is the Key Vault service endpoint
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultEndpoint
     */
    readonly keyVaultEndpoint?: string;
    /**
     * ResourceManagerEndpoint is the Azure Resource Manager endpoint
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#resourceManagerEndpoint
     */
    readonly resourceManagerEndpoint?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig(obj: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig | undefined): Record<string, any> | undefined;
/**
 * EnvironmentType specifies the Azure cloud environment endpoints to use for
 * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
 * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
 * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
 * Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvEnvironmentType
 */
export declare enum ClusterSecretStoreSpecProviderAzurekvEnvironmentType {
    /** PublicCloud */
    PUBLIC_CLOUD = "PublicCloud",
    /** USGovernmentCloud */
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    /** ChinaCloud */
    CHINA_CLOUD = "ChinaCloud",
    /** GermanCloud */
    GERMAN_CLOUD = "GermanCloud",
    /** AzureStackCloud */
    AZURE_STACK_CLOUD = "AzureStackCloud"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderAzurekvServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvServiceAccountRef(obj: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * BarbicanAuth contains the authentication information for Barbican.
 *
 * @schema ClusterSecretStoreSpecProviderBarbicanAuth
 */
export interface ClusterSecretStoreSpecProviderBarbicanAuth {
    /**
     * BarbicanProviderPasswordRef defines a reference to a secret containing password for the Barbican provider.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuth#password
     */
    readonly password: ClusterSecretStoreSpecProviderBarbicanAuthPassword;
    /**
     * BarbicanProviderUsernameRef defines a reference to a secret containing username for the Barbican provider.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuth#username
     */
    readonly username: ClusterSecretStoreSpecProviderBarbicanAuthUsername;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbicanAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbicanAuth(obj: ClusterSecretStoreSpecProviderBarbicanAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Beyondtrust.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuth {
    /**
     * APIKey If not provided then ClientID/ClientSecret become required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth#apiKey
     */
    readonly apiKey?: ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey;
    /**
     * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth#certificate
     */
    readonly certificate?: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate;
    /**
     * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth#certificateKey
     */
    readonly certificateKey?: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey;
    /**
     * ClientID is the API OAuth Client ID.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth#clientId
     */
    readonly clientId?: ClusterSecretStoreSpecProviderBeyondtrustAuthClientId;
    /**
     * ClientSecret is the API OAuth Client Secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuth#clientSecret
     */
    readonly clientSecret?: ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuth(obj: ClusterSecretStoreSpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how API server works.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustServer
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustServer {
    /**
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Timeout specifies a time limit for requests made by this Client. The timeout includes connection time, any redirects, and reading the response body. Defaults to 45 seconds.
     *
     * @default 45 seconds.
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#clientTimeOutSeconds
     */
    readonly clientTimeOutSeconds?: number;
    /**
     * When true, the response includes the decrypted password. When false, the password field is omitted. This option only applies to the SECRET retrieval type. Default: true.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#decrypt
     */
    readonly decrypt?: boolean;
    /**
     * The secret retrieval type. SECRET = Secrets Safe (credential, text, file). MANAGED_ACCOUNT = Password Safe account associated with a system.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#retrievalType
     */
    readonly retrievalType?: string;
    /**
     * A character that separates the folder names.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#separator
     */
    readonly separator?: string;
    /**
     * @schema ClusterSecretStoreSpecProviderBeyondtrustServer#verifyCA
     */
    readonly verifyCa: boolean;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustServer(obj: ClusterSecretStoreSpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the BeyondTrust Workload Credentials API.
 * Currently supports API key authentication via Kubernetes secret reference.
 * For authentication setup, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth {
    /**
     * APIKey configures API token authentication for BeyondTrust Workload Credentials.
     * The token is retrieved from a Kubernetes secret and used as a Bearer token for API requests.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth#apikey
     */
    readonly apikey: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth | undefined): Record<string, any> | undefined;
/**
 * CAProvider points to a Secret or ConfigMap containing a PEM-encoded CA certificate.
 * This is used to validate the BeyondTrust Workload Credentials API TLS certificate.
 * Use this as an alternative to CABundle when you want to reference an existing Kubernetes resource.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider | undefined): Record<string, any> | undefined;
/**
 * Server configures the BeyondTrust Workload Credentials server connection details.
 * Includes the API URL and Site ID for your BeyondTrust instance.
 * For API reference, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer {
    /**
     * APIURL is the base URL of your BeyondTrust Workload Credentials API server.
     * This should be the full URL to your BeyondTrust instance.
     * Example: https://api.beyondtrust.io/siie
     * For more information, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#base-url
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * SiteID is your BeyondTrust Workload Credentials site identifier (UUID format).
     * This identifier is unique to your BeyondTrust Workload Credentials instance.
     * You can find your Site ID in the BeyondTrust Workload Credentials admin console.
     * Example: a1b2c3d4-e5f6-4890-abcd-ef1234567890
     * For more information, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer#siteId
     */
    readonly siteId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
 * Make sure that the token being used has permissions on the given secret.
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth
 */
export interface ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth {
    /**
     * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth(obj: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider
 */
export interface ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj: ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against chef Server
 *
 * @schema ClusterSecretStoreSpecProviderChefAuth
 */
export interface ClusterSecretStoreSpecProviderChefAuth {
    /**
     * ChefAuthSecretRef holds secret references for chef server login credentials.
     *
     * @schema ClusterSecretStoreSpecProviderChefAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderChefAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderChefAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderChefAuth(obj: ClusterSecretStoreSpecProviderChefAuth | undefined): Record<string, any> | undefined;
/**
 * CSMAuth contains a secretRef for credentials.
 *
 * @schema ClusterSecretStoreSpecProviderCloudrusmAuth
 */
export interface ClusterSecretStoreSpecProviderCloudrusmAuth {
    /**
     * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCloudrusmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCloudrusmAuth(obj: ClusterSecretStoreSpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
/**
 * Defines authentication settings for connecting to Conjur.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuth
 */
export interface ClusterSecretStoreSpecProviderConjurAuth {
    /**
     * Authenticates with Conjur using an API key.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuth#apikey
     */
    readonly apikey?: ClusterSecretStoreSpecProviderConjurAuthApikey;
    /**
     * Cert enables certificate-based authentication using a client certificate and key.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuth#cert
     */
    readonly cert?: ClusterSecretStoreSpecProviderConjurAuthCert;
    /**
     * Jwt enables JWT authentication using Kubernetes service account tokens.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreSpecProviderConjurAuthJwt;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuth(obj: ClusterSecretStoreSpecProviderConjurAuth | undefined): Record<string, any> | undefined;
/**
 * Used to provide custom certificate authority (CA) certificates
 * for a secret store. The CAProvider points to a Secret or ConfigMap resource
 * that contains a PEM-encoded certificate.
 *
 * @schema ClusterSecretStoreSpecProviderConjurCaProvider
 */
export interface ClusterSecretStoreSpecProviderConjurCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderConjurCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderConjurCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderConjurCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderConjurCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderConjurCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurCaProvider(obj: ClusterSecretStoreSpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures authentication to the Kubernetes API, same as the
 * Kubernetes provider. Required when Server.URL is set (unless using AuthRef).
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuth
 */
export interface ClusterSecretStoreSpecProviderCrdAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuth#cert
     */
    readonly cert?: ClusterSecretStoreSpecProviderCrdAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuth#serviceAccount
     */
    readonly serviceAccount?: ClusterSecretStoreSpecProviderCrdAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuth#token
     */
    readonly token?: ClusterSecretStoreSpecProviderCrdAuthToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuth(obj: ClusterSecretStoreSpecProviderCrdAuth | undefined): Record<string, any> | undefined;
/**
 * AuthRef references a Secret containing a kubeconfig. Same semantics as the
 * Kubernetes provider.
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthRef
 */
export interface ClusterSecretStoreSpecProviderCrdAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthRef(obj: ClusterSecretStoreSpecProviderCrdAuthRef | undefined): Record<string, any> | undefined;
/**
 * Resource identifies the CRD by its API group, version and kind.
 *
 * @schema ClusterSecretStoreSpecProviderCrdResource
 */
export interface ClusterSecretStoreSpecProviderCrdResource {
    /**
     * Group is the API group of the resource. Use "" (empty string) for core
     * Kubernetes resources such as ConfigMap; use e.g. "config.example.io"
     * for a CRD. The field is required to be present in the manifest — write
     * `group: ""` explicitly for core resources so typos fail at admission
     * time rather than later at discovery.
     *
     * @schema ClusterSecretStoreSpecProviderCrdResource#group
     */
    readonly group: string;
    /**
     * Kind is the Kubernetes resource kind (e.g. "MyCustomResource").
     *
     * @schema ClusterSecretStoreSpecProviderCrdResource#kind
     */
    readonly kind: string;
    /**
     * Version is the API version of the resource (e.g. "v1alpha1").
     *
     * @schema ClusterSecretStoreSpecProviderCrdResource#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdResource' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdResource(obj: ClusterSecretStoreSpecProviderCrdResource | undefined): Record<string, any> | undefined;
/**
 * Server configures the Kubernetes API address and TLS trust, same as the
 * Kubernetes provider. When omitted, the URL defaults to the in-cluster API.
 *
 * @schema ClusterSecretStoreSpecProviderCrdServer
 */
export interface ClusterSecretStoreSpecProviderCrdServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema ClusterSecretStoreSpecProviderCrdServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreSpecProviderCrdServer#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderCrdServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema ClusterSecretStoreSpecProviderCrdServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdServer(obj: ClusterSecretStoreSpecProviderCrdServer | undefined): Record<string, any> | undefined;
/**
 * Whitelist optionally restricts which object names and requested properties
 * are allowed to be read.
 *
 * @schema ClusterSecretStoreSpecProviderCrdWhitelist
 */
export interface ClusterSecretStoreSpecProviderCrdWhitelist {
    /**
     * Rules is a list of allow rules. If rules are set, at least one rule must
     * match for a request to be allowed.
     *
     * @schema ClusterSecretStoreSpecProviderCrdWhitelist#rules
     */
    readonly rules?: ClusterSecretStoreSpecProviderCrdWhitelistRules[];
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdWhitelist' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdWhitelist(obj: ClusterSecretStoreSpecProviderCrdWhitelist | undefined): Record<string, any> | undefined;
/**
 * ClientID is the non-secret part of the credential.
 *
 * @schema ClusterSecretStoreSpecProviderDelineaClientId
 */
export interface ClusterSecretStoreSpecProviderDelineaClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientId#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderDelineaClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDelineaClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDelineaClientId(obj: ClusterSecretStoreSpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the secret part of the credential.
 *
 * @schema ClusterSecretStoreSpecProviderDelineaClientSecret
 */
export interface ClusterSecretStoreSpecProviderDelineaClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientSecret#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDelineaClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDelineaClientSecret(obj: ClusterSecretStoreSpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Doppler API
 *
 * @schema ClusterSecretStoreSpecProviderDopplerAuth
 */
export interface ClusterSecretStoreSpecProviderDopplerAuth {
    /**
     * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuth#oidcConfig
     */
    readonly oidcConfig?: ClusterSecretStoreSpecProviderDopplerAuthOidcConfig;
    /**
     * SecretRef authenticates using a Doppler service token stored in a Kubernetes Secret.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderDopplerAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDopplerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDopplerAuth(obj: ClusterSecretStoreSpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
/**
 * Format enables the downloading of secrets as a file (string)
 *
 * @schema ClusterSecretStoreSpecProviderDopplerFormat
 */
export declare enum ClusterSecretStoreSpecProviderDopplerFormat {
    /** json */
    JSON = "json",
    /** dotnet-json */
    DOTNET_HYPHEN_JSON = "dotnet-json",
    /** env */
    ENV = "env",
    /** yaml */
    YAML = "yaml",
    /** docker */
    DOCKER = "docker"
}
/**
 * Environment variable compatible name transforms that change secret names to a different format
 *
 * @schema ClusterSecretStoreSpecProviderDopplerNameTransformer
 */
export declare enum ClusterSecretStoreSpecProviderDopplerNameTransformer {
    /** upper-camel */
    UPPER_HYPHEN_CAMEL = "upper-camel",
    /** camel */
    CAMEL = "camel",
    /** lower-snake */
    LOWER_HYPHEN_SNAKE = "lower-snake",
    /** tf-var */
    TF_HYPHEN_VAR = "tf-var",
    /** dotnet-env */
    DOTNET_HYPHEN_ENV = "dotnet-env",
    /** lower-kebab */
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
/**
 * Auth defines the authentication method to use.
 *
 * @schema ClusterSecretStoreSpecProviderDvlsAuth
 */
export interface ClusterSecretStoreSpecProviderDvlsAuth {
    /**
     * SecretRef contains the Application ID and Application Secret for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderDvlsAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDvlsAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDvlsAuth(obj: ClusterSecretStoreSpecProviderDvlsAuth | undefined): Record<string, any> | undefined;
/**
 * FakeProviderData defines a key-value pair with optional version for the fake provider.
 *
 * @schema ClusterSecretStoreSpecProviderFakeData
 */
export interface ClusterSecretStoreSpecProviderFakeData {
    /**
     * @schema ClusterSecretStoreSpecProviderFakeData#key
     */
    readonly key: string;
    /**
     * @schema ClusterSecretStoreSpecProviderFakeData#value
     */
    readonly value: string;
    /**
     * @schema ClusterSecretStoreSpecProviderFakeData#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderFakeData' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderFakeData(obj: ClusterSecretStoreSpecProviderFakeData | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API token to access SDKMS Applications.
 *
 * @schema ClusterSecretStoreSpecProviderFortanixApiKey
 */
export interface ClusterSecretStoreSpecProviderFortanixApiKey {
    /**
     * SecretRef is a reference to a secret containing the SDKMS API Key.
     *
     * @schema ClusterSecretStoreSpecProviderFortanixApiKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderFortanixApiKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderFortanixApiKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderFortanixApiKey(obj: ClusterSecretStoreSpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against GCP
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuth
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuth {
    /**
     * GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderGcpsmAuthSecretRef;
    /**
     * GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuth#workloadIdentity
     */
    readonly workloadIdentity?: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity;
    /**
     * GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuth#workloadIdentityFederation
     */
    readonly workloadIdentityFederation?: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuth(obj: ClusterSecretStoreSpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
/**
 * auth configures how secret-manager authenticates with a Github instance.
 *
 * @schema ClusterSecretStoreSpecProviderGithubAuth
 */
export interface ClusterSecretStoreSpecProviderGithubAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderGithubAuth#privateKey
     */
    readonly privateKey: ClusterSecretStoreSpecProviderGithubAuthPrivateKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGithubAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGithubAuth(obj: ClusterSecretStoreSpecProviderGithubAuth | undefined): Record<string, any> | undefined;
/**
 * orgSecretVisibility controls the visibility of organization secrets pushed via PushSecret.
 * Valid values are "all" or "private".
 * When unset, new secrets are created with visibility "all" and existing secrets preserve
 * whatever visibility they already have in GitHub.
 *
 * @schema ClusterSecretStoreSpecProviderGithubOrgSecretVisibility
 */
export declare enum ClusterSecretStoreSpecProviderGithubOrgSecretVisibility {
    /** all */
    ALL = "all",
    /** private */
    PRIVATE = "private"
}
/**
 * Auth configures how secret-manager authenticates with a GitLab instance.
 *
 * @schema ClusterSecretStoreSpecProviderGitlabAuth
 */
export interface ClusterSecretStoreSpecProviderGitlabAuth {
    /**
     * GitlabSecretRef contains the secret reference for GitLab authentication credentials.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabAuth#SecretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderGitlabAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGitlabAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGitlabAuth(obj: ClusterSecretStoreSpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreSpecProviderGitlabCaProvider
 */
export interface ClusterSecretStoreSpecProviderGitlabCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderGitlabCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderGitlabCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGitlabCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGitlabCaProvider(obj: ClusterSecretStoreSpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the IBM secrets manager.
 *
 * @schema ClusterSecretStoreSpecProviderIbmAuth
 */
export interface ClusterSecretStoreSpecProviderIbmAuth {
    /**
     * IBMAuthContainerAuth defines container-based authentication with IAM Trusted Profile.
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuth#containerAuth
     */
    readonly containerAuth?: ClusterSecretStoreSpecProviderIbmAuthContainerAuth;
    /**
     * IBMAuthSecretRef contains the secret reference for IBM Cloud API key authentication.
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderIbmAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderIbmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderIbmAuth(obj: ClusterSecretStoreSpecProviderIbmAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Infisical API
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuth
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuth {
    /**
     * AwsAuthCredentials represents the credentials for AWS authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#awsAuthCredentials
     */
    readonly awsAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials;
    /**
     * AzureAuthCredentials represents the credentials for Azure authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#azureAuthCredentials
     */
    readonly azureAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials;
    /**
     * GcpIamAuthCredentials represents the credentials for GCP IAM authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#gcpIamAuthCredentials
     */
    readonly gcpIamAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials;
    /**
     * GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#gcpIdTokenAuthCredentials
     */
    readonly gcpIdTokenAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials;
    /**
     * JwtAuthCredentials represents the credentials for JWT authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#jwtAuthCredentials
     */
    readonly jwtAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials;
    /**
     * KubernetesAuthCredentials represents the credentials for Kubernetes authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#kubernetesAuthCredentials
     */
    readonly kubernetesAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials;
    /**
     * LdapAuthCredentials represents the credentials for LDAP authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#ldapAuthCredentials
     */
    readonly ldapAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials;
    /**
     * OciAuthCredentials represents the credentials for OCI authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#ociAuthCredentials
     */
    readonly ociAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials;
    /**
     * TokenAuthCredentials represents the credentials for access token-based authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#tokenAuthCredentials
     */
    readonly tokenAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials;
    /**
     * UniversalAuthCredentials represents the client credentials for universal authentication.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuth#universalAuthCredentials
     */
    readonly universalAuthCredentials?: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuth(obj: ClusterSecretStoreSpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
/**
 * CAProvider is a reference to a Secret or ConfigMap that contains a CA certificate.
 * The certificate is used to validate the Infisical server's TLS certificate.
 * Mutually exclusive with CABundle.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalCaProvider
 */
export interface ClusterSecretStoreSpecProviderInfisicalCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderInfisicalCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalCaProvider(obj: ClusterSecretStoreSpecProviderInfisicalCaProvider | undefined): Record<string, any> | undefined;
/**
 * SecretsScope defines the scope of the secrets within the workspace
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope
 */
export interface ClusterSecretStoreSpecProviderInfisicalSecretsScope {
    /**
     * EnvironmentSlug is the required slug identifier for the environment.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#environmentSlug
     */
    readonly environmentSlug: string;
    /**
     * ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided.
     *
     * @default true if not provided.
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#expandSecretReferences
     */
    readonly expandSecretReferences?: boolean;
    /**
     * OrganizationSlug is the optional slug that identifies the organization that will be used
     * during authentication. Useful for sub-organization setups
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#organizationSlug
     */
    readonly organizationSlug?: string;
    /**
     * ProjectSlug is the required slug identifier for the project.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#projectSlug
     */
    readonly projectSlug: string;
    /**
     * Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided.
     *
     * @default false if not provided.
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#recursive
     */
    readonly recursive?: boolean;
    /**
     * SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided.
     *
     * @default if not provided.
     * @schema ClusterSecretStoreSpecProviderInfisicalSecretsScope#secretsPath
     */
    readonly secretsPath?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalSecretsScope' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalSecretsScope(obj: ClusterSecretStoreSpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderKeepersecurityAuthRef
 */
export interface ClusterSecretStoreSpecProviderKeepersecurityAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderKeepersecurityAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKeepersecurityAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKeepersecurityAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKeepersecurityAuthRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKeepersecurityAuthRef(obj: ClusterSecretStoreSpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Kubernetes instance.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuth
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuth#cert
     */
    readonly cert?: ClusterSecretStoreSpecProviderKubernetesAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuth#serviceAccount
     */
    readonly serviceAccount?: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuth#token
     */
    readonly token?: ClusterSecretStoreSpecProviderKubernetesAuthToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuth(obj: ClusterSecretStoreSpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * A reference to a secret that contains the auth information.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthRef
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthRef(obj: ClusterSecretStoreSpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
/**
 * configures the Kubernetes server Address.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesServer
 */
export interface ClusterSecretStoreSpecProviderKubernetesServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServer#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderKubernetesServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesServer(obj: ClusterSecretStoreSpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in MysteryBox
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuth
 */
export interface ClusterSecretStoreSpecProviderNebiusmysteryboxAuth {
    /**
     * ServiceAccountCreds references a Kubernetes Secret key that contains a JSON
     * document with service account credentials used to get an IAM token.
     *
     * Expected JSON structure:
     * {
     * "subject-credentials": {
     * "alg": "RS256",
     * "private-key": "-----BEGIN PRIVATE KEY-----\n<private-key>\n-----END PRIVATE KEY-----\n",
     * "kid": "<public-key-id>",
     * "iss": "<issuer-service-account-id>",
     * "sub": "<subject-service-account-id>"
     * }
     * }
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuth#serviceAccountCredsSecretRef
     */
    readonly serviceAccountCredsSecretRef?: ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef;
    /**
     * Token authenticates with Nebius Mysterybox by presenting a token.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysteryboxAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuth(obj: ClusterSecretStoreSpecProviderNebiusmysteryboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate NebiusMysterybox server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider
 */
export interface ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider(obj: ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the ngrok provider authenticates with the ngrok API.
 *
 * @schema ClusterSecretStoreSpecProviderNgrokAuth
 */
export interface ClusterSecretStoreSpecProviderNgrokAuth {
    /**
     * APIKey is the API Key used to authenticate with ngrok. See https://ngrok.com/docs/api/#authentication
     *
     * @schema ClusterSecretStoreSpecProviderNgrokAuth#apiKey
     */
    readonly apiKey?: ClusterSecretStoreSpecProviderNgrokAuthApiKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNgrokAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNgrokAuth(obj: ClusterSecretStoreSpecProviderNgrokAuth | undefined): Record<string, any> | undefined;
/**
 * Vault configures the ngrok vault to sync secrets with.
 *
 * @schema ClusterSecretStoreSpecProviderNgrokVault
 */
export interface ClusterSecretStoreSpecProviderNgrokVault {
    /**
     * Name is the name of the ngrok vault to sync secrets with.
     *
     * @schema ClusterSecretStoreSpecProviderNgrokVault#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNgrokVault' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNgrokVault(obj: ClusterSecretStoreSpecProviderNgrokVault | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Onboardbase API
 *
 * @schema ClusterSecretStoreSpecProviderOnboardbaseAuth
 */
export interface ClusterSecretStoreSpecProviderOnboardbaseAuth {
    /**
     * OnboardbaseAPIKey is the APIKey generated by an admin account.
     * It is used to recognize and authorize access to a project and environment within onboardbase
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuth#apiKeyRef
     */
    readonly apiKeyRef: ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef;
    /**
     * OnboardbasePasscode is the passcode attached to the API Key
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuth#passcodeRef
     */
    readonly passcodeRef: ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnboardbaseAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuth(obj: ClusterSecretStoreSpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword Connect Server
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordAuth
 */
export interface ClusterSecretStoreSpecProviderOnepasswordAuth {
    /**
     * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordAuth(obj: ClusterSecretStoreSpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword API.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuth
 */
export interface ClusterSecretStoreSpecProviderOnepasswordSdkAuth {
    /**
     * ServiceAccountSecretRef points to the secret containing the token to access 1Password vault.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuth#serviceAccountSecretRef
     */
    readonly serviceAccountSecretRef: ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordSdkAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuth(obj: ClusterSecretStoreSpecProviderOnepasswordSdkAuth | undefined): Record<string, any> | undefined;
/**
 * Cache configures client-side caching for read operations (GetSecret, GetSecretMap).
 * When enabled, secrets are cached with the specified TTL.
 * Write operations (PushSecret, DeleteSecret) automatically invalidate relevant cache entries.
 * If omitted, caching is disabled (default).
 * cache: {} is a valid option to set.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordSdkCache
 */
export interface ClusterSecretStoreSpecProviderOnepasswordSdkCache {
    /**
     * MaxSize is the maximum number of secrets to cache.
     * When the cache is full, least-recently-used entries are evicted.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkCache#maxSize
     */
    readonly maxSize?: number;
    /**
     * TTL is the time-to-live for cached secrets.
     * Format: duration string (e.g., "5m", "1h", "30s")
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkCache#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordSdkCache' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkCache(obj: ClusterSecretStoreSpecProviderOnepasswordSdkCache | undefined): Record<string, any> | undefined;
/**
 * IntegrationInfo specifies the name and version of the integration built using the 1Password Go SDK.
 * If you don't know which name and version to use, use `DefaultIntegrationName` and `DefaultIntegrationVersion`, respectively.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo
 */
export interface ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo {
    /**
     * Name defaults to "1Password SDK".
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo#name
     */
    readonly name?: string;
    /**
     * Version defaults to "v1.0.0".
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj: ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the OpenBao server.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuth
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuth {
    /**
     * AppRole authenticates with OpenBao using the [App Role auth mechanism],
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * [App Role auth mechanism]: https://openbao.org/docs/auth/approle/
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuth#appRole
     */
    readonly appRole?: ClusterSecretStoreSpecProviderOpenBaoAuthAppRole;
    /**
     * Name of the [OpenBao Namespace] to authenticate to. This can be different
     * than the namespace your secret is in. Namespaces is a set of features
     * within OpenBao that allows OpenBao environments to support secure
     * multi-tenancy. e.g: "ns1". This will default to OpenBao.Namespace field
     * if set, or empty otherwise
     *
     * [OpenBao Namespace]: https://openbao.org/docs/concepts/namespaces/
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with OpenBao by presenting a token.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef;
    /**
     * UserPass authenticates with OpenBao by passing a username/password pair
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuth#userPass
     */
    readonly userPass?: ClusterSecretStoreSpecProviderOpenBaoAuthUserPass;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuth(obj: ClusterSecretStoreSpecProviderOpenBaoAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate OpenBao server
 * certificate. If this and `caBundle` are not set the system root
 * certificates are used to validate the TLS connection.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoCaProvider
 */
export interface ClusterSecretStoreSpecProviderOpenBaoCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderOpenBaoCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoCaProvider(obj: ClusterSecretStoreSpecProviderOpenBaoCaProvider | undefined): Record<string, any> | undefined;
/**
 * Version is the OpenBao KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoVersion
 */
export declare enum ClusterSecretStoreSpecProviderOpenBaoVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth configures how secret-manager authenticates with the Oracle Vault.
 * If empty, use the instance principal, otherwise the user credentials specified in Auth.
 *
 * @schema ClusterSecretStoreSpecProviderOracleAuth
 */
export interface ClusterSecretStoreSpecProviderOracleAuth {
    /**
     * SecretRef to pass through sensitive information.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderOracleAuthSecretRef;
    /**
     * Tenancy is the tenancy OCID where user is located.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuth#tenancy
     */
    readonly tenancy: string;
    /**
     * User is an access OCID specific to the account.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuth#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracleAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracleAuth(obj: ClusterSecretStoreSpecProviderOracleAuth | undefined): Record<string, any> | undefined;
/**
 * The type of principal to use for authentication. If left blank, the Auth struct will
 * determine the principal type. This optional field must be specified if using
 * workload identity.
 *
 * @schema ClusterSecretStoreSpecProviderOraclePrincipalType
 */
export declare enum ClusterSecretStoreSpecProviderOraclePrincipalType {
    /** UserPrincipal */
    USER_PRINCIPAL = "UserPrincipal",
    /** InstancePrincipal */
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    /** Workload */
    WORKLOAD = "Workload"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema ClusterSecretStoreSpecProviderOracleServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderOracleServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderOracleServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOracleServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOracleServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracleServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracleServiceAccountRef(obj: ClusterSecretStoreSpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Authentication method (mtls or token).
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuth
 */
export interface ClusterSecretStoreSpecProviderOvhAuth {
    /**
     * OvhClientMTLS defines the configuration required to authenticate to OVHcloud's Secret Manager using mTLS.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuth#mtls
     */
    readonly mtls?: ClusterSecretStoreSpecProviderOvhAuthMtls;
    /**
     * OvhClientToken defines the configuration required to authenticate to OVHcloud's Secret Manager using a token.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuth#token
     */
    readonly token?: ClusterSecretStoreSpecProviderOvhAuthToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuth(obj: ClusterSecretStoreSpecProviderOvhAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Passbolt Server
 *
 * @schema ClusterSecretStoreSpecProviderPassboltAuth
 */
export interface ClusterSecretStoreSpecProviderPassboltAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuth#passwordSecretRef
     */
    readonly passwordSecretRef: ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuth#privateKeySecretRef
     */
    readonly privateKeySecretRef: ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassboltAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassboltAuth(obj: ClusterSecretStoreSpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Passbolt server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderPassboltCaProvider
 */
export interface ClusterSecretStoreSpecProviderPassboltCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderPassboltCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderPassboltCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassboltCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassboltCaProvider(obj: ClusterSecretStoreSpecProviderPassboltCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Password Depot instance.
 *
 * @schema ClusterSecretStoreSpecProviderPassworddepotAuth
 */
export interface ClusterSecretStoreSpecProviderPassworddepotAuth {
    /**
     * PasswordDepotSecretRef contains the secret reference for Password Depot authentication.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepotAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassworddepotAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassworddepotAuth(obj: ClusterSecretStoreSpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
/**
 * PreviderAuth contains a secretRef for credentials.
 *
 * @schema ClusterSecretStoreSpecProviderPreviderAuth
 */
export interface ClusterSecretStoreSpecProviderPreviderAuth {
    /**
     * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
     *
     * @schema ClusterSecretStoreSpecProviderPreviderAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderPreviderAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPreviderAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPreviderAuth(obj: ClusterSecretStoreSpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
/**
 * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
 *
 * Deprecated: Use auth.accessToken instead.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAccessToken
 */
export interface ClusterSecretStoreSpecProviderPulumiAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAccessToken#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAccessToken(obj: ClusterSecretStoreSpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Pulumi API.
 * Either auth or the deprecated accessToken field must be specified.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAuth
 */
export interface ClusterSecretStoreSpecProviderPulumiAuth {
    /**
     * AccessToken authenticates using a Pulumi access token stored in a Kubernetes Secret.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuth#accessToken
     */
    readonly accessToken?: ClusterSecretStoreSpecProviderPulumiAuthAccessToken;
    /**
     * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuth#oidcConfig
     */
    readonly oidcConfig?: ClusterSecretStoreSpecProviderPulumiAuthOidcConfig;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAuth(obj: ClusterSecretStoreSpecProviderPulumiAuth | undefined): Record<string, any> | undefined;
/**
 * AccessKey is the non-secret part of the api key.
 *
 * @schema ClusterSecretStoreSpecProviderScalewayAccessKey
 */
export interface ClusterSecretStoreSpecProviderScalewayAccessKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderScalewayAccessKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderScalewayAccessKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderScalewayAccessKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderScalewayAccessKey(obj: ClusterSecretStoreSpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the non-secret part of the api key.
 *
 * @schema ClusterSecretStoreSpecProviderScalewaySecretKey
 */
export interface ClusterSecretStoreSpecProviderScalewaySecretKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderScalewaySecretKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderScalewaySecretKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderScalewaySecretKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderScalewaySecretKey(obj: ClusterSecretStoreSpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Secret ServerURL certificate.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverCaProvider
 */
export interface ClusterSecretStoreSpecProviderSecretserverCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderSecretserverCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverCaProvider(obj: ClusterSecretStoreSpecProviderSecretserverCaProvider | undefined): Record<string, any> | undefined;
/**
 * Password is the secret server account password.
 * Required unless Token is set.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverPassword
 */
export interface ClusterSecretStoreSpecProviderSecretserverPassword {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverPassword#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverPassword#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverPassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverPassword(obj: ClusterSecretStoreSpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
/**
 * Token is an access token used to authenticate to the secret server,
 * as an alternative to Username and Password. When set, Username and
 * Password are not required and are ignored.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverToken
 */
export interface ClusterSecretStoreSpecProviderSecretserverToken {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverToken#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderSecretserverTokenSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverToken#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverToken(obj: ClusterSecretStoreSpecProviderSecretserverToken | undefined): Record<string, any> | undefined;
/**
 * Username is the secret server account username.
 * Required unless Token is set.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverUsername
 */
export interface ClusterSecretStoreSpecProviderSecretserverUsername {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverUsername#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverUsername' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverUsername(obj: ClusterSecretStoreSpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in senhasegura
 *
 * @schema ClusterSecretStoreSpecProviderSenhaseguraAuth
 */
export interface ClusterSecretStoreSpecProviderSenhaseguraAuth {
    /**
     * @schema ClusterSecretStoreSpecProviderSenhaseguraAuth#clientId
     */
    readonly clientId: string;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderSenhaseguraAuth#clientSecretSecretRef
     */
    readonly clientSecretSecretRef: ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSenhaseguraAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSenhaseguraAuth(obj: ClusterSecretStoreSpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Vault server.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuth
 */
export interface ClusterSecretStoreSpecProviderVaultAuth {
    /**
     * AppRole authenticates with Vault using the App Role auth mechanism,
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#appRole
     */
    readonly appRole?: ClusterSecretStoreSpecProviderVaultAuthAppRole;
    /**
     * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
     * Cert authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#cert
     */
    readonly cert?: ClusterSecretStoreSpecProviderVaultAuthCert;
    /**
     * Gcp authenticates with Vault using Google Cloud Platform authentication method
     * GCP authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#gcp
     */
    readonly gcp?: ClusterSecretStoreSpecProviderVaultAuthGcp;
    /**
     * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
     * AWS IAM authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#iam
     */
    readonly iam?: ClusterSecretStoreSpecProviderVaultAuthIam;
    /**
     * Jwt authenticates with Vault by passing role and JWT token using the
     * JWT/OIDC authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreSpecProviderVaultAuthJwt;
    /**
     * Kubernetes authenticates with Vault by passing the ServiceAccount
     * token stored in the named Secret resource to the Vault server.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#kubernetes
     */
    readonly kubernetes?: ClusterSecretStoreSpecProviderVaultAuthKubernetes;
    /**
     * Ldap authenticates with Vault by passing username/password pair using
     * the LDAP authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#ldap
     */
    readonly ldap?: ClusterSecretStoreSpecProviderVaultAuthLdap;
    /**
     * Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in.
     * Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     * This will default to Vault.Namespace field if set, or empty otherwise
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with Vault by presenting a token.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef;
    /**
     * UserPass authenticates with Vault by passing username/password pair
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuth#userPass
     */
    readonly userPass?: ClusterSecretStoreSpecProviderVaultAuthUserPass;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuth(obj: ClusterSecretStoreSpecProviderVaultAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Vault server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderVaultCaProvider
 */
export interface ClusterSecretStoreSpecProviderVaultCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderVaultCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderVaultCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderVaultCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderVaultCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderVaultCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultCaProvider(obj: ClusterSecretStoreSpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
/**
 * CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.
 * Only applies to Vault KV v2 stores. When enabled, write operations must include
 * the current version of the secret to prevent unintentional overwrites.
 *
 * @schema ClusterSecretStoreSpecProviderVaultCheckAndSet
 */
export interface ClusterSecretStoreSpecProviderVaultCheckAndSet {
    /**
     * Required when true, all write operations must include a check-and-set parameter.
     * This helps prevent unintentional overwrites of secrets.
     *
     * @schema ClusterSecretStoreSpecProviderVaultCheckAndSet#required
     */
    readonly required?: boolean;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultCheckAndSet' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultCheckAndSet(obj: ClusterSecretStoreSpecProviderVaultCheckAndSet | undefined): Record<string, any> | undefined;
/**
 * The configuration used for client side related TLS communication, when the Vault server
 * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
 * This parameter is ignored for plain HTTP protocol connection.
 * It's worth noting this configuration is different from the "TLS certificates auth method",
 * which is available under the `auth.cert` section.
 *
 * @schema ClusterSecretStoreSpecProviderVaultTls
 */
export interface ClusterSecretStoreSpecProviderVaultTls {
    /**
     * CertSecretRef is a certificate added to the transport layer
     * when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTls#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef;
    /**
     * KeySecretRef to a key in a Secret resource containing client private key
     * added to the transport layer when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.key'.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTls#keySecretRef
     */
    readonly keySecretRef?: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultTls' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultTls(obj: ClusterSecretStoreSpecProviderVaultTls | undefined): Record<string, any> | undefined;
/**
 * Version is the Vault KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema ClusterSecretStoreSpecProviderVaultVersion
 */
export declare enum ClusterSecretStoreSpecProviderVaultVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth defines the authentication method to use.
 * If not specified, the provider will try to use IRSA (IAM Role for Service Account).
 *
 * @schema ClusterSecretStoreSpecProviderVolcengineAuth
 */
export interface ClusterSecretStoreSpecProviderVolcengineAuth {
    /**
     * SecretRef defines the static credentials to use for authentication.
     * If not set, IRSA is used.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVolcengineAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengineAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengineAuth(obj: ClusterSecretStoreSpecProviderVolcengineAuth | undefined): Record<string, any> | undefined;
/**
 * Auth specifies a authorization protocol. Only one protocol may be set.
 *
 * @schema ClusterSecretStoreSpecProviderWebhookAuth
 */
export interface ClusterSecretStoreSpecProviderWebhookAuth {
    /**
     * NTLMProtocol configures the store to use NTLM for auth
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuth#ntlm
     */
    readonly ntlm?: ClusterSecretStoreSpecProviderWebhookAuthNtlm;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookAuth(obj: ClusterSecretStoreSpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate webhook server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderWebhookCaProvider
 */
export interface ClusterSecretStoreSpecProviderWebhookCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderWebhookCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderWebhookCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookCaProvider(obj: ClusterSecretStoreSpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
/**
 * Result formatting
 *
 * @schema ClusterSecretStoreSpecProviderWebhookResult
 */
export interface ClusterSecretStoreSpecProviderWebhookResult {
    /**
     * Json path of return value
     *
     * @schema ClusterSecretStoreSpecProviderWebhookResult#jsonPath
     */
    readonly jsonPath?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookResult' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookResult(obj: ClusterSecretStoreSpecProviderWebhookResult | undefined): Record<string, any> | undefined;
/**
 * WebhookSecret defines a secret that will be passed to the webhook request.
 *
 * @schema ClusterSecretStoreSpecProviderWebhookSecrets
 */
export interface ClusterSecretStoreSpecProviderWebhookSecrets {
    /**
     * Name of this secret in templates
     *
     * @schema ClusterSecretStoreSpecProviderWebhookSecrets#name
     */
    readonly name: string;
    /**
     * Secret ref to fill in credentials
     *
     * @schema ClusterSecretStoreSpecProviderWebhookSecrets#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderWebhookSecretsSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookSecrets' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookSecrets(obj: ClusterSecretStoreSpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex.Cloud
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as certificate ID or certificate name
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching {
    /**
     * ByID configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching#byID
     */
    readonly byId?: any;
    /**
     * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching#byName
     */
    readonly byName?: ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex.Cloud
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxAuth
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxAuth(obj: ClusterSecretStoreSpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProvider
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProvider(obj: ClusterSecretStoreSpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID or secret name
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxFetching
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxFetching {
    /**
     * ByID configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxFetching#byID
     */
    readonly byId?: any;
    /**
     * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxFetching#byName
     */
    readonly byName?: ClusterSecretStoreSpecProviderYandexlockboxFetchingByName;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxFetching' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxFetching(obj: ClusterSecretStoreSpecProviderYandexlockboxFetching | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Akeyless by passing the ServiceAccount
 * token stored in the named Secret resource.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth {
    /**
     * the Akeyless Kubernetes auth-method access-id
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#accessID
     */
    readonly accessId: string;
    /**
     * Kubernetes-auth configuration name in Akeyless-Gateway
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#k8sConfName
     */
    readonly k8SConfName: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Akeyless. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Akeyless. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret that contains the details
 * to authenticate with Akeyless.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef {
    /**
     * The SecretAccessID is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessID
     */
    readonly accessId?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessType
     */
    readonly accessType?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessTypeParam
     */
    readonly accessTypeParam?: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef specifies a Kubernetes ServiceAccount used for azure_ad
 * authentication on AKS Workload Identity. The operator obtains a federated
 * identity token from this ServiceAccount via the TokenRequest API instead
 * of using the ESO controller pod identity. Ignored for other access types.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderAkeylessCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthJwt
 */
export interface ClusterSecretStoreSpecProviderAwsAuthJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthJwt(obj: ClusterSecretStoreSpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
/**
 * AWSAuthSecretRef holds secret references for AWS credentials
 * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderAwsAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRef(obj: ClusterSecretStoreSpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientCertificate of the service principle used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate
 */
export interface ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
/**
 * The Azure clientId of the service principle or managed identity used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId
 */
export interface ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientSecret of the service principle used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret
 */
export interface ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
/**
 * The Azure tenantId of the managed identity used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId
 */
export interface ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
/**
 * BarbicanProviderPasswordRef defines a reference to a secret containing password for the Barbican provider.
 *
 * @schema ClusterSecretStoreSpecProviderBarbicanAuthPassword
 */
export interface ClusterSecretStoreSpecProviderBarbicanAuthPassword {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthPassword#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbicanAuthPassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbicanAuthPassword(obj: ClusterSecretStoreSpecProviderBarbicanAuthPassword | undefined): Record<string, any> | undefined;
/**
 * BarbicanProviderUsernameRef defines a reference to a secret containing username for the Barbican provider.
 *
 * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsername
 */
export interface ClusterSecretStoreSpecProviderBarbicanAuthUsername {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsername#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef;
    /**
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbicanAuthUsername' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsername(obj: ClusterSecretStoreSpecProviderBarbicanAuthUsername | undefined): Record<string, any> | undefined;
/**
 * APIKey If not provided then ClientID/ClientSecret become required.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
/**
 * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
/**
 * ClientID is the API OAuth Client ID.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientId
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientId#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientId(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the API OAuth Client Secret.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
/**
 * APIKey configures API token authentication for BeyondTrust Workload Credentials.
 * The token is retrieved from a Kubernetes secret and used as a Bearer token for API requests.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey {
    /**
     * Token references the Kubernetes secret containing the BeyondTrust Workload Credentials API token.
     * The secret should contain the API key used to authenticate with BeyondTrust Workload Credentials.
     * Create an API token in your BeyondTrust Workload Credentials console and store it in a Kubernetes secret.
     * For details on creating API tokens, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey#token
     */
    readonly token: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef {
    /**
     * AccessToken used for the bitwarden instance.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef#credentials
     */
    readonly credentials: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ChefAuthSecretRef holds secret references for chef server login credentials.
 *
 * @schema ClusterSecretStoreSpecProviderChefAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderChefAuthSecretRef {
    /**
     * SecretKey is the Signing Key in PEM format, used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderChefAuthSecretRef#privateKeySecretRef
     */
    readonly privateKeySecretRef: ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderChefAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderChefAuthSecretRef(obj: ClusterSecretStoreSpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
 *
 * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef(obj: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Authenticates with Conjur using an API key.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthApikey
 */
export interface ClusterSecretStoreSpecProviderConjurAuthApikey {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikey#account
     */
    readonly account: string;
    /**
     * A reference to a specific 'key' containing the Conjur API key
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikey#apiKeyRef
     */
    readonly apiKeyRef: ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef;
    /**
     * A reference to a specific 'key' containing the Conjur username
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikey#userRef
     */
    readonly userRef: ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthApikey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthApikey(obj: ClusterSecretStoreSpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
/**
 * Cert enables certificate-based authentication using a client certificate and key.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthCert
 */
export interface ClusterSecretStoreSpecProviderConjurAuthCert {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCert#account
     */
    readonly account: string;
    /**
     * ClientCertRef is a reference to a specific 'key' containing the client certificate
     * within a Secret resource. The certificate must be PEM-encoded.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCert#clientCertRef
     */
    readonly clientCertRef: ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef;
    /**
     * ClientKeyRef is a reference to a specific 'key' containing the private RSA client key
     * within a Secret resource. The key must be PEM-encoded.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCert#clientKeyRef
     */
    readonly clientKeyRef: ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef;
    /**
     * Optional HostID for cert authentication (can be omitted when using 'spiffe' mode).
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCert#hostId
     */
    readonly hostId?: string;
    /**
     * The conjur authn cert webservice id
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCert#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthCert(obj: ClusterSecretStoreSpecProviderConjurAuthCert | undefined): Record<string, any> | undefined;
/**
 * Jwt enables JWT authentication using Kubernetes service account tokens.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthJwt
 */
export interface ClusterSecretStoreSpecProviderConjurAuthJwt {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwt#account
     */
    readonly account: string;
    /**
     * Optional HostID for JWT authentication. This may be used depending
     * on how the Conjur JWT authenticator policy is configured.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwt#hostId
     */
    readonly hostId?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Conjur using the JWT authentication method.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwt#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef;
    /**
     * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef;
    /**
     * The conjur authn jwt webservice id
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwt#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthJwt(obj: ClusterSecretStoreSpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderConjurCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderConjurCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthCert
 */
export interface ClusterSecretStoreSpecProviderCrdAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCert#clientCert
     */
    readonly clientCert: ClusterSecretStoreSpecProviderCrdAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCert#clientKey
     */
    readonly clientKey: ClusterSecretStoreSpecProviderCrdAuthCertClientKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthCert(obj: ClusterSecretStoreSpecProviderCrdAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthServiceAccount
 */
export interface ClusterSecretStoreSpecProviderCrdAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthServiceAccount' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthServiceAccount(obj: ClusterSecretStoreSpecProviderCrdAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthToken
 */
export interface ClusterSecretStoreSpecProviderCrdAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthToken#bearerToken
     */
    readonly bearerToken: ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthToken(obj: ClusterSecretStoreSpecProviderCrdAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreSpecProviderCrdServerCaProvider
 */
export interface ClusterSecretStoreSpecProviderCrdServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderCrdServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderCrdServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderCrdServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderCrdServerCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderCrdServerCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdServerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdServerCaProvider(obj: ClusterSecretStoreSpecProviderCrdServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * CRDProviderWhitelistRule defines a single allow rule for CRD reads.
 *
 * @schema ClusterSecretStoreSpecProviderCrdWhitelistRules
 */
export interface ClusterSecretStoreSpecProviderCrdWhitelistRules {
    /**
     * Name is an optional regular expression matched against the bare object name.
     * For both SecretStore and ClusterSecretStore this is always the object name
     * without any namespace prefix (e.g. "my-db-spec", not "prod/my-db-spec").
     *
     * @schema ClusterSecretStoreSpecProviderCrdWhitelistRules#name
     */
    readonly name?: string;
    /**
     * Namespace is an optional regular expression matched against the namespace of
     * the object. Applies only when a ClusterSecretStore is used; it is ignored
     * for SecretStore (where the namespace is fixed to the store namespace).
     *
     * @schema ClusterSecretStoreSpecProviderCrdWhitelistRules#namespace
     */
    readonly namespace?: string;
    /**
     * Properties is an optional list of regular expressions matched against
     * requested property keys (for example: "spec.secretValue").
     *
     * @schema ClusterSecretStoreSpecProviderCrdWhitelistRules#properties
     */
    readonly properties?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdWhitelistRules' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdWhitelistRules(obj: ClusterSecretStoreSpecProviderCrdWhitelistRules | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderDelineaClientIdSecretRef
 */
export interface ClusterSecretStoreSpecProviderDelineaClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDelineaClientIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDelineaClientIdSecretRef(obj: ClusterSecretStoreSpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef
 */
export interface ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef(obj: ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
 *
 * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfig
 */
export interface ClusterSecretStoreSpecProviderDopplerAuthOidcConfig {
    /**
     * ExpirationSeconds sets the ServiceAccount token validity duration.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfig#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Identity is the Doppler Service Account Identity ID configured for OIDC authentication.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfig#identity
     */
    readonly identity: string;
    /**
     * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfig#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDopplerAuthOidcConfig' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfig(obj: ClusterSecretStoreSpecProviderDopplerAuthOidcConfig | undefined): Record<string, any> | undefined;
/**
 * SecretRef authenticates using a Doppler service token stored in a Kubernetes Secret.
 *
 * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderDopplerAuthSecretRef {
    /**
     * The DopplerToken is used for authentication.
     * See https://docs.doppler.com/reference/api#authentication for auth token types.
     * The Key attribute defaults to dopplerToken if not specified.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRef#dopplerToken
     */
    readonly dopplerToken: ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDopplerAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRef(obj: ClusterSecretStoreSpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the Application ID and Application Secret for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderDvlsAuthSecretRef {
    /**
     * AppID is the reference to the secret containing the Application ID.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRef#appId
     */
    readonly appId: ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId;
    /**
     * AppSecret is the reference to the secret containing the Application Secret.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRef#appSecret
     */
    readonly appSecret: ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDvlsAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRef(obj: ClusterSecretStoreSpecProviderDvlsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the SDKMS API Key.
 *
 * @schema ClusterSecretStoreSpecProviderFortanixApiKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderFortanixApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderFortanixApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderFortanixApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderFortanixApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderFortanixApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderFortanixApiKeySecretRef(obj: ClusterSecretStoreSpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRef(obj: ClusterSecretStoreSpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation {
    /**
     * audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool.
     * If specified, Audience found in the external account credential config will be overridden with the configured value.
     * audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#audience
     */
    readonly audience?: string;
    /**
     * awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token,
     * when using the AWS metadata server is not an option.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#awsSecurityCredentials
     */
    readonly awsSecurityCredentials?: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials;
    /**
     * credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.
     * For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
     * serviceAccountRef must be used by providing operators service account details.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#credConfig
     */
    readonly credConfig?: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig;
    /**
     * externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the
     * credential_source.url in the provided credConfig. This field is merely to double-check the external token source
     * URL is having the expected value.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#externalTokenEndpoint
     */
    readonly externalTokenEndpoint?: string;
    /**
     * GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate
     * after Workload Identity Federation. Use this to grant access through the service account's
     * IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides
     * service_account_impersonation_url in the external account JSON from credConfig;
     * when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation
     * on that ServiceAccount.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#gcpServiceAccountEmail
     */
    readonly gcpServiceAccountEmail?: string;
    /**
     * serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens,
     * when Kubernetes is configured as provider in workload identity pool.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderGithubAuthPrivateKey
 */
export interface ClusterSecretStoreSpecProviderGithubAuthPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderGithubAuthPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderGithubAuthPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderGithubAuthPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGithubAuthPrivateKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGithubAuthPrivateKey(obj: ClusterSecretStoreSpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
/**
 * GitlabSecretRef contains the secret reference for GitLab authentication credentials.
 *
 * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderGitlabAuthSecretRef {
    /**
     * AccessToken is used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRef#accessToken
     */
    readonly accessToken?: ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGitlabAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRef(obj: ClusterSecretStoreSpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderGitlabCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderGitlabCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * IBMAuthContainerAuth defines container-based authentication with IAM Trusted Profile.
 *
 * @schema ClusterSecretStoreSpecProviderIbmAuthContainerAuth
 */
export interface ClusterSecretStoreSpecProviderIbmAuthContainerAuth {
    /**
     * @schema ClusterSecretStoreSpecProviderIbmAuthContainerAuth#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * the IBM Trusted Profile
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthContainerAuth#profile
     */
    readonly profile: string;
    /**
     * Location the token is mounted on the pod
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthContainerAuth#tokenLocation
     */
    readonly tokenLocation?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderIbmAuthContainerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderIbmAuthContainerAuth(obj: ClusterSecretStoreSpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
/**
 * IBMAuthSecretRef contains the secret reference for IBM Cloud API key authentication.
 *
 * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderIbmAuthSecretRef {
    /**
     * The IAM endpoint used to obain a token
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRef#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRef#secretApiKeySecretRef
     */
    readonly secretApiKeySecretRef?: ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderIbmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRef(obj: ClusterSecretStoreSpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * AwsAuthCredentials represents the credentials for AWS authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * AzureAuthCredentials represents the credentials for Azure authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#resource
     */
    readonly resource?: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * GcpIamAuthCredentials represents the credentials for GCP IAM authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#serviceAccountKeyFilePath
     */
    readonly serviceAccountKeyFilePath: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * JwtAuthCredentials represents the credentials for JWT authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#jwt
     */
    readonly jwt: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * KubernetesAuthCredentials represents the credentials for Kubernetes authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#serviceAccountTokenPath
     */
    readonly serviceAccountTokenPath?: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * LdapAuthCredentials represents the credentials for LDAP authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapPassword
     */
    readonly ldapPassword: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapUsername
     */
    readonly ldapUsername: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * OciAuthCredentials represents the credentials for OCI authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#fingerprint
     */
    readonly fingerprint: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#identityId
     */
    readonly identityId: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKey
     */
    readonly privateKey: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKeyPassphrase
     */
    readonly privateKeyPassphrase?: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#region
     */
    readonly region: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#tenancyId
     */
    readonly tenancyId: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#userId
     */
    readonly userId: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * TokenAuthCredentials represents the credentials for access token-based authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials#accessToken
     */
    readonly accessToken: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * UniversalAuthCredentials represents the client credentials for universal authentication.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientId
     */
    readonly clientId: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
     */
    readonly clientSecret: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderInfisicalCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthCert
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCert#clientCert
     */
    readonly clientCert: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCert#clientKey
     */
    readonly clientKey: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCert(obj: ClusterSecretStoreSpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount(obj: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthToken
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthToken#bearerToken
     */
    readonly bearerToken: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthToken(obj: ClusterSecretStoreSpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProvider
 */
export interface ClusterSecretStoreSpecProviderKubernetesServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesServerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesServerCaProvider(obj: ClusterSecretStoreSpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountCreds references a Kubernetes Secret key that contains a JSON
 * document with service account credentials used to get an IAM token.
 *
 * Expected JSON structure:
 * {
 * "subject-credentials": {
 * "alg": "RS256",
 * "private-key": "-----BEGIN PRIVATE KEY-----\n<private-key>\n-----END PRIVATE KEY-----\n",
 * "kid": "<public-key-id>",
 * "iss": "<issuer-service-account-id>",
 * "sub": "<subject-service-account-id>"
 * }
 * }
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef
 */
export interface ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj: ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Token authenticates with Nebius Mysterybox by presenting a token.
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj: ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj: ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API Key used to authenticate with ngrok. See https://ngrok.com/docs/api/#authentication
 *
 * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKey
 */
export interface ClusterSecretStoreSpecProviderNgrokAuthApiKey {
    /**
     * SecretRef is a reference to a secret containing the ngrok API key.
     *
     * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNgrokAuthApiKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKey(obj: ClusterSecretStoreSpecProviderNgrokAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * OnboardbaseAPIKey is the APIKey generated by an admin account.
 * It is used to recognize and authorize access to a project and environment within onboardbase
 *
 * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef
 */
export interface ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj: ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * OnboardbasePasscode is the passcode attached to the API Key
 *
 * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef
 */
export interface ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj: ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
/**
 * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef {
    /**
     * The ConnectToken is used for authentication to a 1Password Connect Server.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef#connectTokenSecretRef
     */
    readonly connectTokenSecretRef: ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef(obj: ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSecretRef points to the secret containing the token to access 1Password vault.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef
 */
export interface ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj: ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with OpenBao using the [App Role auth mechanism],
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * [App Role auth mechanism]: https://openbao.org/docs/auth/approle/
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRole
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in OpenBao, e.g: "approle"
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in OpenBao.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with OpenBao.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRole#roleRef
     */
    readonly roleRef?: ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with OpenBao.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRole#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthAppRole' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRole(obj: ClusterSecretStoreSpecProviderOpenBaoAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with OpenBao by presenting a token.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj: ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with OpenBao by passing a username/password pair
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPass
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in OpenBao, e.g: "userpass"
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the user
     * used to authenticate with OpenBao using the [UserPass authentication
     * method]
     *
     * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPass#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the [UserPass
     * authentication method]
     *
     * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthUserPass' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPass(obj: ClusterSecretStoreSpecProviderOpenBaoAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderOpenBaoCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef to pass through sensitive information.
 *
 * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderOracleAuthSecretRef {
    /**
     * Fingerprint is the fingerprint of the API private key.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRef#fingerprint
     */
    readonly fingerprint: ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint;
    /**
     * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRef#privatekey
     */
    readonly privatekey: ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracleAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRef(obj: ClusterSecretStoreSpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * OvhClientMTLS defines the configuration required to authenticate to OVHcloud's Secret Manager using mTLS.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthMtls
 */
export interface ClusterSecretStoreSpecProviderOvhAuthMtls {
    /**
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtls#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider provides a custom certificate authority for accessing the provider's store.
     * The CAProvider points to a Secret or ConfigMap resource that contains a PEM-encoded certificate.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtls#caProvider
     */
    readonly caProvider?: ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtls#certSecretRef
     */
    readonly certSecretRef: ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtls#keySecretRef
     */
    readonly keySecretRef: ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthMtls' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthMtls(obj: ClusterSecretStoreSpecProviderOvhAuthMtls | undefined): Record<string, any> | undefined;
/**
 * OvhClientToken defines the configuration required to authenticate to OVHcloud's Secret Manager using a token.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthToken
 */
export interface ClusterSecretStoreSpecProviderOvhAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthToken#tokenSecretRef
     */
    readonly tokenSecretRef: ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthToken(obj: ClusterSecretStoreSpecProviderOvhAuthToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef
 */
export interface ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj: ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj: ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderPassboltCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderPassboltCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * PasswordDepotSecretRef contains the secret reference for Password Depot authentication.
 *
 * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef#credentials
     */
    readonly credentials?: ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef(obj: ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
 *
 * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderPreviderAuthSecretRef {
    /**
     * The AccessToken is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRef#accessToken
     */
    readonly accessToken: ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPreviderAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRef(obj: ClusterSecretStoreSpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef(obj: ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken authenticates using a Pulumi access token stored in a Kubernetes Secret.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessToken
 */
export interface ClusterSecretStoreSpecProviderPulumiAuthAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessToken#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAuthAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessToken(obj: ClusterSecretStoreSpecProviderPulumiAuthAccessToken | undefined): Record<string, any> | undefined;
/**
 * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfig
 */
export interface ClusterSecretStoreSpecProviderPulumiAuthOidcConfig {
    /**
     * ExpirationSeconds sets the token validity duration for service account and OIDC token.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfig#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Organization is the name of the Pulumi organization configured for OIDC authentication.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfig#organization
     */
    readonly organization: string;
    /**
     * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfig#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAuthOidcConfig' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfig(obj: ClusterSecretStoreSpecProviderPulumiAuthOidcConfig | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef(obj: ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef(obj: ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderSecretserverCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef
 */
export interface ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef(obj: ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderSecretserverTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverTokenSecretRef(obj: ClusterSecretStoreSpecProviderSecretserverTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef
 */
export interface ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef(obj: ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef
 */
export interface ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj: ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with Vault using the App Role auth mechanism,
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthAppRole
 */
export interface ClusterSecretStoreSpecProviderVaultAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in Vault, e.g: "approle"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in Vault.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRole#roleRef
     */
    readonly roleRef?: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRole#secretRef
     */
    readonly secretRef: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthAppRole' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRole(obj: ClusterSecretStoreSpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
 * Cert authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthCert
 */
export interface ClusterSecretStoreSpecProviderVaultAuthCert {
    /**
     * ClientCert is a certificate to authenticate using the Cert Vault
     * authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCert#clientCert
     */
    readonly clientCert?: ClusterSecretStoreSpecProviderVaultAuthCertClientCert;
    /**
     * Path where the Certificate authentication backend is mounted
     * in Vault, e.g: "cert"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCert#path
     */
    readonly path?: string;
    /**
     * SecretRef to a key in a Secret resource containing client private key to
     * authenticate with Vault using the Cert authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCert#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef;
    /**
     * VaultRole specifies the Vault role to use for TLS certificate authentication.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCert#vaultRole
     */
    readonly vaultRole?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthCert(obj: ClusterSecretStoreSpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
/**
 * Gcp authenticates with Vault using Google Cloud Platform authentication method
 * GCP authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcp
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcp {
    /**
     * Location optionally defines a location/region for the secret
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#location
     */
    readonly location?: string;
    /**
     * Path where the GCP auth method is enabled in Vault, e.g: "gcp"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#path
     */
    readonly path?: string;
    /**
     * Project ID of the Google Cloud Platform project
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#projectID
     */
    readonly projectId?: string;
    /**
     * Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#role
     */
    readonly role: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef;
    /**
     * ServiceAccountRef to a service account for impersonation
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef;
    /**
     * Specify a service account with Workload Identity
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcp#workloadIdentity
     */
    readonly workloadIdentity?: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcp' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcp(obj: ClusterSecretStoreSpecProviderVaultAuthGcp | undefined): Record<string, any> | undefined;
/**
 * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
 * AWS IAM authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIam
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIam {
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#externalID
     */
    readonly externalId?: string;
    /**
     * Specify a service account with IRSA enabled
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#jwt
     */
    readonly jwt?: ClusterSecretStoreSpecProviderVaultAuthIamJwt;
    /**
     * Path where the AWS auth method is enabled in Vault, e.g: "aws"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#path
     */
    readonly path?: string;
    /**
     * AWS region
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#region
     */
    readonly region?: string;
    /**
     * This is the AWS role to be assumed before talking to vault
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#role
     */
    readonly role?: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef;
    /**
     * X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
     */
    readonly vaultAwsIamServerId?: string;
    /**
     * Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIam#vaultRole
     */
    readonly vaultRole: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIam' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIam(obj: ClusterSecretStoreSpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
/**
 * Jwt authenticates with Vault by passing role and JWT token using the
 * JWT/OIDC authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthJwt
 */
export interface ClusterSecretStoreSpecProviderVaultAuthJwt {
    /**
     * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
     */
    readonly kubernetesServiceAccountToken?: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    /**
     * Path where the JWT authentication backend is mounted
     * in Vault, e.g: "jwt"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwt#path
     */
    readonly path: string;
    /**
     * Role is a JWT role to authenticate using the JWT/OIDC Vault
     * authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwt#role
     */
    readonly role?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Vault using the JWT/OIDC authentication method.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwt#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthJwt(obj: ClusterSecretStoreSpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Vault by passing the ServiceAccount
 * token stored in the named Secret resource to the Vault server.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetes
 */
export interface ClusterSecretStoreSpecProviderVaultAuthKubernetes {
    /**
     * Path where the Kubernetes authentication backend is mounted in Vault, e.g:
     * "kubernetes"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetes#mountPath
     */
    readonly mountPath: string;
    /**
     * A required field containing the Vault Role to assume. A Role binds a
     * Kubernetes ServiceAccount with a set of Vault policies.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetes#role
     */
    readonly role: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Vault. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetes#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Vault. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthKubernetes' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetes(obj: ClusterSecretStoreSpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * Ldap authenticates with Vault by passing username/password pair using
 * the LDAP authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthLdap
 */
export interface ClusterSecretStoreSpecProviderVaultAuthLdap {
    /**
     * Path where the LDAP authentication backend is mounted
     * in Vault, e.g: "ldap"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdap#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the LDAP
     * user used to authenticate with Vault using the LDAP authentication
     * method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdap#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef;
    /**
     * Username is an LDAP username used to authenticate using the LDAP Vault
     * authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdap#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthLdap' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthLdap(obj: ClusterSecretStoreSpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with Vault by presenting a token.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with Vault by passing username/password pair
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthUserPass
 */
export interface ClusterSecretStoreSpecProviderVaultAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in Vault, e.g: "userpass"
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the
     * user used to authenticate with Vault using the UserPass authentication
     * method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPass#secretRef
     */
    readonly secretRef?: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the UserPass Vault
     * authentication method
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthUserPass' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthUserPass(obj: ClusterSecretStoreSpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderVaultCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderVaultCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * CertSecretRef is a certificate added to the transport layer
 * when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
 *
 * @schema ClusterSecretStoreSpecProviderVaultTlsCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultTlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultTlsCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(obj: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * KeySecretRef to a key in a Secret resource containing client private key
 * added to the transport layer when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.key'.
 *
 * @schema ClusterSecretStoreSpecProviderVaultTlsKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultTlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultTlsKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(obj: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef defines the static credentials to use for authentication.
 * If not set, IRSA is used.
 *
 * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderVolcengineAuthSecretRef {
    /**
     * AccessKeyID is the reference to the secret containing the Access Key ID.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRef#accessKeyID
     */
    readonly accessKeyId: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId;
    /**
     * SecretAccessKey is the reference to the secret containing the Secret Access Key.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRef#secretAccessKey
     */
    readonly secretAccessKey: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey;
    /**
     * Token is the reference to the secret containing the STS(Security Token Service) Token.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRef#token
     */
    readonly token?: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengineAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRef(obj: ClusterSecretStoreSpecProviderVolcengineAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * NTLMProtocol configures the store to use NTLM for auth
 *
 * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlm
 */
export interface ClusterSecretStoreSpecProviderWebhookAuthNtlm {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlm#passwordSecret
     */
    readonly passwordSecret: ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlm#usernameSecret
     */
    readonly usernameSecret: ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookAuthNtlm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlm(obj: ClusterSecretStoreSpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderWebhookCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderWebhookCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * Secret ref to fill in credentials
 *
 * @schema ClusterSecretStoreSpecProviderWebhookSecretsSecretRef
 */
export interface ClusterSecretStoreSpecProviderWebhookSecretsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookSecretsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookSecretsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookSecretsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookSecretsSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookSecretsSecretRef(obj: ClusterSecretStoreSpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
 *
 * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName
 */
export interface ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName {
    /**
     * The folder to fetch secrets from
     *
     * @schema ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj: ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj: ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
 *
 * @schema ClusterSecretStoreSpecProviderYandexlockboxFetchingByName
 */
export interface ClusterSecretStoreSpecProviderYandexlockboxFetchingByName {
    /**
     * The folder to fetch secrets from
     *
     * @schema ClusterSecretStoreSpecProviderYandexlockboxFetchingByName#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderYandexlockboxFetchingByName' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderYandexlockboxFetchingByName(obj: ClusterSecretStoreSpecProviderYandexlockboxFetchingByName | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Akeyless. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Akeyless. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessID is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam
 */
export interface ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef
 */
export interface ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj: ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef
 */
export interface ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj: ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj: ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * Token references the Kubernetes secret containing the BeyondTrust Workload Credentials API token.
 * The secret should contain the API key used to authenticate with BeyondTrust Workload Credentials.
 * Create an API token in your BeyondTrust Workload Credentials console and store it in a Kubernetes secret.
 * For details on creating API tokens, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
 *
 * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken
 */
export interface ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj: ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken | undefined): Record<string, any> | undefined;
/**
 * AccessToken used for the bitwarden instance.
 *
 * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials
 */
export interface ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the Signing Key in PEM format, used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef
 */
export interface ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur API key
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj: ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur username
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef(obj: ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
/**
 * ClientCertRef is a reference to a specific 'key' containing the client certificate
 * within a Secret resource. The certificate must be PEM-encoded.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef(obj: ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef | undefined): Record<string, any> | undefined;
/**
 * ClientKeyRef is a reference to a specific 'key' containing the private RSA client key
 * within a Secret resource. The key must be PEM-encoded.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef(obj: ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Conjur using the JWT authentication method.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef(obj: ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj: ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientCert
 */
export interface ClusterSecretStoreSpecProviderCrdAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthCertClientCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientCert(obj: ClusterSecretStoreSpecProviderCrdAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientKey
 */
export interface ClusterSecretStoreSpecProviderCrdAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthCertClientKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientKey(obj: ClusterSecretStoreSpecProviderCrdAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken
 */
export interface ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken(obj: ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderCrdServerCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderCrdServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj: ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The DopplerToken is used for authentication.
 * See https://docs.doppler.com/reference/api#authentication for auth token types.
 * The Key attribute defaults to dopplerToken if not specified.
 *
 * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken
 */
export interface ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj: ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
/**
 * AppID is the reference to the secret containing the Application ID.
 *
 * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId
 */
export interface ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId(obj: ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId | undefined): Record<string, any> | undefined;
/**
 * AppSecret is the reference to the secret containing the Application Secret.
 *
 * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret
 */
export interface ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj: ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token,
 * when using the AWS metadata server is not an option.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials {
    /**
     * awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.
     * Secret should be created with below names for keys
     * - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
     * - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
     * - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#awsCredentialsSecretRef
     */
    readonly awsCredentialsSecretRef: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef;
    /**
     * region is for configuring the AWS region to be used.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#region
     */
    readonly region: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials | undefined): Record<string, any> | undefined;
/**
 * credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.
 * For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
 * serviceAccountRef must be used by providing operators service account details.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig {
    /**
     * key name holding the external account credential config.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#key
     */
    readonly key: string;
    /**
     * name of the configmap.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#name
     */
    readonly name: string;
    /**
     * namespace in which the configmap exists. If empty, configmap will looked up in local namespace.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig | undefined): Record<string, any> | undefined;
/**
 * serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens,
 * when Kubernetes is configured as provider in workload identity pool.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken is used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken
 */
export interface ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj: ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
 */
export interface ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert(obj: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey(obj: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken
 */
export interface ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderKubernetesServerCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderKubernetesServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef is a reference to a secret containing the ngrok API key.
 *
 * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj: ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The ConnectToken is used for authentication to a 1Password Connect Server.
 *
 * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with OpenBao.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj: ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with OpenBao.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj: ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the user
 * used to authenticate with OpenBao using the [UserPass authentication
 * method]
 *
 * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
 *
 * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef
 */
export interface ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj: ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * Fingerprint is the fingerprint of the API private key.
 *
 * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint
 */
export interface ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj: ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
/**
 * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey
 */
export interface ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj: ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
/**
 * CAProvider provides a custom certificate authority for accessing the provider's store.
 * The CAProvider points to a Secret or ConfigMap resource that contains a PEM-encoded certificate.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider
 */
export interface ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider#type
     */
    readonly type: ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider(obj: ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj: ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj: ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj: ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials
 */
export interface ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj: ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The AccessToken is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken
 */
export interface ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj: ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj: ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
 *
 * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj: ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * ClientCert is a certificate to authenticate using the Cert Vault
 * authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthCertClientCert
 */
export interface ClusterSecretStoreSpecProviderVaultAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthCertClientCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthCertClientCert(obj: ClusterSecretStoreSpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing client private key to
 * authenticate with Vault using the Cert authentication method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthCertSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef to a service account for impersonation
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with Workload Identity
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with IRSA enabled
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwt
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwt(obj: ClusterSecretStoreSpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
 */
export interface ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    /**
     * Optional audiences field that will be used to request a temporary Kubernetes service
     * account token for the service account referenced by `serviceAccountRef`.
     * Defaults to a single audience `vault` it not specified.
     *
     * Deprecated: use serviceAccountRef.Audiences instead
     *
     * @default a single audience `vault` it not specified.
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
     */
    readonly audiences?: string[];
    /**
     * Optional expiration time in seconds that will be used to request a temporary
     * Kubernetes service account token for the service account referenced by
     * `serviceAccountRef`.
     *
     * Deprecated: this will be removed in the future.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Service account field containing the name of a kubernetes ServiceAccount.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Vault using the JWT/OIDC authentication method.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Vault. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Vault. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the LDAP
 * user used to authenticate with Vault using the LDAP authentication
 * method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the
 * user used to authenticate with Vault using the UserPass authentication
 * method
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessKeyID is the reference to the secret containing the Access Key ID.
 *
 * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId
 */
export interface ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId | undefined): Record<string, any> | undefined;
/**
 * SecretAccessKey is the reference to the secret containing the Secret Access Key.
 *
 * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey
 */
export interface ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey | undefined): Record<string, any> | undefined;
/**
 * Token is the reference to the secret containing the STS(Security Token Service) Token.
 *
 * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken
 */
export interface ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken(obj: ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret
 */
export interface ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj: ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret
 */
export interface ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj: ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
/**
 * awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.
 * Secret should be created with below names for keys
 * - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
 * - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
 * - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
 *
 * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef
 */
export interface ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef {
    /**
     * name of the secret.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * namespace in which the secret exists. If empty, secret will looked up in local namespace.
     *
     * @schema ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType
 */
export declare enum ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Service account field containing the name of a kubernetes ServiceAccount.
 *
 * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
 */
export interface ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema ClusterSecretStoreV1Beta1
 */
export declare class ClusterSecretStoreV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterSecretStoreV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterSecretStoreV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ClusterSecretStoreV1Beta1Props): any;
    /**
     * Defines a "ClusterSecretStoreV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ClusterSecretStoreV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema ClusterSecretStoreV1Beta1
 */
export interface ClusterSecretStoreV1Beta1Props {
    /**
     * @schema ClusterSecretStoreV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * SecretStoreSpec defines the desired state of SecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1#spec
     */
    readonly spec?: ClusterSecretStoreV1Beta1Spec;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1Props' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1Props(obj: ClusterSecretStoreV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * SecretStoreSpec defines the desired state of SecretStore.
 *
 * @schema ClusterSecretStoreV1Beta1Spec
 */
export interface ClusterSecretStoreV1Beta1Spec {
    /**
     * Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1Spec#conditions
     */
    readonly conditions?: ClusterSecretStoreV1Beta1SpecConditions[];
    /**
     * Used to select the correct ESO controller (think: ingress.ingressClassName)
     * The ESO controller is instantiated with a specific controller name and filters ES based on this property
     *
     * @schema ClusterSecretStoreV1Beta1Spec#controller
     */
    readonly controller?: string;
    /**
     * Used to configure the provider. Only one provider may be set
     *
     * @schema ClusterSecretStoreV1Beta1Spec#provider
     */
    readonly provider: ClusterSecretStoreV1Beta1SpecProvider;
    /**
     * Used to configure store refresh interval in seconds. Empty or 0 will default to the controller config.
     *
     * @schema ClusterSecretStoreV1Beta1Spec#refreshInterval
     */
    readonly refreshInterval?: number;
    /**
     * Used to configure HTTP retries on failures.
     *
     * @schema ClusterSecretStoreV1Beta1Spec#retrySettings
     */
    readonly retrySettings?: ClusterSecretStoreV1Beta1SpecRetrySettings;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1Spec(obj: ClusterSecretStoreV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in
 * for a ClusterSecretStore instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecConditions
 */
export interface ClusterSecretStoreV1Beta1SpecConditions {
    /**
     * Choose namespaces by using regex matching
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditions#namespaceRegexes
     */
    readonly namespaceRegexes?: string[];
    /**
     * Choose namespace using a labelSelector
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditions#namespaceSelector
     */
    readonly namespaceSelector?: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector;
    /**
     * Choose namespaces by name
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditions#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecConditions' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecConditions(obj: ClusterSecretStoreV1Beta1SpecConditions | undefined): Record<string, any> | undefined;
/**
 * Used to configure the provider. Only one provider may be set
 *
 * @schema ClusterSecretStoreV1Beta1SpecProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProvider {
    /**
     * Akeyless configures this store to sync secrets using Akeyless Vault provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#akeyless
     */
    readonly akeyless?: ClusterSecretStoreV1Beta1SpecProviderAkeyless;
    /**
     * Alibaba configures this store to sync secrets using Alibaba Cloud provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#alibaba
     */
    readonly alibaba?: ClusterSecretStoreV1Beta1SpecProviderAlibaba;
    /**
     * AWS configures this store to sync secrets using AWS Secret Manager provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#aws
     */
    readonly aws?: ClusterSecretStoreV1Beta1SpecProviderAws;
    /**
     * AzureKV configures this store to sync secrets using Azure Key Vault provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#azurekv
     */
    readonly azurekv?: ClusterSecretStoreV1Beta1SpecProviderAzurekv;
    /**
     * Beyondtrust configures this store to sync secrets using Password Safe provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#beyondtrust
     */
    readonly beyondtrust?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrust;
    /**
     * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#bitwardensecretsmanager
     */
    readonly bitwardensecretsmanager?: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager;
    /**
     * Chef configures this store to sync secrets with chef server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#chef
     */
    readonly chef?: ClusterSecretStoreV1Beta1SpecProviderChef;
    /**
     * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#cloudrusm
     */
    readonly cloudrusm?: ClusterSecretStoreV1Beta1SpecProviderCloudrusm;
    /**
     * Conjur configures this store to sync secrets using conjur provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#conjur
     */
    readonly conjur?: ClusterSecretStoreV1Beta1SpecProviderConjur;
    /**
     * Delinea DevOps Secrets Vault
     * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#delinea
     */
    readonly delinea?: ClusterSecretStoreV1Beta1SpecProviderDelinea;
    /**
     * Device42 configures this store to sync secrets using the Device42 provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#device42
     */
    readonly device42?: ClusterSecretStoreV1Beta1SpecProviderDevice42;
    /**
     * Doppler configures this store to sync secrets using the Doppler provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#doppler
     */
    readonly doppler?: ClusterSecretStoreV1Beta1SpecProviderDoppler;
    /**
     * Fake configures a store with static key/value pairs
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#fake
     */
    readonly fake?: ClusterSecretStoreV1Beta1SpecProviderFake;
    /**
     * Fortanix configures this store to sync secrets using the Fortanix provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#fortanix
     */
    readonly fortanix?: ClusterSecretStoreV1Beta1SpecProviderFortanix;
    /**
     * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#gcpsm
     */
    readonly gcpsm?: ClusterSecretStoreV1Beta1SpecProviderGcpsm;
    /**
     * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#github
     */
    readonly github?: ClusterSecretStoreV1Beta1SpecProviderGithub;
    /**
     * GitLab configures this store to sync secrets using GitLab Variables provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#gitlab
     */
    readonly gitlab?: ClusterSecretStoreV1Beta1SpecProviderGitlab;
    /**
     * IBM configures this store to sync secrets using IBM Cloud provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#ibm
     */
    readonly ibm?: ClusterSecretStoreV1Beta1SpecProviderIbm;
    /**
     * Infisical configures this store to sync secrets using the Infisical provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#infisical
     */
    readonly infisical?: ClusterSecretStoreV1Beta1SpecProviderInfisical;
    /**
     * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#keepersecurity
     */
    readonly keepersecurity?: ClusterSecretStoreV1Beta1SpecProviderKeepersecurity;
    /**
     * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#kubernetes
     */
    readonly kubernetes?: ClusterSecretStoreV1Beta1SpecProviderKubernetes;
    /**
     * Onboardbase configures this store to sync secrets using the Onboardbase provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#onboardbase
     */
    readonly onboardbase?: ClusterSecretStoreV1Beta1SpecProviderOnboardbase;
    /**
     * OnePassword configures this store to sync secrets using the 1Password Cloud provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#onepassword
     */
    readonly onepassword?: ClusterSecretStoreV1Beta1SpecProviderOnepassword;
    /**
     * Oracle configures this store to sync secrets using Oracle Vault provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#oracle
     */
    readonly oracle?: ClusterSecretStoreV1Beta1SpecProviderOracle;
    /**
     * PassboltProvider defines configuration for the Passbolt provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#passbolt
     */
    readonly passbolt?: ClusterSecretStoreV1Beta1SpecProviderPassbolt;
    /**
     * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#passworddepot
     */
    readonly passworddepot?: ClusterSecretStoreV1Beta1SpecProviderPassworddepot;
    /**
     * Previder configures this store to sync secrets using the Previder provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#previder
     */
    readonly previder?: ClusterSecretStoreV1Beta1SpecProviderPrevider;
    /**
     * Pulumi configures this store to sync secrets using the Pulumi provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#pulumi
     */
    readonly pulumi?: ClusterSecretStoreV1Beta1SpecProviderPulumi;
    /**
     * Scaleway configures this store to sync secrets using the Scaleway provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#scaleway
     */
    readonly scaleway?: ClusterSecretStoreV1Beta1SpecProviderScaleway;
    /**
     * SecretServer configures this store to sync secrets using SecretServer provider
     * https://docs.delinea.com/online-help/secret-server/start.htm
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#secretserver
     */
    readonly secretserver?: ClusterSecretStoreV1Beta1SpecProviderSecretserver;
    /**
     * Senhasegura configures this store to sync secrets using senhasegura provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#senhasegura
     */
    readonly senhasegura?: ClusterSecretStoreV1Beta1SpecProviderSenhasegura;
    /**
     * Vault configures this store to sync secrets using the HashiCorp Vault provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#vault
     */
    readonly vault?: ClusterSecretStoreV1Beta1SpecProviderVault;
    /**
     * Webhook configures this store to sync secrets using a generic templated webhook
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#webhook
     */
    readonly webhook?: ClusterSecretStoreV1Beta1SpecProviderWebhook;
    /**
     * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#yandexcertificatemanager
     */
    readonly yandexcertificatemanager?: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager;
    /**
     * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProvider#yandexlockbox
     */
    readonly yandexlockbox?: ClusterSecretStoreV1Beta1SpecProviderYandexlockbox;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProvider(obj: ClusterSecretStoreV1Beta1SpecProvider | undefined): Record<string, any> | undefined;
/**
 * Used to configure HTTP retries on failures.
 *
 * @schema ClusterSecretStoreV1Beta1SpecRetrySettings
 */
export interface ClusterSecretStoreV1Beta1SpecRetrySettings {
    /**
     * MaxRetries is the maximum number of retry attempts.
     *
     * @schema ClusterSecretStoreV1Beta1SpecRetrySettings#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * RetryInterval is the interval between retry attempts.
     *
     * @schema ClusterSecretStoreV1Beta1SpecRetrySettings#retryInterval
     */
    readonly retryInterval?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecRetrySettings' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecRetrySettings(obj: ClusterSecretStoreV1Beta1SpecRetrySettings | undefined): Record<string, any> | undefined;
/**
 * Choose namespace using a labelSelector
 *
 * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector
 */
export interface ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector(obj: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Akeyless configures this store to sync secrets using Akeyless Vault provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeyless
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeyless {
    /**
     * Akeyless GW API Url from which the secrets to be fetched from.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeyless#akeylessGWApiURL
     */
    readonly akeylessGwApiUrl: string;
    /**
     * Auth configures how the operator authenticates with Akeyless.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeyless#authSecretRef
     */
    readonly authSecretRef: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef;
    /**
     * PEM/base64 encoded CA bundle used to validate Akeyless Gateway certificate. Only used
     * if the AkeylessGWApiURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeyless#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeyless#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeyless' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeyless(obj: ClusterSecretStoreV1Beta1SpecProviderAkeyless | undefined): Record<string, any> | undefined;
/**
 * Alibaba configures this store to sync secrets using Alibaba Cloud provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibaba
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibaba {
    /**
     * AlibabaAuth contains a secretRef for credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibaba#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth;
    /**
     * Alibaba Region to be used for the provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibaba#regionID
     */
    readonly regionId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibaba' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibaba(obj: ClusterSecretStoreV1Beta1SpecProviderAlibaba | undefined): Record<string, any> | undefined;
/**
 * AWS configures this store to sync secrets using AWS Secret Manager provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAws
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAws {
    /**
     * AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#additionalRoles
     */
    readonly additionalRoles?: string[];
    /**
     * Auth defines the information necessary to authenticate against AWS
     * if not set aws sdk will infer credentials from your environment
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderAwsAuth;
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#externalID
     */
    readonly externalId?: string;
    /**
     * Prefix adds a prefix to all retrieved values.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#prefix
     */
    readonly prefix?: string;
    /**
     * AWS Region to be used for the provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#region
     */
    readonly region: string;
    /**
     * Role is a Role ARN which the provider will assume
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#role
     */
    readonly role?: string;
    /**
     * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#secretsManager
     */
    readonly secretsManager?: ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager;
    /**
     * Service defines which service should be used to fetch the secrets
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#service
     */
    readonly service: ClusterSecretStoreV1Beta1SpecProviderAwsService;
    /**
     * AWS STS assume role session tags
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#sessionTags
     */
    readonly sessionTags?: ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags[];
    /**
     * AWS STS assume role transitive session tags. Required when multiple rules are used with the provider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAws#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAws' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAws(obj: ClusterSecretStoreV1Beta1SpecProviderAws | undefined): Record<string, any> | undefined;
/**
 * AzureKV configures this store to sync secrets using Azure Key Vault provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekv {
    /**
     * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#authSecretRef
     */
    readonly authSecretRef?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef;
    /**
     * Auth type defines how to authenticate to the keyvault service.
     * Valid values are:
     * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
     * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#authType
     */
    readonly authType?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType;
    /**
     * EnvironmentType specifies the Azure cloud environment endpoints to use for
     * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
     * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
     * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#environmentType
     */
    readonly environmentType?: ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
    /**
     * If multiple Managed Identity is assigned to the pod, you can select the one to be used
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#identityId
     */
    readonly identityId?: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef;
    /**
     * TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#tenantId
     */
    readonly tenantId?: string;
    /**
     * Vault Url from which the secrets to be fetched from.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekv#vaultUrl
     */
    readonly vaultUrl: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekv' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekv(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekv | undefined): Record<string, any> | undefined;
/**
 * Beyondtrust configures this store to sync secrets using Password Safe provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrust
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrust {
    /**
     * Auth configures how the operator authenticates with Beyondtrust.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrust#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth;
    /**
     * Auth configures how API server works.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrust#server
     */
    readonly server: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrust' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrust(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#apiURL
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
     * Make sure that the token being used has permissions on the given secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#bitwardenServerSDKURL
     */
    readonly bitwardenServerSdkurl?: string;
    /**
     * Base64 encoded certificate for the bitwarden server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#identityURL
     */
    readonly identityUrl?: string;
    /**
     * OrganizationID determines which organization this secret store manages.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#organizationID
     */
    readonly organizationId: string;
    /**
     * ProjectID determines which project this secret store manages.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager#projectID
     */
    readonly projectId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
/**
 * Chef configures this store to sync secrets with chef server
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderChef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderChef {
    /**
     * Auth defines the information necessary to authenticate against chef Server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChef#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderChefAuth;
    /**
     * ServerURL is the chef server URL used to connect to. If using orgs you should include your org in the url and terminate the url with a "/"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChef#serverUrl
     */
    readonly serverUrl: string;
    /**
     * UserName should be the user ID on the chef server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChef#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderChef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderChef(obj: ClusterSecretStoreV1Beta1SpecProviderChef | undefined): Record<string, any> | undefined;
/**
 * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusm
 */
export interface ClusterSecretStoreV1Beta1SpecProviderCloudrusm {
    /**
     * CSMAuth contains a secretRef for credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusm#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth;
    /**
     * ProjectID is the project, which the secrets are stored in.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderCloudrusm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusm(obj: ClusterSecretStoreV1Beta1SpecProviderCloudrusm | undefined): Record<string, any> | undefined;
/**
 * Conjur configures this store to sync secrets using conjur provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjur
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjur {
    /**
     * Defines authentication settings for connecting to Conjur.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjur#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderConjurAuth;
    /**
     * CABundle is a PEM encoded CA bundle that will be used to validate the Conjur server certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjur#caBundle
     */
    readonly caBundle?: string;
    /**
     * Used to provide custom certificate authority (CA) certificates
     * for a secret store. The CAProvider points to a Secret or ConfigMap resource
     * that contains a PEM-encoded certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjur#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider;
    /**
     * URL is the endpoint of the Conjur instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjur#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjur' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjur(obj: ClusterSecretStoreV1Beta1SpecProviderConjur | undefined): Record<string, any> | undefined;
/**
 * Delinea DevOps Secrets Vault
 * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDelinea {
    /**
     * ClientID is the non-secret part of the credential.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea#clientId
     */
    readonly clientId: ClusterSecretStoreV1Beta1SpecProviderDelineaClientId;
    /**
     * ClientSecret is the secret part of the credential.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea#clientSecret
     */
    readonly clientSecret: ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret;
    /**
     * Tenant is the chosen hostname / site name.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea#tenant
     */
    readonly tenant: string;
    /**
     * TLD is based on the server location that was chosen during provisioning.
     * If unset, defaults to "com".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea#tld
     */
    readonly tld?: string;
    /**
     * URLTemplate
     * If unset, defaults to "https://%s.secretsvaultcloud.%s/v1/%s%s".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelinea#urlTemplate
     */
    readonly urlTemplate?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDelinea' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDelinea(obj: ClusterSecretStoreV1Beta1SpecProviderDelinea | undefined): Record<string, any> | undefined;
/**
 * Device42 configures this store to sync secrets using the Device42 provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDevice42 {
    /**
     * Auth configures how secret-manager authenticates with a Device42 instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderDevice42Auth;
    /**
     * URL configures the Device42 instance URL.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDevice42' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42(obj: ClusterSecretStoreV1Beta1SpecProviderDevice42 | undefined): Record<string, any> | undefined;
/**
 * Doppler configures this store to sync secrets using the Doppler provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDoppler {
    /**
     * Auth configures how the Operator authenticates with the Doppler API
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderDopplerAuth;
    /**
     * Doppler config (required if not using a Service Token)
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler#config
     */
    readonly config?: string;
    /**
     * Format enables the downloading of secrets as a file (string)
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler#format
     */
    readonly format?: ClusterSecretStoreV1Beta1SpecProviderDopplerFormat;
    /**
     * Environment variable compatible name transforms that change secret names to a different format
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler#nameTransformer
     */
    readonly nameTransformer?: ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer;
    /**
     * Doppler project (required if not using a Service Token)
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDoppler#project
     */
    readonly project?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDoppler' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDoppler(obj: ClusterSecretStoreV1Beta1SpecProviderDoppler | undefined): Record<string, any> | undefined;
/**
 * Fake configures a store with static key/value pairs
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderFake
 */
export interface ClusterSecretStoreV1Beta1SpecProviderFake {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderFake#data
     */
    readonly data: ClusterSecretStoreV1Beta1SpecProviderFakeData[];
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderFake' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderFake(obj: ClusterSecretStoreV1Beta1SpecProviderFake | undefined): Record<string, any> | undefined;
/**
 * Fortanix configures this store to sync secrets using the Fortanix provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderFortanix
 */
export interface ClusterSecretStoreV1Beta1SpecProviderFortanix {
    /**
     * APIKey is the API token to access SDKMS Applications.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanix#apiKey
     */
    readonly apiKey?: ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey;
    /**
     * APIURL is the URL of SDKMS API. Defaults to `sdkms.fortanix.com`.
     *
     * @default sdkms.fortanix.com`.
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanix#apiUrl
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderFortanix' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanix(obj: ClusterSecretStoreV1Beta1SpecProviderFortanix | undefined): Record<string, any> | undefined;
/**
 * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsm
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsm {
    /**
     * Auth defines the information necessary to authenticate against GCP
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsm#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth;
    /**
     * Location optionally defines a location for a secret
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsm#location
     */
    readonly location?: string;
    /**
     * ProjectID project where secret is located
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsm(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsm | undefined): Record<string, any> | undefined;
/**
 * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGithub
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGithub {
    /**
     * appID specifies the Github APP that will be used to authenticate the client
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#appID
     */
    readonly appId: number;
    /**
     * auth configures how secret-manager authenticates with a Github instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderGithubAuth;
    /**
     * environment will be used to fetch secrets from a particular environment within a github repository
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#environment
     */
    readonly environment?: string;
    /**
     * installationID specifies the Github APP installation that will be used to authenticate the client
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#installationID
     */
    readonly installationId: number;
    /**
     * organization will be used to fetch secrets from the Github organization
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#organization
     */
    readonly organization: string;
    /**
     * repository will be used to fetch secrets from the Github repository within an organization
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#repository
     */
    readonly repository?: string;
    /**
     * Upload URL for enterprise instances. Default to URL.
     *
     * @default URL.
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#uploadURL
     */
    readonly uploadUrl?: string;
    /**
     * URL configures the Github instance URL. Defaults to https://github.com/.
     *
     * @default https://github.com/.
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithub#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGithub' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGithub(obj: ClusterSecretStoreV1Beta1SpecProviderGithub | undefined): Record<string, any> | undefined;
/**
 * GitLab configures this store to sync secrets using GitLab Variables provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGitlab {
    /**
     * Auth configures how secret-manager authenticates with a GitLab instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderGitlabAuth;
    /**
     * Base64 encoded certificate for the GitLab server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider;
    /**
     * Environment environment_scope of gitlab CI/CD variables (Please see https://docs.gitlab.com/ee/ci/environments/#create-a-static-environment on how to create environments)
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#environment
     */
    readonly environment?: string;
    /**
     * GroupIDs specify, which gitlab groups to pull secrets from. Group secrets are read from left to right followed by the project variables.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#groupIDs
     */
    readonly groupIDs?: string[];
    /**
     * InheritFromGroups specifies whether parent groups should be discovered and checked for secrets.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#inheritFromGroups
     */
    readonly inheritFromGroups?: boolean;
    /**
     * ProjectID specifies a project where secrets are located.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#projectID
     */
    readonly projectId?: string;
    /**
     * URL configures the GitLab instance URL. Defaults to https://gitlab.com/.
     *
     * @default https://gitlab.com/.
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlab#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGitlab' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlab(obj: ClusterSecretStoreV1Beta1SpecProviderGitlab | undefined): Record<string, any> | undefined;
/**
 * IBM configures this store to sync secrets using IBM Cloud provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderIbm
 */
export interface ClusterSecretStoreV1Beta1SpecProviderIbm {
    /**
     * Auth configures how secret-manager authenticates with the IBM secrets manager.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbm#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderIbmAuth;
    /**
     * ServiceURL is the Endpoint URL that is specific to the Secrets Manager service instance
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbm#serviceUrl
     */
    readonly serviceUrl?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderIbm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderIbm(obj: ClusterSecretStoreV1Beta1SpecProviderIbm | undefined): Record<string, any> | undefined;
/**
 * Infisical configures this store to sync secrets using the Infisical provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisical
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisical {
    /**
     * Auth configures how the Operator authenticates with the Infisical API
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisical#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth;
    /**
     * HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisical#hostAPI
     */
    readonly hostApi?: string;
    /**
     * SecretsScope defines the scope of the secrets within the workspace
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisical#secretsScope
     */
    readonly secretsScope: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisical' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisical(obj: ClusterSecretStoreV1Beta1SpecProviderInfisical | undefined): Record<string, any> | undefined;
/**
 * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurity
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKeepersecurity {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurity#authRef
     */
    readonly authRef: ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurity#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKeepersecurity' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurity(obj: ClusterSecretStoreV1Beta1SpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
/**
 * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetes
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetes {
    /**
     * Auth configures how secret-manager authenticates with a Kubernetes instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetes#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth;
    /**
     * A reference to a secret that contains the auth information.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetes#authRef
     */
    readonly authRef?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef;
    /**
     * Remote namespace to fetch the secrets from
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetes#remoteNamespace
     */
    readonly remoteNamespace?: string;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetes#server
     */
    readonly server?: ClusterSecretStoreV1Beta1SpecProviderKubernetesServer;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetes' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetes(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetes | undefined): Record<string, any> | undefined;
/**
 * Onboardbase configures this store to sync secrets using the Onboardbase provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbase
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnboardbase {
    /**
     * APIHost use this to configure the host url for the API for selfhosted installation, default is https://public.onboardbase.com/api/v1/
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbase#apiHost
     */
    readonly apiHost: string;
    /**
     * Auth configures how the Operator authenticates with the Onboardbase API
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbase#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth;
    /**
     * Environment is the name of an environmnent within a project to pull the secrets from
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbase#environment
     */
    readonly environment: string;
    /**
     * Project is an onboardbase project that the secrets should be pulled from
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbase#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnboardbase' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbase(obj: ClusterSecretStoreV1Beta1SpecProviderOnboardbase | undefined): Record<string, any> | undefined;
/**
 * OnePassword configures this store to sync secrets using the 1Password Cloud provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnepassword
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnepassword {
    /**
     * Auth defines the information necessary to authenticate against OnePassword Connect Server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepassword#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth;
    /**
     * ConnectHost defines the OnePassword Connect Server to connect to
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepassword#connectHost
     */
    readonly connectHost: string;
    /**
     * Vaults defines which OnePassword vaults to search in which order
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepassword#vaults
     */
    readonly vaults: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnepassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepassword(obj: ClusterSecretStoreV1Beta1SpecProviderOnepassword | undefined): Record<string, any> | undefined;
/**
 * Oracle configures this store to sync secrets using Oracle Vault provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracle
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracle {
    /**
     * Auth configures how secret-manager authenticates with the Oracle Vault.
     * If empty, use the instance principal, otherwise the user credentials specified in Auth.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderOracleAuth;
    /**
     * Compartment is the vault compartment OCID.
     * Required for PushSecret
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#compartment
     */
    readonly compartment?: string;
    /**
     * EncryptionKey is the OCID of the encryption key within the vault.
     * Required for PushSecret
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#encryptionKey
     */
    readonly encryptionKey?: string;
    /**
     * The type of principal to use for authentication. If left blank, the Auth struct will
     * determine the principal type. This optional field must be specified if using
     * workload identity.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#principalType
     */
    readonly principalType?: ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType;
    /**
     * Region is the region where vault is located.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#region
     */
    readonly region: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef;
    /**
     * Vault is the vault's OCID of the specific vault where secret is located.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracle#vault
     */
    readonly vault: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracle' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracle(obj: ClusterSecretStoreV1Beta1SpecProviderOracle | undefined): Record<string, any> | undefined;
/**
 * PassboltProvider defines configuration for the Passbolt provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassbolt
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassbolt {
    /**
     * Auth defines the information necessary to authenticate against Passbolt Server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassbolt#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderPassboltAuth;
    /**
     * Host defines the Passbolt Server to connect to
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassbolt#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassbolt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassbolt(obj: ClusterSecretStoreV1Beta1SpecProviderPassbolt | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepot
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassworddepot {
    /**
     * Auth configures how secret-manager authenticates with a Password Depot instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepot#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth;
    /**
     * Database to use as source
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepot#database
     */
    readonly database: string;
    /**
     * URL configures the Password Depot instance URL.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepot#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassworddepot' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepot(obj: ClusterSecretStoreV1Beta1SpecProviderPassworddepot | undefined): Record<string, any> | undefined;
/**
 * Previder configures this store to sync secrets using the Previder provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPrevider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPrevider {
    /**
     * PreviderAuth contains a secretRef for credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPrevider#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderPreviderAuth;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderPrevider#baseUri
     */
    readonly baseUri?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPrevider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPrevider(obj: ClusterSecretStoreV1Beta1SpecProviderPrevider | undefined): Record<string, any> | undefined;
/**
 * Pulumi configures this store to sync secrets using the Pulumi provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPulumi {
    /**
     * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi#accessToken
     */
    readonly accessToken: ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken;
    /**
     * APIURL is the URL of the Pulumi API.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Environment are YAML documents composed of static key-value pairs, programmatic expressions,
     * dynamically retrieved values from supported providers including all major clouds,
     * and other Pulumi ESC environments.
     * To create a new environment, visit https://www.pulumi.com/docs/esc/environments/ for more information.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi#environment
     */
    readonly environment: string;
    /**
     * Organization are a space to collaborate on shared projects and stacks.
     * To create a new organization, visit https://app.pulumi.com/ and click "New Organization".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi#organization
     */
    readonly organization: string;
    /**
     * Project is the name of the Pulumi ESC project the environment belongs to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumi#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPulumi' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumi(obj: ClusterSecretStoreV1Beta1SpecProviderPulumi | undefined): Record<string, any> | undefined;
/**
 * Scaleway configures this store to sync secrets using the Scaleway provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway
 */
export interface ClusterSecretStoreV1Beta1SpecProviderScaleway {
    /**
     * AccessKey is the non-secret part of the api key.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway#accessKey
     */
    readonly accessKey: ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey;
    /**
     * APIURL is the url of the api to use. Defaults to https://api.scaleway.com
     *
     * @default https://api.scaleway.com
     * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * ProjectID is the id of your project, which you can find in the console: https://console.scaleway.com/project/settings
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway#projectId
     */
    readonly projectId: string;
    /**
     * Region where your secrets are located: https://developers.scaleway.com/en/quickstart/#region-and-zone
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway#region
     */
    readonly region: string;
    /**
     * SecretKey is the non-secret part of the api key.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScaleway#secretKey
     */
    readonly secretKey: ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderScaleway' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderScaleway(obj: ClusterSecretStoreV1Beta1SpecProviderScaleway | undefined): Record<string, any> | undefined;
/**
 * SecretServer configures this store to sync secrets using SecretServer provider
 * https://docs.delinea.com/online-help/secret-server/start.htm
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserver
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSecretserver {
    /**
     * Password is the secret server account password.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserver#password
     */
    readonly password: ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword;
    /**
     * ServerURL
     * URL to your secret server installation
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserver#serverURL
     */
    readonly serverUrl: string;
    /**
     * Username is the secret server account username.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserver#username
     */
    readonly username: ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSecretserver' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserver(obj: ClusterSecretStoreV1Beta1SpecProviderSecretserver | undefined): Record<string, any> | undefined;
/**
 * Senhasegura configures this store to sync secrets using senhasegura provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSenhasegura
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSenhasegura {
    /**
     * Auth defines parameters to authenticate in senhasegura
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhasegura#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth;
    /**
     * IgnoreSslCertificate defines if SSL certificate must be ignored
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhasegura#ignoreSslCertificate
     */
    readonly ignoreSslCertificate?: boolean;
    /**
     * Module defines which senhasegura module should be used to get secrets
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhasegura#module
     */
    readonly module: string;
    /**
     * URL of senhasegura
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhasegura#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSenhasegura' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhasegura(obj: ClusterSecretStoreV1Beta1SpecProviderSenhasegura | undefined): Record<string, any> | undefined;
/**
 * Vault configures this store to sync secrets using the HashiCorp Vault provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVault
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVault {
    /**
     * Auth configures how secret-manager authenticates with the Vault server.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderVaultAuth;
    /**
     * PEM encoded CA bundle used to validate Vault server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Vault server certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider;
    /**
     * ForwardInconsistent tells Vault to forward read-after-write requests to the Vault
     * leader instead of simply retrying within a loop. This can increase performance if
     * the option is enabled serverside.
     * https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#forwardInconsistent
     */
    readonly forwardInconsistent?: boolean;
    /**
     * Headers to be added in Vault request
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the Vault KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from Vault is optional and will be appended
     * if not present in specified path.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#path
     */
    readonly path?: string;
    /**
     * ReadYourWrites ensures isolated read-after-write semantics by
     * providing discovered cluster replication states in each request.
     * More information about eventual consistency in Vault can be found here
     * https://www.vaultproject.io/docs/enterprise/consistency
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#readYourWrites
     */
    readonly readYourWrites?: boolean;
    /**
     * Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#server
     */
    readonly server: string;
    /**
     * The configuration used for client side related TLS communication, when the Vault server
     * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
     * This parameter is ignored for plain HTTP protocol connection.
     * It's worth noting this configuration is different from the "TLS certificates auth method",
     * which is available under the `auth.cert` section.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#tls
     */
    readonly tls?: ClusterSecretStoreV1Beta1SpecProviderVaultTls;
    /**
     * Version is the Vault KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVault#version
     */
    readonly version?: ClusterSecretStoreV1Beta1SpecProviderVaultVersion;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVault' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVault(obj: ClusterSecretStoreV1Beta1SpecProviderVault | undefined): Record<string, any> | undefined;
/**
 * Webhook configures this store to sync secrets using a generic templated webhook
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhook {
    /**
     * Auth specifies a authorization protocol. Only one protocol may be set.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#auth
     */
    readonly auth?: ClusterSecretStoreV1Beta1SpecProviderWebhookAuth;
    /**
     * Body
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#body
     */
    readonly body?: string;
    /**
     * PEM encoded CA bundle used to validate webhook server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate webhook server certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider;
    /**
     * Headers
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Webhook Method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#method
     */
    readonly method?: string;
    /**
     * Result formatting
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#result
     */
    readonly result: ClusterSecretStoreV1Beta1SpecProviderWebhookResult;
    /**
     * Secrets to fill in templates
     * These secrets will be passed to the templating function as key value pairs under the given name
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#secrets
     */
    readonly secrets?: ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets[];
    /**
     * Timeout
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#timeout
     */
    readonly timeout?: string;
    /**
     * Webhook url to call
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhook#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhook' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhook(obj: ClusterSecretStoreV1Beta1SpecProviderWebhook | undefined): Record<string, any> | undefined;
/**
 * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex Certificate Manager
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
/**
 * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockbox
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexlockbox {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockbox#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex Lockbox
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockbox#auth
     */
    readonly auth: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockbox#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexlockbox' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockbox(obj: ClusterSecretStoreV1Beta1SpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions
 */
export interface ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(obj: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Akeyless.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef {
    /**
     * Kubernetes authenticates with Akeyless by passing the ServiceAccount
     * token stored in the named Secret resource.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef#kubernetesAuth
     */
    readonly kubernetesAuth?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth;
    /**
     * Reference to a Secret that contains the details
     * to authenticate with Akeyless.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
/**
 * AlibabaAuth contains a secretRef for credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth {
    /**
     * AlibabaRRSAAuth authenticates against Alibaba using RRSA (Resource-oriented RAM-based Service Authentication).
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth#rrsa
     */
    readonly rrsa?: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa;
    /**
     * AlibabaAuthSecretRef holds secret references for Alibaba credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth(obj: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against AWS
 * if not set aws sdk will infer credentials from your environment
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuth {
    /**
     * AWSJWTAuth authenticates against AWS using service account tokens from the Kubernetes cluster.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt;
    /**
     * AWSAuthSecretRef holds secret references for AWS credentials
     * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuth(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager {
    /**
     * Specifies whether to delete the secret without any recovery window. You
     * can't use both this parameter and RecoveryWindowInDays in the same call.
     * If you don't use either, then by default Secrets Manager uses a 30 day
     * recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
     */
    readonly forceDeleteWithoutRecovery?: boolean;
    /**
     * The number of days from 7 to 30 that Secrets Manager waits before
     * permanently deleting the secret. You can't use both this parameter and
     * ForceDeleteWithoutRecovery in the same call. If you don't use either,
     * then by default Secrets Manager uses a 30 day recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager#recoveryWindowInDays
     */
    readonly recoveryWindowInDays?: number;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager(obj: ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
/**
 * Service defines which service should be used to fetch the secrets
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsService
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderAwsService {
    /** SecretsManager */
    SECRETS_MANAGER = "SecretsManager",
    /** ParameterStore */
    PARAMETER_STORE = "ParameterStore"
}
/**
 * Tag defines a tag key and value for AWS resources.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags#key
     */
    readonly key: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags(obj: ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef {
    /**
     * The Azure ClientCertificate of the service principle used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientCertificate
     */
    readonly clientCertificate?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate;
    /**
     * The Azure clientId of the service principle or managed identity used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientId
     */
    readonly clientId?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId;
    /**
     * The Azure ClientSecret of the service principle used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientSecret
     */
    readonly clientSecret?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret;
    /**
     * The Azure tenantId of the managed identity used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#tenantId
     */
    readonly tenantId?: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth type defines how to authenticate to the keyvault service.
 * Valid values are:
 * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
 * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType {
    /** ServicePrincipal */
    SERVICE_PRINCIPAL = "ServicePrincipal",
    /** ManagedIdentity */
    MANAGED_IDENTITY = "ManagedIdentity",
    /** WorkloadIdentity */
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
/**
 * EnvironmentType specifies the Azure cloud environment endpoints to use for
 * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
 * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
 * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType {
    /** PublicCloud */
    PUBLIC_CLOUD = "PublicCloud",
    /** USGovernmentCloud */
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    /** ChinaCloud */
    CHINA_CLOUD = "ChinaCloud",
    /** GermanCloud */
    GERMAN_CLOUD = "GermanCloud"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Beyondtrust.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth {
    /**
     * APIKey If not provided then ClientID/ClientSecret become required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth#apiKey
     */
    readonly apiKey?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey;
    /**
     * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth#certificate
     */
    readonly certificate?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate;
    /**
     * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth#certificateKey
     */
    readonly certificateKey?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey;
    /**
     * ClientID is the API OAuth Client ID.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth#clientId
     */
    readonly clientId?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId;
    /**
     * ClientSecret is the API OAuth Client Secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth#clientSecret
     */
    readonly clientSecret?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how API server works.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Timeout specifies a time limit for requests made by this Client. The timeout includes connection time, any redirects, and reading the response body. Defaults to 45 seconds.
     *
     * @default 45 seconds.
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#clientTimeOutSeconds
     */
    readonly clientTimeOutSeconds?: number;
    /**
     * When true, the response includes the decrypted password. When false, the password field is omitted. This option only applies to the SECRET retrieval type. Default: true.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#decrypt
     */
    readonly decrypt?: boolean;
    /**
     * The secret retrieval type. SECRET = Secrets Safe (credential, text, file). MANAGED_ACCOUNT = Password Safe account associated with a system.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#retrievalType
     */
    readonly retrievalType?: string;
    /**
     * A character that separates the folder names.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#separator
     */
    readonly separator?: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer#verifyCA
     */
    readonly verifyCa: boolean;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
 * Make sure that the token being used has permissions on the given secret.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth {
    /**
     * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against chef Server
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderChefAuth {
    /**
     * ChefAuthSecretRef holds secret references for chef server login credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderChefAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuth(obj: ClusterSecretStoreV1Beta1SpecProviderChefAuth | undefined): Record<string, any> | undefined;
/**
 * CSMAuth contains a secretRef for credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth {
    /**
     * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth(obj: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
/**
 * Defines authentication settings for connecting to Conjur.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuth {
    /**
     * Authenticates with Conjur using an API key.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuth#apikey
     */
    readonly apikey?: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey;
    /**
     * Jwt enables JWT authentication using Kubernetes service account tokens.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuth(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuth | undefined): Record<string, any> | undefined;
/**
 * Used to provide custom certificate authority (CA) certificates
 * for a secret store. The CAProvider points to a Secret or ConfigMap resource
 * that contains a PEM-encoded certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
/**
 * ClientID is the non-secret part of the credential.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDelineaClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientId#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDelineaClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientId(obj: ClusterSecretStoreV1Beta1SpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the secret part of the credential.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret(obj: ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Device42 instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42Auth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDevice42Auth {
    /**
     * Device42SecretRef defines a reference to a secret containing credentials for the Device42 provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42Auth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDevice42Auth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42Auth(obj: ClusterSecretStoreV1Beta1SpecProviderDevice42Auth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Doppler API
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDopplerAuth {
    /**
     * DopplerAuthSecretRef defines a reference to a secret containing credentials for the Doppler provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDopplerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuth(obj: ClusterSecretStoreV1Beta1SpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
/**
 * Format enables the downloading of secrets as a file (string)
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerFormat
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderDopplerFormat {
    /** json */
    JSON = "json",
    /** dotnet-json */
    DOTNET_HYPHEN_JSON = "dotnet-json",
    /** env */
    ENV = "env",
    /** yaml */
    YAML = "yaml",
    /** docker */
    DOCKER = "docker"
}
/**
 * Environment variable compatible name transforms that change secret names to a different format
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer {
    /** upper-camel */
    UPPER_HYPHEN_CAMEL = "upper-camel",
    /** camel */
    CAMEL = "camel",
    /** lower-snake */
    LOWER_HYPHEN_SNAKE = "lower-snake",
    /** tf-var */
    TF_HYPHEN_VAR = "tf-var",
    /** dotnet-env */
    DOTNET_HYPHEN_ENV = "dotnet-env",
    /** lower-kebab */
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
/**
 * FakeProviderData defines a key-value pair for the fake provider used in testing.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderFakeData
 */
export interface ClusterSecretStoreV1Beta1SpecProviderFakeData {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderFakeData#key
     */
    readonly key: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderFakeData#value
     */
    readonly value: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderFakeData#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderFakeData' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderFakeData(obj: ClusterSecretStoreV1Beta1SpecProviderFakeData | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API token to access SDKMS Applications.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey {
    /**
     * SecretRef is a reference to a secret containing the SDKMS API Key.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey(obj: ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against GCP
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth {
    /**
     * GCPSMAuthSecretRef defines a reference to a secret containing credentials for the GCP Secret Manager provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef;
    /**
     * GCPWorkloadIdentity defines configuration for using GCP Workload Identity authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth#workloadIdentity
     */
    readonly workloadIdentity?: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
/**
 * auth configures how secret-manager authenticates with a Github instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGithubAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuth#privateKey
     */
    readonly privateKey: ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGithubAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuth(obj: ClusterSecretStoreV1Beta1SpecProviderGithubAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a GitLab instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGitlabAuth {
    /**
     * GitlabSecretRef defines a reference to a secret containing credentials for the GitLab provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuth#SecretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGitlabAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuth(obj: ClusterSecretStoreV1Beta1SpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the IBM secrets manager.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderIbmAuth {
    /**
     * IBMAuthContainerAuth defines authentication using IBM Container-based auth with IAM Trusted Profile.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuth#containerAuth
     */
    readonly containerAuth?: ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth;
    /**
     * IBMAuthSecretRef defines a reference to a secret containing credentials for the IBM provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderIbmAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuth(obj: ClusterSecretStoreV1Beta1SpecProviderIbmAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Infisical API
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth {
    /**
     * UniversalAuthCredentials defines the credentials for Infisical Universal Auth.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth#universalAuthCredentials
     */
    readonly universalAuthCredentials?: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth(obj: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsScope defines the scope of the secrets within the workspace
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope {
    /**
     * EnvironmentSlug is the required slug identifier for the environment.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#environmentSlug
     */
    readonly environmentSlug: string;
    /**
     * ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided.
     *
     * @default true if not provided.
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#expandSecretReferences
     */
    readonly expandSecretReferences?: boolean;
    /**
     * ProjectSlug is the required slug identifier for the project.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#projectSlug
     */
    readonly projectSlug: string;
    /**
     * Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided.
     *
     * @default false if not provided.
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#recursive
     */
    readonly recursive?: boolean;
    /**
     * SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided.
     *
     * @default if not provided.
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#secretsPath
     */
    readonly secretsPath?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj: ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Kubernetes instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth#cert
     */
    readonly cert?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth#serviceAccount
     */
    readonly serviceAccount?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth#token
     */
    readonly token?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * A reference to a secret that contains the auth information.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
/**
 * configures the Kubernetes server Address.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServer
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/v0.4.1/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServer#caProvider
     */
    readonly caProvider?: ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesServer' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServer(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Onboardbase API
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth {
    /**
     * OnboardbaseAPIKey is the APIKey generated by an admin account.
     * It is used to recognize and authorize access to a project and environment within onboardbase
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth#apiKeyRef
     */
    readonly apiKeyRef: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef;
    /**
     * OnboardbasePasscode is the passcode attached to the API Key
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth#passcodeRef
     */
    readonly passcodeRef: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword Connect Server
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth {
    /**
     * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth(obj: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Oracle Vault.
 * If empty, use the instance principal, otherwise the user credentials specified in Auth.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracleAuth {
    /**
     * SecretRef to pass through sensitive information.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef;
    /**
     * Tenancy is the tenancy OCID where user is located.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuth#tenancy
     */
    readonly tenancy: string;
    /**
     * User is an access OCID specific to the account.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuth#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracleAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuth(obj: ClusterSecretStoreV1Beta1SpecProviderOracleAuth | undefined): Record<string, any> | undefined;
/**
 * The type of principal to use for authentication. If left blank, the Auth struct will
 * determine the principal type. This optional field must be specified if using
 * workload identity.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType {
    /** UserPrincipal */
    USER_PRINCIPAL = "UserPrincipal",
    /** InstancePrincipal */
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    /** Workload */
    WORKLOAD = "Workload"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Passbolt Server
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassboltAuth {
    /**
     * PasswordSecretRef is a reference to the secret containing the Passbolt password
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuth#passwordSecretRef
     */
    readonly passwordSecretRef: ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef;
    /**
     * PrivateKeySecretRef is a reference to the secret containing the Passbolt private key
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuth#privateKeySecretRef
     */
    readonly privateKeySecretRef: ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassboltAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuth(obj: ClusterSecretStoreV1Beta1SpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Password Depot instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth {
    /**
     * PasswordDepotSecretRef defines a reference to a secret containing credentials for the Password Depot provider.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth(obj: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
/**
 * PreviderAuth contains a secretRef for credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPreviderAuth {
    /**
     * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPreviderAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuth(obj: ClusterSecretStoreV1Beta1SpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
/**
 * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken(obj: ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
/**
 * AccessKey is the non-secret part of the api key.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey(obj: ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the non-secret part of the api key.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey(obj: ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
/**
 * Password is the secret server account password.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword(obj: ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
/**
 * Username is the secret server account username.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername(obj: ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in senhasegura
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth#clientId
     */
    readonly clientId: string;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth#clientSecretSecretRef
     */
    readonly clientSecretSecretRef: ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj: ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Vault server.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuth {
    /**
     * AppRole authenticates with Vault using the App Role auth mechanism,
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#appRole
     */
    readonly appRole?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole;
    /**
     * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
     * Cert authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#cert
     */
    readonly cert?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert;
    /**
     * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
     * AWS IAM authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#iam
     */
    readonly iam?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam;
    /**
     * Jwt authenticates with Vault by passing role and JWT token using the
     * JWT/OIDC authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#jwt
     */
    readonly jwt?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt;
    /**
     * Kubernetes authenticates with Vault by passing the ServiceAccount
     * token stored in the named Secret resource to the Vault server.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#kubernetes
     */
    readonly kubernetes?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes;
    /**
     * Ldap authenticates with Vault by passing username/password pair using
     * the LDAP authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#ldap
     */
    readonly ldap?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap;
    /**
     * Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in.
     * Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     * This will default to Vault.Namespace field if set, or empty otherwise
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with Vault by presenting a token.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef;
    /**
     * UserPass authenticates with Vault by passing username/password pair
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuth#userPass
     */
    readonly userPass?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuth(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Vault server certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
/**
 * The configuration used for client side related TLS communication, when the Vault server
 * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
 * This parameter is ignored for plain HTTP protocol connection.
 * It's worth noting this configuration is different from the "TLS certificates auth method",
 * which is available under the `auth.cert` section.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTls
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultTls {
    /**
     * CertSecretRef is a certificate added to the transport layer
     * when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTls#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef;
    /**
     * KeySecretRef to a key in a Secret resource containing client private key
     * added to the transport layer when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.key'.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTls#keySecretRef
     */
    readonly keySecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultTls' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTls(obj: ClusterSecretStoreV1Beta1SpecProviderVaultTls | undefined): Record<string, any> | undefined;
/**
 * Version is the Vault KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultVersion
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderVaultVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth specifies a authorization protocol. Only one protocol may be set.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookAuth {
    /**
     * NTLMProtocol configures the store to use NTLM for auth
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuth#ntlm
     */
    readonly ntlm?: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuth(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate webhook server certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
/**
 * Result formatting
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookResult
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookResult {
    /**
     * Json path of return value
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookResult#jsonPath
     */
    readonly jsonPath?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookResult' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookResult(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookResult | undefined): Record<string, any> | undefined;
/**
 * WebhookSecret defines a secret to be used in webhook templates.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets {
    /**
     * Name of this secret in templates
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets#name
     */
    readonly name: string;
    /**
     * Secret ref to fill in credentials
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex Certificate Manager
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex Lockbox
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Akeyless by passing the ServiceAccount
 * token stored in the named Secret resource.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth {
    /**
     * the Akeyless Kubernetes auth-method access-id
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#accessID
     */
    readonly accessId: string;
    /**
     * Kubernetes-auth configuration name in Akeyless-Gateway
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#k8sConfName
     */
    readonly k8SConfName: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Akeyless. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Akeyless. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret that contains the details
 * to authenticate with Akeyless.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef {
    /**
     * The SecretAccessID is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessID
     */
    readonly accessId?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessType
     */
    readonly accessType?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessTypeParam
     */
    readonly accessTypeParam?: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * AlibabaRRSAAuth authenticates against Alibaba using RRSA (Resource-oriented RAM-based Service Authentication).
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#oidcProviderArn
     */
    readonly oidcProviderArn: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#oidcTokenFilePath
     */
    readonly oidcTokenFilePath: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#roleArn
     */
    readonly roleArn: string;
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#sessionName
     */
    readonly sessionName: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa | undefined): Record<string, any> | undefined;
/**
 * AlibabaAuthSecretRef holds secret references for Alibaba credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * AWSJWTAuth authenticates against AWS using service account tokens from the Kubernetes cluster.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
/**
 * AWSAuthSecretRef holds secret references for AWS credentials
 * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientCertificate of the service principle used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
/**
 * The Azure clientId of the service principle or managed identity used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientSecret of the service principle used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
/**
 * The Azure tenantId of the managed identity used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj: ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
/**
 * APIKey If not provided then ClientID/ClientSecret become required.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
/**
 * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
/**
 * ClientID is the API OAuth Client ID.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the API OAuth Client Secret.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef {
    /**
     * AccessToken used for the bitwarden instance.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef#credentials
     */
    readonly credentials: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ChefAuthSecretRef holds secret references for chef server login credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef {
    /**
     * SecretKey is the Signing Key in PEM format, used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef#privateKeySecretRef
     */
    readonly privateKeySecretRef: ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Authenticates with Conjur using an API key.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey#account
     */
    readonly account: string;
    /**
     * A reference to a specific 'key' containing the Conjur API key
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey#apiKeyRef
     */
    readonly apiKeyRef: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef;
    /**
     * A reference to a specific 'key' containing the Conjur username
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey#userRef
     */
    readonly userRef: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
/**
 * Jwt enables JWT authentication using Kubernetes service account tokens.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt#account
     */
    readonly account: string;
    /**
     * Optional HostID for JWT authentication. This may be used depending
     * on how the Conjur JWT authenticator policy is configured.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt#hostId
     */
    readonly hostId?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Conjur using the JWT authentication method.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef;
    /**
     * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef;
    /**
     * The conjur authn jwt webservice id
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * Device42SecretRef defines a reference to a secret containing credentials for the Device42 provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef#credentials
     */
    readonly credentials?: ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * DopplerAuthSecretRef defines a reference to a secret containing credentials for the Doppler provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef {
    /**
     * The DopplerToken is used for authentication.
     * See https://docs.doppler.com/reference/api#authentication for auth token types.
     * The Key attribute defaults to dopplerToken if not specified.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef#dopplerToken
     */
    readonly dopplerToken: ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the SDKMS API Key.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPSMAuthSecretRef defines a reference to a secret containing credentials for the GCP Secret Manager provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentity defines configuration for using GCP Workload Identity authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj: ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
/**
 * GitlabSecretRef defines a reference to a secret containing credentials for the GitLab provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef {
    /**
     * AccessToken is used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef#accessToken
     */
    readonly accessToken?: ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * IBMAuthContainerAuth defines authentication using IBM Container-based auth with IAM Trusted Profile.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth
 */
export interface ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth {
    /**
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * the IBM Trusted Profile
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#profile
     */
    readonly profile: string;
    /**
     * Location the token is mounted on the pod
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#tokenLocation
     */
    readonly tokenLocation?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj: ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
/**
 * IBMAuthSecretRef defines a reference to a secret containing credentials for the IBM provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef#secretApiKeySecretRef
     */
    readonly secretApiKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * UniversalAuthCredentials defines the credentials for Infisical Universal Auth.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientId
     */
    readonly clientId: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
     */
    readonly clientSecret: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert#clientCert
     */
    readonly clientCert?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert#clientKey
     */
    readonly clientKey?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken#bearerToken
     */
    readonly bearerToken?: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/v0.4.1/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#type
     */
    readonly type: ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * OnboardbaseAPIKey is the APIKey generated by an admin account.
 * It is used to recognize and authorize access to a project and environment within onboardbase
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * OnboardbasePasscode is the passcode attached to the API Key
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj: ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
/**
 * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef {
    /**
     * The ConnectToken is used for authentication to a 1Password Connect Server.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef#connectTokenSecretRef
     */
    readonly connectTokenSecretRef: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to pass through sensitive information.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef {
    /**
     * Fingerprint is the fingerprint of the API private key.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef#fingerprint
     */
    readonly fingerprint: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint;
    /**
     * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef#privatekey
     */
    readonly privatekey: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PasswordSecretRef is a reference to the secret containing the Passbolt password
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * PrivateKeySecretRef is a reference to the secret containing the Passbolt private key
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotSecretRef defines a reference to a secret containing credentials for the Password Depot provider.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef#credentials
     */
    readonly credentials?: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef {
    /**
     * The AccessToken is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef#accessToken
     */
    readonly accessToken: ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with Vault using the App Role auth mechanism,
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in Vault, e.g: "approle"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in Vault.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole#roleRef
     */
    readonly roleRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole#secretRef
     */
    readonly secretRef: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
 * Cert authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert {
    /**
     * ClientCert is a certificate to authenticate using the Cert Vault
     * authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert#clientCert
     */
    readonly clientCert?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert;
    /**
     * SecretRef to a key in a Secret resource containing client private key to
     * authenticate with Vault using the Cert authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
/**
 * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
 * AWS IAM authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam {
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#externalID
     */
    readonly externalId?: string;
    /**
     * Specify a service account with IRSA enabled
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#jwt
     */
    readonly jwt?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt;
    /**
     * Path where the AWS auth method is enabled in Vault, e.g: "aws"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#path
     */
    readonly path?: string;
    /**
     * AWS region
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#region
     */
    readonly region?: string;
    /**
     * This is the AWS role to be assumed before talking to vault
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#role
     */
    readonly role?: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef;
    /**
     * X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#vaultAwsIamServerID
     */
    readonly vaultAwsIamServerId?: string;
    /**
     * Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam#vaultRole
     */
    readonly vaultRole: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
/**
 * Jwt authenticates with Vault by passing role and JWT token using the
 * JWT/OIDC authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt {
    /**
     * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt#kubernetesServiceAccountToken
     */
    readonly kubernetesServiceAccountToken?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    /**
     * Path where the JWT authentication backend is mounted
     * in Vault, e.g: "jwt"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt#path
     */
    readonly path: string;
    /**
     * Role is a JWT role to authenticate using the JWT/OIDC Vault
     * authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt#role
     */
    readonly role?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Vault using the JWT/OIDC authentication method.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Vault by passing the ServiceAccount
 * token stored in the named Secret resource to the Vault server.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes {
    /**
     * Path where the Kubernetes authentication backend is mounted in Vault, e.g:
     * "kubernetes"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes#mountPath
     */
    readonly mountPath: string;
    /**
     * A required field containing the Vault Role to assume. A Role binds a
     * Kubernetes ServiceAccount with a set of Vault policies.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes#role
     */
    readonly role: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Vault. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Vault. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * Ldap authenticates with Vault by passing username/password pair using
 * the LDAP authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap {
    /**
     * Path where the LDAP authentication backend is mounted
     * in Vault, e.g: "ldap"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the LDAP
     * user used to authenticate with Vault using the LDAP authentication
     * method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef;
    /**
     * Username is an LDAP username used to authenticate using the LDAP Vault
     * authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with Vault by presenting a token.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with Vault by passing username/password pair
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in Vault, e.g: "userpass"
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the
     * user used to authenticate with Vault using the UserPass authentication
     * method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass#secretRef
     */
    readonly secretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the UserPass Vault
     * authentication method
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * CertSecretRef is a certificate added to the transport layer
 * when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * KeySecretRef to a key in a Secret resource containing client private key
 * added to the transport layer when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.key'.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * NTLMProtocol configures the store to use NTLM for auth
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm#passwordSecret
     */
    readonly passwordSecret: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm#usernameSecret
     */
    readonly usernameSecret: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * Secret ref to fill in credentials
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Akeyless. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Akeyless. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessID is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken used for the bitwarden instance.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials
 */
export interface ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the Signing Key in PEM format, used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur API key
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur username
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Conjur using the JWT authentication method.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj: ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The DopplerToken is used for authentication.
 * See https://docs.doppler.com/reference/api#authentication for auth token types.
 * The Key attribute defaults to dopplerToken if not specified.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj: ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken is used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj: ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj: ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType
 */
export declare enum ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * The ConnectToken is used for authentication to a 1Password Connect Server.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Fingerprint is the fingerprint of the API private key.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
/**
 * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey
 */
export interface ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj: ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj: ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The AccessToken is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj: ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * ClientCert is a certificate to authenticate using the Cert Vault
 * authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing client private key to
 * authenticate with Vault using the Cert authentication method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with IRSA enabled
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    /**
     * Optional audiences field that will be used to request a temporary Kubernetes service
     * account token for the service account referenced by `serviceAccountRef`.
     * Defaults to a single audience `vault` it not specified.
     *
     * Deprecated: use serviceAccountRef.Audiences instead
     *
     * @default a single audience `vault` it not specified.
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
     */
    readonly audiences?: string[];
    /**
     * Optional expiration time in seconds that will be used to request a temporary
     * Kubernetes service account token for the service account referenced by
     * `serviceAccountRef`.
     *
     * Deprecated: this will be removed in the future.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Service account field containing the name of a kubernetes ServiceAccount.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
     */
    readonly serviceAccountRef: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Vault using the JWT/OIDC authentication method.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Vault. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Vault. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the LDAP
 * user used to authenticate with Vault using the LDAP authentication
 * method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the
 * user used to authenticate with Vault using the UserPass authentication
 * method
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret
 */
export interface ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj: ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Service account field containing the name of a kubernetes ServiceAccount.
 *
 * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
 */
export interface ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef' to JSON representation.
 */
export declare function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
