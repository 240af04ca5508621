import { Manifest, RenderedObject } from '../lib/rendered';
import { Finding, finding } from './finding';
import { containersOf, PodTemplate, podTemplates } from './pod-templates';

/**
 * Pod Security Standards, policy version v1.33, as upstream's admission plugin evaluates them
 * (k8s.io/pod-security-admission policy/check_*.go), against the level each pod's namespace
 * enforces (`pod-security.kubernetes.io/enforce`); no Namespace manifest, no label or an
 * unparseable value means restricted, as upstream's api/helpers.go PolicyToEvaluate does.
 * Rule ids follow upstream's check ids; one finding per offending field. In restricted namespaces
 * upstream's OverrideCheckIDs apply: restrictedVolumes, seccompProfile_restricted and
 * capabilities_restricted replace their baseline checks. Matching v1.33 defaults: no
 * `hostUsers: false` relaxation (feature-gated, alpha, kubernetes/kubernetes#118760); no
 * hostProbesAndHostLifecycle (1.34) or ulimits (1.37); `spec.os.name: windows` exempts from the
 * *_1_25 checks (allowPrivilegeEscalation, seccompProfile_restricted, capabilities_restricted).
 */
export function podSecurityFindings(objects: readonly RenderedObject[]): Finding[] {
  const namespaces = new Map<string, Manifest>();
  for (const obj of objects) {
    if (obj.manifest.kind === 'Namespace' && obj.manifest.apiVersion === 'v1') namespaces.set(obj.manifest.metadata.name, obj.manifest);
  }

  const findings: Finding[] = [];
  for (const obj of objects) {
    const templates = podTemplates(obj.manifest);
    if (templates.length === 0) continue;
    const enforcement = enforcementFor(obj.manifest.metadata.namespace, namespaces);
    if (enforcement.level === 'privileged') continue;
    const add = (check: string, path: string, message: string) =>
      findings.push(finding(`pod-security/${check}`, 'error', obj, path, `${enforcement.describe}: ${message}`));
    for (const template of templates) evaluate(template, enforcement.level, add);
  }
  return findings;
}

/** A Pod Security Standard level. */
type Level = 'privileged' | 'baseline' | 'restricted';

const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

interface Enforcement {
  readonly level: Level;
  /** `namespace "x" enforces <level>`, plus why when it is the default. */
  readonly describe: string;
}

function enforcementFor(name: string | undefined, namespaces: ReadonlyMap<string, Manifest>): Enforcement {
  if (name === undefined) return { level: 'restricted', describe: 'the object has no namespace, so restricted (the project default) applies' };
  const ns = namespaces.get(name);
  if (!ns)
    return {
      level: 'restricted',
      describe: `namespace "${name}" enforces restricted (no Namespace manifest is rendered for it; restricted is the project default)`,
    };
  const value = ns.metadata.labels?.[ENFORCE_LABEL];
  if (value === undefined)
    return { level: 'restricted', describe: `namespace "${name}" enforces restricted (it has no ${ENFORCE_LABEL} label; restricted is the project default)` };
  if (value === 'privileged' || value === 'baseline' || value === 'restricted') return { level: value, describe: `namespace "${name}" enforces ${value}` };
  return {
    level: 'restricted',
    describe: `namespace "${name}" enforces restricted (its ${ENFORCE_LABEL} label "${value}" is not a level, which Kubernetes evaluates as restricted)`,
  };
}

/** A manifest's plain JSON: any field the checks read may be absent or null. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface PodContainer {
  /** e.g. `spec.template.spec.containers[0]`. */
  readonly path: string;
  /** `container "web"`, `init container "setup"`, `ephemeral container "debug"`. */
  readonly label: string;
  readonly container: Json;
}

// --- allowed values (policy version v1.33) -------------------------------------------------------

/** check_capabilities_baseline.go capabilities_allowed_1_0. */
const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** check_seLinuxOptions.go selinuxAllowedTypes1_31 ("" is unset). container_engine_t is allowed from 1.31. */
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/**
 * check_sysctls.go, the v1.32 set (the newest at or below v1.33). net.ipv4.tcp_rmem and
 * net.ipv4.tcp_wmem joined in policy version v1.32 (kubernetes/kubernetes#127489: "Pod Security
 * admission allows these sysctl in v1.32+ versions of the baseline and restricted policies").
 */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

/**
 * check_restrictedVolumes.go restrictedVolumes_1_0. `image` volumes are allowed: upstream added
 * `volume.Image != nil` to this list in kubernetes/kubernetes#130394 ("Allow ImageVolume for
 * Restricted PSA profiles", merged 2025-02-24 for v1.33), inside the 1.0 version of the check, so
 * every policy version admits it. The Pod Security Standards page did not list it yet
 * (kubernetes/website#55370).
 */
const RESTRICTED_VOLUME_SOURCES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** Seccomp and AppArmor profile types the standards accept when a profile is set. */
const CONFINED_PROFILE_TYPES = new Set(['RuntimeDefault', 'Localhost']);

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

// --- evaluation --------------------------------------------------------------------------------

interface PodContext {
  readonly template: PodTemplate;
  readonly spec: Json;
  /** Field path of the pod spec. */
  readonly pod: string;
  /** The pod's securityContext. */
  readonly psc: Json | undefined;
  readonly containers: readonly PodContainer[];
  /** `spec.os.name: windows`: exempt from the *_1_25 checks. */
  readonly windows: boolean;
  add(check: string, path: string, message: string): void;
}

/** One upstream check: its level, and whether a restricted check replaces it in restricted namespaces (OverrideCheckIDs). */
interface Check {
  readonly level: 'baseline' | 'restricted';
  readonly replacedInRestricted?: boolean;
  run(pod: PodContext): void;
}

/** The checks in upstream's order (policy/check_*.go); each one is a function below. */
const CHECKS: readonly Check[] = [
  { level: 'baseline', run: windowsHostProcess },
  { level: 'baseline', run: hostNamespaces },
  { level: 'baseline', run: privileged },
  { level: 'baseline', replacedInRestricted: true, run: capabilitiesBaseline },
  { level: 'baseline', replacedInRestricted: true, run: hostPathVolumes },
  { level: 'baseline', run: hostPorts },
  { level: 'baseline', run: appArmorProfile },
  { level: 'baseline', run: seLinuxOptions },
  { level: 'baseline', run: procMount },
  { level: 'baseline', replacedInRestricted: true, run: seccompProfileBaseline },
  { level: 'baseline', run: sysctls },
  { level: 'restricted', run: restrictedVolumes },
  { level: 'restricted', run: allowPrivilegeEscalation },
  { level: 'restricted', run: runAsNonRoot },
  { level: 'restricted', run: runAsUser },
  { level: 'restricted', run: seccompProfileRestricted },
  { level: 'restricted', run: capabilitiesRestricted },
];

function evaluate(template: PodTemplate, level: 'baseline' | 'restricted', add: PodContext['add']): void {
  const spec = template.spec as Json;
  const pod: PodContext = {
    template,
    spec,
    pod: template.path,
    psc: spec.securityContext ?? undefined,
    containers: containersWithEphemeral(template, spec),
    windows: spec.os?.name === 'windows',
    add,
  };
  for (const check of CHECKS) {
    if (level === 'restricted' ? !check.replacedInRestricted : check.level === 'baseline') check.run(pod);
  }
}

/** One finding per container whose securityContext `field` is `bad`. */
function perContainer(
  { containers, add }: PodContext,
  check: string,
  field: string,
  bad: (v: any) => boolean,
  message: (label: string, v: any) => string,
): void {
  for (const c of containers) {
    const value = field.split('.').reduce((v: Json | undefined, k) => v?.[k], c.container.securityContext ?? undefined);
    if (bad(value)) add(check, `${c.path}.securityContext.${field}`, message(c.label, value));
  }
}

// ---- baseline ----

function windowsHostProcess(ctx: PodContext): void {
  if (ctx.psc?.windowsOptions?.hostProcess === true) {
    const message = 'the pod sets windowsOptions.hostProcess: true; remove it (HostProcess pods run with host access)';
    ctx.add('host-process', `${ctx.pod}.securityContext.windowsOptions.hostProcess`, message);
  }
  perContainer(
    ctx,
    'host-process',
    'windowsOptions.hostProcess',
    (v) => v === true,
    (label) => `${label} sets windowsOptions.hostProcess: true; remove it`,
  );
}

function hostNamespaces({ spec, pod, add }: PodContext): void {
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (spec[field] === true)
      add('host-namespaces', `${pod}.${field}`, `the pod shares the host's namespace with ${field}: true; remove ${field} (or set it to false)`);
  }
}

function privileged(ctx: PodContext): void {
  perContainer(
    ctx,
    'privileged',
    'privileged',
    (v) => v === true,
    (label) => `${label} is privileged; remove securityContext.privileged (or set it to false)`,
  );
}

function capabilitiesBaseline({ containers, add }: PodContext): void {
  for (const c of containers) {
    for (const [i, cap] of (c.container.securityContext?.capabilities?.add ?? []).entries()) {
      if (!BASELINE_CAPABILITIES.has(cap)) {
        add(
          'capabilities-baseline',
          `${c.path}.securityContext.capabilities.add[${i}]`,
          `${c.label} adds capability ${JSON.stringify(cap)}, which is outside the default set; remove it (allowed: ${[...BASELINE_CAPABILITIES].join(', ')})`,
        );
      }
    }
  }
}

function hostPathVolumes({ spec, pod, add }: PodContext): void {
  for (const [i, volume] of (spec.volumes ?? []).entries()) {
    if (present(volume?.hostPath))
      add(
        'host-path-volumes',
        `${pod}.volumes[${i}].hostPath`,
        `volume ${JSON.stringify(volume.name)} is a hostPath volume; use a persistentVolumeClaim, configMap, secret or emptyDir instead`,
      );
  }
}

function hostPorts({ containers, add }: PodContext): void {
  for (const c of containers) {
    for (const [i, port] of (c.container.ports ?? []).entries()) {
      if (port?.hostPort != null && port.hostPort !== 0) {
        add(
          'host-ports',
          `${c.path}.ports[${i}].hostPort`,
          `${c.label} binds host port ${port.hostPort}; remove hostPort and expose the port through a Service`,
        );
      }
    }
  }
}

/** appArmorProfile fields, then the deprecated annotations. */
function appArmorProfile(ctx: PodContext): void {
  confinedProfiles(ctx, 'apparmor', 'appArmorProfile', 'AppArmor', 'use RuntimeDefault or Localhost, or remove appArmorProfile');
  for (const [key, value] of Object.entries(ctx.template.annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
    ctx.add(
      'apparmor',
      `${metadataPath(ctx.pod)}.annotations[${key}]`,
      `pod annotation ${key} is ${JSON.stringify(value)}; use "runtime/default" or "localhost/<profile>", or remove the annotation`,
    );
  }
}

function seLinuxOptions({ pod, psc, containers, add }: PodContext): void {
  const selinux = (owner: string, path: string, sc: Json | null | undefined): void => {
    const opts = sc?.seLinuxOptions;
    if (!present(opts)) return;
    const type = opts!.type ?? '';
    if (!SELINUX_TYPES.has(type)) {
      add(
        'selinux',
        `${path}.securityContext.seLinuxOptions.type`,
        `${owner} sets SELinux type ${JSON.stringify(type)}; remove it or use one of container_t, container_init_t, container_kvm_t, container_engine_t`,
      );
    }
    if (opts!.user)
      add('selinux', `${path}.securityContext.seLinuxOptions.user`, `${owner} sets SELinux user ${JSON.stringify(opts!.user)}; remove seLinuxOptions.user`);
    if (opts!.role)
      add('selinux', `${path}.securityContext.seLinuxOptions.role`, `${owner} sets SELinux role ${JSON.stringify(opts!.role)}; remove seLinuxOptions.role`);
  };
  selinux('the pod', pod, psc);
  for (const c of containers) selinux(c.label, c.path, c.container.securityContext);
}

function procMount(ctx: PodContext): void {
  const message = (label: string, v: string) => `${label} sets procMount ${JSON.stringify(v)}; remove it (or set it to Default)`;
  perContainer(ctx, 'proc-mount', 'procMount', (v) => v != null && v !== 'Default', message);
}

function seccompProfileBaseline(ctx: PodContext): void {
  confinedProfiles(ctx, 'seccomp-baseline', 'seccompProfile', 'seccomp', 'use RuntimeDefault or Localhost, or remove seccompProfile');
}

function sysctls({ pod, psc, add }: PodContext): void {
  for (const [i, sysctl] of (psc?.sysctls ?? []).entries()) {
    const name = sysctl?.name ?? '';
    if (!SAFE_SYSCTLS.has(name))
      add('sysctls', `${pod}.securityContext.sysctls[${i}].name`, `the pod sets sysctl ${JSON.stringify(name)}, which is not in the safe set; remove it`);
  }
}

// ---- restricted ----

function restrictedVolumes({ spec, pod, add }: PodContext): void {
  for (const [i, volume] of (spec.volumes ?? []).entries()) {
    const sources = Object.keys(volume ?? {}).filter((k) => k !== 'name' && present(volume[k]));
    // A volume without a source is defaulted to emptyDir by the API server before admission.
    if (sources.length === 0 || sources.some((s) => RESTRICTED_VOLUME_SOURCES.has(s))) continue;
    add(
      'restricted-volumes',
      `${pod}.volumes[${i}].${sources[0]}`,
      `volume ${JSON.stringify(volume.name)} has type ${sources[0]}; use one of ${[...RESTRICTED_VOLUME_SOURCES].join(', ')} (e.g. a persistentVolumeClaim)`,
    );
  }
}

function allowPrivilegeEscalation(ctx: PodContext): void {
  if (ctx.windows) return;
  const message = (label: string) => `${label} may escalate privileges; set allowPrivilegeEscalation: false`;
  perContainer(ctx, 'allow-privilege-escalation', 'allowPrivilegeEscalation', (v) => v !== false, message);
}

/** true at pod level, or on every container; an explicit false anywhere fails. */
function runAsNonRoot({ pod, psc, containers, add }: PodContext): void {
  const podValue = psc?.runAsNonRoot;
  if (podValue === false) add('run-as-non-root', `${pod}.securityContext.runAsNonRoot`, 'the pod sets runAsNonRoot: false; set runAsNonRoot: true');
  for (const c of containers) {
    const value = c.container.securityContext?.runAsNonRoot;
    if (value === false) {
      add(
        'run-as-non-root',
        `${c.path}.securityContext.runAsNonRoot`,
        `${c.label} sets runAsNonRoot: false; set runAsNonRoot: true (or remove it when the pod sets runAsNonRoot: true)`,
      );
    } else if (value == null && podValue == null) {
      add(
        'run-as-non-root',
        `${c.path}.securityContext.runAsNonRoot`,
        `${c.label} may run as root; set runAsNonRoot: true on the container or in the pod's securityContext`,
      );
    }
  }
}

function runAsUser(ctx: PodContext): void {
  if (ctx.psc?.runAsUser === 0) ctx.add('run-as-user', `${ctx.pod}.securityContext.runAsUser`, 'the pod sets runAsUser: 0 (root); use a non-zero UID');
  perContainer(
    ctx,
    'run-as-user',
    'runAsUser',
    (v) => v === 0,
    (label) => `${label} sets runAsUser: 0 (root); use a non-zero UID`,
  );
}

/** RuntimeDefault or Localhost, at pod level or on every container. */
function seccompProfileRestricted(ctx: PodContext): void {
  if (ctx.windows) return;
  confinedProfiles(ctx, 'seccomp-restricted', 'seccompProfile', 'seccomp', 'set seccompProfile.type: RuntimeDefault (or Localhost)');
  for (const c of ctx.containers) {
    if (!present(c.container.securityContext?.seccompProfile) && !present(ctx.psc?.seccompProfile)) {
      ctx.add(
        'seccomp-restricted',
        `${c.path}.securityContext.seccompProfile.type`,
        `${c.label} has no seccomp profile; set seccompProfile.type: RuntimeDefault on the container or in the pod's securityContext`,
      );
    }
  }
}

/** Drop ALL, add at most NET_BIND_SERVICE. */
function capabilitiesRestricted({ containers, windows, add }: PodContext): void {
  if (windows) return;
  for (const c of containers) {
    const caps = c.container.securityContext?.capabilities;
    if (!(caps?.drop ?? []).includes('ALL')) {
      add(
        'capabilities-restricted',
        `${c.path}.securityContext.capabilities.drop`,
        `${c.label} does not drop all capabilities; set capabilities.drop: ["ALL"]`,
      );
    }
    for (const [i, cap] of (caps?.add ?? []).entries()) {
      if (cap !== 'NET_BIND_SERVICE') {
        add(
          'capabilities-restricted',
          `${c.path}.securityContext.capabilities.add[${i}]`,
          `${c.label} adds capability ${JSON.stringify(cap)}; remove it (only NET_BIND_SERVICE may be added)`,
        );
      }
    }
  }
}

/** A seccomp or AppArmor profile that is set must be RuntimeDefault or Localhost, on the pod and on each container. */
function confinedProfiles(
  { pod, psc, containers, add }: PodContext,
  check: string,
  field: 'appArmorProfile' | 'seccompProfile',
  kind: string,
  fix: string,
): void {
  const unconfined = (profile: Json | null | undefined): string | undefined =>
    present(profile) && !CONFINED_PROFILE_TYPES.has(profile!.type ?? '') ? JSON.stringify(profile!.type ?? '') : undefined;
  const podType = unconfined(psc?.[field]);
  if (podType) add(check, `${pod}.securityContext.${field}.type`, `the pod sets ${kind} profile type ${podType}; ${fix}`);
  for (const c of containers) {
    const type = unconfined(c.container.securityContext?.[field]);
    if (type) add(check, `${c.path}.securityContext.${field}.type`, `${c.label} sets ${kind} profile type ${type}; ${fix}`);
  }
}

/** Init, regular and ephemeral containers, in the order upstream visits them. */
function containersWithEphemeral(template: PodTemplate, spec: Json): PodContainer[] {
  const out: PodContainer[] = containersOf(template).map(({ path, container, init }) => ({
    path,
    label: `${init ? 'init container' : 'container'} ${JSON.stringify(container.name ?? '')}`,
    container: container as Json,
  }));
  (spec.ephemeralContainers ?? []).forEach((container: Json, i: number) => {
    out.push({ path: `${template.path}.ephemeralContainers[${i}]`, label: `ephemeral container ${JSON.stringify(container.name ?? '')}`, container });
  });
  return out;
}

/** The metadata path beside a pod spec path: `spec` -> `metadata`, `x.template.spec` -> `x.template.metadata`. */
function metadataPath(podSpecPath: string): string {
  return podSpecPath === 'spec' ? 'metadata' : podSpecPath.replace(/\.spec$/, '.metadata');
}

/** Set in the manifest (Go: a non-nil pointer). */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}
