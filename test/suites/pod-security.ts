import { ApiObject, ApiObjectProps } from 'cdk8s';
import { podSecurityFindings } from '../../policy/pod-security';
import { Manifest, RenderedObject } from '../../lib/rendered';
import { renderedProduction, testChart } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Level = 'privileged' | 'baseline' | 'restricted';

/** Rendered objects built from plain manifests, each a real ApiObject in a fresh chart. */
function render(...manifests: Json[]): RenderedObject[] {
  const { chart } = testChart();
  return manifests.map((m, i) => {
    const source = new ApiObject(chart, `o${i}`, m as ApiObjectProps);
    return { manifest: source.toJson() as Manifest, source, file: 'x.yaml', kustomization: 'apps', cluster: 'production' };
  });
}

function namespace(name: string, level?: string): Json {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      labels: level === undefined ? { team: 'x' } : { 'pod-security.kubernetes.io/enforce': level, 'pod-security.kubernetes.io/enforce-version': 'v1.33' },
    },
  };
}

/** A pod spec that passes restricted: pod-level runAsNonRoot and seccomp, containers drop ALL and forbid escalation. */
function restrictedPod(): Json {
  return {
    securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
    initContainers: [{ name: 'init', image: 'busybox:1', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    containers: [
      {
        name: 'app',
        image: 'nginx:1',
        ports: [{ containerPort: 8080 }],
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: {} }],
  };
}

function deployment(ns: string, spec: Json, annotations?: Record<string, string>): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: ns },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' }, annotations }, spec } },
  };
}

/** `rule path` of every finding for one Deployment (after `edit` of a restricted pod) in a namespace enforcing `level`. */
function check(level: Level, edit: (pod: Json) => void, annotations?: Record<string, string>): string[] {
  const pod = restrictedPod();
  edit(pod);
  return podSecurityFindings(render(namespace('apps', level), deployment('apps', pod, annotations))).map((f) => `${f.rule} ${f.path}`);
}

const T = 'spec.template.spec';
const C0 = `${T}.containers[0]`;
const I0 = `${T}.initContainers[0]`;

describe('the pod security policy over the real cluster', () => {
  const cluster = renderedProduction();

  it('passes', () => {
    expect(podSecurityFindings(cluster.objects)).toEqual([]);
  });

  it('evaluates the production pods against their namespaces: a host network on any of them fails', () => {
    const deployments = cluster.objects.filter((o) => o.manifest.kind === 'Deployment');
    expect(deployments.length).toBeGreaterThan(0);
    for (const target of deployments) {
      const broken = structuredClone(target.manifest) as Json;
      broken.spec.template.spec.hostNetwork = true;
      const objects = cluster.objects.map((o) => (o === target ? { ...o, manifest: broken as Manifest } : o));
      const findings = podSecurityFindings(objects);
      expect(findings.map((f) => `${f.rule} ${f.object} ${f.path}`)).toEqual([
        `pod-security/host-namespaces Deployment/${target.manifest.metadata.namespace}/${target.manifest.metadata.name} ${T}.hostNetwork`,
      ]);
      expect(findings[0].message).toMatch(new RegExp(`^namespace "${target.manifest.metadata.namespace}" enforces restricted: `));
    }
  });
});

describe('every rule, one failing field each', () => {
  interface Case {
    readonly name: string;
    readonly level: Level;
    readonly edit: (pod: Json) => void;
    readonly expected: string;
    readonly annotations?: Record<string, string>;
  }
  const cases: Case[] = [
    {
      name: 'host-process (pod)',
      level: 'baseline',
      edit: (p) => (p.securityContext.windowsOptions = { hostProcess: true }),
      expected: `pod-security/host-process ${T}.securityContext.windowsOptions.hostProcess`,
    },
    {
      name: 'host-process (container)',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.windowsOptions = { hostProcess: true }),
      expected: `pod-security/host-process ${C0}.securityContext.windowsOptions.hostProcess`,
    },
    {
      name: 'host-namespaces (hostNetwork)',
      level: 'restricted',
      edit: (p) => (p.hostNetwork = true),
      expected: `pod-security/host-namespaces ${T}.hostNetwork`,
    },
    { name: 'host-namespaces (hostPID)', level: 'baseline', edit: (p) => (p.hostPID = true), expected: `pod-security/host-namespaces ${T}.hostPID` },
    { name: 'host-namespaces (hostIPC)', level: 'baseline', edit: (p) => (p.hostIPC = true), expected: `pod-security/host-namespaces ${T}.hostIPC` },
    {
      name: 'privileged',
      level: 'baseline',
      edit: (p) => (p.initContainers[0].securityContext.privileged = true),
      expected: `pod-security/privileged ${I0}.securityContext.privileged`,
    },
    {
      name: 'capabilities-baseline',
      level: 'baseline',
      edit: (p) => (p.containers[0].securityContext.capabilities.add = ['CHOWN', 'NET_ADMIN']),
      expected: `pod-security/capabilities-baseline ${C0}.securityContext.capabilities.add[1]`,
    },
    {
      name: 'host-path-volumes',
      level: 'baseline',
      edit: (p) => p.volumes.push({ name: 'host', hostPath: { path: '/var/run' } }),
      expected: `pod-security/host-path-volumes ${T}.volumes[1].hostPath`,
    },
    {
      name: 'host-ports',
      level: 'restricted',
      edit: (p) => (p.containers[0].ports[0].hostPort = 8080),
      expected: `pod-security/host-ports ${C0}.ports[0].hostPort`,
    },
    {
      name: 'apparmor (pod field)',
      level: 'baseline',
      edit: (p) => (p.securityContext.appArmorProfile = { type: 'Unconfined' }),
      expected: `pod-security/apparmor ${T}.securityContext.appArmorProfile.type`,
    },
    {
      name: 'apparmor (container field)',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.appArmorProfile = { type: 'Unconfined' }),
      expected: `pod-security/apparmor ${C0}.securityContext.appArmorProfile.type`,
    },
    {
      name: 'apparmor (annotation)',
      level: 'baseline',
      edit: () => undefined,
      expected: `pod-security/apparmor spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]`,
      annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' },
    },
    {
      name: 'selinux (type)',
      level: 'baseline',
      edit: (p) => (p.securityContext.seLinuxOptions = { type: 'spc_t' }),
      expected: `pod-security/selinux ${T}.securityContext.seLinuxOptions.type`,
    },
    {
      name: 'selinux (user)',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.seLinuxOptions = { user: 'system_u' }),
      expected: `pod-security/selinux ${C0}.securityContext.seLinuxOptions.user`,
    },
    {
      name: 'selinux (role)',
      level: 'baseline',
      edit: (p) => (p.containers[0].securityContext.seLinuxOptions = { type: 'container_t', role: 'system_r' }),
      expected: `pod-security/selinux ${C0}.securityContext.seLinuxOptions.role`,
    },
    {
      name: 'proc-mount',
      level: 'baseline',
      edit: (p) => (p.containers[0].securityContext.procMount = 'Unmasked'),
      expected: `pod-security/proc-mount ${C0}.securityContext.procMount`,
    },
    {
      name: 'seccomp-baseline',
      level: 'baseline',
      edit: (p) => (p.containers[0].securityContext.seccompProfile = { type: 'Unconfined' }),
      expected: `pod-security/seccomp-baseline ${C0}.securityContext.seccompProfile.type`,
    },
    {
      name: 'sysctls',
      level: 'baseline',
      edit: (p) =>
        (p.securityContext.sysctls = [
          { name: 'net.ipv4.tcp_syncookies', value: '1' },
          { name: 'kernel.msgmax', value: '65536' },
        ]),
      expected: `pod-security/sysctls ${T}.securityContext.sysctls[1].name`,
    },
    {
      name: 'restricted-volumes',
      level: 'restricted',
      edit: (p) => p.volumes.push({ name: 'share', nfs: { server: 'nas', path: '/x' } }),
      expected: `pod-security/restricted-volumes ${T}.volumes[1].nfs`,
    },
    {
      name: 'allow-privilege-escalation',
      level: 'restricted',
      edit: (p) => delete p.initContainers[0].securityContext.allowPrivilegeEscalation,
      expected: `pod-security/allow-privilege-escalation ${I0}.securityContext.allowPrivilegeEscalation`,
    },
    {
      name: 'run-as-non-root',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.runAsNonRoot = false),
      expected: `pod-security/run-as-non-root ${C0}.securityContext.runAsNonRoot`,
    },
    {
      name: 'run-as-user',
      level: 'restricted',
      edit: (p) => (p.securityContext.runAsUser = 0),
      expected: `pod-security/run-as-user ${T}.securityContext.runAsUser`,
    },
    {
      name: 'seccomp-restricted',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.seccompProfile = { type: 'Unconfined' }),
      expected: `pod-security/seccomp-restricted ${C0}.securityContext.seccompProfile.type`,
    },
    {
      name: 'capabilities-restricted (drop)',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.capabilities.drop = ['NET_RAW']),
      expected: `pod-security/capabilities-restricted ${C0}.securityContext.capabilities.drop`,
    },
    {
      name: 'capabilities-restricted (add)',
      level: 'restricted',
      edit: (p) => (p.containers[0].securityContext.capabilities.add = ['NET_BIND_SERVICE', 'CHOWN']),
      expected: `pod-security/capabilities-restricted ${C0}.securityContext.capabilities.add[1]`,
    },
  ];

  it.each(cases)('$name', ({ level, edit, expected, annotations }) => {
    expect(check(level, edit, annotations)).toEqual([expected]);
  });

  it('covers every rule id', () => {
    const rules = new Set(cases.map((c) => c.expected.split(' ')[0]));
    expect([...rules].sort()).toEqual(
      [
        'host-process',
        'host-namespaces',
        'privileged',
        'capabilities-baseline',
        'host-path-volumes',
        'host-ports',
        'apparmor',
        'selinux',
        'proc-mount',
        'seccomp-baseline',
        'sysctls',
        'restricted-volumes',
        'allow-privilege-escalation',
        'run-as-non-root',
        'run-as-user',
        'seccomp-restricted',
        'capabilities-restricted',
      ]
        .map((r) => `pod-security/${r}`)
        .sort(),
    );
  });

  it('the restrictive pod used as the base passes restricted', () => {
    expect(check('restricted', () => undefined)).toEqual([]);
  });

  it('says what is wrong, what to change and which level the namespace enforces', () => {
    const [f] = podSecurityFindings(
      render(
        namespace('apps', 'restricted'),
        deployment('apps', { ...restrictedPod(), containers: [{ name: 'app', image: 'x', securityContext: { capabilities: { drop: ['ALL'] } } }] }),
      ),
    );
    expect(f).toEqual({
      rule: 'pod-security/allow-privilege-escalation',
      severity: 'error',
      object: 'Deployment/apps/web',
      path: `${C0}.securityContext.allowPrivilegeEscalation`,
      message: 'namespace "apps" enforces restricted: container "app" may escalate privileges; set allowPrivilegeEscalation: false',
      cluster: 'production',
    });
  });

  it('in restricted namespaces the restricted check replaces the baseline one (hostPath, seccomp, capabilities)', () => {
    expect(check('restricted', (p) => p.volumes.push({ name: 'host', hostPath: { path: '/' } }))).toEqual([
      `pod-security/restricted-volumes ${T}.volumes[1].hostPath`,
    ]);
    expect(check('restricted', (p) => (p.securityContext.seccompProfile = { type: 'Unconfined' }))).toEqual([
      `pod-security/seccomp-restricted ${T}.securityContext.seccompProfile.type`,
    ]);
    expect(check('restricted', (p) => (p.containers[0].securityContext.capabilities.add = ['SYS_ADMIN']))).toEqual([
      `pod-security/capabilities-restricted ${C0}.securityContext.capabilities.add[0]`,
    ]);
  });

  it('finds fields of CronJob templates and of ephemeral containers at their own paths', () => {
    const pod = restrictedPod();
    pod.containers[0].securityContext.privileged = true;
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'apps' },
      spec: {
        schedule: '0 3 * * *',
        jobTemplate: { spec: { template: { metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } }, spec: pod } } },
      },
    };
    const podWithDebugger = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'debug', namespace: 'apps' },
      spec: { ...restrictedPod(), ephemeralContainers: [{ name: 'dbg', image: 'busybox:1', securityContext: { capabilities: { drop: ['ALL'] } } }] },
    };
    expect(podSecurityFindings(render(namespace('apps', 'restricted'), cronJob, podWithDebugger)).map((f) => `${f.rule} ${f.object} ${f.path}`)).toEqual([
      'pod-security/privileged CronJob/apps/nightly spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged',
      'pod-security/apparmor CronJob/apps/nightly spec.jobTemplate.spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]',
      'pod-security/allow-privilege-escalation Pod/apps/debug spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation',
    ]);
  });
});

describe('the level each namespace enforces', () => {
  /** Violates baseline (host network, privileged, hostPath) and restricted (no securityContext at all). */
  function hostAgent(): Json {
    return {
      hostNetwork: true,
      containers: [{ name: 'agent', image: 'agent:1', securityContext: { privileged: true } }],
      volumes: [{ name: 'root', hostPath: { path: '/' } }],
    };
  }

  it('a privileged namespace skips every check', () => {
    expect(podSecurityFindings(render(namespace('node', 'privileged'), deployment('node', hostAgent())))).toEqual([]);
    expect(podSecurityFindings(render(namespace('node', 'baseline'), deployment('node', hostAgent()))).map((f) => f.rule)).toEqual([
      'pod-security/host-namespaces',
      'pod-security/privileged',
      'pod-security/host-path-volumes',
    ]);
  });

  it('a baseline namespace allows what only restricted forbids, but still rejects a host network', () => {
    const plain = { containers: [{ name: 'app', image: 'nginx:1' }], volumes: [{ name: 'share', nfs: { server: 'nas', path: '/x' } }] };
    expect(podSecurityFindings(render(namespace('apps', 'baseline'), deployment('apps', plain)))).toEqual([]);
    expect(podSecurityFindings(render(namespace('apps', 'restricted'), deployment('apps', plain))).map((f) => `${f.rule} ${f.path}`)).toEqual([
      `pod-security/restricted-volumes ${T}.volumes[0].nfs`,
      `pod-security/allow-privilege-escalation ${C0}.securityContext.allowPrivilegeEscalation`,
      `pod-security/run-as-non-root ${C0}.securityContext.runAsNonRoot`,
      `pod-security/seccomp-restricted ${C0}.securityContext.seccompProfile.type`,
      `pod-security/capabilities-restricted ${C0}.securityContext.capabilities.drop`,
    ]);
    const findings = podSecurityFindings(render(namespace('apps', 'baseline'), deployment('apps', { ...plain, hostNetwork: true })));
    expect(findings.map((f) => `${f.rule} ${f.path}`)).toEqual([`pod-security/host-namespaces ${T}.hostNetwork`]);
    expect(findings[0].message).toBe(
      'namespace "apps" enforces baseline: the pod shares the host\'s namespace with hostNetwork: true; remove hostNetwork (or set it to false)',
    );
  });

  it('evaluates restricted when the namespace is not rendered, has no enforce label, or an invalid one', () => {
    const plain = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', image: 'nginx:1', securityContext: { capabilities: { drop: ['ALL'] } } }],
    };
    const expected = [`pod-security/allow-privilege-escalation ${C0}.securityContext.allowPrivilegeEscalation`];
    const absent = podSecurityFindings(render(deployment('elsewhere', plain)));
    expect(absent.map((f) => `${f.rule} ${f.path}`)).toEqual(expected);
    expect(absent[0].message).toMatch(
      /^namespace "elsewhere" enforces restricted \(no Namespace manifest is rendered for it; restricted is the project default\): /,
    );
    const unlabelled = podSecurityFindings(render(namespace('apps'), deployment('apps', plain)));
    expect(unlabelled.map((f) => `${f.rule} ${f.path}`)).toEqual(expected);
    expect(unlabelled[0].message).toMatch(/^namespace "apps" enforces restricted \(it has no pod-security\.kubernetes\.io\/enforce label/);
    expect(podSecurityFindings(render(namespace('apps', 'Baseline'), deployment('apps', plain))).map((f) => `${f.rule} ${f.path}`)).toEqual(expected);
    // the namespace of another name does not apply
    expect(podSecurityFindings(render(namespace('other', 'privileged'), deployment('apps', plain))).map((f) => `${f.rule} ${f.path}`)).toEqual(expected);
  });
});

describe('runAsNonRoot at pod and container level', () => {
  it('pod-level runAsNonRoot: true covers containers that do not set it', () => {
    expect(check('restricted', (p) => expect(p.containers[0].securityContext.runAsNonRoot).toBeUndefined())).toEqual([]);
  });

  it('a container that sets runAsNonRoot: false fails even under pod-level true', () => {
    expect(check('restricted', (p) => (p.containers[0].securityContext.runAsNonRoot = false))).toEqual([
      `pod-security/run-as-non-root ${C0}.securityContext.runAsNonRoot`,
    ]);
  });

  it('without pod-level runAsNonRoot every container must set it', () => {
    expect(check('restricted', (p) => delete p.securityContext.runAsNonRoot)).toEqual([
      `pod-security/run-as-non-root ${I0}.securityContext.runAsNonRoot`,
      `pod-security/run-as-non-root ${C0}.securityContext.runAsNonRoot`,
    ]);
    expect(
      check('restricted', (p) => {
        delete p.securityContext.runAsNonRoot;
        p.initContainers[0].securityContext.runAsNonRoot = true;
        p.containers[0].securityContext.runAsNonRoot = true;
      }),
    ).toEqual([]);
  });

  it('pod-level runAsNonRoot: false fails once, at the pod', () => {
    expect(check('restricted', (p) => (p.securityContext.runAsNonRoot = false))).toEqual([`pod-security/run-as-non-root ${T}.securityContext.runAsNonRoot`]);
  });
});

describe('upstream v1.33 details', () => {
  it('image volumes pass restricted (kubernetes/kubernetes#130394), a volume without a source is an emptyDir', () => {
    expect(check('restricted', (p) => p.volumes.push({ name: 'models', image: { reference: 'registry.example/models:1' } }, { name: 'scratch' }))).toEqual([]);
  });

  it('net.ipv4.tcp_rmem and tcp_wmem are safe sysctls from v1.32 (kubernetes/kubernetes#127489)', () => {
    expect(
      check(
        'restricted',
        (p) =>
          (p.securityContext.sysctls = [
            { name: 'net.ipv4.tcp_rmem', value: '4096 87380 16777216' },
            { name: 'net.ipv4.tcp_wmem', value: '4096 65536 16777216' },
          ]),
      ),
    ).toEqual([]);
  });

  it('container_engine_t is an allowed SELinux type; RuntimeDefault/Localhost AppArmor and seccomp are allowed', () => {
    expect(
      check(
        'restricted',
        (p) => {
          p.securityContext.seLinuxOptions = { type: 'container_engine_t', level: 's0:c1,c2' };
          p.securityContext.appArmorProfile = { type: 'RuntimeDefault' };
          p.containers[0].securityContext.appArmorProfile = { type: 'Localhost', localhostProfile: 'k8s-app' };
          p.containers[0].securityContext.seccompProfile = { type: 'Localhost', localhostProfile: 'app.json' };
          p.containers[0].securityContext.procMount = 'Default';
          p.containers[0].ports[0].hostPort = 0;
        },
        { 'container.apparmor.security.beta.kubernetes.io/app': 'localhost/k8s-app', 'container.apparmor.security.beta.kubernetes.io/init': 'runtime/default' },
      ),
    ).toEqual([]);
  });

  it('container-level seccomp satisfies restricted when the pod sets none, for every container', () => {
    const edit = (p: Json): void => {
      delete p.securityContext.seccompProfile;
      p.containers[0].securityContext.seccompProfile = { type: 'RuntimeDefault' };
    };
    expect(check('restricted', edit)).toEqual([`pod-security/seccomp-restricted ${I0}.securityContext.seccompProfile.type`]);
    expect(
      check('restricted', (p) => {
        edit(p);
        p.initContainers[0].securityContext.seccompProfile = { type: 'RuntimeDefault' };
      }),
    ).toEqual([]);
  });

  it('Windows pods are exempt from allowPrivilegeEscalation, seccomp and capabilities under restricted, not from runAsNonRoot', () => {
    const windows = { os: { name: 'windows' }, containers: [{ name: 'app', image: 'win:1' }] };
    expect(podSecurityFindings(render(namespace('apps', 'restricted'), deployment('apps', windows))).map((f) => `${f.rule} ${f.path}`)).toEqual([
      `pod-security/run-as-non-root ${C0}.securityContext.runAsNonRoot`,
    ]);
  });
});
