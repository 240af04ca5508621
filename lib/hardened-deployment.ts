import { Construct } from 'constructs';
import { Container, EnvVar, IntOrString, KubeDeployment, KubePodDisruptionBudget, KubeService, Quantity, Volume, VolumeMount } from '../imports/k8s';
import { GpuNodeDaemon } from './gpu-node-daemon';
import { ImageReference } from './image-reference';
import { selectorLabels, workloadLabels } from './labels';
import { PodPlacement } from './pod-placement';
import { Probe } from './probe';
import { ResourceBudget } from './resource-budget';
import { SetterMarkers } from './setter-markers';

/** A named container port. */
export interface ContainerPortSpec {
  /** Port name (IANA_SVC_NAME: at most 15 characters). */
  readonly name: string;
  readonly port: number;
}

/** One container of a hardened pod. */
export interface HardenedContainerProps {
  /** Container name. @default "main" */
  readonly name?: string;
  /** Pinned image from the model. */
  readonly image: ImageReference;
  /** Entrypoint override. @default the image's entrypoint */
  readonly command?: string[];
  /** Arguments. @default the image's command */
  readonly args?: string[];
  /** Environment variables. @default none */
  readonly env?: EnvVar[];
  /** Ports the container listens on. @default none */
  readonly ports?: ContainerPortSpec[];
  /** CPU and memory requests and limits. */
  readonly resources: ResourceBudget;
  /** Restarts the container when it fails. */
  readonly liveness: Probe;
  /** Takes the pod out of its Service while it fails. */
  readonly readiness: Probe;
  /** Holds the other probes off while a slow start runs. @default none */
  readonly startup?: Probe;
  /** Mounts of the pod's volumes. @default only /tmp */
  readonly volumeMounts?: VolumeMount[];
  /** Extended resources (e.g. GPUs) added to requests and limits. @default none */
  readonly extendedResources?: Record<string, number>;
  /**
   * Why the container's root filesystem must be writable (a runtime hook writes into it); the reason
   * goes on the pod as the annotation `oceanid.io/writable-root-<container>`, which the policy pass
   * requires. @default none: the root filesystem is read-only
   */
  readonly writableRootReason?: string;
}

/** An init container: runs to completion before the containers start, so it has no probes. */
export type HardenedInitContainerProps = Omit<HardenedContainerProps, 'liveness' | 'readiness' | 'startup' | 'ports'>;

export interface HardenedDeploymentProps {
  /** Name of the Deployment, its pods' `app.kubernetes.io/name` and its Service. */
  readonly name: string;
  readonly namespace: string;
  /** @default 1 */
  readonly replicas?: number;
  readonly containers: HardenedContainerProps[];
  /** @default none */
  readonly initContainers?: HardenedInitContainerProps[];
  /** Pod volumes besides the /tmp emptyDir every pod gets. @default none */
  readonly volumes?: Volume[];
  /** Where the pods may run. @default PodPlacement.anywhere() */
  readonly placement?: PodPlacement;
  /** UID and GID the pod runs as; also its fsGroup. @default 65532 */
  readonly runAsUser?: number;
  /**
   * Service account whose token is mounted. Pods that do not talk to the API server get none.
   * @default no token is mounted
   */
  readonly serviceAccountName?: string;
  /** Names of container ports the ClusterIP Service exposes. @default no Service */
  readonly servicePorts?: string[];
  /** `Recreate` for single-writer volumes and single GPUs. @default "RollingUpdate" */
  readonly strategy?: 'RollingUpdate' | 'Recreate';
  /** `app.kubernetes.io/component`. @default none */
  readonly component?: string;
  /** Pod annotations (e.g. a config checksum that rolls pods on change). @default none */
  readonly podAnnotations?: Record<string, string>;
  /**
   * `ClusterFirst` resolves through cluster DNS (CoreDNS); `Default` through the node's own
   * resolver, for pods on a node that CoreDNS does not run on or cannot be reached from.
   * @default "ClusterFirst"
   */
  readonly dnsPolicy?: 'ClusterFirst' | 'Default';
  /** Size limit of the /tmp emptyDir (of each, with `tmpPerContainer`). @default "256Mi" */
  readonly tmpSizeLimit?: string;
  /** One /tmp emptyDir per container (`tmp-<container>`) instead of one the pod's containers share. @default false */
  readonly tmpPerContainer?: boolean;
}

/** Prefix of the pod annotation that says why a container's root filesystem is writable. */
export const WRITABLE_ROOT_ANNOTATION = 'oceanid.io/writable-root-';

/** Mount point and volume name of the writable scratch space every hardened pod gets. */
const TMP_VOLUME = 'tmp';

/**
 * A Deployment whose pods pass the restricted Pod Security Standard and carry everything an
 * operator expects: pinned image, requests and limits, probes, non-root, read-only root
 * filesystem, no capabilities, RuntimeDefault seccomp, no API token unless asked for; plus a
 * Service for its named ports and a PodDisruptionBudget when it runs more than one replica.
 */
export class HardenedDeployment extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly selector: Record<string, string>;
  readonly deployment: KubeDeployment;
  readonly service?: KubeService;

  constructor(scope: Construct, id: string, props: HardenedDeploymentProps) {
    super(scope, id);
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1) throw new Error(`${props.name}.replicas: ${replicas} must be a whole number >= 1`);
    if (props.containers.length === 0) throw new Error(`${props.name}.containers: a Deployment needs at least one container`);
    this.name = props.name;
    this.namespace = props.namespace;
    this.selector = selectorLabels(props.name);
    const labels = workloadLabels(props.name, props.component);
    const placement = props.placement ?? PodPlacement.anywhere();
    const uid = props.runAsUser ?? 65532;
    // A pod that sits on a GPU node without a GPU says why, where a reviewer of dist/ reads it.
    const daemon = GpuNodeDaemon.enclosing(this);
    const writable = Object.fromEntries(
      [...(props.initContainers ?? []), ...props.containers]
        .filter((c) => c.writableRootReason)
        .map((c) => [`${WRITABLE_ROOT_ANNOTATION}${c.name ?? 'main'}`, c.writableRootReason!]),
    );
    const podAnnotations =
      daemon || props.podAnnotations || Object.keys(writable).length > 0 ? { ...props.podAnnotations, ...daemon?.annotations, ...writable } : undefined;

    const tmpOf = (c: { name?: string }) => (props.tmpPerContainer ? `${TMP_VOLUME}-${c.name ?? 'main'}` : TMP_VOLUME);
    const tmpVolumes = [...new Set([...(props.initContainers ?? []), ...props.containers].map(tmpOf))];
    this.deployment = new KubeDeployment(this, 'deployment', {
      metadata: { name: props.name, namespace: props.namespace, labels },
      spec: {
        replicas,
        revisionHistoryLimit: 3,
        selector: { matchLabels: this.selector },
        strategy:
          props.strategy === 'Recreate'
            ? { type: 'Recreate' }
            : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: IntOrString.fromNumber(replicas > 1 ? 1 : 0), maxSurge: IntOrString.fromNumber(1) } },
        template: {
          metadata: { labels, annotations: podAnnotations },
          spec: {
            automountServiceAccountToken: props.serviceAccountName !== undefined,
            serviceAccountName: props.serviceAccountName,
            enableServiceLinks: false,
            dnsPolicy: props.dnsPolicy,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: uid,
              runAsGroup: uid,
              fsGroup: uid,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            runtimeClassName: placement.runtimeClassName,
            nodeSelector: placement.nodeSelector,
            tolerations: placement.tolerations,
            affinity: placement.affinity,
            topologySpreadConstraints: placement.topologySpreadConstraints,
            initContainers: props.initContainers?.map((c) => hardenedContainer(c, tmpOf(c))),
            containers: props.containers.map((c) => hardenedContainer(c, tmpOf(c))),
            volumes: [
              ...tmpVolumes.map((name) => ({ name, emptyDir: { sizeLimit: Quantity.fromString(props.tmpSizeLimit ?? '256Mi') } })),
              ...(props.volumes ?? []),
            ],
          },
        },
      },
    });

    const markers = SetterMarkers.of(this.deployment);
    props.initContainers?.forEach((c, i) => {
      markers.markImage(['spec', 'template', 'spec', 'initContainers', i, 'image'], c.image);
    });
    props.containers.forEach((c, i) => {
      markers.markImage(['spec', 'template', 'spec', 'containers', i, 'image'], c.image);
    });

    if (props.servicePorts && props.servicePorts.length > 0) {
      const declared = props.containers.flatMap((c) => c.ports ?? []);
      const ports = props.servicePorts.map((portName) => {
        const port = declared.find((p) => p.name === portName);
        if (!port)
          throw new Error(`${props.name}.servicePorts: no container port is named "${portName}" (ports: ${declared.map((p) => p.name).join(', ') || 'none'})`);
        return { name: port.name, port: port.port, targetPort: IntOrString.fromString(port.name), protocol: 'TCP' };
      });
      this.service = new KubeService(this, 'service', {
        metadata: { name: props.name, namespace: props.namespace, labels },
        spec: { type: 'ClusterIP', selector: this.selector, ports },
      });
    }

    if (replicas > 1) {
      new KubePodDisruptionBudget(this, 'pdb', {
        metadata: { name: props.name, namespace: props.namespace, labels },
        spec: { maxUnavailable: IntOrString.fromNumber(1), selector: { matchLabels: this.selector } },
      });
    }
  }
}

function hardenedContainer(props: HardenedContainerProps | HardenedInitContainerProps, tmpVolume: string): Container {
  const probes = props as Partial<HardenedContainerProps>;
  return {
    name: props.name ?? 'main',
    image: props.image.ref,
    imagePullPolicy: 'IfNotPresent',
    command: props.command,
    args: props.args,
    env: props.env,
    ports: probes.ports?.map((p) => ({ name: p.name, containerPort: p.port, protocol: 'TCP' })),
    resources: props.resources.toKube(props.extendedResources),
    livenessProbe: probes.liveness?.toKube(),
    readinessProbe: probes.readiness?.toKube(),
    startupProbe: probes.startup?.toKube(),
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: !props.writableRootReason,
      runAsNonRoot: true,
      privileged: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [{ name: tmpVolume, mountPath: '/tmp' }, ...(props.volumeMounts ?? [])],
  };
}
