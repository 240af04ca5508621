import { ApiObject } from 'cdk8s';
export class ClusterSecretStore extends ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ClusterSecretStore',
    };
    static manifest(props = {}) {
        return {
            ...ClusterSecretStore.GVK,
            ...toJson_ClusterSecretStoreProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ClusterSecretStore.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClusterSecretStore.GVK,
            ...toJson_ClusterSecretStoreProps(resolved),
        };
    }
}
export function toJson_ClusterSecretStoreProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSecretStoreSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conditions': obj.conditions?.map(y => toJson_ClusterSecretStoreSpecConditions(y)),
        'controller': obj.controller,
        'provider': toJson_ClusterSecretStoreSpecProvider(obj.provider),
        'refreshInterval': obj.refreshInterval?.value,
        'retrySettings': toJson_ClusterSecretStoreSpecRetrySettings(obj.retrySettings),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecConditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceRegexes': obj.namespaceRegexes?.map(y => y),
        'namespaceSelector': toJson_ClusterSecretStoreSpecConditionsNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeyless': toJson_ClusterSecretStoreSpecProviderAkeyless(obj.akeyless),
        'aws': toJson_ClusterSecretStoreSpecProviderAws(obj.aws),
        'azurekv': toJson_ClusterSecretStoreSpecProviderAzurekv(obj.azurekv),
        'barbican': toJson_ClusterSecretStoreSpecProviderBarbican(obj.barbican),
        'beyondtrust': toJson_ClusterSecretStoreSpecProviderBeyondtrust(obj.beyondtrust),
        'beyondtrustworkloadcredentials': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials(obj.beyondtrustworkloadcredentials),
        'bitwardensecretsmanager': toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanager(obj.bitwardensecretsmanager),
        'chef': toJson_ClusterSecretStoreSpecProviderChef(obj.chef),
        'cloudrusm': toJson_ClusterSecretStoreSpecProviderCloudrusm(obj.cloudrusm),
        'conjur': toJson_ClusterSecretStoreSpecProviderConjur(obj.conjur),
        'crd': toJson_ClusterSecretStoreSpecProviderCrd(obj.crd),
        'delinea': toJson_ClusterSecretStoreSpecProviderDelinea(obj.delinea),
        'doppler': toJson_ClusterSecretStoreSpecProviderDoppler(obj.doppler),
        'dvls': toJson_ClusterSecretStoreSpecProviderDvls(obj.dvls),
        'fake': toJson_ClusterSecretStoreSpecProviderFake(obj.fake),
        'fortanix': toJson_ClusterSecretStoreSpecProviderFortanix(obj.fortanix),
        'gcpsm': toJson_ClusterSecretStoreSpecProviderGcpsm(obj.gcpsm),
        'github': toJson_ClusterSecretStoreSpecProviderGithub(obj.github),
        'gitlab': toJson_ClusterSecretStoreSpecProviderGitlab(obj.gitlab),
        'ibm': toJson_ClusterSecretStoreSpecProviderIbm(obj.ibm),
        'infisical': toJson_ClusterSecretStoreSpecProviderInfisical(obj.infisical),
        'keepersecurity': toJson_ClusterSecretStoreSpecProviderKeepersecurity(obj.keepersecurity),
        'kubernetes': toJson_ClusterSecretStoreSpecProviderKubernetes(obj.kubernetes),
        'nebiusmysterybox': toJson_ClusterSecretStoreSpecProviderNebiusmysterybox(obj.nebiusmysterybox),
        'ngrok': toJson_ClusterSecretStoreSpecProviderNgrok(obj.ngrok),
        'onboardbase': toJson_ClusterSecretStoreSpecProviderOnboardbase(obj.onboardbase),
        'onepassword': toJson_ClusterSecretStoreSpecProviderOnepassword(obj.onepassword),
        'onepasswordSDK': toJson_ClusterSecretStoreSpecProviderOnepasswordSdk(obj.onepasswordSdk),
        'openBao': toJson_ClusterSecretStoreSpecProviderOpenBao(obj.openBao),
        'oracle': toJson_ClusterSecretStoreSpecProviderOracle(obj.oracle),
        'ovh': toJson_ClusterSecretStoreSpecProviderOvh(obj.ovh),
        'passbolt': toJson_ClusterSecretStoreSpecProviderPassbolt(obj.passbolt),
        'passworddepot': toJson_ClusterSecretStoreSpecProviderPassworddepot(obj.passworddepot),
        'previder': toJson_ClusterSecretStoreSpecProviderPrevider(obj.previder),
        'pulumi': toJson_ClusterSecretStoreSpecProviderPulumi(obj.pulumi),
        'scaleway': toJson_ClusterSecretStoreSpecProviderScaleway(obj.scaleway),
        'secretserver': toJson_ClusterSecretStoreSpecProviderSecretserver(obj.secretserver),
        'senhasegura': toJson_ClusterSecretStoreSpecProviderSenhasegura(obj.senhasegura),
        'vault': toJson_ClusterSecretStoreSpecProviderVault(obj.vault),
        'volcengine': toJson_ClusterSecretStoreSpecProviderVolcengine(obj.volcengine),
        'webhook': toJson_ClusterSecretStoreSpecProviderWebhook(obj.webhook),
        'yandexcertificatemanager': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanager(obj.yandexcertificatemanager),
        'yandexlockbox': toJson_ClusterSecretStoreSpecProviderYandexlockbox(obj.yandexlockbox),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSecretStoreSpecRefreshInterval {
    value;
    static fromNumber(value) {
        return new ClusterSecretStoreSpecRefreshInterval(value);
    }
    static fromString(value) {
        return new ClusterSecretStoreSpecRefreshInterval(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSecretStoreSpecRetrySettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxRetries': obj.maxRetries,
        'retryInterval': obj.retryInterval,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecConditionsNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeyless(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeylessGWApiURL': obj.akeylessGwApiUrl,
        'authSecretRef': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRef(obj.authSecretRef),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderAkeylessCaProvider(obj.caProvider),
        'ignoreCache': obj.ignoreCache,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalRoles': obj.additionalRoles?.map(y => y),
        'auth': toJson_ClusterSecretStoreSpecProviderAwsAuth(obj.auth),
        'customSessionTags': ((obj.customSessionTags) === undefined) ? undefined : (Object.entries(obj.customSessionTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'externalID': obj.externalId,
        'prefix': obj.prefix,
        'region': obj.region,
        'role': obj.role,
        'secretsManager': toJson_ClusterSecretStoreSpecProviderAwsSecretsManager(obj.secretsManager),
        'service': obj.service,
        'sessionTags': obj.sessionTags?.map(y => toJson_ClusterSecretStoreSpecProviderAwsSessionTags(y)),
        'sessionTagsPolicy': obj.sessionTagsPolicy,
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAzurekv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authSecretRef': toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRef(obj.authSecretRef),
        'authType': obj.authType,
        'customCloudConfig': toJson_ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig(obj.customCloudConfig),
        'environmentType': obj.environmentType,
        'identityId': obj.identityId,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderAzurekvServiceAccountRef(obj.serviceAccountRef),
        'tenantId': obj.tenantId,
        'useAzureSDK': obj.useAzureSdk,
        'vaultUrl': obj.vaultUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbican(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderBarbicanAuth(obj.auth),
        'authURL': obj.authUrl,
        'domainName': obj.domainName,
        'region': obj.region,
        'tenantName': obj.tenantName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrust(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuth(obj.auth),
        'server': toJson_ClusterSecretStoreSpecProviderBeyondtrustServer(obj.server),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj.caProvider),
        'folderPath': obj.folderPath,
        'server': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj.server),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiURL': obj.apiUrl,
        'auth': toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth(obj.auth),
        'bitwardenServerSDKURL': obj.bitwardenServerSdkurl,
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj.caProvider),
        'identityURL': obj.identityUrl,
        'organizationID': obj.organizationId,
        'projectID': obj.projectId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderChef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderChefAuth(obj.auth),
        'serverUrl': obj.serverUrl,
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCloudrusm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderCloudrusmAuth(obj.auth),
        'projectID': obj.projectId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjur(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderConjurAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderConjurCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderCrdAuth(obj.auth),
        'authRef': toJson_ClusterSecretStoreSpecProviderCrdAuthRef(obj.authRef),
        'resource': toJson_ClusterSecretStoreSpecProviderCrdResource(obj.resource),
        'server': toJson_ClusterSecretStoreSpecProviderCrdServer(obj.server),
        'whitelist': toJson_ClusterSecretStoreSpecProviderCrdWhitelist(obj.whitelist),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDelinea(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_ClusterSecretStoreSpecProviderDelineaClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreSpecProviderDelineaClientSecret(obj.clientSecret),
        'tenant': obj.tenant,
        'tld': obj.tld,
        'urlTemplate': obj.urlTemplate,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDoppler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderDopplerAuth(obj.auth),
        'config': obj.config,
        'format': obj.format,
        'nameTransformer': obj.nameTransformer,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDvls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderDvlsAuth(obj.auth),
        'insecure': obj.insecure,
        'serverUrl': obj.serverUrl,
        'vault': obj.vault,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderFake(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ClusterSecretStoreSpecProviderFakeData(y)),
        'validationResult': obj.validationResult,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderFortanix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_ClusterSecretStoreSpecProviderFortanixApiKey(obj.apiKey),
        'apiUrl': obj.apiUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderGcpsmAuth(obj.auth),
        'location': obj.location,
        'projectID': obj.projectId,
        'secretVersionSelectionPolicy': obj.secretVersionSelectionPolicy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGithub(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appID': obj.appId,
        'auth': toJson_ClusterSecretStoreSpecProviderGithubAuth(obj.auth),
        'environment': obj.environment,
        'installationID': obj.installationId,
        'orgSecretVisibility': obj.orgSecretVisibility,
        'organization': obj.organization,
        'repository': obj.repository,
        'uploadURL': obj.uploadUrl,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGitlab(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderGitlabAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderGitlabCaProvider(obj.caProvider),
        'environment': obj.environment,
        'groupIDs': obj.groupIDs?.map(y => y),
        'inheritFromGroups': obj.inheritFromGroups,
        'projectID': obj.projectId,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderIbm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderIbmAuth(obj.auth),
        'serviceUrl': obj.serviceUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderInfisicalAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderInfisicalCaProvider(obj.caProvider),
        'hostAPI': obj.hostApi,
        'secretsScope': toJson_ClusterSecretStoreSpecProviderInfisicalSecretsScope(obj.secretsScope),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKeepersecurity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authRef': toJson_ClusterSecretStoreSpecProviderKeepersecurityAuthRef(obj.authRef),
        'folderID': obj.folderId,
        'getByTitleFallback': obj.getByTitleFallback,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderKubernetesAuth(obj.auth),
        'authRef': toJson_ClusterSecretStoreSpecProviderKubernetesAuthRef(obj.authRef),
        'remoteNamespace': obj.remoteNamespace,
        'server': toJson_ClusterSecretStoreSpecProviderKubernetesServer(obj.server),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysterybox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiDomain': obj.apiDomain,
        'auth': toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuth(obj.auth),
        'caProvider': toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider(obj.caProvider),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNgrok(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'auth': toJson_ClusterSecretStoreSpecProviderNgrokAuth(obj.auth),
        'vault': toJson_ClusterSecretStoreSpecProviderNgrokVault(obj.vault),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnboardbase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiHost': obj.apiHost,
        'auth': toJson_ClusterSecretStoreSpecProviderOnboardbaseAuth(obj.auth),
        'environment': obj.environment,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderOnepasswordAuth(obj.auth),
        'connectHost': obj.connectHost,
        'vaults': ((obj.vaults) === undefined) ? undefined : (Object.entries(obj.vaults).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordSdk(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuth(obj.auth),
        'cache': toJson_ClusterSecretStoreSpecProviderOnepasswordSdkCache(obj.cache),
        'environment': obj.environment,
        'integrationInfo': toJson_ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj.integrationInfo),
        'vault': obj.vault,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBao(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderOpenBaoAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderOpenBaoCaProvider(obj.caProvider),
        'namespace': obj.namespace,
        'path': obj.path,
        'server': obj.server,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOracle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderOracleAuth(obj.auth),
        'compartment': obj.compartment,
        'encryptionKey': obj.encryptionKey,
        'principalType': obj.principalType,
        'region': obj.region,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderOracleServiceAccountRef(obj.serviceAccountRef),
        'vault': obj.vault,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvh(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderOvhAuth(obj.auth),
        'casRequired': obj.casRequired,
        'okmsTimeout': obj.okmsTimeout,
        'okmsid': obj.okmsid,
        'server': obj.server,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassbolt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderPassboltAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderPassboltCaProvider(obj.caProvider),
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassworddepot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderPassworddepotAuth(obj.auth),
        'database': obj.database,
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPrevider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderPreviderAuth(obj.auth),
        'baseUri': obj.baseUri,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreSpecProviderPulumiAccessToken(obj.accessToken),
        'apiUrl': obj.apiUrl,
        'auth': toJson_ClusterSecretStoreSpecProviderPulumiAuth(obj.auth),
        'environment': obj.environment,
        'organization': obj.organization,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderScaleway(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_ClusterSecretStoreSpecProviderScalewayAccessKey(obj.accessKey),
        'apiUrl': obj.apiUrl,
        'projectId': obj.projectId,
        'region': obj.region,
        'secretKey': toJson_ClusterSecretStoreSpecProviderScalewaySecretKey(obj.secretKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderSecretserverCaProvider(obj.caProvider),
        'domain': obj.domain,
        'password': toJson_ClusterSecretStoreSpecProviderSecretserverPassword(obj.password),
        'serverURL': obj.serverUrl,
        'token': toJson_ClusterSecretStoreSpecProviderSecretserverToken(obj.token),
        'username': toJson_ClusterSecretStoreSpecProviderSecretserverUsername(obj.username),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSenhasegura(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderSenhaseguraAuth(obj.auth),
        'ignoreSslCertificate': obj.ignoreSslCertificate,
        'module': obj.module,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderVaultCaProvider(obj.caProvider),
        'checkAndSet': toJson_ClusterSecretStoreSpecProviderVaultCheckAndSet(obj.checkAndSet),
        'forwardInconsistent': obj.forwardInconsistent,
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'namespace': obj.namespace,
        'path': obj.path,
        'readYourWrites': obj.readYourWrites,
        'server': obj.server,
        'tls': toJson_ClusterSecretStoreSpecProviderVaultTls(obj.tls),
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVolcengine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderVolcengineAuth(obj.auth),
        'region': obj.region,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreSpecProviderWebhookAuth(obj.auth),
        'body': obj.body,
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderWebhookCaProvider(obj.caProvider),
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'method': obj.method,
        'result': toJson_ClusterSecretStoreSpecProviderWebhookResult(obj.result),
        'secrets': obj.secrets?.map(y => toJson_ClusterSecretStoreSpecProviderWebhookSecrets(y)),
        'timeout': obj.timeout,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth(obj.auth),
        'caProvider': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj.caProvider),
        'fetching': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching(obj.fetching),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockbox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_ClusterSecretStoreSpecProviderYandexlockboxAuth(obj.auth),
        'caProvider': toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProvider(obj.caProvider),
        'fetching': toJson_ClusterSecretStoreSpecProviderYandexlockboxFetching(obj.fetching),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesAuth': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj.kubernetesAuth),
        'secretRef': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwt': toJson_ClusterSecretStoreSpecProviderAwsAuthJwt(obj.jwt),
        'secretRef': toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsSecretsManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceDeleteWithoutRecovery': obj.forceDeleteWithoutRecovery,
        'recoveryWindowInDays': obj.recoveryWindowInDays,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderAwsService;
(function (ClusterSecretStoreSpecProviderAwsService) {
    ClusterSecretStoreSpecProviderAwsService["SECRETS_MANAGER"] = "SecretsManager";
    ClusterSecretStoreSpecProviderAwsService["PARAMETER_STORE"] = "ParameterStore";
    ClusterSecretStoreSpecProviderAwsService["CERTIFICATE_MANAGER"] = "CertificateManager";
})(ClusterSecretStoreSpecProviderAwsService || (ClusterSecretStoreSpecProviderAwsService = {}));
export function toJson_ClusterSecretStoreSpecProviderAwsSessionTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderAwsSessionTagsPolicy;
(function (ClusterSecretStoreSpecProviderAwsSessionTagsPolicy) {
    ClusterSecretStoreSpecProviderAwsSessionTagsPolicy["NONE"] = "None";
    ClusterSecretStoreSpecProviderAwsSessionTagsPolicy["SIMPLE"] = "Simple";
    ClusterSecretStoreSpecProviderAwsSessionTagsPolicy["CUSTOM"] = "Custom";
})(ClusterSecretStoreSpecProviderAwsSessionTagsPolicy || (ClusterSecretStoreSpecProviderAwsSessionTagsPolicy = {}));
export function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificate': toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj.clientCertificate),
        'clientId': toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj.clientSecret),
        'tenantId': toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj.tenantId),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderAzurekvAuthType;
(function (ClusterSecretStoreSpecProviderAzurekvAuthType) {
    ClusterSecretStoreSpecProviderAzurekvAuthType["SERVICE_PRINCIPAL"] = "ServicePrincipal";
    ClusterSecretStoreSpecProviderAzurekvAuthType["MANAGED_IDENTITY"] = "ManagedIdentity";
    ClusterSecretStoreSpecProviderAzurekvAuthType["WORKLOAD_IDENTITY"] = "WorkloadIdentity";
})(ClusterSecretStoreSpecProviderAzurekvAuthType || (ClusterSecretStoreSpecProviderAzurekvAuthType = {}));
export function toJson_ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDirectoryEndpoint': obj.activeDirectoryEndpoint,
        'keyVaultDNSSuffix': obj.keyVaultDnsSuffix,
        'keyVaultEndpoint': obj.keyVaultEndpoint,
        'resourceManagerEndpoint': obj.resourceManagerEndpoint,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderAzurekvEnvironmentType;
(function (ClusterSecretStoreSpecProviderAzurekvEnvironmentType) {
    ClusterSecretStoreSpecProviderAzurekvEnvironmentType["PUBLIC_CLOUD"] = "PublicCloud";
    ClusterSecretStoreSpecProviderAzurekvEnvironmentType["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
    ClusterSecretStoreSpecProviderAzurekvEnvironmentType["CHINA_CLOUD"] = "ChinaCloud";
    ClusterSecretStoreSpecProviderAzurekvEnvironmentType["GERMAN_CLOUD"] = "GermanCloud";
    ClusterSecretStoreSpecProviderAzurekvEnvironmentType["AZURE_STACK_CLOUD"] = "AzureStackCloud";
})(ClusterSecretStoreSpecProviderAzurekvEnvironmentType || (ClusterSecretStoreSpecProviderAzurekvEnvironmentType = {}));
export function toJson_ClusterSecretStoreSpecProviderAzurekvServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbicanAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_ClusterSecretStoreSpecProviderBarbicanAuthPassword(obj.password),
        'username': toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsername(obj.username),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey(obj.apiKey),
        'certificate': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate(obj.certificate),
        'certificateKey': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj.certificateKey),
        'clientId': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret(obj.clientSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'apiVersion': obj.apiVersion,
        'clientTimeOutSeconds': obj.clientTimeOutSeconds,
        'decrypt': obj.decrypt,
        'retrievalType': obj.retrievalType,
        'separator': obj.separator,
        'verifyCA': obj.verifyCa,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj.apikey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'siteId': obj.siteId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderChefAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderChefAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCloudrusmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_ClusterSecretStoreSpecProviderConjurAuthApikey(obj.apikey),
        'cert': toJson_ClusterSecretStoreSpecProviderConjurAuthCert(obj.cert),
        'jwt': toJson_ClusterSecretStoreSpecProviderConjurAuthJwt(obj.jwt),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_ClusterSecretStoreSpecProviderCrdAuthCert(obj.cert),
        'serviceAccount': toJson_ClusterSecretStoreSpecProviderCrdAuthServiceAccount(obj.serviceAccount),
        'token': toJson_ClusterSecretStoreSpecProviderCrdAuthToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdResource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderCrdServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rules': obj.rules?.map(y => toJson_ClusterSecretStoreSpecProviderCrdWhitelistRules(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDelineaClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderDelineaClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDelineaClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDopplerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'oidcConfig': toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfig(obj.oidcConfig),
        'secretRef': toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderDopplerFormat;
(function (ClusterSecretStoreSpecProviderDopplerFormat) {
    ClusterSecretStoreSpecProviderDopplerFormat["JSON"] = "json";
    ClusterSecretStoreSpecProviderDopplerFormat["DOTNET_HYPHEN_JSON"] = "dotnet-json";
    ClusterSecretStoreSpecProviderDopplerFormat["ENV"] = "env";
    ClusterSecretStoreSpecProviderDopplerFormat["YAML"] = "yaml";
    ClusterSecretStoreSpecProviderDopplerFormat["DOCKER"] = "docker";
})(ClusterSecretStoreSpecProviderDopplerFormat || (ClusterSecretStoreSpecProviderDopplerFormat = {}));
export var ClusterSecretStoreSpecProviderDopplerNameTransformer;
(function (ClusterSecretStoreSpecProviderDopplerNameTransformer) {
    ClusterSecretStoreSpecProviderDopplerNameTransformer["UPPER_HYPHEN_CAMEL"] = "upper-camel";
    ClusterSecretStoreSpecProviderDopplerNameTransformer["CAMEL"] = "camel";
    ClusterSecretStoreSpecProviderDopplerNameTransformer["LOWER_HYPHEN_SNAKE"] = "lower-snake";
    ClusterSecretStoreSpecProviderDopplerNameTransformer["TF_HYPHEN_VAR"] = "tf-var";
    ClusterSecretStoreSpecProviderDopplerNameTransformer["DOTNET_HYPHEN_ENV"] = "dotnet-env";
    ClusterSecretStoreSpecProviderDopplerNameTransformer["LOWER_HYPHEN_KEBAB"] = "lower-kebab";
})(ClusterSecretStoreSpecProviderDopplerNameTransformer || (ClusterSecretStoreSpecProviderDopplerNameTransformer = {}));
export function toJson_ClusterSecretStoreSpecProviderDvlsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderFakeData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderFortanixApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderFortanixApiKeySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRef(obj.secretRef),
        'workloadIdentity': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj.workloadIdentity),
        'workloadIdentityFederation': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj.workloadIdentityFederation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGithubAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKey': toJson_ClusterSecretStoreSpecProviderGithubAuthPrivateKey(obj.privateKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderGithubOrgSecretVisibility;
(function (ClusterSecretStoreSpecProviderGithubOrgSecretVisibility) {
    ClusterSecretStoreSpecProviderGithubOrgSecretVisibility["ALL"] = "all";
    ClusterSecretStoreSpecProviderGithubOrgSecretVisibility["PRIVATE"] = "private";
})(ClusterSecretStoreSpecProviderGithubOrgSecretVisibility || (ClusterSecretStoreSpecProviderGithubOrgSecretVisibility = {}));
export function toJson_ClusterSecretStoreSpecProviderGitlabAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'SecretRef': toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGitlabCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderIbmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerAuth': toJson_ClusterSecretStoreSpecProviderIbmAuthContainerAuth(obj.containerAuth),
        'secretRef': toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj.awsAuthCredentials),
        'azureAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj.azureAuthCredentials),
        'gcpIamAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj.gcpIamAuthCredentials),
        'gcpIdTokenAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj.gcpIdTokenAuthCredentials),
        'jwtAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj.jwtAuthCredentials),
        'kubernetesAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj.kubernetesAuthCredentials),
        'ldapAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj.ldapAuthCredentials),
        'ociAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj.ociAuthCredentials),
        'tokenAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj.tokenAuthCredentials),
        'universalAuthCredentials': toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj.universalAuthCredentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalSecretsScope(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'environmentSlug': obj.environmentSlug,
        'expandSecretReferences': obj.expandSecretReferences,
        'organizationSlug': obj.organizationSlug,
        'projectSlug': obj.projectSlug,
        'recursive': obj.recursive,
        'secretsPath': obj.secretsPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKeepersecurityAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_ClusterSecretStoreSpecProviderKubernetesAuthCert(obj.cert),
        'serviceAccount': toJson_ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount(obj.serviceAccount),
        'token': toJson_ClusterSecretStoreSpecProviderKubernetesAuthToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderKubernetesServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountCredsSecretRef': toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj.serviceAccountCredsSecretRef),
        'tokenSecretRef': toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj.tokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNgrokAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKey(obj.apiKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNgrokVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeyRef': toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj.apiKeyRef),
        'passcodeRef': toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj.passcodeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountSecretRef': toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj.serviceAccountSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkCache(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
        'ttl': obj.ttl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRole(obj.appRole),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPass(obj.userPass),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderOpenBaoVersion;
(function (ClusterSecretStoreSpecProviderOpenBaoVersion) {
    ClusterSecretStoreSpecProviderOpenBaoVersion["V1"] = "v1";
    ClusterSecretStoreSpecProviderOpenBaoVersion["V2"] = "v2";
})(ClusterSecretStoreSpecProviderOpenBaoVersion || (ClusterSecretStoreSpecProviderOpenBaoVersion = {}));
export function toJson_ClusterSecretStoreSpecProviderOracleAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRef(obj.secretRef),
        'tenancy': obj.tenancy,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderOraclePrincipalType;
(function (ClusterSecretStoreSpecProviderOraclePrincipalType) {
    ClusterSecretStoreSpecProviderOraclePrincipalType["USER_PRINCIPAL"] = "UserPrincipal";
    ClusterSecretStoreSpecProviderOraclePrincipalType["INSTANCE_PRINCIPAL"] = "InstancePrincipal";
    ClusterSecretStoreSpecProviderOraclePrincipalType["WORKLOAD"] = "Workload";
})(ClusterSecretStoreSpecProviderOraclePrincipalType || (ClusterSecretStoreSpecProviderOraclePrincipalType = {}));
export function toJson_ClusterSecretStoreSpecProviderOracleServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_ClusterSecretStoreSpecProviderOvhAuthMtls(obj.mtls),
        'token': toJson_ClusterSecretStoreSpecProviderOvhAuthToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassboltAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecretRef': toJson_ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj.passwordSecretRef),
        'privateKeySecretRef': toJson_ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassboltCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassworddepotAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPreviderAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessToken(obj.accessToken),
        'oidcConfig': toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfig(obj.oidcConfig),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderScalewayAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderScalewaySecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderSecretserverTokenSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSenhaseguraAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecretSecretRef': toJson_ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj.clientSecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_ClusterSecretStoreSpecProviderVaultAuthAppRole(obj.appRole),
        'cert': toJson_ClusterSecretStoreSpecProviderVaultAuthCert(obj.cert),
        'gcp': toJson_ClusterSecretStoreSpecProviderVaultAuthGcp(obj.gcp),
        'iam': toJson_ClusterSecretStoreSpecProviderVaultAuthIam(obj.iam),
        'jwt': toJson_ClusterSecretStoreSpecProviderVaultAuthJwt(obj.jwt),
        'kubernetes': toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetes(obj.kubernetes),
        'ldap': toJson_ClusterSecretStoreSpecProviderVaultAuthLdap(obj.ldap),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_ClusterSecretStoreSpecProviderVaultAuthUserPass(obj.userPass),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultCheckAndSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'required': obj.required,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(obj.keySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderVaultVersion;
(function (ClusterSecretStoreSpecProviderVaultVersion) {
    ClusterSecretStoreSpecProviderVaultVersion["V1"] = "v1";
    ClusterSecretStoreSpecProviderVaultVersion["V2"] = "v2";
})(ClusterSecretStoreSpecProviderVaultVersion || (ClusterSecretStoreSpecProviderVaultVersion = {}));
export function toJson_ClusterSecretStoreSpecProviderVolcengineAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ntlm': toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlm(obj.ntlm),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookResult(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPath': obj.jsonPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secretRef': toJson_ClusterSecretStoreSpecProviderWebhookSecretsSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj.certSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetching(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'byID': obj.byId,
        'byName': toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj.byName),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxFetching(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'byID': obj.byId,
        'byName': toJson_ClusterSecretStoreSpecProviderYandexlockboxFetchingByName(obj.byName),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': obj.accessId,
        'k8sConfName': obj.k8SConfName,
        'secretRef': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj.accessId),
        'accessType': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj.accessType),
        'accessTypeParam': toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj.accessTypeParam),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderAkeylessCaProviderType;
(function (ClusterSecretStoreSpecProviderAkeylessCaProviderType) {
    ClusterSecretStoreSpecProviderAkeylessCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderAkeylessCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderAkeylessCaProviderType || (ClusterSecretStoreSpecProviderAkeylessCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderAwsAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbicanAuthPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'token': toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
(function (ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType) {
    ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType || (ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj.credentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
(function (ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType) {
    ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType || (ClusterSecretStoreSpecProviderBitwardensecretsmanagerCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderChefAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKeySecretRef': toJson_ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'apiKeyRef': toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj.apiKeyRef),
        'userRef': toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef(obj.userRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'clientCertRef': toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef(obj.clientCertRef),
        'clientKeyRef': toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef(obj.clientKeyRef),
        'hostId': obj.hostId,
        'serviceID': obj.serviceId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'hostId': obj.hostId,
        'secretRef': toJson_ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj.serviceAccountRef),
        'serviceID': obj.serviceId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderConjurCaProviderType;
(function (ClusterSecretStoreSpecProviderConjurCaProviderType) {
    ClusterSecretStoreSpecProviderConjurCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderConjurCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderConjurCaProviderType || (ClusterSecretStoreSpecProviderConjurCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderCrdAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientKey(obj.clientKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken(obj.bearerToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdWhitelistRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'properties': obj.properties?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDelineaClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDelineaClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expirationSeconds': obj.expirationSeconds,
        'identity': obj.identity,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dopplerToken': toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj.dopplerToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appId': toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId(obj.appId),
        'appSecret': toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj.appSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderFortanixApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'awsSecurityCredentials': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj.awsSecurityCredentials),
        'credConfig': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj.credConfig),
        'externalTokenEndpoint': obj.externalTokenEndpoint,
        'gcpServiceAccountEmail': obj.gcpServiceAccountEmail,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGithubAuthPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderGitlabCaProviderType;
(function (ClusterSecretStoreSpecProviderGitlabCaProviderType) {
    ClusterSecretStoreSpecProviderGitlabCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderGitlabCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderGitlabCaProviderType || (ClusterSecretStoreSpecProviderGitlabCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderIbmAuthContainerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'profile': obj.profile,
        'tokenLocation': obj.tokenLocation,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'secretApiKeySecretRef': toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj.secretApiKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj.identityId),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj.identityId),
        'resource': toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj.resource),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj.identityId),
        'serviceAccountKeyFilePath': toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj.serviceAccountKeyFilePath),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj.identityId),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj.identityId),
        'jwt': toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj.jwt),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj.identityId),
        'serviceAccountTokenPath': toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj.serviceAccountTokenPath),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj.identityId),
        'ldapPassword': toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj.ldapPassword),
        'ldapUsername': toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj.ldapUsername),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj.fingerprint),
        'identityId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj.identityId),
        'privateKey': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj.privateKey),
        'privateKeyPassphrase': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj.privateKeyPassphrase),
        'region': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj.region),
        'tenancyId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj.tenancyId),
        'userId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj.userId),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj.clientSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderInfisicalCaProviderType;
(function (ClusterSecretStoreSpecProviderInfisicalCaProviderType) {
    ClusterSecretStoreSpecProviderInfisicalCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderInfisicalCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderInfisicalCaProviderType || (ClusterSecretStoreSpecProviderInfisicalCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey(obj.clientKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj.bearerToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTokenSecretRef': toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj.connectTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderOpenBaoCaProviderType;
(function (ClusterSecretStoreSpecProviderOpenBaoCaProviderType) {
    ClusterSecretStoreSpecProviderOpenBaoCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderOpenBaoCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderOpenBaoCaProviderType || (ClusterSecretStoreSpecProviderOpenBaoCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj.fingerprint),
        'privatekey': toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj.privatekey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider(obj.caProvider),
        'certSecretRef': toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj.keySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tokenSecretRef': toJson_ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj.tokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderPassboltCaProviderType;
(function (ClusterSecretStoreSpecProviderPassboltCaProviderType) {
    ClusterSecretStoreSpecProviderPassboltCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderPassboltCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderPassboltCaProviderType || (ClusterSecretStoreSpecProviderPassboltCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj.credentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expirationSeconds': obj.expirationSeconds,
        'organization': obj.organization,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderScalewayAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderScalewaySecretKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderSecretserverCaProviderType;
(function (ClusterSecretStoreSpecProviderSecretserverCaProviderType) {
    ClusterSecretStoreSpecProviderSecretserverCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderSecretserverCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderSecretserverCaProviderType || (ClusterSecretStoreSpecProviderSecretserverCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderSecretserverPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSecretserverUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_ClusterSecretStoreSpecProviderVaultAuthCertClientCert(obj.clientCert),
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(obj.secretRef),
        'vaultRole': obj.vaultRole,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'location': obj.location,
        'path': obj.path,
        'projectID': obj.projectId,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj.serviceAccountRef),
        'workloadIdentity': toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj.workloadIdentity),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'jwt': toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwt(obj.jwt),
        'path': obj.path,
        'region': obj.region,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(obj.secretRef),
        'vaultAwsIamServerID': obj.vaultAwsIamServerId,
        'vaultRole': obj.vaultRole,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesServiceAccountToken': toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
        'path': obj.path,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderVaultCaProviderType;
(function (ClusterSecretStoreSpecProviderVaultCaProviderType) {
    ClusterSecretStoreSpecProviderVaultCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderVaultCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderVaultCaProviderType || (ClusterSecretStoreSpecProviderVaultCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyID': toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj.accessKeyId),
        'secretAccessKey': toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj.secretAccessKey),
        'token': toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecret': toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj.passwordSecret),
        'usernameSecret': toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj.usernameSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderWebhookCaProviderType;
(function (ClusterSecretStoreSpecProviderWebhookCaProviderType) {
    ClusterSecretStoreSpecProviderWebhookCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderWebhookCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderWebhookCaProviderType || (ClusterSecretStoreSpecProviderWebhookCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderWebhookSecretsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'folderID': obj.folderId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderYandexlockboxFetchingByName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'folderID': obj.folderId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthApikeyUserRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientCertRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthCertClientKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderCrdAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderCrdServerCaProviderType;
(function (ClusterSecretStoreSpecProviderCrdServerCaProviderType) {
    ClusterSecretStoreSpecProviderCrdServerCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderCrdServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderCrdServerCaProviderType || (ClusterSecretStoreSpecProviderCrdServerCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsCredentialsSecretRef': toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj.awsCredentialsSecretRef),
        'region': obj.region,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderKubernetesServerCaProviderType;
(function (ClusterSecretStoreSpecProviderKubernetesServerCaProviderType) {
    ClusterSecretStoreSpecProviderKubernetesServerCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderKubernetesServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderKubernetesServerCaProviderType || (ClusterSecretStoreSpecProviderKubernetesServerCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'expirationSeconds': obj.expirationSeconds,
        'serviceAccountRef': toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVolcengineAuthSecretRefToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType;
(function (ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType) {
    ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType || (ClusterSecretStoreSpecProviderOvhAuthMtlsCaProviderType = {}));
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSecretStoreV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ClusterSecretStore',
    };
    static manifest(props = {}) {
        return {
            ...ClusterSecretStoreV1Beta1.GVK,
            ...toJson_ClusterSecretStoreV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ClusterSecretStoreV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClusterSecretStoreV1Beta1.GVK,
            ...toJson_ClusterSecretStoreV1Beta1Props(resolved),
        };
    }
}
export function toJson_ClusterSecretStoreV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSecretStoreV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conditions': obj.conditions?.map(y => toJson_ClusterSecretStoreV1Beta1SpecConditions(y)),
        'controller': obj.controller,
        'provider': toJson_ClusterSecretStoreV1Beta1SpecProvider(obj.provider),
        'refreshInterval': obj.refreshInterval,
        'retrySettings': toJson_ClusterSecretStoreV1Beta1SpecRetrySettings(obj.retrySettings),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecConditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceRegexes': obj.namespaceRegexes?.map(y => y),
        'namespaceSelector': toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeyless': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeyless(obj.akeyless),
        'alibaba': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibaba(obj.alibaba),
        'aws': toJson_ClusterSecretStoreV1Beta1SpecProviderAws(obj.aws),
        'azurekv': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekv(obj.azurekv),
        'beyondtrust': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrust(obj.beyondtrust),
        'bitwardensecretsmanager': toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj.bitwardensecretsmanager),
        'chef': toJson_ClusterSecretStoreV1Beta1SpecProviderChef(obj.chef),
        'cloudrusm': toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusm(obj.cloudrusm),
        'conjur': toJson_ClusterSecretStoreV1Beta1SpecProviderConjur(obj.conjur),
        'delinea': toJson_ClusterSecretStoreV1Beta1SpecProviderDelinea(obj.delinea),
        'device42': toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42(obj.device42),
        'doppler': toJson_ClusterSecretStoreV1Beta1SpecProviderDoppler(obj.doppler),
        'fake': toJson_ClusterSecretStoreV1Beta1SpecProviderFake(obj.fake),
        'fortanix': toJson_ClusterSecretStoreV1Beta1SpecProviderFortanix(obj.fortanix),
        'gcpsm': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsm(obj.gcpsm),
        'github': toJson_ClusterSecretStoreV1Beta1SpecProviderGithub(obj.github),
        'gitlab': toJson_ClusterSecretStoreV1Beta1SpecProviderGitlab(obj.gitlab),
        'ibm': toJson_ClusterSecretStoreV1Beta1SpecProviderIbm(obj.ibm),
        'infisical': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisical(obj.infisical),
        'keepersecurity': toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurity(obj.keepersecurity),
        'kubernetes': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetes(obj.kubernetes),
        'onboardbase': toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbase(obj.onboardbase),
        'onepassword': toJson_ClusterSecretStoreV1Beta1SpecProviderOnepassword(obj.onepassword),
        'oracle': toJson_ClusterSecretStoreV1Beta1SpecProviderOracle(obj.oracle),
        'passbolt': toJson_ClusterSecretStoreV1Beta1SpecProviderPassbolt(obj.passbolt),
        'passworddepot': toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepot(obj.passworddepot),
        'previder': toJson_ClusterSecretStoreV1Beta1SpecProviderPrevider(obj.previder),
        'pulumi': toJson_ClusterSecretStoreV1Beta1SpecProviderPulumi(obj.pulumi),
        'scaleway': toJson_ClusterSecretStoreV1Beta1SpecProviderScaleway(obj.scaleway),
        'secretserver': toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserver(obj.secretserver),
        'senhasegura': toJson_ClusterSecretStoreV1Beta1SpecProviderSenhasegura(obj.senhasegura),
        'vault': toJson_ClusterSecretStoreV1Beta1SpecProviderVault(obj.vault),
        'webhook': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhook(obj.webhook),
        'yandexcertificatemanager': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj.yandexcertificatemanager),
        'yandexlockbox': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockbox(obj.yandexlockbox),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecRetrySettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxRetries': obj.maxRetries,
        'retryInterval': obj.retryInterval,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeyless(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeylessGWApiURL': obj.akeylessGwApiUrl,
        'authSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj.authSecretRef),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj.caProvider),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibaba(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth(obj.auth),
        'regionID': obj.regionId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalRoles': obj.additionalRoles?.map(y => y),
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuth(obj.auth),
        'externalID': obj.externalId,
        'prefix': obj.prefix,
        'region': obj.region,
        'role': obj.role,
        'secretsManager': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager(obj.secretsManager),
        'service': obj.service,
        'sessionTags': obj.sessionTags?.map(y => toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags(y)),
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj.authSecretRef),
        'authType': obj.authType,
        'environmentType': obj.environmentType,
        'identityId': obj.identityId,
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj.serviceAccountRef),
        'tenantId': obj.tenantId,
        'vaultUrl': obj.vaultUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrust(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj.auth),
        'server': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer(obj.server),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiURL': obj.apiUrl,
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj.auth),
        'bitwardenServerSDKURL': obj.bitwardenServerSdkurl,
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj.caProvider),
        'identityURL': obj.identityUrl,
        'organizationID': obj.organizationId,
        'projectID': obj.projectId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderChef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuth(obj.auth),
        'serverUrl': obj.serverUrl,
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth(obj.auth),
        'projectID': obj.projectId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjur(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDelinea(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret(obj.clientSecret),
        'tenant': obj.tenant,
        'tld': obj.tld,
        'urlTemplate': obj.urlTemplate,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42Auth(obj.auth),
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDoppler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuth(obj.auth),
        'config': obj.config,
        'format': obj.format,
        'nameTransformer': obj.nameTransformer,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderFake(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ClusterSecretStoreV1Beta1SpecProviderFakeData(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey(obj.apiKey),
        'apiUrl': obj.apiUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth(obj.auth),
        'location': obj.location,
        'projectID': obj.projectId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGithub(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appID': obj.appId,
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuth(obj.auth),
        'environment': obj.environment,
        'installationID': obj.installationId,
        'organization': obj.organization,
        'repository': obj.repository,
        'uploadURL': obj.uploadUrl,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlab(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider(obj.caProvider),
        'environment': obj.environment,
        'groupIDs': obj.groupIDs?.map(y => y),
        'inheritFromGroups': obj.inheritFromGroups,
        'projectID': obj.projectId,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderIbm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuth(obj.auth),
        'serviceUrl': obj.serviceUrl,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth(obj.auth),
        'hostAPI': obj.hostApi,
        'secretsScope': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj.secretsScope),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authRef': toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj.authRef),
        'folderID': obj.folderId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth(obj.auth),
        'authRef': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj.authRef),
        'remoteNamespace': obj.remoteNamespace,
        'server': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServer(obj.server),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiHost': obj.apiHost,
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj.auth),
        'environment': obj.environment,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth(obj.auth),
        'connectHost': obj.connectHost,
        'vaults': ((obj.vaults) === undefined) ? undefined : (Object.entries(obj.vaults).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuth(obj.auth),
        'compartment': obj.compartment,
        'encryptionKey': obj.encryptionKey,
        'principalType': obj.principalType,
        'region': obj.region,
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj.serviceAccountRef),
        'vault': obj.vault,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassbolt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuth(obj.auth),
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth(obj.auth),
        'database': obj.database,
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPrevider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuth(obj.auth),
        'baseUri': obj.baseUri,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken(obj.accessToken),
        'apiUrl': obj.apiUrl,
        'environment': obj.environment,
        'organization': obj.organization,
        'project': obj.project,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderScaleway(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey(obj.accessKey),
        'apiUrl': obj.apiUrl,
        'projectId': obj.projectId,
        'region': obj.region,
        'secretKey': toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey(obj.secretKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword(obj.password),
        'serverURL': obj.serverUrl,
        'username': toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername(obj.username),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhasegura(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj.auth),
        'ignoreSslCertificate': obj.ignoreSslCertificate,
        'module': obj.module,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider(obj.caProvider),
        'forwardInconsistent': obj.forwardInconsistent,
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'namespace': obj.namespace,
        'path': obj.path,
        'readYourWrites': obj.readYourWrites,
        'server': obj.server,
        'tls': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTls(obj.tls),
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuth(obj.auth),
        'body': obj.body,
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider(obj.caProvider),
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'method': obj.method,
        'result': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookResult(obj.result),
        'secrets': obj.secrets?.map(y => toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets(y)),
        'timeout': obj.timeout,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj.auth),
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj.caProvider),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockbox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj.auth),
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj.caProvider),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesAuth': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj.kubernetesAuth),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rrsa': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj.rrsa),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwt': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt(obj.jwt),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSecretsManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceDeleteWithoutRecovery': obj.forceDeleteWithoutRecovery,
        'recoveryWindowInDays': obj.recoveryWindowInDays,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderAwsService;
(function (ClusterSecretStoreV1Beta1SpecProviderAwsService) {
    ClusterSecretStoreV1Beta1SpecProviderAwsService["SECRETS_MANAGER"] = "SecretsManager";
    ClusterSecretStoreV1Beta1SpecProviderAwsService["PARAMETER_STORE"] = "ParameterStore";
})(ClusterSecretStoreV1Beta1SpecProviderAwsService || (ClusterSecretStoreV1Beta1SpecProviderAwsService = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsSessionTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificate': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj.clientCertificate),
        'clientId': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj.clientSecret),
        'tenantId': toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj.tenantId),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType;
(function (ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType) {
    ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType["SERVICE_PRINCIPAL"] = "ServicePrincipal";
    ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType["MANAGED_IDENTITY"] = "ManagedIdentity";
    ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType["WORKLOAD_IDENTITY"] = "WorkloadIdentity";
})(ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType || (ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthType = {}));
export var ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
(function (ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType) {
    ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["PUBLIC_CLOUD"] = "PublicCloud";
    ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
    ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["CHINA_CLOUD"] = "ChinaCloud";
    ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["GERMAN_CLOUD"] = "GermanCloud";
})(ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType || (ClusterSecretStoreV1Beta1SpecProviderAzurekvEnvironmentType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj.apiKey),
        'certificate': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj.certificate),
        'certificateKey': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj.certificateKey),
        'clientId': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj.clientSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'apiVersion': obj.apiVersion,
        'clientTimeOutSeconds': obj.clientTimeOutSeconds,
        'decrypt': obj.decrypt,
        'retrievalType': obj.retrievalType,
        'separator': obj.separator,
        'verifyCA': obj.verifyCa,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey(obj.apikey),
        'jwt': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt(obj.jwt),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42Auth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderDopplerFormat;
(function (ClusterSecretStoreV1Beta1SpecProviderDopplerFormat) {
    ClusterSecretStoreV1Beta1SpecProviderDopplerFormat["JSON"] = "json";
    ClusterSecretStoreV1Beta1SpecProviderDopplerFormat["DOTNET_HYPHEN_JSON"] = "dotnet-json";
    ClusterSecretStoreV1Beta1SpecProviderDopplerFormat["ENV"] = "env";
    ClusterSecretStoreV1Beta1SpecProviderDopplerFormat["YAML"] = "yaml";
    ClusterSecretStoreV1Beta1SpecProviderDopplerFormat["DOCKER"] = "docker";
})(ClusterSecretStoreV1Beta1SpecProviderDopplerFormat || (ClusterSecretStoreV1Beta1SpecProviderDopplerFormat = {}));
export var ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer;
(function (ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer) {
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["UPPER_HYPHEN_CAMEL"] = "upper-camel";
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["CAMEL"] = "camel";
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["LOWER_HYPHEN_SNAKE"] = "lower-snake";
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["TF_HYPHEN_VAR"] = "tf-var";
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["DOTNET_HYPHEN_ENV"] = "dotnet-env";
    ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer["LOWER_HYPHEN_KEBAB"] = "lower-kebab";
})(ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer || (ClusterSecretStoreV1Beta1SpecProviderDopplerNameTransformer = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderFakeData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj.secretRef),
        'workloadIdentity': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj.workloadIdentity),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKey': toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj.privateKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'SecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerAuth': toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj.containerAuth),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'universalAuthCredentials': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj.universalAuthCredentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'environmentSlug': obj.environmentSlug,
        'expandSecretReferences': obj.expandSecretReferences,
        'projectSlug': obj.projectSlug,
        'recursive': obj.recursive,
        'secretsPath': obj.secretsPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj.cert),
        'serviceAccount': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj.serviceAccount),
        'token': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj.token),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeyRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj.apiKeyRef),
        'passcodeRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj.passcodeRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj.secretRef),
        'tenancy': obj.tenancy,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType;
(function (ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType) {
    ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType["USER_PRINCIPAL"] = "UserPrincipal";
    ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType["INSTANCE_PRINCIPAL"] = "InstancePrincipal";
    ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType["WORKLOAD"] = "Workload";
})(ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType || (ClusterSecretStoreV1Beta1SpecProviderOraclePrincipalType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj.passwordSecretRef),
        'privateKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecretSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj.clientSecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj.appRole),
        'cert': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert(obj.cert),
        'iam': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam(obj.iam),
        'jwt': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt(obj.jwt),
        'kubernetes': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj.kubernetes),
        'ldap': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap(obj.ldap),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj.userPass),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj.keySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderVaultVersion;
(function (ClusterSecretStoreV1Beta1SpecProviderVaultVersion) {
    ClusterSecretStoreV1Beta1SpecProviderVaultVersion["V1"] = "v1";
    ClusterSecretStoreV1Beta1SpecProviderVaultVersion["V2"] = "v2";
})(ClusterSecretStoreV1Beta1SpecProviderVaultVersion || (ClusterSecretStoreV1Beta1SpecProviderVaultVersion = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ntlm': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj.ntlm),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookResult(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPath': obj.jsonPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj.certSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': obj.accessId,
        'k8sConfName': obj.k8SConfName,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj.accessId),
        'accessType': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj.accessType),
        'accessTypeParam': toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj.accessTypeParam),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderAkeylessCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'oidcProviderArn': obj.oidcProviderArn,
        'oidcTokenFilePath': obj.oidcTokenFilePath,
        'roleArn': obj.roleArn,
        'sessionName': obj.sessionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj.credentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'apiKeyRef': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj.apiKeyRef),
        'userRef': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj.userRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'hostId': obj.hostId,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj.serviceAccountRef),
        'serviceID': obj.serviceId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderConjurCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj.credentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dopplerToken': toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj.dopplerToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderGitlabCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'profile': obj.profile,
        'tokenLocation': obj.tokenLocation,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretApiKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj.secretApiKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj.clientId),
        'clientSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj.clientSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj.clientKey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj.bearerToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTokenSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj.connectTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj.fingerprint),
        'privatekey': toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj.privatekey),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj.credentials),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj.clientCert),
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'jwt': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj.jwt),
        'path': obj.path,
        'region': obj.region,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj.secretRef),
        'vaultAwsIamServerID': obj.vaultAwsIamServerId,
        'vaultRole': obj.vaultRole,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesServiceAccountToken': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
        'path': obj.path,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderVaultCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj.passwordSecret),
        'usernameSecret': toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj.usernameSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderWebhookCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
(function (ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType) {
    ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType["SECRET"] = "Secret";
    ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType || (ClusterSecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType = {}));
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'expirationSeconds': obj.expirationSeconds,
        'serviceAccountRef': toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
