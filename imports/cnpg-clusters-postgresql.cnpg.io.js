import { ApiObject } from 'cdk8s';
export class Cluster extends ApiObject {
    static GVK = {
        apiVersion: 'postgresql.cnpg.io/v1',
        kind: 'Cluster',
    };
    static manifest(props) {
        return {
            ...Cluster.GVK,
            ...toJson_ClusterProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...Cluster.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Cluster.GVK,
            ...toJson_ClusterProps(resolved),
        };
    }
}
export function toJson_ClusterProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'affinity': toJson_ClusterSpecAffinity(obj.affinity),
        'backup': toJson_ClusterSpecBackup(obj.backup),
        'bootstrap': toJson_ClusterSpecBootstrap(obj.bootstrap),
        'certificates': toJson_ClusterSpecCertificates(obj.certificates),
        'description': obj.description,
        'enablePDB': obj.enablePdb,
        'enableSuperuserAccess': obj.enableSuperuserAccess,
        'env': obj.env?.map(y => toJson_ClusterSpecEnv(y)),
        'envFrom': obj.envFrom?.map(y => toJson_ClusterSpecEnvFrom(y)),
        'ephemeralVolumeSource': toJson_ClusterSpecEphemeralVolumeSource(obj.ephemeralVolumeSource),
        'ephemeralVolumesSizeLimit': toJson_ClusterSpecEphemeralVolumesSizeLimit(obj.ephemeralVolumesSizeLimit),
        'externalClusters': obj.externalClusters?.map(y => toJson_ClusterSpecExternalClusters(y)),
        'failoverDelay': obj.failoverDelay,
        'imageCatalogRef': toJson_ClusterSpecImageCatalogRef(obj.imageCatalogRef),
        'imageName': obj.imageName,
        'imagePullPolicy': obj.imagePullPolicy,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_ClusterSpecImagePullSecrets(y)),
        'inheritedMetadata': toJson_ClusterSpecInheritedMetadata(obj.inheritedMetadata),
        'instances': obj.instances,
        'livenessProbeTimeout': obj.livenessProbeTimeout,
        'logLevel': obj.logLevel,
        'managed': toJson_ClusterSpecManaged(obj.managed),
        'maxSyncReplicas': obj.maxSyncReplicas,
        'minSyncReplicas': obj.minSyncReplicas,
        'monitoring': toJson_ClusterSpecMonitoring(obj.monitoring),
        'nodeMaintenanceWindow': toJson_ClusterSpecNodeMaintenanceWindow(obj.nodeMaintenanceWindow),
        'plugins': obj.plugins?.map(y => toJson_ClusterSpecPlugins(y)),
        'podSecurityContext': toJson_ClusterSpecPodSecurityContext(obj.podSecurityContext),
        'podSelectorRefs': obj.podSelectorRefs?.map(y => toJson_ClusterSpecPodSelectorRefs(y)),
        'postgresGID': obj.postgresGid,
        'postgresUID': obj.postgresUid,
        'postgresql': toJson_ClusterSpecPostgresql(obj.postgresql),
        'primaryLease': toJson_ClusterSpecPrimaryLease(obj.primaryLease),
        'primaryUpdateMethod': obj.primaryUpdateMethod,
        'primaryUpdateStrategy': obj.primaryUpdateStrategy,
        'priorityClassName': obj.priorityClassName,
        'probes': toJson_ClusterSpecProbes(obj.probes),
        'projectedVolumeTemplate': toJson_ClusterSpecProjectedVolumeTemplate(obj.projectedVolumeTemplate),
        'replica': toJson_ClusterSpecReplica(obj.replica),
        'replicationSlots': toJson_ClusterSpecReplicationSlots(obj.replicationSlots),
        'resources': toJson_ClusterSpecResources(obj.resources),
        'schedulerName': obj.schedulerName,
        'seccompProfile': toJson_ClusterSpecSeccompProfile(obj.seccompProfile),
        'securityContext': toJson_ClusterSpecSecurityContext(obj.securityContext),
        'serviceAccountName': obj.serviceAccountName,
        'serviceAccountTemplate': toJson_ClusterSpecServiceAccountTemplate(obj.serviceAccountTemplate),
        'smartShutdownTimeout': obj.smartShutdownTimeout,
        'startDelay': obj.startDelay,
        'stopDelay': obj.stopDelay,
        'storage': toJson_ClusterSpecStorage(obj.storage),
        'superuserSecret': toJson_ClusterSpecSuperuserSecret(obj.superuserSecret),
        'switchoverDelay': obj.switchoverDelay,
        'tablespaces': obj.tablespaces?.map(y => toJson_ClusterSpecTablespaces(y)),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_ClusterSpecTopologySpreadConstraints(y)),
        'walStorage': toJson_ClusterSpecWalStorage(obj.walStorage),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalPodAffinity': toJson_ClusterSpecAffinityAdditionalPodAffinity(obj.additionalPodAffinity),
        'additionalPodAntiAffinity': toJson_ClusterSpecAffinityAdditionalPodAntiAffinity(obj.additionalPodAntiAffinity),
        'enablePodAntiAffinity': obj.enablePodAntiAffinity,
        'nodeAffinity': toJson_ClusterSpecAffinityNodeAffinity(obj.nodeAffinity),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'podAntiAffinityType': obj.podAntiAffinityType,
        'tolerations': obj.tolerations?.map(y => toJson_ClusterSpecAffinityTolerations(y)),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'barmanObjectStore': toJson_ClusterSpecBackupBarmanObjectStore(obj.barmanObjectStore),
        'retentionPolicy': obj.retentionPolicy,
        'target': obj.target,
        'volumeSnapshot': toJson_ClusterSpecBackupVolumeSnapshot(obj.volumeSnapshot),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'initdb': toJson_ClusterSpecBootstrapInitdb(obj.initdb),
        'pg_basebackup': toJson_ClusterSpecBootstrapPgBasebackup(obj.pgBasebackup),
        'recovery': toJson_ClusterSpecBootstrapRecovery(obj.recovery),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecCertificates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCASecret': obj.clientCaSecret,
        'replicationTLSSecret': obj.replicationTlsSecret,
        'serverAltDNSNames': obj.serverAltDnsNames?.map(y => y),
        'serverCASecret': obj.serverCaSecret,
        'serverTLSSecret': obj.serverTlsSecret,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_ClusterSpecEnvValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_ClusterSpecEnvFromConfigMapRef(obj.configMapRef),
        'prefix': obj.prefix,
        'secretRef': toJson_ClusterSpecEnvFromSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'volumeClaimTemplate': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate(obj.volumeClaimTemplate),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumesSizeLimit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'shm': obj.shm?.value,
        'temporaryData': obj.temporaryData?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'barmanObjectStore': toJson_ClusterSpecExternalClustersBarmanObjectStore(obj.barmanObjectStore),
        'connectionParameters': ((obj.connectionParameters) === undefined) ? undefined : (Object.entries(obj.connectionParameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'password': toJson_ClusterSpecExternalClustersPassword(obj.password),
        'plugin': toJson_ClusterSpecExternalClustersPlugin(obj.plugin),
        'sslCert': toJson_ClusterSpecExternalClustersSslCert(obj.sslCert),
        'sslKey': toJson_ClusterSpecExternalClustersSslKey(obj.sslKey),
        'sslRootCert': toJson_ClusterSpecExternalClustersSslRootCert(obj.sslRootCert),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecImageCatalogRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'major': obj.major,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecImagePullSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecInheritedMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecLogLevel;
(function (ClusterSpecLogLevel) {
    ClusterSpecLogLevel["ERROR"] = "error";
    ClusterSpecLogLevel["WARNING"] = "warning";
    ClusterSpecLogLevel["INFO"] = "info";
    ClusterSpecLogLevel["DEBUG"] = "debug";
    ClusterSpecLogLevel["TRACE"] = "trace";
})(ClusterSpecLogLevel || (ClusterSpecLogLevel = {}));
export function toJson_ClusterSpecManaged(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roles': obj.roles?.map(y => toJson_ClusterSpecManagedRoles(y)),
        'services': toJson_ClusterSpecManagedServices(obj.services),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoring(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'customQueriesConfigMap': obj.customQueriesConfigMap?.map(y => toJson_ClusterSpecMonitoringCustomQueriesConfigMap(y)),
        'customQueriesSecret': obj.customQueriesSecret?.map(y => toJson_ClusterSpecMonitoringCustomQueriesSecret(y)),
        'disableDefaultQueries': obj.disableDefaultQueries,
        'enablePodMonitor': obj.enablePodMonitor,
        'metricsQueriesTTL': obj.metricsQueriesTtl,
        'podMonitorMetricRelabelings': obj.podMonitorMetricRelabelings?.map(y => toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings(y)),
        'podMonitorRelabelings': obj.podMonitorRelabelings?.map(y => toJson_ClusterSpecMonitoringPodMonitorRelabelings(y)),
        'tls': toJson_ClusterSpecMonitoringTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecNodeMaintenanceWindow(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'inProgress': obj.inProgress,
        'reusePVC': obj.reusePvc,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPlugins(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'isWALArchiver': obj.isWalArchiver,
        'name': obj.name,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appArmorProfile': toJson_ClusterSpecPodSecurityContextAppArmorProfile(obj.appArmorProfile),
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxChangePolicy': obj.seLinuxChangePolicy,
        'seLinuxOptions': toJson_ClusterSpecPodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_ClusterSpecPodSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'supplementalGroupsPolicy': obj.supplementalGroupsPolicy,
        'sysctls': obj.sysctls?.map(y => toJson_ClusterSpecPodSecurityContextSysctls(y)),
        'windowsOptions': toJson_ClusterSpecPodSecurityContextWindowsOptions(obj.windowsOptions),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSelectorRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'selector': toJson_ClusterSpecPodSelectorRefsSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enableAlterSystem': obj.enableAlterSystem,
        'extensions': obj.extensions?.map(y => toJson_ClusterSpecPostgresqlExtensions(y)),
        'ldap': toJson_ClusterSpecPostgresqlLdap(obj.ldap),
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'pg_hba': obj.pgHba?.map(y => y),
        'pg_ident': obj.pgIdent?.map(y => y),
        'promotionTimeout': obj.promotionTimeout,
        'shared_preload_libraries': obj.sharedPreloadLibraries?.map(y => y),
        'syncReplicaElectionConstraint': toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint(obj.syncReplicaElectionConstraint),
        'synchronous': toJson_ClusterSpecPostgresqlSynchronous(obj.synchronous),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPrimaryLease(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'leaseDurationSeconds': obj.leaseDurationSeconds,
        'releasedLeaseDurationSeconds': obj.releasedLeaseDurationSeconds,
        'renewDeadlineSeconds': obj.renewDeadlineSeconds,
        'retryPeriodSeconds': obj.retryPeriodSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecPrimaryUpdateMethod;
(function (ClusterSpecPrimaryUpdateMethod) {
    ClusterSpecPrimaryUpdateMethod["SWITCHOVER"] = "switchover";
    ClusterSpecPrimaryUpdateMethod["RESTART"] = "restart";
})(ClusterSpecPrimaryUpdateMethod || (ClusterSpecPrimaryUpdateMethod = {}));
export var ClusterSpecPrimaryUpdateStrategy;
(function (ClusterSpecPrimaryUpdateStrategy) {
    ClusterSpecPrimaryUpdateStrategy["UNSUPERVISED"] = "unsupervised";
    ClusterSpecPrimaryUpdateStrategy["SUPERVISED"] = "supervised";
})(ClusterSpecPrimaryUpdateStrategy || (ClusterSpecPrimaryUpdateStrategy = {}));
export function toJson_ClusterSpecProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'liveness': toJson_ClusterSpecProbesLiveness(obj.liveness),
        'readiness': toJson_ClusterSpecProbesReadiness(obj.readiness),
        'startup': toJson_ClusterSpecProbesStartup(obj.startup),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'sources': obj.sources?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSources(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecReplica(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'minApplyDelay': obj.minApplyDelay,
        'primary': obj.primary,
        'promotionToken': obj.promotionToken,
        'self': obj.self,
        'source': obj.source,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecReplicationSlots(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'highAvailability': toJson_ClusterSpecReplicationSlotsHighAvailability(obj.highAvailability),
        'synchronizeReplicas': toJson_ClusterSpecReplicationSlotsSynchronizeReplicas(obj.synchronizeReplicas),
        'updateInterval': obj.updateInterval,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_ClusterSpecResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'appArmorProfile': toJson_ClusterSpecSecurityContextAppArmorProfile(obj.appArmorProfile),
        'capabilities': toJson_ClusterSpecSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_ClusterSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_ClusterSpecSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_ClusterSpecSecurityContextWindowsOptions(obj.windowsOptions),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecServiceAccountTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ClusterSpecServiceAccountTemplateMetadata(obj.metadata),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSuperuserSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'owner': toJson_ClusterSpecTablespacesOwner(obj.owner),
        'storage': toJson_ClusterSpecTablespacesStorage(obj.storage),
        'temporary': obj.temporary,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTopologySpreadConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecTopologySpreadConstraintsLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'maxSkew': obj.maxSkew,
        'minDomains': obj.minDomains,
        'nodeAffinityPolicy': obj.nodeAffinityPolicy,
        'nodeTaintsPolicy': obj.nodeTaintsPolicy,
        'topologyKey': obj.topologyKey,
        'whenUnsatisfiable': obj.whenUnsatisfiable,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecWalStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecWalStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityTolerations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'azureCredentials': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials(obj.azureCredentials),
        'data': toJson_ClusterSpecBackupBarmanObjectStoreData(obj.data),
        'destinationPath': obj.destinationPath,
        'endpointCA': toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa(obj.endpointCa),
        'endpointURL': obj.endpointUrl,
        'googleCredentials': toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials(obj.googleCredentials),
        'historyTags': ((obj.historyTags) === undefined) ? undefined : (Object.entries(obj.historyTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        's3Credentials': toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials(obj.s3Credentials),
        'serverName': obj.serverName,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'wal': toJson_ClusterSpecBackupBarmanObjectStoreWal(obj.wal),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecBackupTarget;
(function (ClusterSpecBackupTarget) {
    ClusterSpecBackupTarget["PRIMARY"] = "primary";
    ClusterSpecBackupTarget["PREFER_HYPHEN_STANDBY"] = "prefer-standby";
})(ClusterSpecBackupTarget || (ClusterSpecBackupTarget = {}));
export function toJson_ClusterSpecBackupVolumeSnapshot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'className': obj.className,
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'online': obj.online,
        'onlineConfiguration': toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration(obj.onlineConfiguration),
        'snapshotOwnerReference': obj.snapshotOwnerReference,
        'tablespaceClassName': ((obj.tablespaceClassName) === undefined) ? undefined : (Object.entries(obj.tablespaceClassName).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'walClassName': obj.walClassName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdb(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'builtinLocale': obj.builtinLocale,
        'dataChecksums': obj.dataChecksums,
        'database': obj.database,
        'encoding': obj.encoding,
        'icuLocale': obj.icuLocale,
        'icuRules': obj.icuRules,
        'import': toJson_ClusterSpecBootstrapInitdbImport(obj.import),
        'locale': obj.locale,
        'localeCType': obj.localeCType,
        'localeCollate': obj.localeCollate,
        'localeProvider': obj.localeProvider,
        'options': obj.options?.map(y => y),
        'owner': obj.owner,
        'postInitApplicationSQL': obj.postInitApplicationSql?.map(y => y),
        'postInitApplicationSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs(obj.postInitApplicationSqlRefs),
        'postInitSQL': obj.postInitSql?.map(y => y),
        'postInitSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs(obj.postInitSqlRefs),
        'postInitTemplateSQL': obj.postInitTemplateSql?.map(y => y),
        'postInitTemplateSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs(obj.postInitTemplateSqlRefs),
        'secret': toJson_ClusterSpecBootstrapInitdbSecret(obj.secret),
        'walSegmentSize': obj.walSegmentSize,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapPgBasebackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'database': obj.database,
        'owner': obj.owner,
        'secret': toJson_ClusterSpecBootstrapPgBasebackupSecret(obj.secret),
        'source': obj.source,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecovery(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backup': toJson_ClusterSpecBootstrapRecoveryBackup(obj.backup),
        'database': obj.database,
        'owner': obj.owner,
        'recoveryTarget': toJson_ClusterSpecBootstrapRecoveryRecoveryTarget(obj.recoveryTarget),
        'secret': toJson_ClusterSpecBootstrapRecoverySecret(obj.secret),
        'source': obj.source,
        'volumeSnapshots': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots(obj.volumeSnapshots),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_ClusterSpecEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_ClusterSpecEnvValueFromFieldRef(obj.fieldRef),
        'fileKeyRef': toJson_ClusterSpecEnvValueFromFileKeyRef(obj.fileKeyRef),
        'resourceFieldRef': toJson_ClusterSpecEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_ClusterSpecEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvFromConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvFromSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecEphemeralVolumesSizeLimitShm {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitShm(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitShm(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecEphemeralVolumesSizeLimitTemporaryData {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitTemporaryData(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitTemporaryData(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'azureCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials(obj.azureCredentials),
        'data': toJson_ClusterSpecExternalClustersBarmanObjectStoreData(obj.data),
        'destinationPath': obj.destinationPath,
        'endpointCA': toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa(obj.endpointCa),
        'endpointURL': obj.endpointUrl,
        'googleCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials(obj.googleCredentials),
        'historyTags': ((obj.historyTags) === undefined) ? undefined : (Object.entries(obj.historyTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        's3Credentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials(obj.s3Credentials),
        'serverName': obj.serverName,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'wal': toJson_ClusterSpecExternalClustersBarmanObjectStoreWal(obj.wal),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'isWALArchiver': obj.isWalArchiver,
        'name': obj.name,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersSslCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersSslKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersSslRootCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecManagedRoles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bypassrls': obj.bypassrls,
        'comment': obj.comment,
        'connectionLimit': obj.connectionLimit,
        'createdb': obj.createdb,
        'createrole': obj.createrole,
        'disablePassword': obj.disablePassword,
        'ensure': obj.ensure,
        'inRoles': obj.inRoles?.map(y => y),
        'inherit': obj.inherit,
        'login': obj.login,
        'name': obj.name,
        'passwordSecret': toJson_ClusterSpecManagedRolesPasswordSecret(obj.passwordSecret),
        'replication': obj.replication,
        'superuser': obj.superuser,
        'validUntil': obj.validUntil?.toISOString(),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecManagedServices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional': obj.additional?.map(y => toJson_ClusterSpecManagedServicesAdditional(y)),
        'disabledDefaultServices': obj.disabledDefaultServices?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoringCustomQueriesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoringCustomQueriesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoringPodMonitorRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecMonitoringTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContextSysctls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPodSelectorRefsSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlExtensions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bin_path': obj.binPath?.map(y => y),
        'dynamic_library_path': obj.dynamicLibraryPath?.map(y => y),
        'env': obj.env?.map(y => toJson_ClusterSpecPostgresqlExtensionsEnv(y)),
        'extension_control_path': obj.extensionControlPath?.map(y => y),
        'image': toJson_ClusterSpecPostgresqlExtensionsImage(obj.image),
        'ld_library_path': obj.ldLibraryPath?.map(y => y),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bindAsAuth': toJson_ClusterSpecPostgresqlLdapBindAsAuth(obj.bindAsAuth),
        'bindSearchAuth': toJson_ClusterSpecPostgresqlLdapBindSearchAuth(obj.bindSearchAuth),
        'port': obj.port,
        'scheme': obj.scheme,
        'server': obj.server,
        'tls': obj.tls,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'nodeLabelsAntiAffinity': obj.nodeLabelsAntiAffinity?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlSynchronous(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dataDurability': obj.dataDurability,
        'failoverQuorum': obj.failoverQuorum,
        'maxStandbyNamesFromCluster': obj.maxStandbyNamesFromCluster,
        'method': obj.method,
        'number': obj.number,
        'standbyNamesPost': obj.standbyNamesPost?.map(y => y),
        'standbyNamesPre': obj.standbyNamesPre?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProbesLiveness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'isolationCheck': toJson_ClusterSpecProbesLivenessIsolationCheck(obj.isolationCheck),
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProbesReadiness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'maximumLag': obj.maximumLag?.value,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProbesStartup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'maximumLag': obj.maximumLag?.value,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterTrustBundle': toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle(obj.clusterTrustBundle),
        'configMap': toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap(obj.configMap),
        'downwardAPI': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi(obj.downwardApi),
        'podCertificate': toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate(obj.podCertificate),
        'secret': toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret(obj.secret),
        'serviceAccountToken': toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken(obj.serviceAccountToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecReplicationSlotsHighAvailability(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'slotPrefix': obj.slotPrefix,
        'synchronizeLogicalDecoding': obj.synchronizeLogicalDecoding,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecReplicationSlotsSynchronizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'excludePatterns': obj.excludePatterns?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'request': obj.request,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSecurityContextCapabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecServiceAccountTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesOwner(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecTablespacesStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTopologySpreadConstraintsLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecWalStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecWalStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecWalStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecWalStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionString': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString(obj.connectionString),
        'inheritFromAzureAD': obj.inheritFromAzureAd,
        'storageAccount': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount(obj.storageAccount),
        'storageKey': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey(obj.storageKey),
        'storageSasToken': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken(obj.storageSasToken),
        'useDefaultAzureCredentials': obj.useDefaultAzureCredentials,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalCommandArgs': obj.additionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'immediateCheckpoint': obj.immediateCheckpoint,
        'jobs': obj.jobs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'applicationCredentials': toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj.applicationCredentials),
        'gkeEnvironment': obj.gkeEnvironment,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyId': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId(obj.accessKeyId),
        'inheritFromIAMRole': obj.inheritFromIamRole,
        'region': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion(obj.region),
        'secretAccessKey': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey(obj.secretAccessKey),
        'sessionToken': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken(obj.sessionToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreWal(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'archiveAdditionalCommandArgs': obj.archiveAdditionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'maxParallel': obj.maxParallel,
        'restoreAdditionalCommandArgs': obj.restoreAdditionalCommandArgs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'immediateCheckpoint': obj.immediateCheckpoint,
        'waitForArchive': obj.waitForArchive,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference;
(function (ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference) {
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["NONE"] = "none";
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["CLUSTER"] = "cluster";
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["BACKUP"] = "backup";
})(ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference || (ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference = {}));
export function toJson_ClusterSpecBootstrapInitdbImport(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'databases': obj.databases?.map(y => y),
        'pgDumpExtraOptions': obj.pgDumpExtraOptions?.map(y => y),
        'pgRestoreDataOptions': obj.pgRestoreDataOptions?.map(y => y),
        'pgRestoreExtraOptions': obj.pgRestoreExtraOptions?.map(y => y),
        'pgRestorePostdataOptions': obj.pgRestorePostdataOptions?.map(y => y),
        'pgRestorePredataOptions': obj.pgRestorePredataOptions?.map(y => y),
        'postImportApplicationSQL': obj.postImportApplicationSql?.map(y => y),
        'roles': obj.roles?.map(y => y),
        'schemaOnly': obj.schemaOnly,
        'source': toJson_ClusterSpecBootstrapInitdbImportSource(obj.source),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapPgBasebackupSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryBackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endpointCA': toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa(obj.endpointCa),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryRecoveryTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backupID': obj.backupId,
        'exclusive': obj.exclusive,
        'targetImmediate': obj.targetImmediate,
        'targetLSN': obj.targetLsn,
        'targetName': obj.targetName,
        'targetTLI': obj.targetTli,
        'targetTime': obj.targetTime,
        'targetXID': obj.targetXid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoverySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'storage': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage(obj.storage),
        'tablespaceStorage': ((obj.tablespaceStorage) === undefined) ? undefined : (Object.entries(obj.tablespaceStorage).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage(i[1]) }), {})),
        'walStorage': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage(obj.walStorage),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFromConfigMapKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFromFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFromFileKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'optional': obj.optional,
        'path': obj.path,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFromResourceFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEnvValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources(obj.resources),
        'selector': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionString': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString(obj.connectionString),
        'inheritFromAzureAD': obj.inheritFromAzureAd,
        'storageAccount': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount(obj.storageAccount),
        'storageKey': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey(obj.storageKey),
        'storageSasToken': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken(obj.storageSasToken),
        'useDefaultAzureCredentials': obj.useDefaultAzureCredentials,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalCommandArgs': obj.additionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'immediateCheckpoint': obj.immediateCheckpoint,
        'jobs': obj.jobs,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'applicationCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj.applicationCredentials),
        'gkeEnvironment': obj.gkeEnvironment,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyId': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId(obj.accessKeyId),
        'inheritFromIAMRole': obj.inheritFromIamRole,
        'region': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion(obj.region),
        'secretAccessKey': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey(obj.secretAccessKey),
        'sessionToken': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken(obj.sessionToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreWal(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'archiveAdditionalCommandArgs': obj.archiveAdditionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'maxParallel': obj.maxParallel,
        'restoreAdditionalCommandArgs': obj.restoreAdditionalCommandArgs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecManagedRolesEnsure;
(function (ClusterSpecManagedRolesEnsure) {
    ClusterSpecManagedRolesEnsure["PRESENT"] = "present";
    ClusterSpecManagedRolesEnsure["ABSENT"] = "absent";
})(ClusterSpecManagedRolesEnsure || (ClusterSpecManagedRolesEnsure = {}));
export function toJson_ClusterSpecManagedRolesPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecManagedServicesAdditional(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'selectorType': obj.selectorType,
        'serviceTemplate': toJson_ClusterSpecManagedServicesAdditionalServiceTemplate(obj.serviceTemplate),
        'updateStrategy': obj.updateStrategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecManagedServicesDisabledDefaultServices;
(function (ClusterSpecManagedServicesDisabledDefaultServices) {
    ClusterSpecManagedServicesDisabledDefaultServices["RW"] = "rw";
    ClusterSpecManagedServicesDisabledDefaultServices["R"] = "r";
    ClusterSpecManagedServicesDisabledDefaultServices["RO"] = "ro";
})(ClusterSpecManagedServicesDisabledDefaultServices || (ClusterSpecManagedServicesDisabledDefaultServices = {}));
export var ClusterSpecMonitoringPodMonitorMetricRelabelingsAction;
(function (ClusterSpecMonitoringPodMonitorMetricRelabelingsAction) {
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["REPLACE"] = "replace";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["KEEP"] = "keep";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["DROP"] = "drop";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["HASHMOD"] = "hashmod";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELMAP"] = "labelmap";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ClusterSpecMonitoringPodMonitorMetricRelabelingsAction || (ClusterSpecMonitoringPodMonitorMetricRelabelingsAction = {}));
export var ClusterSpecMonitoringPodMonitorRelabelingsAction;
(function (ClusterSpecMonitoringPodMonitorRelabelingsAction) {
    ClusterSpecMonitoringPodMonitorRelabelingsAction["REPLACE"] = "replace";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["KEEP"] = "keep";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["DROP"] = "drop";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["HASHMOD"] = "hashmod";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELMAP"] = "labelmap";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELDROP"] = "labeldrop";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELKEEP"] = "labelkeep";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LOWERCASE"] = "lowercase";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["UPPERCASE"] = "uppercase";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["KEEPEQUAL"] = "keepequal";
    ClusterSpecMonitoringPodMonitorRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ClusterSpecMonitoringPodMonitorRelabelingsAction || (ClusterSpecMonitoringPodMonitorRelabelingsAction = {}));
export function toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecPostgresqlExtensionsEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlExtensionsImage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pullPolicy': obj.pullPolicy,
        'reference': obj.reference,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlLdapBindAsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'prefix': obj.prefix,
        'suffix': obj.suffix,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecPostgresqlLdapBindSearchAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'baseDN': obj.baseDn,
        'bindDN': obj.bindDn,
        'bindPassword': toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword(obj.bindPassword),
        'searchAttribute': obj.searchAttribute,
        'searchFilter': obj.searchFilter,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecPostgresqlLdapScheme;
(function (ClusterSpecPostgresqlLdapScheme) {
    ClusterSpecPostgresqlLdapScheme["LDAP"] = "ldap";
    ClusterSpecPostgresqlLdapScheme["LDAPS"] = "ldaps";
})(ClusterSpecPostgresqlLdapScheme || (ClusterSpecPostgresqlLdapScheme = {}));
export var ClusterSpecPostgresqlSynchronousDataDurability;
(function (ClusterSpecPostgresqlSynchronousDataDurability) {
    ClusterSpecPostgresqlSynchronousDataDurability["REQUIRED"] = "required";
    ClusterSpecPostgresqlSynchronousDataDurability["PREFERRED"] = "preferred";
})(ClusterSpecPostgresqlSynchronousDataDurability || (ClusterSpecPostgresqlSynchronousDataDurability = {}));
export var ClusterSpecPostgresqlSynchronousMethod;
(function (ClusterSpecPostgresqlSynchronousMethod) {
    ClusterSpecPostgresqlSynchronousMethod["ANY"] = "any";
    ClusterSpecPostgresqlSynchronousMethod["FIRST"] = "first";
})(ClusterSpecPostgresqlSynchronousMethod || (ClusterSpecPostgresqlSynchronousMethod = {}));
export function toJson_ClusterSpecProbesLivenessIsolationCheck(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionTimeout': obj.connectionTimeout,
        'enabled': obj.enabled,
        'requestTimeout': obj.requestTimeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecProbesReadinessMaximumLag {
    value;
    static fromNumber(value) {
        return new ClusterSpecProbesReadinessMaximumLag(value);
    }
    static fromString(value) {
        return new ClusterSpecProbesReadinessMaximumLag(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export var ClusterSpecProbesReadinessType;
(function (ClusterSpecProbesReadinessType) {
    ClusterSpecProbesReadinessType["PG_UNDERSCORE_ISREADY"] = "pg_isready";
    ClusterSpecProbesReadinessType["STREAMING"] = "streaming";
    ClusterSpecProbesReadinessType["QUERY"] = "query";
})(ClusterSpecProbesReadinessType || (ClusterSpecProbesReadinessType = {}));
export class ClusterSpecProbesStartupMaximumLag {
    value;
    static fromNumber(value) {
        return new ClusterSpecProbesStartupMaximumLag(value);
    }
    static fromString(value) {
        return new ClusterSpecProbesStartupMaximumLag(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export var ClusterSpecProbesStartupType;
(function (ClusterSpecProbesStartupType) {
    ClusterSpecProbesStartupType["PG_UNDERSCORE_ISREADY"] = "pg_isready";
    ClusterSpecProbesStartupType["STREAMING"] = "streaming";
    ClusterSpecProbesStartupType["QUERY"] = "query";
})(ClusterSpecProbesStartupType || (ClusterSpecProbesStartupType = {}));
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector(obj.labelSelector),
        'name': obj.name,
        'optional': obj.optional,
        'path': obj.path,
        'signerName': obj.signerName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateChainPath': obj.certificateChainPath,
        'credentialBundlePath': obj.credentialBundlePath,
        'keyPath': obj.keyPath,
        'keyType': obj.keyType,
        'maxExpirationSeconds': obj.maxExpirationSeconds,
        'signerName': obj.signerName,
        'userAnnotations': ((obj.userAnnotations) === undefined) ? undefined : (Object.entries(obj.userAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'expirationSeconds': obj.expirationSeconds,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecTablespacesStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecTablespacesStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecWalStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecWalStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecWalStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecBackupBarmanObjectStoreDataCompression;
(function (ClusterSpecBackupBarmanObjectStoreDataCompression) {
    ClusterSpecBackupBarmanObjectStoreDataCompression["BZIP2"] = "bzip2";
    ClusterSpecBackupBarmanObjectStoreDataCompression["GZIP"] = "gzip";
    ClusterSpecBackupBarmanObjectStoreDataCompression["LZ4"] = "lz4";
    ClusterSpecBackupBarmanObjectStoreDataCompression["SNAPPY"] = "snappy";
})(ClusterSpecBackupBarmanObjectStoreDataCompression || (ClusterSpecBackupBarmanObjectStoreDataCompression = {}));
export var ClusterSpecBackupBarmanObjectStoreDataEncryption;
(function (ClusterSpecBackupBarmanObjectStoreDataEncryption) {
    ClusterSpecBackupBarmanObjectStoreDataEncryption["AES256"] = "AES256";
    ClusterSpecBackupBarmanObjectStoreDataEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecBackupBarmanObjectStoreDataEncryption || (ClusterSpecBackupBarmanObjectStoreDataEncryption = {}));
export function toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecBackupBarmanObjectStoreWalCompression;
(function (ClusterSpecBackupBarmanObjectStoreWalCompression) {
    ClusterSpecBackupBarmanObjectStoreWalCompression["BZIP2"] = "bzip2";
    ClusterSpecBackupBarmanObjectStoreWalCompression["GZIP"] = "gzip";
    ClusterSpecBackupBarmanObjectStoreWalCompression["LZ4"] = "lz4";
    ClusterSpecBackupBarmanObjectStoreWalCompression["SNAPPY"] = "snappy";
    ClusterSpecBackupBarmanObjectStoreWalCompression["XZ"] = "xz";
    ClusterSpecBackupBarmanObjectStoreWalCompression["ZSTD"] = "zstd";
})(ClusterSpecBackupBarmanObjectStoreWalCompression || (ClusterSpecBackupBarmanObjectStoreWalCompression = {}));
export var ClusterSpecBackupBarmanObjectStoreWalEncryption;
(function (ClusterSpecBackupBarmanObjectStoreWalEncryption) {
    ClusterSpecBackupBarmanObjectStoreWalEncryption["AES256"] = "AES256";
    ClusterSpecBackupBarmanObjectStoreWalEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecBackupBarmanObjectStoreWalEncryption || (ClusterSpecBackupBarmanObjectStoreWalEncryption = {}));
export function toJson_ClusterSpecBootstrapInitdbImportSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalCluster': obj.externalCluster,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecBootstrapInitdbImportType;
(function (ClusterSpecBootstrapInitdbImportType) {
    ClusterSpecBootstrapInitdbImportType["MICROSERVICE"] = "microservice";
    ClusterSpecBootstrapInitdbImportType["MONOLITH"] = "monolith";
})(ClusterSpecBootstrapInitdbImportType || (ClusterSpecBootstrapInitdbImportType = {}));
export function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new ClusterSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new ClusterSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecExternalClustersBarmanObjectStoreDataCompression;
(function (ClusterSpecExternalClustersBarmanObjectStoreDataCompression) {
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["BZIP2"] = "bzip2";
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["GZIP"] = "gzip";
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["LZ4"] = "lz4";
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["SNAPPY"] = "snappy";
})(ClusterSpecExternalClustersBarmanObjectStoreDataCompression || (ClusterSpecExternalClustersBarmanObjectStoreDataCompression = {}));
export var ClusterSpecExternalClustersBarmanObjectStoreDataEncryption;
(function (ClusterSpecExternalClustersBarmanObjectStoreDataEncryption) {
    ClusterSpecExternalClustersBarmanObjectStoreDataEncryption["AES256"] = "AES256";
    ClusterSpecExternalClustersBarmanObjectStoreDataEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecExternalClustersBarmanObjectStoreDataEncryption || (ClusterSpecExternalClustersBarmanObjectStoreDataEncryption = {}));
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecExternalClustersBarmanObjectStoreWalCompression;
(function (ClusterSpecExternalClustersBarmanObjectStoreWalCompression) {
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["BZIP2"] = "bzip2";
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["GZIP"] = "gzip";
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["LZ4"] = "lz4";
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["SNAPPY"] = "snappy";
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["XZ"] = "xz";
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["ZSTD"] = "zstd";
})(ClusterSpecExternalClustersBarmanObjectStoreWalCompression || (ClusterSpecExternalClustersBarmanObjectStoreWalCompression = {}));
export var ClusterSpecExternalClustersBarmanObjectStoreWalEncryption;
(function (ClusterSpecExternalClustersBarmanObjectStoreWalEncryption) {
    ClusterSpecExternalClustersBarmanObjectStoreWalEncryption["AES256"] = "AES256";
    ClusterSpecExternalClustersBarmanObjectStoreWalEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecExternalClustersBarmanObjectStoreWalEncryption || (ClusterSpecExternalClustersBarmanObjectStoreWalEncryption = {}));
export var ClusterSpecManagedServicesAdditionalSelectorType;
(function (ClusterSpecManagedServicesAdditionalSelectorType) {
    ClusterSpecManagedServicesAdditionalSelectorType["RW"] = "rw";
    ClusterSpecManagedServicesAdditionalSelectorType["R"] = "r";
    ClusterSpecManagedServicesAdditionalSelectorType["RO"] = "ro";
})(ClusterSpecManagedServicesAdditionalSelectorType || (ClusterSpecManagedServicesAdditionalSelectorType = {}));
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata(obj.metadata),
        'spec': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var ClusterSpecManagedServicesAdditionalUpdateStrategy;
(function (ClusterSpecManagedServicesAdditionalUpdateStrategy) {
    ClusterSpecManagedServicesAdditionalUpdateStrategy["PATCH"] = "patch";
    ClusterSpecManagedServicesAdditionalUpdateStrategy["REPLACE"] = "replace";
})(ClusterSpecManagedServicesAdditionalUpdateStrategy || (ClusterSpecManagedServicesAdditionalUpdateStrategy = {}));
export function toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecTablespacesStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecWalStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecWalStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
export function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
export class ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocateLoadBalancerNodePorts': obj.allocateLoadBalancerNodePorts,
        'clusterIP': obj.clusterIp,
        'clusterIPs': obj.clusterIPs?.map(y => y),
        'externalIPs': obj.externalIPs?.map(y => y),
        'externalName': obj.externalName,
        'externalTrafficPolicy': obj.externalTrafficPolicy,
        'healthCheckNodePort': obj.healthCheckNodePort,
        'internalTrafficPolicy': obj.internalTrafficPolicy,
        'ipFamilies': obj.ipFamilies?.map(y => y),
        'ipFamilyPolicy': obj.ipFamilyPolicy,
        'loadBalancerClass': obj.loadBalancerClass,
        'loadBalancerIP': obj.loadBalancerIp,
        'loadBalancerSourceRanges': obj.loadBalancerSourceRanges?.map(y => y),
        'ports': obj.ports?.map(y => toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts(y)),
        'publishNotReadyAddresses': obj.publishNotReadyAddresses,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sessionAffinity': obj.sessionAffinity,
        'sessionAffinityConfig': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig(obj.sessionAffinityConfig),
        'trafficDistribution': obj.trafficDistribution,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecTablespacesStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecTablespacesStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appProtocol': obj.appProtocol,
        'name': obj.name,
        'nodePort': obj.nodePort,
        'port': obj.port,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientIP': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp(obj.clientIp),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export class ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort {
    value;
    static fromNumber(value) {
        return new ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(value);
    }
    static fromString(value) {
        return new ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
