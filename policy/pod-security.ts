import { Manifest, RenderedObject } from '../lib/rendered';
import { Finding, finding } from './finding';
import { containersOf, Json, PodTemplate, podTemplates } from './pod-templates';

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
  const namespaceObjects = objects.filter((o) => o.manifest.kind === 'Namespace' && o.manifest.apiVersion === 'v1');
  const namespaces = new Map(namespaceObjects.map((o) => [o.manifest.metadata.name, o.manifest]));
  const findings: Finding[] = [];
  for (const obj of objects) {
    const templates = podTemplates(obj.manifest);
    if (templates.length === 0) continue;
    const enforcement = enforcementFor(obj.manifest.metadata.namespace, namespaces);
    if (enforcement.level === 'privileged') continue;
    const add = (check: string, path: string, message: string) =>
      findings.push(finding(`pod-security/${check}`, 'error', obj, path, `${enforcement.describe}: ${message}`));
    for (const template of templates) {
      const ctx = podContext(template, add);
      for (const check of CHECKS) {
        if (enforcement.level === 'restricted' ? !check.replacedInRestricted : check.level === 'baseline') check.run(ctx);
      }
    }
  }
  return findings;
}

type Level = 'privileged' | 'baseline' | 'restricted';

const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/** The level a namespace enforces, and `namespace "x" enforces <level>` plus why when it is the default. */
function enforcementFor(name: string | undefined, namespaces: ReadonlyMap<string, Manifest>): { level: Level; describe: string } {
  const restricted = (why: string) => ({ level: 'restricted' as const, describe: `namespace "${name}" enforces restricted (${why})` });
  if (name === undefined) return { level: 'restricted', describe: 'the object has no namespace, so restricted (the project default) applies' };
  const ns = namespaces.get(name);
  if (!ns) return restricted('no Namespace manifest is rendered for it; restricted is the project default');
  const value = ns.metadata.labels?.[ENFORCE_LABEL];
  if (value === undefined) return restricted(`it has no ${ENFORCE_LABEL} label; restricted is the project default`);
  if (value === 'privileged' || value === 'baseline' || value === 'restricted') return { level: value, describe: `namespace "${name}" enforces ${value}` };
  return restricted(`its ${ENFORCE_LABEL} label "${value}" is not a level, which Kubernetes evaluates as restricted`);
}

/** A container with its field path and its `label` in messages: `container "web"`, `init container "setup"`, `ephemeral container "debug"`. */
type PodContainer = ReturnType<typeof containersWithEphemeral>[number];

/** check_capabilities_baseline.go capabilities_allowed_1_0. */
const BASELINE_CAPABILITIES = new Set(
  'AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE SETFCAP SETGID SETPCAP SETUID SYS_CHROOT'.split(' '),
);

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
const RESTRICTED_VOLUME_SOURCES = new Set('configMap csi downwardAPI emptyDir ephemeral image persistentVolumeClaim projected secret'.split(' '));

/** Seccomp and AppArmor profile types the standards accept when a profile is set. */
const CONFINED_PROFILE_TYPES = new Set(['RuntimeDefault', 'Localhost']);

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * The checks in upstream's order (policy/check_*.go), each a function below; `replacedInRestricted`:
 * a restricted check replaces it in restricted namespaces (OverrideCheckIDs).
 */
const CHECKS = [
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

type PodContext = ReturnType<typeof podContext>;

/**
 * What the checks read of one pod: `pod` is the pod spec's field path, `psc` its securityContext,
 * `windows` exempts from the *_1_25 checks; `at` reports at `field` of the securityContext of
 * container `c`, or of the pod's when undefined, the message following its label.
 */
function podContext(template: PodTemplate, add: (check: string, path: string, message: string) => void) {
  const spec = template.spec as Json;
  return {
    template,
    spec,
    pod: template.path,
    psc: (spec.securityContext ?? undefined) as Json | undefined,
    containers: containersWithEphemeral(template, spec),
    windows: spec.os?.name === 'windows',
    add,
    at: (c: PodContainer | undefined, check: string, field: string, message: string) =>
      add(check, `${c ? c.path : template.path}.securityContext.${field}`, `${c ? c.label : 'the pod'} ${message}`),
  };
}

/** The securityContext of container `c`, or of the pod when undefined. */
const sc = (ctx: PodContext, c: PodContainer | undefined): Json | undefined => (c ? c.container.securityContext : ctx.psc) ?? undefined;

function windowsHostProcess(ctx: PodContext): void {
  for (const c of [undefined, ...ctx.containers])
    if (sc(ctx, c)?.windowsOptions?.hostProcess === true)
      ctx.at(c, 'host-process', 'windowsOptions.hostProcess', 'sets windowsOptions.hostProcess: true; remove it (HostProcess pods run with host access)');
}

function hostNamespaces({ spec, pod, add }: PodContext): void {
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (spec[field] === true)
      add('host-namespaces', `${pod}.${field}`, `the pod shares the host's namespace with ${field}: true; remove ${field} (or set it to false)`);
  }
}

function privileged(ctx: PodContext): void {
  for (const c of ctx.containers)
    if (sc(ctx, c)?.privileged === true) ctx.at(c, 'privileged', 'privileged', 'is privileged; remove securityContext.privileged (or set it to false)');
}

function capabilitiesBaseline(ctx: PodContext): void {
  const allowed = `allowed: ${[...BASELINE_CAPABILITIES].join(', ')}`;
  for (const c of ctx.containers) {
    for (const [i, cap] of (sc(ctx, c)?.capabilities?.add ?? []).entries()) {
      const message = `adds capability ${JSON.stringify(cap)}, which is outside the default set; remove it (${allowed})`;
      if (!BASELINE_CAPABILITIES.has(cap)) ctx.at(c, 'capabilities-baseline', `capabilities.add[${i}]`, message);
    }
  }
}

function hostPathVolumes({ spec, pod, add }: PodContext): void {
  const fix = 'use a persistentVolumeClaim, configMap, secret or emptyDir instead';
  for (const [i, volume] of (spec.volumes ?? []).entries()) {
    if (volume?.hostPath != null)
      add('host-path-volumes', `${pod}.volumes[${i}].hostPath`, `volume ${JSON.stringify(volume.name)} is a hostPath volume; ${fix}`);
  }
}

function hostPorts({ containers, add }: PodContext): void {
  for (const c of containers) {
    for (const [i, port] of (c.container.ports ?? []).entries()) {
      const message = `${c.label} binds host port ${port?.hostPort}; remove hostPort and expose the port through a Service`;
      if (port?.hostPort != null && port.hostPort !== 0) add('host-ports', `${c.path}.ports[${i}].hostPort`, message);
    }
  }
}

/** appArmorProfile fields, then the deprecated annotations. */
function appArmorProfile(ctx: PodContext): void {
  confinedProfiles(ctx, 'apparmor', 'appArmorProfile', 'AppArmor', 'use RuntimeDefault or Localhost, or remove appArmorProfile');
  const fix = 'use "runtime/default" or "localhost/<profile>", or remove the annotation';
  for (const [key, value] of Object.entries(ctx.template.annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
    ctx.add('apparmor', `${ctx.template.metadataPath}.annotations[${key}]`, `pod annotation ${key} is ${JSON.stringify(value)}; ${fix}`);
  }
}

function seLinuxOptions(ctx: PodContext): void {
  for (const c of [undefined, ...ctx.containers]) {
    const opts = sc(ctx, c)?.seLinuxOptions;
    if (opts == null) continue;
    const type = opts.type ?? '';
    if (!SELINUX_TYPES.has(type)) {
      const fix = 'remove it or use one of container_t, container_init_t, container_kvm_t, container_engine_t';
      ctx.at(c, 'selinux', 'seLinuxOptions.type', `sets SELinux type ${JSON.stringify(type)}; ${fix}`);
    }
    if (opts.user) ctx.at(c, 'selinux', 'seLinuxOptions.user', `sets SELinux user ${JSON.stringify(opts.user)}; remove seLinuxOptions.user`);
    if (opts.role) ctx.at(c, 'selinux', 'seLinuxOptions.role', `sets SELinux role ${JSON.stringify(opts.role)}; remove seLinuxOptions.role`);
  }
}

function procMount(ctx: PodContext): void {
  for (const c of ctx.containers) {
    const value = sc(ctx, c)?.procMount;
    if (value != null && value !== 'Default') ctx.at(c, 'proc-mount', 'procMount', `sets procMount ${JSON.stringify(value)}; remove it (or set it to Default)`);
  }
}

function seccompProfileBaseline(ctx: PodContext): void {
  confinedProfiles(ctx, 'seccomp-baseline', 'seccompProfile', 'seccomp', 'use RuntimeDefault or Localhost, or remove seccompProfile');
}

function sysctls(ctx: PodContext): void {
  for (const [i, sysctl] of (ctx.psc?.sysctls ?? []).entries()) {
    const name = sysctl?.name ?? '';
    if (!SAFE_SYSCTLS.has(name))
      ctx.at(undefined, 'sysctls', `sysctls[${i}].name`, `sets sysctl ${JSON.stringify(name)}, which is not in the safe set; remove it`);
  }
}

function restrictedVolumes({ spec, pod, add }: PodContext): void {
  const allowed = [...RESTRICTED_VOLUME_SOURCES].join(', ');
  for (const [i, volume] of (spec.volumes ?? []).entries()) {
    const sources = Object.keys(volume ?? {}).filter((k) => k !== 'name' && volume[k] != null);
    // A volume without a source is defaulted to emptyDir by the API server before admission.
    if (sources.length === 0 || sources.some((s) => RESTRICTED_VOLUME_SOURCES.has(s))) continue;
    const message = `volume ${JSON.stringify(volume.name)} has type ${sources[0]}; use one of ${allowed} (e.g. a persistentVolumeClaim)`;
    add('restricted-volumes', `${pod}.volumes[${i}].${sources[0]}`, message);
  }
}

function allowPrivilegeEscalation(ctx: PodContext): void {
  if (ctx.windows) return;
  for (const c of ctx.containers)
    if (sc(ctx, c)?.allowPrivilegeEscalation !== false)
      ctx.at(c, 'allow-privilege-escalation', 'allowPrivilegeEscalation', 'may escalate privileges; set allowPrivilegeEscalation: false');
}

/** true at pod level, or on every container; an explicit false anywhere fails. */
function runAsNonRoot(ctx: PodContext): void {
  const podValue = ctx.psc?.runAsNonRoot;
  if (podValue === false) ctx.at(undefined, 'run-as-non-root', 'runAsNonRoot', 'sets runAsNonRoot: false; set runAsNonRoot: true');
  for (const c of ctx.containers) {
    const value = sc(ctx, c)?.runAsNonRoot;
    if (value === false)
      ctx.at(c, 'run-as-non-root', 'runAsNonRoot', 'sets runAsNonRoot: false; set runAsNonRoot: true (or remove it when the pod sets runAsNonRoot: true)');
    else if (value == null && podValue == null)
      ctx.at(c, 'run-as-non-root', 'runAsNonRoot', "may run as root; set runAsNonRoot: true on the container or in the pod's securityContext");
  }
}

function runAsUser(ctx: PodContext): void {
  for (const c of [undefined, ...ctx.containers])
    if (sc(ctx, c)?.runAsUser === 0) ctx.at(c, 'run-as-user', 'runAsUser', 'sets runAsUser: 0 (root); use a non-zero UID');
}

/** RuntimeDefault or Localhost, at pod level or on every container. */
function seccompProfileRestricted(ctx: PodContext): void {
  if (ctx.windows) return;
  confinedProfiles(ctx, 'seccomp-restricted', 'seccompProfile', 'seccomp', 'set seccompProfile.type: RuntimeDefault (or Localhost)');
  const fix = "set seccompProfile.type: RuntimeDefault on the container or in the pod's securityContext";
  for (const c of ctx.containers)
    if (sc(ctx, c)?.seccompProfile == null && ctx.psc?.seccompProfile == null)
      ctx.at(c, 'seccomp-restricted', 'seccompProfile.type', `has no seccomp profile; ${fix}`);
}

/** Drop ALL, add at most NET_BIND_SERVICE. */
function capabilitiesRestricted(ctx: PodContext): void {
  if (ctx.windows) return;
  for (const c of ctx.containers) {
    const caps = sc(ctx, c)?.capabilities;
    if (!(caps?.drop ?? []).includes('ALL'))
      ctx.at(c, 'capabilities-restricted', 'capabilities.drop', 'does not drop all capabilities; set capabilities.drop: ["ALL"]');
    for (const [i, cap] of (caps?.add ?? []).entries()) {
      const message = `adds capability ${JSON.stringify(cap)}; remove it (only NET_BIND_SERVICE may be added)`;
      if (cap !== 'NET_BIND_SERVICE') ctx.at(c, 'capabilities-restricted', `capabilities.add[${i}]`, message);
    }
  }
}

/** A seccomp or AppArmor profile that is set must be RuntimeDefault or Localhost, on the pod and on each container. */
function confinedProfiles(ctx: PodContext, check: string, field: 'appArmorProfile' | 'seccompProfile', kind: string, fix: string): void {
  for (const c of [undefined, ...ctx.containers]) {
    const profile = sc(ctx, c)?.[field];
    if (profile != null && !CONFINED_PROFILE_TYPES.has(profile.type ?? ''))
      ctx.at(c, check, `${field}.type`, `sets ${kind} profile type ${JSON.stringify(profile.type ?? '')}; ${fix}`);
  }
}

/** Init, regular and ephemeral containers, in the order upstream visits them. */
function containersWithEphemeral(template: PodTemplate, spec: Json) {
  const out: { path: string; label: string; container: Json }[] = containersOf(template).map(({ path, container, init }) => ({
    path,
    label: `${init ? 'init container' : 'container'} ${JSON.stringify(container.name ?? '')}`,
    container: container as Json,
  }));
  (spec.ephemeralContainers ?? []).forEach((container: Json, i: number) => {
    out.push({ path: `${template.path}.ephemeralContainers[${i}]`, label: `ephemeral container ${JSON.stringify(container.name ?? '')}`, container });
  });
  return out;
}
