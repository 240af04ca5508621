// preflight against a recorded K3s v1.33 cluster shaped like the running one, answered by a fake
// kubectl (test/fixtures/preflight/fake-kubectl.cjs): in this process through the kubectl runner
// seam for most cases, and end to end (`npm run preflight`, bin/kubectl first on PATH, a process per
// call) for a few: before the takeover, after the runbook, no kubectl, an unknown context, no answer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ApiObject } from 'cdk8s';
import { OceanidCluster } from '../charts/oceanid-cluster';
import { FluxLayer } from '../lib/flux-layer';
import { LayerChart } from '../lib/layer-chart';
import { loadClusterModel, ModelSource } from '../model/load';
import { production } from '../model/production';
import { ClusterModel } from '../model/schema';
import { nodeFindings } from '../preflight/nodes';
import { formatFinding } from '../preflight/report';
import { runPreflightCli, PreflightOptions } from '../preflight/run';
import { runtimeClassFindings } from '../preflight/runtime-class';
import { parseConflicts } from '../preflight/takeover';
import { applyOrder } from '../lib/kustomization-dependencies';
import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';
import { SchemaValidator } from '../policy/schema';
import { renderCluster, RenderedCluster } from '../synth/render';
import { fakeKubectl } from './fake-kubectl';
import { repoRoot, sourceWith } from './helpers';

const FIXTURES = join(repoRoot, 'test/fixtures/preflight');
const FAKE_BIN = join(FIXTURES, 'bin');
type State = { currentContext: string; contexts: string[]; serverVersion: unknown; objects: any[] };

/** The recorded cluster: Flux without the image controllers, a Pulumi-managed cloudflared, a leftover connector. */
function recorded(): State {
  return JSON.parse(readFileSync(join(FIXTURES, 'recorded-cluster.json'), 'utf8'));
}

/**
 * Production as the fixture recorded it: nodes the model gained since (README, "Add an app") are
 * left out, with the component blocks placed on them, so a new node changes no finding here.
 */
const recordedProduction: ModelSource = (() => {
  const nodes = new Set(
    recorded()
      .objects.filter((o) => o.kind === 'Node')
      .map((o) => o.metadata.name as string),
  );
  const model = structuredClone(production.model) as Record<string, any>;
  model.nodes = model.nodes.filter((n: { name: string }) => nodes.has(n.name));
  for (const [field, block] of Object.entries(model)) if (typeof block?.node === 'string' && !nodes.has(block.node)) delete model[field];
  return { ...production, model: model as ModelSource['model'] };
})();
const clusters = [recordedProduction];
const productionModel = (): ClusterModel => loadClusterModel(recordedProduction, repoRoot);
let rendered: RenderedCluster | undefined;
const renderedProduction = (): RenderedCluster => (rendered ??= renderCluster(productionModel()));

const key = (o: any) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const without = (state: State, ...keys: string[]) => ({ ...state, objects: state.objects.filter((o) => !keys.includes(key(o))) });

/**
 * The recorded cluster after the takeover runbook (README, Preflight): the nodes labelled and
 * tainted as hosts/ says, Flux bootstrapped with the image controllers, the bootstrap Secret
 * created, cert-manager upgraded with helm to the pinned chart, the cloudflared namespace released from Pulumi (its field managers cleared), Pulumi's
 * connector and the leftover connector deleted.
 */
function afterRunbook(model: ClusterModel = productionModel()): State {
  let state = recorded();
  // A node the model gained since the fixture was recorded has joined by now (README, "Add an app").
  const recordedNodes = state.objects.filter((o) => o.kind === 'Node');
  for (const n of model.nodes.filter((m) => !recordedNodes.some((o) => o.metadata.name === m.name))) {
    const like = structuredClone(
      recordedNodes.find(
        (o) => Boolean(o.status?.allocatable?.['nvidia.com/gpu']) === Boolean(n.gpu) && !o.metadata.labels['node-role.kubernetes.io/control-plane'],
      ) ?? recordedNodes[0],
    );
    like.metadata.name = n.name;
    like.metadata.labels = { ...like.metadata.labels, 'kubernetes.io/hostname': n.name };
    like.status.addresses = [
      { type: 'InternalIP', address: n.address },
      { type: 'Hostname', address: n.name },
    ];
    if (n.gpu) for (const field of ['allocatable', 'capacity']) like.status[field] = { ...like.status[field], 'nvidia.com/gpu': String(n.gpu.count) };
    state.objects.push(like);
  }
  for (const node of state.objects.filter((o) => o.kind === 'Node')) {
    const declared = model.nodes.find((n) => n.name === node.metadata.name)!;
    Object.assign(node.metadata.labels, declared.labels);
    node.spec.taints = declared.taints.length > 0 ? declared.taints.map((t) => ({ effect: t.effect, key: t.key, value: t.value })) : undefined;
  }
  state.objects.push(...JSON.parse(readFileSync(join(FIXTURES, 'flux-image-automation.json'), 'utf8')).objects);
  const token = model.secrets.bootstrapToken;
  state.objects.push(
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        creationTimestamp: '2026-11-29T10:05:00Z',
        labels: { 'kubernetes.io/metadata.name': token.namespace },
        name: token.namespace,
        resourceVersion: '91022',
        uid: 'b9e0c1d2-3f45-4a67-8b90-c1d2e3f4a5b6',
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    {
      apiVersion: 'v1',
      data: { [token.key]: '' },
      kind: 'Secret',
      metadata: {
        creationTimestamp: '2026-11-29T10:05:02Z',
        name: token.name,
        namespace: token.namespace,
        resourceVersion: '91030',
        uid: 'c0f1d2e3-4a56-4b78-9c01-d2e3f4a5b6c7',
      },
      type: 'Opaque',
    },
  );
  const certManager = model.charts.certManager;
  for (const o of state.objects.filter((x) => x.metadata.annotations?.['meta.helm.sh/release-name'] === 'cert-manager')) {
    o.metadata.labels['helm.sh/chart'] = `${certManager.chart}-${certManager.version}`;
    o.metadata.labels['app.kubernetes.io/version'] = certManager.version;
  }
  delete state.objects.find((o) => key(o) === 'Namespace//cloudflared').metadata.managedFields;
  const gone = state.objects.filter((o) => o.metadata.namespace === 'cloudflared' && ['Deployment', 'Pod', 'Secret'].includes(o.kind)).map(key);
  state = without(state, ...gone);
  return state;
}

/** A kubeconfig naming the state's contexts and current context, as `kubectl config view` would write it. */
function kubeconfigFor(state: State): string {
  const file = join(mkdtempSync(join(tmpdir(), 'preflight-kubeconfig-')), 'config');
  const contexts = state.contexts.map((name) => `{name: ${name}, context: {cluster: tunnel, user: u}}`).join(', ');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{name: tunnel, cluster: {server: "https://127.0.0.1:16443"}}]',
      'users: [{name: u, user: {username: nobody}}]',
      `contexts: [${contexts}]`,
      `current-context: ${state.currentContext}`,
      '',
    ].join('\n'),
  );
  return file;
}

interface Run {
  code: number;
  lines: string[];
  err: string;
  /** Every kubectl command line, as the fake kubectl logged it. */
  calls: string[][];
}

/** preflight in this process, its kubectl calls answered by the fake kubectl's logic (test/fake-kubectl.ts). */
function run(state: State, argv: string[] = [], options: PreflightOptions = {}, sources: readonly ModelSource[] = clusters): Run {
  const lines: string[] = [];
  const err: string[] = [];
  const calls: string[][] = [];
  const code = runPreflightCli(
    argv,
    sources,
    repoRoot,
    { out: (l) => lines.push(l), err: (l) => err.push(l) },
    { env: { KUBECONFIG: kubeconfigFor(state) }, ...options, kubectl: fakeKubectl(state, calls) },
  );
  return { code, lines, err: err.join('\n'), calls };
}

interface ScriptRun extends Run {
  stdout: string;
  stderr: string;
  /** Wall time from start to exit. */
  seconds: number;
}

/**
 * `npm run preflight` end to end (node scripts/preflight.mjs, as the npm script runs it), with
 * bin/kubectl first on PATH: the bundles, and a kubectl process per call. Asynchronous, so that
 * the few end-to-end runs go at once.
 */
function script(state: State, argv: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
  const start = Date.now();
  const child = spawn(process.execPath, ['scripts/preflight.mjs', ...argv], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${FAKE_BIN}${delimiter}${process.env.PATH}`,
      FAKE_KUBECTL_STATE: join(dir, 'state.json'),
      FAKE_KUBECTL_LOG: join(dir, 'calls'),
      KUBECONFIG: kubeconfigFor(state),
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const seconds = (Date.now() - start) / 1000;
      const log = existsSync(join(dir, 'calls')) ? readFileSync(join(dir, 'calls'), 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      resolve({
        code: code ?? -1,
        lines: stdout.split('\n').filter(Boolean),
        err: stderr.trimEnd(),
        calls: log
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l)),
        stdout,
        stderr,
        seconds,
      });
    }),
  );
}

let beforeTakeoverRun: Run | undefined;
/** The in-process run against the recorded cluster, made once for every test that reads it. */
const beforeTakeover = (): Run => (beforeTakeoverRun ??= run(recorded()));

const find = (r: Run, severity: string, check: string, object: string) => r.lines.filter((l) => l.startsWith(`${severity} ${check} ${object}: `));

describe('the recorded cluster', () => {
  it('is kubectl -o json shape: every object, and every runbook addition, is valid Kubernetes 1.33 (strict, status included)', () => {
    const objects = [...recorded().objects, ...afterRunbook().objects];
    const errors = SchemaValidator.open().validateAll(objects);
    expect([...errors].map(([m, e]) => `${key(m)}: ${e.map((x) => `${x.path} ${x.message}`).join('; ')}`)).toEqual([]);
    expect(new Set(objects.map((o) => o.kind))).toEqual(
      new Set(['Node', 'RuntimeClass', 'Namespace', 'ConfigMap', 'CustomResourceDefinition', 'Deployment', 'Secret', 'Pod', 'Service']),
    );
  });

  it('holds no secret value: every Secret has key names and empty values', () => {
    for (const secret of afterRunbook().objects.filter((o) => o.kind === 'Secret'))
      expect(Object.values(secret.data)).toEqual(Object.keys(secret.data).map(() => ''));
  });
});

describe('preflight against the recorded cluster (before the takeover)', () => {
  let r: Run;
  beforeAll(() => {
    r = beforeTakeover();
  });

  it('exits 1 and ends with a summary naming the cluster and the context', () => {
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.lines[r.lines.length - 1]).toMatch(/^production \(context oceanid\): \d+ error\(s\), \d+ warning\(s\), \d+ info; not ready/);
  });

  it('prints one line per finding: severity, check id, object, what was found, what to do', () => {
    for (const line of r.lines.slice(0, -1)) expect(line).toMatch(/^(error|warning|info) [a-z-]+\/[a-z-]+ [A-Za-z]+\/\S+: .+/);
    const severities = r.lines.slice(0, -1).map((l) => l.split(' ')[0]);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('finds every model node under its Kubernetes node name, and names the labels the nodes lack', () => {
    const model = productionModel();
    expect(r.lines.filter((l) => l.includes('nodes/missing'))).toEqual([]);
    for (const node of model.nodes) {
      for (const [k, v] of Object.entries(node.labels))
        expect(find(r, 'error', 'nodes/labels', `Node/${node.name}`)).toContain(
          `error nodes/labels Node/${node.name}: label ${k}=${v} is missing: kubectl label node ${node.name} ${k}=${v} (and keep it in hosts/production/${node.name}/config.yaml)`,
        );
    }
  });

  it('reports the extra taint on the GPU node as an error', () => {
    expect(find(r, 'error', 'nodes/taints', 'Node/calypso')).toEqual([
      expect.stringContaining('taint nvidia.com/gpu=present:NoSchedule is on the node but not in the model'),
    ]);
    expect(r.lines.filter((l) => /nodes\/(role|gpu|k3s-version|not-ready)/.test(l))).toEqual([]);
  });

  it('lists the Flux controllers with their versions, and the missing image automation controllers and CRDs', () => {
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/source-controller')).toEqual([
      'info flux/controllers Deployment/flux-system/source-controller: ghcr.io/fluxcd/source-controller:v1.7.4 (Flux v2.7.5), 1/1 ready',
    ]);
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/kustomize-controller')[0]).toContain('kustomize-controller:v1.7.3');
    expect(find(r, 'error', 'flux/controllers', 'Deployment/flux-system/image-reflector-controller')[0]).toContain(
      'not installed, and the repository renders ImageRepository, ImagePolicy',
    );
    expect(find(r, 'error', 'flux/controllers', 'Deployment/flux-system/image-automation-controller')[0]).toContain(
      '--components-extra=image-reflector-controller,image-automation-controller',
    );
    for (const crd of ['imagerepositories', 'imagepolicies', 'imageupdateautomations']) {
      expect(find(r, 'error', 'flux/crds', `CustomResourceDefinition/${crd}.image.toolkit.fluxcd.io`)[0]).toMatch(
        /no CRD serves \w+ \(image\.toolkit\.fluxcd\.io\/v1\)/,
      );
    }
    expect(r.lines.filter((l) => l.startsWith('error flux/crds') && !l.includes('image.toolkit'))).toEqual([]);
  });

  it("finds the GitRepository's secret and reports the missing bootstrap Secret, reading key names only", () => {
    expect(find(r, 'info', 'flux/git-secret', 'Secret/flux-system/flux-system')).toEqual([
      'info flux/git-secret Secret/flux-system/flux-system: exists with keys identity, identity.pub, known_hosts',
    ]);
    expect(find(r, 'error', 'secrets/bootstrap', 'Secret/external-secrets/pulumi-esc-access-token')[0]).toContain('does not exist');
    const secretReads = r.calls.filter((c) => c.includes('secret'));
    expect(secretReads.length).toBe(2);
    for (const c of secretReads) expect(c).toContain('go-template={{range $k, $v := .data}}{{$k}}{{"\\n"}}{{end}}');
  });

  it('names the Pulumi field manager and its fields on the cloudflared Deployment and Namespace', () => {
    const deployment = find(r, 'error', 'takeover/conflict', 'Deployment/cloudflared/cloudflared');
    expect(deployment).toHaveLength(1);
    expect(deployment[0]).toContain(
      '[cloudflared] field manager "pulumi-kubernetes-3c1f2b9a" owns .spec.replicas, .spec.template.spec.containers[name="cloudflared"].args, .spec.template.spec.containers[name="cloudflared"].image',
    );
    expect(deployment[0]).toContain('pulumi state delete');
    expect(find(r, 'error', 'takeover/conflict', 'Namespace/cloudflared')[0]).toContain('owns .metadata.labels.pod-security.kubernetes.io/enforce');
  });

  it('reports the second cloudflared connector that nothing renders, and not the Helm-installed cert-manager', () => {
    expect(r.lines.filter((l) => l.includes('takeover/unmanaged'))).toEqual([
      expect.stringMatching(
        /^warning takeover\/unmanaged Deployment\/cloudflared\/cloudflared-connector: .*managed by kubectl-create.*kubectl -n cloudflared delete deployment cloudflared-connector/,
      ),
    ]);
  });

  it('reports that Flux adopts the cert-manager release installed with the Helm CLI and upgrades its chart', () => {
    expect(find(r, 'warning', 'takeover/helm-release', 'HelmRelease/cert-manager/cert-manager')).toEqual([
      expect.stringContaining(
        'adopts the Helm release cert-manager/cert-manager installed outside Flux (chart cert-manager-v1.18.2 on its objects): helm-controller upgrades it in place to cert-manager-v1.21.1',
      ),
    ]);
  });

  it('names the running pods the tightened Pod Security level would reject, from the API server warnings', () => {
    expect(find(r, 'error', 'pod-security/rejected', 'Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt')).toEqual([
      expect.stringContaining(
        'enforce baseline -> restricted:v1.33 would reject this pod (and 1 other pod) when it is recreated: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile',
      ),
    ]);
    expect(find(r, 'info', 'pod-security/tighten', 'Namespace/cert-manager')).toEqual([
      'info pod-security/tighten Namespace/cert-manager: enforce privileged -> restricted:v1.33 rejects none of the running pods',
    ]);
    const labelled = r.calls.filter((c) => c.includes('label'));
    expect(labelled.map((c) => c[c.indexOf('namespace') + 1]).sort()).toEqual(['cert-manager', 'cloudflared']);
    for (const c of labelled)
      expect(c).toEqual(
        expect.arrayContaining(['--dry-run=server', 'pod-security.kubernetes.io/enforce=restricted', 'pod-security.kubernetes.io/enforce-version=v1.33']),
      );
  });

  it('dry-runs the Kustomizations in Flux order and says what cannot be dry-run yet', () => {
    const layers = r.lines.filter((l) => l.startsWith('info takeover/')).map((l) => /\[([a-z-]+)\]/.exec(l)![1]);
    const order = applyOrder(renderedProduction().objects, FLUX_BOOTSTRAP_KUSTOMIZATION);
    expect([...new Set(layers)]).toEqual(order);
    expect(order.indexOf('external-secrets')).toBeLessThan(order.indexOf('secret-store'));
    expect(order.indexOf('secret-store')).toBeLessThan(order.indexOf('label-studio'));
    expect(find(r, 'info', 'takeover/deferred', 'ClusterSecretStore/pulumi-esc')[0]).toContain(
      'its CRDs come with HelmRelease/external-secrets/external-secrets in external-secrets',
    );
    expect(find(r, 'info', 'takeover/created', 'Deployment/gpu-inference/triton')[0]).toContain('in the new namespace gpu-inference');
    expect(find(r, 'info', 'takeover/adopted', 'Namespace/cert-manager')[0]).toContain(
      'metadata.labels["pod-security.kubernetes.io/enforce"] absent -> "restricted"',
    );
    expect(find(r, 'info', 'runtime/runtime-class', 'RuntimeClass/nvidia')).toEqual([
      'info runtime/runtime-class RuntimeClass/nvidia: exists (used by Deployment/gpu-inference/triton)',
    ]);
  });

  it('only reads: every call has a request time-out, applies and labels are server-side dry runs as kustomize-controller', () => {
    expect(r.calls.length).toBeGreaterThan(10);
    for (const c of r.calls) {
      expect(c.some((a) => a.startsWith('--request-timeout='))).toBe(true);
      const verb = c.find((a) => !a.startsWith('-') && !/^\d/.test(a));
      expect(['version', 'config', 'get', 'apply', 'label']).toContain(verb);
      if (verb === 'apply') expect(c).toEqual(expect.arrayContaining(['--server-side', '--dry-run=server', '--field-manager=kustomize-controller']));
      if (verb === 'label') expect(c).toContain('--dry-run=server');
    }
  });
});

describe('preflight against the recorded cluster after the runbook', () => {
  it('reports ready with exit 0: every rendered object is created, adopted or unchanged (--context, --cluster given)', () => {
    const r = run(afterRunbook(), ['--context=oceanid', '--cluster', 'production']);
    expect(r.lines.filter((l) => !l.startsWith('info '))).toEqual([
      expect.stringMatching(/^production \(context oceanid\): 0 error\(s\), 0 warning\(s\), \d+ info; ready: Flux can take over$/),
    ]);
    expect(r.code).toBe(0);
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/image-automation-controller')[0]).toContain('image-automation-controller:v1.0.4');
    expect(find(r, 'info', 'secrets/bootstrap', 'Secret/external-secrets/pulumi-esc-access-token')).toEqual([
      'info secrets/bootstrap Secret/external-secrets/pulumi-esc-access-token: exists with key "accessToken"',
    ]);
    expect(find(r, 'info', 'takeover/created', 'Deployment/cloudflared/cloudflared')).toHaveLength(1);
    expect(find(r, 'info', 'takeover/created', 'ImagePolicy/flux-system/production-cloudflared')).toHaveLength(1);
    expect(find(r, 'info', 'takeover/helm-release', 'HelmRelease/cert-manager/cert-manager')).toEqual([
      'info takeover/helm-release HelmRelease/cert-manager/cert-manager: adopts the Helm release cert-manager/cert-manager installed outside Flux, at the same chart cert-manager-v1.21.1',
    ]);
    for (const c of r.calls) expect(c.slice(0, 2)).toEqual(['--context', 'oceanid']);
  });

  describe('with a released Pulumi Deployment left in place, a changed and an unchanged live object, a rendered pod Pod Security warns about, an unserved kind and an unknown namespace', () => {
    let r: Run;
    beforeAll(() => {
      const state = afterRunbook();
      const pulumi = recorded().objects.find((o) => key(o) === 'Deployment/cloudflared/cloudflared');
      pulumi.metadata.managedFields = [];
      const config = structuredClone(
        renderedProduction().objects.find((o) => o.manifest.kind === 'ConfigMap' && o.manifest.metadata.name === 'cloudflared-config')!.manifest,
      ) as any;
      const same = structuredClone(
        renderedProduction().objects.find((o) => o.manifest.kind === 'PodDisruptionBudget' && o.manifest.metadata.namespace === 'cloudflared')!.manifest,
      ) as any;
      config.data['config.yaml'] = 'no-autoupdate: true\n';
      state.objects.push(pulumi, config, same);
      const addDebugPod = (cluster: OceanidCluster) => {
        const chart = new LayerChart(cluster.layer(FluxLayer.APPS), 'debug', { model: cluster.model });
        const labels = { app: 'debug' };
        new ApiObject(chart, 'debug', {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'debug', namespace: 'cloudflared' },
          spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'shell', image: 'busybox:1.37' }] } } },
        });
        new ApiObject(chart, 'route', {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: { name: 'label-studio', namespace: 'label-studio' },
          spec: {},
        });
        new ApiObject(chart, 'dashboards', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'dashboards', namespace: 'monitoring' }, data: {} });
      };
      r = run(state, [], { extend: addDebugPod });
    });

    it('exits 1 with exactly these findings', () => {
      expect(r.code).toBe(1);
      expect(r.lines.filter((l) => l.startsWith('warning ') || l.startsWith('error ')).map((l) => l.split(':')[0])).toEqual([
        'error takeover/admission-error Deployment/cloudflared/cloudflared',
        'error takeover/unserved HTTPRoute/label-studio/label-studio',
        'error takeover/namespace ConfigMap/monitoring/dashboards',
        'warning takeover/changed ConfigMap/cloudflared/cloudflared-config',
        'warning takeover/admission-warning Deployment/cloudflared/debug',
      ]);
    });

    it("refuses the Pulumi Deployment that is not deleted: the API server's immutable selector error", () => {
      expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')).toEqual([
        expect.stringContaining('the API server refuses it: The Deployment.apps "cloudflared" is invalid: spec.selector: Invalid value'),
      ]);
      expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')[0]).toContain(
        'field is immutable: delete the live object before the takeover',
      );
    });

    it('names the fields Flux would change on a live object nobody else manages, and the unchanged one', () => {
      expect(find(r, 'warning', 'takeover/changed', 'ConfigMap/cloudflared/cloudflared-config')).toEqual([
        expect.stringContaining('[cloudflared] would change data["config.yaml"] "no-autoupdate: true\\n" -> '),
      ]);
      expect(find(r, 'info', 'takeover/unchanged', 'PodDisruptionBudget/cloudflared/cloudflared')).toEqual([
        'info takeover/unchanged PodDisruptionBudget/cloudflared/cloudflared: [cloudflared] unchanged',
      ]);
    });

    it('an object no CRD serves and no rendered HelmRelease installs, and one in a namespace nothing creates', () => {
      expect(find(r, 'error', 'takeover/unserved', 'HTTPRoute/label-studio/label-studio')).toEqual([
        expect.stringContaining('[debug] no CRD serves HTTPRoute (gateway.networking.k8s.io/v1) and no rendered HelmRelease installs it'),
      ]);
      expect(find(r, 'error', 'takeover/namespace', 'ConfigMap/monitoring/dashboards')).toEqual([
        expect.stringContaining('[debug] namespace monitoring does not exist and nothing renders it'),
      ]);
    });

    it('passes on the Pod Security warning the API server returns for a rendered workload', () => {
      expect(find(r, 'warning', 'takeover/admission-warning', 'Deployment/cloudflared/debug')).toEqual([
        expect.stringContaining(
          '[debug] the API server warns: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "shell" must set securityContext.allowPrivilegeEscalation=false)',
        ),
      ]);
    });
  });
});

describe('`npm run preflight` end to end: the bundles, a kubectl process per call', () => {
  const runs: Record<'unreachable' | 'closedPort' | 'missing' | 'unknownContext' | 'before' | 'after', ScriptRun> = {} as any;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const kubeconfig = join(dir, 'config');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: tunnel, cluster: {server: "https://127.0.0.1:1"}}]',
        'users: [{name: u, user: {username: nobody}}]',
        'contexts: [{name: tethys, context: {cluster: tunnel, user: u}}]',
        'current-context: tethys',
        '',
      ].join('\n'),
    );
    // All at once: the unreachable case mostly waits for its time-out.
    const started = {
      unreachable: script(recorded(), ['--context', 'oceanid'], { FAKE_KUBECTL_HANG: '1' }),
      closedPort: script(recorded(), [], { PATH: process.env.PATH, KUBECONFIG: kubeconfig }),
      missing: script(recorded(), [], { PATH: join(repoRoot, 'no-such-dir') }),
      unknownContext: script(recorded(), ['--context', 'nope']),
      before: script(recorded()),
      // The script reads the model as it is: the state has its nodes.
      after: script(afterRunbook(loadClusterModel(production, repoRoot)), ['--context=oceanid', '--cluster', 'production']),
    };
    for (const [name, run] of Object.entries(started)) runs[name as keyof typeof runs] = await run;
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('before the takeover: exit 1, the summary, and the same lines and kubectl calls as the in-process run', () => {
    const e2e = runs.before;
    expect(e2e.code).toBe(1);
    expect(e2e.err).toBe('');
    expect(e2e.lines[e2e.lines.length - 1]).toMatch(/^production \(context oceanid\): \d+ error\(s\), \d+ warning\(s\), \d+ info; not ready/);
    expect(find(e2e, 'info', 'flux/controllers', 'Deployment/flux-system/source-controller')).toEqual([
      'info flux/controllers Deployment/flux-system/source-controller: ghcr.io/fluxcd/source-controller:v1.7.4 (Flux v2.7.5), 1/1 ready',
    ]);
    expect(find(e2e, 'error', 'takeover/conflict', 'Deployment/cloudflared/cloudflared')[0]).toContain('field manager "pulumi-kubernetes-3c1f2b9a"');
    // The script reads the model as it is (with any node added since the fixture was recorded): so does this run.
    const inProcess = run(recorded(), [], {}, [production]);
    expect(e2e.lines).toEqual(inProcess.lines);
    // The script asks `kubectl version` once more, from its reachability bundle, before the rest is built.
    expect(e2e.calls).toEqual([inProcess.calls[0], ...inProcess.calls]);
    expect(inProcess.calls.some((c) => c.includes('current-context'))).toBe(false);
  });

  it('after the runbook (--context, --cluster given): exit 0, ready, every call with the context', () => {
    const e2e = runs.after;
    expect(e2e.code).toBe(0);
    expect(e2e.err).toBe('');
    expect(e2e.lines.filter((l) => !l.startsWith('info '))).toEqual([
      expect.stringMatching(/^production \(context oceanid\): 0 error\(s\), 0 warning\(s\), \d+ info; ready: Flux can take over$/),
    ]);
    expect(e2e.calls.length).toBeGreaterThan(10);
    for (const c of e2e.calls) expect(c.slice(0, 2)).toEqual(['--context', 'oceanid']);
  });

  it('an API server that does not answer: exit 2 and one line, the whole npm script included (its time: npm run bench)', () => {
    const r = runs.unreachable;
    expect({ status: r.code, stdout: r.stdout, lines: r.stderr.trim().split('\n').length }).toEqual({ status: 2, stdout: '', lines: 1 });
    expect(r.stderr).toMatch(/^preflight: the API server of context "oceanid" did not answer \(no answer within 6 s\): is the SSH tunnel up/);
  });

  it('a kubeconfig pointing at a closed loopback port, with the real kubectl: exit 2, the context named from the kubeconfig file', () => {
    const r = runs.closedPort;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: the API server of context "tethys" did not answer \(.*127\.0\.0\.1:1.*\): is the SSH tunnel up.*\n$/);
  });

  it('kubectl missing, an unknown context: exit 2 and one line', () => {
    expect(runs.missing).toMatchObject({
      code: 2,
      lines: [],
      err: 'preflight: kubectl is not installed or not on PATH: install kubectl v1.33 and a kubeconfig for the cluster',
    });
    expect(runs.unknownContext).toMatchObject({
      code: 2,
      lines: [],
      err: 'preflight: the kubeconfig has no context "nope": pick one of kubectl config get-contexts with --context',
    });
  });
});

describe('preflight checks, one mismatch at a time', () => {
  const model = productionModel();
  const liveNodes = () => afterRunbook().objects.filter((o) => o.kind === 'Node');
  const nodeLines = (edit: (nodes: any[]) => void) => {
    const nodes = liveNodes();
    edit(nodes);
    return nodeFindings(model, nodes).map(formatFinding);
  };
  const calypso = (nodes: any[]) => nodes.find((n) => n.metadata.name === 'calypso');

  it('a clean set of nodes has no finding', () => {
    expect(nodeLines(() => undefined)).toEqual([]);
  });

  it('a node missing under its Kubernetes name, and a node the model does not declare', () => {
    expect(nodeLines((nodes) => (nodes[1].metadata.name = 'styx'))).toEqual([
      'error nodes/missing Node/srv712695: no node "srv712695" in the cluster (it has "srv712429", "styx", "calypso"): use the Kubernetes node name (kubectl get nodes) as the node\'s name in model/production.ts, or join the node',
      expect.stringMatching(/^warning nodes\/undeclared Node\/styx: /),
    ]);
  });

  it('a missing taint on the GPU node', () => {
    expect(nodeLines((nodes) => (calypso(nodes).spec.taints = []))).toEqual([
      expect.stringMatching(
        /^error nodes\/taints Node\/calypso: taint workload-type=gpu-compute:NoSchedule is missing: pods that do not tolerate it can be scheduled on the GPU node: kubectl taint node calypso workload-type=gpu-compute:NoSchedule$/,
      ),
    ]);
  });

  it('ignores the taints the node lifecycle controller manages', () => {
    expect(
      nodeLines((nodes) =>
        calypso(nodes).spec.taints.push({ effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', timeAdded: '2026-11-29T10:00:00Z' }),
      ),
    ).toEqual([]);
  });

  it('role, GPU count, kubelet version and readiness', () => {
    expect(nodeLines((nodes) => delete nodes[0].metadata.labels['node-role.kubernetes.io/control-plane'])).toEqual([
      expect.stringMatching(/^error nodes\/role Node\/srv712429: the model says server but the node is not a control-plane node/),
    ]);
    expect(nodeLines((nodes) => (calypso(nodes).status.allocatable['nvidia.com/gpu'] = '0'))).toEqual([
      expect.stringMatching(/^error nodes\/gpu Node\/calypso: allocatable nvidia.com\/gpu is 0, the model says 1/),
    ]);
    expect(nodeLines((nodes) => (nodes[1].status.nodeInfo.kubeletVersion = 'v1.32.6+k3s1'))).toEqual([
      expect.stringMatching(/^error nodes\/k3s-version Node\/srv712695: kubelet is v1.32.6\+k3s1, the model says v1.33.4\+k3s1/),
    ]);
    expect(nodeLines((nodes) => (nodes[2].status.conditions.find((c: any) => c.type === 'Ready').status = 'Unknown'))).toEqual([
      expect.stringMatching(/^error nodes\/not-ready Node\/calypso: the node is not Ready/),
    ]);
  });

  it('a missing nvidia RuntimeClass when a GPU workload is rendered', () => {
    expect(runtimeClassFindings(renderedProduction(), []).map(formatFinding)).toEqual([
      expect.stringMatching(
        /^error runtime\/runtime-class RuntimeClass\/nvidia: does not exist, and Deployment\/gpu-inference\/triton cannot start without it: /,
      ),
    ]);
  });

  it('parses conflicts as kubectl prints them, with several managers and Update entries', () => {
    const stderr = [
      'error: Apply failed with 3 conflicts: conflicts with "kubectl-edit" using apps/v1 at 2025-07-14T21:03:44Z:',
      '- .spec.replicas',
      'conflicts with "pulumi-kubernetes-3c1f2b9a":',
      '- .spec.template.spec.containers[name="cloudflared"].image',
      '- .spec.template.spec.containers[name="cloudflared"].args',
      'Please review the fields above--they currently have other managers. Here',
    ].join('\n');
    expect(parseConflicts(stderr)).toEqual([
      { manager: 'kubectl-edit', fields: ['.spec.replicas'] },
      {
        manager: 'pulumi-kubernetes-3c1f2b9a',
        fields: ['.spec.template.spec.containers[name="cloudflared"].image', '.spec.template.spec.containers[name="cloudflared"].args'],
      },
    ]);
    expect(parseConflicts('error: Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1 at 2025-07-14T21:03:44Z: .spec.replicas')).toEqual([
      { manager: 'kubectl-edit', fields: ['.spec.replicas'] },
    ]);
  });
});

describe('preflight without a usable cluster exits 2 with one line', () => {
  it('an invalid model: its paragraph, before any kubectl call', () => {
    const err: string[] = [];
    const bad = sourceWith((m) => (m.nodes[0].name = 'Srv712429'));
    const code = runPreflightCli([], [bad], repoRoot, { out: () => undefined, err: (l) => err.push(l) }, { env: { PATH: join(repoRoot, 'no-such-dir') } });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(
      /^The cluster model in test model \+ model\/images\/production.yaml is invalid; nothing was written.\n  - nodes\[0\].name: /,
    );
  });

  it('an unknown cluster, an unknown argument (kubectl missing and an unknown context: end to end above)', () => {
    expect(run(recorded(), ['--cluster', 'prod'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^preflight: no cluster "prod" in model\/clusters.ts: expected one of "production"/),
    });
    expect(run(recorded(), ['--force'])).toMatchObject({
      code: 2,
      err: 'preflight: unknown argument "--force"; usage: npm run preflight [-- --context NAME] [--cluster NAME]',
    });
  });
});
