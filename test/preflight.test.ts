// preflight against a recorded K3s v1.33 cluster shaped like the running one, answered by a fake
// kubectl (test/fixtures/preflight/fake-kubectl.cjs): in this process through the kubectl runner
// seam for most cases, and end to end (`npm run preflight`, bin/kubectl first on PATH, a process per
// call) for a few: before the takeover, no kubectl, an unknown context, no answer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ApiObject } from 'cdk8s';
import { OceanidCluster } from '../charts/oceanid-cluster';
import { FluxLayer } from '../lib/flux-layer';
import { LayerChart } from '../lib/layer-chart';
import { loadClusterModel, ModelSource } from '../model/load';
import { FLUX_BOOTSTRAP_KUSTOMIZATION, fluxBootstrapPath } from '../model/flux';
import { production } from '../model/production';
import { ClusterModel } from '../model/schema';
import { nodeFindings } from '../preflight/nodes';
import { formatFinding } from '../model/finding';
import { KubectlRunner, spawnKubectl } from '../preflight/kubectl';
import { runPreflightCli, PreflightOptions } from '../preflight/run';
import { asRecorded } from '../rehearsal/run';
import { runtimeClassFindings } from '../preflight/runtime-class';
import { applyOrder } from '../preflight/kustomizations';
import { parseConflicts } from '../preflight/takeover';
import { validateSchemas } from '../policy/schema';
import { renderCluster, RenderedCluster } from '../synth/render';
import { AnsweredCall, fakeKubectl, replayKey, writeReplay } from './fake-kubectl';
import { repoRoot, sourceWith, tempDir } from './helpers';

const FIXTURES = join(repoRoot, 'test/fixtures/preflight');
const FAKE_BIN = join(FIXTURES, 'bin');
const REPLAY_BIN = join(FIXTURES, 'replay');
type State = { currentContext: string; contexts: string[]; serverVersion: unknown; objects: any[] };

/** The recorded cluster: Flux without the image controllers, a Pulumi-managed cloudflared, a leftover connector. */
function recorded(): State {
  return JSON.parse(readFileSync(join(FIXTURES, 'recorded-cluster.json'), 'utf8'));
}

/**
 * Production as the fixture recorded it: nodes the model gained since (docs/add-an-app.md) are
 * left out, with the component blocks placed on them, so a new node changes no finding here.
 */
const recordedProduction: ModelSource = asRecorded(
  production,
  new Set(
    recorded()
      .objects.filter((o) => o.kind === 'Node')
      .map((o) => o.metadata.name as string),
  ),
);
const clusters = [recordedProduction];
const productionModel = (): ClusterModel => loadClusterModel(recordedProduction, repoRoot);
let rendered: RenderedCluster | undefined;
const renderedProduction = (): RenderedCluster => (rendered ??= renderCluster(productionModel()));

const key = (o: any) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const without = (state: State, ...keys: string[]) => ({ ...state, objects: state.objects.filter((o) => !keys.includes(key(o))) });

/**
 * The recorded cluster at the bootstrap gate: the fixes the runbook makes before `flux bootstrap`,
 * and nothing else. The nodes are labelled and tainted as hosts/ says; the ESO bootstrap Secret
 * exists; cert-manager is upgraded with helm to the pinned chart and its CRDs are handed to its
 * release; the Pulumi operator's HelmRelease is suspended and scaled to 0 and its Stack disarmed;
 * the old flux-system Kustomization is suspended, set to prune: false and deleted (its objects stay);
 * the old deploy-key Secret is deleted so the bootstrap makes a read-write one; the cloudflared
 * namespace is released from Pulumi and Pulumi's Deployment orphaned (its pods keep serving). The
 * image controllers are installed (`flux install`), which the bootstrap would otherwise do. What is
 * retired after a Kustomization is Ready still runs: both connectors' pods, the hand-made device
 * plugin, the old issuer and its Secrets, the old Label Studio with its data.
 */
function afterRunbook(): State {
  const model = productionModel();
  let state = recorded();
  const get = (k: string) => state.objects.find((o) => key(o) === k);
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
  for (const crd of state.objects.filter((o) => o.kind === 'CustomResourceDefinition' && o.spec.group === 'cert-manager.io')) {
    crd.metadata.labels['app.kubernetes.io/managed-by'] = 'Helm';
    crd.metadata.annotations = { ...crd.metadata.annotations, 'meta.helm.sh/release-name': 'cert-manager', 'meta.helm.sh/release-namespace': 'cert-manager' };
  }
  get('HelmRelease/pulumi-system/pulumi-kubernetes-operator').spec.suspend = true;
  get('Deployment/pulumi-system/pulumi-kubernetes-operator').spec.replicas = 0;
  get('Stack/pulumi-system/oceanid-cluster').spec.destroyOnFinalize = false;
  delete get('Namespace//cloudflared').metadata.managedFields;
  state = without(state, 'Kustomization/flux-system/flux-system', 'Secret/flux-system/flux-system', 'Deployment/cloudflared/cloudflared');
  return state;
}

/** A kubeconfig naming the state's contexts and current context, as `kubectl config view` would write it. */
function kubeconfigFor(state: Pick<State, 'contexts' | 'currentContext'>, server = 'https://127.0.0.1:16443'): string {
  const file = join(tempDir('preflight-kubeconfig'), 'config');
  const contexts = state.contexts.map((name) => `{name: ${name}, context: {cluster: tunnel, user: u}}`).join(', ');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: tunnel, cluster: {server: "${server}"}}]`,
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
function run(state: State, argv: string[] = [], options: PreflightOptions = {}, sources: readonly ModelSource[] = clusters): Run & { answers: AnsweredCall[] } {
  const lines: string[] = [];
  const err: string[] = [];
  const calls: string[][] = [];
  const answers: AnsweredCall[] = [];
  const code = runPreflightCli(
    argv,
    sources,
    repoRoot,
    { out: (l) => lines.push(l), err: (l) => err.push(l) },
    { env: { KUBECONFIG: kubeconfigFor(state) }, ...options, kubectl: fakeKubectl(state, calls, answers) },
  );
  return { code, lines, err: err.join('\n'), calls, answers };
}

interface ScriptRun extends Run {
  stdout: string;
  stderr: string;
}

/**
 * `npm run preflight` end to end (node scripts/preflight.mjs, as the npm script runs it), with
 * bin/kubectl first on PATH: the bundles, and a kubectl process per call. Asynchronous, so that
 * the few end-to-end runs go at once.
 */
function script(state: State, argv: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
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
      });
    }),
  );
}

/**
 * The end-to-end runs, started when this file is loaded so that their processes run beside the
 * in-process tests, one after the other (six preflights and their kubectl processes at once made
 * the 6 s `kubectl version` budget a race under load): the real kubectl against a closed port, and
 * the run before the takeover, which replays a process per call the answers the in-process run got
 * (replay/kubectl).
 */
async function endToEndRuns() {
  const dir = tempDir('preflight-e2e');
  // A kubeconfig whose server is a loopback port nothing listens on.
  const kubeconfig = kubeconfigFor({ contexts: ['tethys'], currentContext: 'tethys' }, 'https://127.0.0.1:1');
  const closedPort = await script(recorded(), [], { PATH: process.env.PATH, KUBECONFIG: kubeconfig });
  const inProcess = run(recorded(), [], {}, [production]);
  writeReplay(dir, inProcess.answers);
  const before = await script(recorded(), [], { PATH: `${REPLAY_BIN}${delimiter}${process.env.PATH}`, REPLAY_KUBECTL_DIR: dir });
  return { inProcess, closedPort, before };
}

let beforeTakeoverRun: Run | undefined;
/** The in-process run against the recorded cluster, made once for every test that reads it. */
const beforeTakeover = (): Run => (beforeTakeoverRun ??= run(recorded()));

const find = (r: Run, severity: string, check: string, object: string) => r.lines.filter((l) => l.startsWith(`${severity} ${check} ${object}: `));

describe('the recorded cluster', () => {
  it('is kubectl -o json shape: every object, and every runbook addition, is valid Kubernetes 1.33 (strict, status included)', () => {
    const all = [...recorded().objects, ...afterRunbook().objects];
    // The Pulumi operator's Stack is the one kind no pinned schema defines (its CRD is recorded without a schema).
    const objects = all.filter((o) => o.apiVersion !== 'pulumi.com/v1');
    expect(all.filter((o) => !objects.includes(o)).map(key)).toEqual(['Stack/pulumi-system/oceanid-cluster', 'Stack/pulumi-system/oceanid-cluster']);
    const errors = validateSchemas(objects);
    expect([...errors].map(([m, e]) => `${key(m)}: ${e.map((x) => `${x.path} ${x.message}`).join('; ')}`)).toEqual([]);
    expect(new Set(objects.map((o) => o.kind))).toEqual(
      new Set([
        ...['Node', 'RuntimeClass', 'Namespace', 'ConfigMap', 'CustomResourceDefinition', 'Deployment', 'DaemonSet', 'StatefulSet', 'Secret', 'Pod', 'Service'],
        ...['PersistentVolumeClaim', 'Kustomization', 'GitRepository', 'HelmRepository', 'HelmRelease', 'ClusterIssuer'],
      ]),
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

  it('exits 1 and ends with the verdict naming the cluster and the context', () => {
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.lines[r.lines.length - 1]).toMatch(
      /^production \(context oceanid\): \d+ blocking, \d+ to retire, \d+ info; the bootstrap is blocked: fix the \d+ error\(s\) above first/,
    );
  });

  it('prints one line per finding (what blocks, what to retire, the facts), then what to retire after each Kustomization', () => {
    const findingLines = r.lines.filter((l) => !l.startsWith('retire after ')).slice(0, -1);
    for (const line of findingLines) expect(line).toMatch(/^(error|retire|info) [a-z0-9-]+\/[a-z-]+ [A-Za-z]+\/\S+: .+/);
    const classes = findingLines.map((l) => l.split(' ')[0]);
    const rank = ['error', 'retire', 'info'];
    expect(classes).toEqual([...classes].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
    for (const line of findingLines.filter((l) => l.startsWith('retire '))) expect(line).toMatch(/ \(after [a-z-]+ is Ready\)$/);
    const order = applyOrder(renderedProduction());
    const after = r.lines.filter((l) => l.startsWith('retire after ')).map((l) => /^retire after (\S+) is Ready: /.exec(l)![1]);
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual([...after].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
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

  it('lists the Flux controllers with their versions; the image automation controllers and CRDs come with the bootstrap', () => {
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/source-controller')).toEqual([
      'info flux/controllers Deployment/flux-system/source-controller: ghcr.io/fluxcd/source-controller:v1.7.4 (Flux v2.7.5), 1/1 ready',
    ]);
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/kustomize-controller')[0]).toContain('kustomize-controller:v1.7.3');
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/image-reflector-controller')[0]).toContain(
      'not installed, and the repository renders ImageRepository, ImagePolicy',
    );
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/image-automation-controller')[0]).toContain(
      'flux bootstrap installs it with --components-extra=image-reflector-controller,image-automation-controller',
    );
    for (const crd of ['imagerepositories', 'imagepolicies', 'imageupdateautomations']) {
      expect(find(r, 'info', 'flux/crds', `CustomResourceDefinition/${crd}.image.toolkit.fluxcd.io`)[0]).toMatch(
        /no CRD serves \w+ \(image\.toolkit\.fluxcd\.io\/v1\)/,
      );
    }
    expect(r.lines.filter((l) => /^error flux\/(crds|controllers)/.test(l))).toEqual([]);
  });

  it('reports the missing ESO bootstrap Secret, reading Secrets by key names and metadata only', () => {
    expect(find(r, 'error', 'secrets/bootstrap', 'Secret/external-secrets/pulumi-esc-access-token')[0]).toContain('does not exist');
    const secretReads = r.calls.filter((c) => c.includes('secret') || c.includes('secrets'));
    expect(secretReads.length).toBe(3);
    for (const c of secretReads) {
      expect(c.find((a) => a.startsWith('go-template='))).toBeDefined();
      expect(c.find((a) => a.startsWith('go-template='))).not.toMatch(/\.data\b(?!\}\})|\$v\}/);
      expect(c).not.toContain('json');
    }
  });

  it('names the Pulumi field manager on the cloudflared Deployment and Namespace, as a fact: kustomize-controller forces ownership', () => {
    const deployment = find(r, 'info', 'takeover/conflict', 'Deployment/cloudflared/cloudflared');
    expect(deployment).toHaveLength(1);
    expect(deployment[0]).toContain(
      '[cloudflared] field manager "pulumi-kubernetes-3c1f2b9a" owns .spec.replicas, .spec.template.spec.containers[name="cloudflared"].args, .spec.template.spec.containers[name="cloudflared"].image',
    );
    expect(deployment[0]).toContain('kustomize-controller applies with forced ownership');
    expect(deployment[0]).toContain('pulumi state delete');
    expect(find(r, 'info', 'takeover/conflict', 'Namespace/cloudflared')[0]).toContain('owns .metadata.labels.pod-security.kubernetes.io/enforce');
    expect(r.lines.filter((l) => l.startsWith('error takeover/conflict'))).toEqual([]);
  });

  it('what the forced apply meets past the conflict blocks: the immutable selector of the Pulumi Deployment, orphaned so its pods keep serving', () => {
    expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')).toEqual([
      expect.stringContaining('field is immutable: orphan it before the bootstrap'),
    ]);
    expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')[0]).toContain(
      'kubectl -n cloudflared delete deployment cloudflared --cascade=orphan',
    );
    const forced = r.calls.filter((c) => c.includes('--force-conflicts'));
    expect(forced.length).toBe(2);
    for (const c of forced) expect(c).toEqual(expect.arrayContaining(['apply', '--server-side', '--dry-run=server', '--field-manager=kustomize-controller']));
  });

  it('the second cloudflared connector that nothing renders is retired after its Kustomization is Ready, not deleted first', () => {
    expect(r.lines.filter((l) => l.includes('takeover/unmanaged'))).toEqual([
      expect.stringMatching(
        /^retire takeover\/unmanaged Deployment\/cloudflared\/cloudflared-connector: .*managed by kubectl-create.*kubectl -n cloudflared delete deployment cloudflared-connector.* \(after cloudflared is Ready\)$/,
      ),
    ]);
    expect(r.lines.filter((l) => /^retire after cloudflared is Ready: .*Deployment\/cloudflared\/cloudflared-connector/.test(l))).toHaveLength(1);
  });

  it('reports that Flux adopts the cert-manager release installed with the Helm CLI and upgrades its chart', () => {
    expect(find(r, 'info', 'takeover/helm-release', 'HelmRelease/cert-manager/cert-manager')).toEqual([
      expect.stringContaining(
        'adopts the Helm release cert-manager/cert-manager installed outside Flux (chart cert-manager-v1.18.2 on its objects): helm-controller upgrades it in place to cert-manager-v1.21.1',
      ),
    ]);
  });

  it('names the running pods the tightened Pod Security level would reject, to retire once their replacement is Ready', () => {
    expect(find(r, 'retire', 'pod-security/rejected', 'Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt')).toEqual([
      expect.stringContaining(
        'enforce baseline -> restricted:v1.33 would reject this pod (and 1 other pod) when it is recreated: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile',
      ),
    ]);
    expect(find(r, 'retire', 'pod-security/rejected', 'Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt')[0]).toMatch(/\(after cloudflared is Ready\)$/);
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

  it('dry-runs the Kustomizations in the order flux/ renders them and says what cannot be dry-run yet', () => {
    const layers = r.lines.filter((l) => /^info takeover\/\S+ \S+: \[/.test(l)).map((l) => /\[([a-z-]+)\]/.exec(l)![1]);
    expect([...new Set(layers)]).toEqual(applyOrder(renderedProduction()));
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
  it('exit 0, nothing blocks the bootstrap (--context, --cluster given), while the old connectors still run and serve', () => {
    const state = afterRunbook();
    const r = run(state, ['--context=oceanid', '--cluster', 'production']);
    expect(r.lines.filter((l) => l.startsWith('error '))).toEqual([]);
    expect(r.lines[r.lines.length - 1]).toMatch(
      /^production \(context oceanid\): 0 blocking, \d+ to retire, \d+ info; nothing blocks the bootstrap: go ahead with flux bootstrap/,
    );
    expect(r.code).toBe(0);
    // The connectors and the token they read are still there, and their retirement waits for the cluster tunnel's Kustomization.
    for (const k of ['Deployment/cloudflared/cloudflared-connector', 'Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt', 'Secret/cloudflared/cloudflared-token'])
      expect(state.objects.map(key)).toContain(k);
    expect(r.lines).toContain('retire after cloudflared is Ready: Deployment/cloudflared/cloudflared-connector, Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt');
    expect(r.lines).toContain('retire after label-studio is Ready: Deployment/apps/label-studio');
    expect(r.lines).toContain('retire after nvidia-device-plugin is Ready: DaemonSet/kube-system/nvidia-device-plugin-daemonset');
    expect(r.lines).toContain(
      'retire after cluster-issuer is Ready: ClusterIssuer/letsencrypt-prod, Secret/cert-manager/letsencrypt-prod, Secret/cert-manager/cloudflare-api-token-secret',
    );
    expect(find(r, 'info', 'flux/controllers', 'Deployment/flux-system/image-automation-controller')[0]).toContain('image-automation-controller:v1.0.4');
    expect(find(r, 'info', 'secrets/bootstrap', 'Secret/external-secrets/pulumi-esc-access-token')).toEqual([
      'info secrets/bootstrap Secret/external-secrets/pulumi-esc-access-token: exists with key "accessToken"',
    ]);
    expect(find(r, 'info', 'flux/sync-path', 'Kustomization/flux-system/flux-system')).toEqual([
      'info flux/sync-path Kustomization/flux-system/flux-system: does not exist: flux bootstrap --path=flux/production creates it',
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
      expect(r.lines.filter((l) => l.startsWith('error ')).map((l) => l.split(':')[0])).toEqual([
        'error takeover/admission-error Deployment/cloudflared/cloudflared',
        'error takeover/unserved HTTPRoute/label-studio/label-studio',
        'error takeover/namespace ConfigMap/monitoring/dashboards',
        'error takeover/admission-warning Deployment/cloudflared/debug',
      ]);
      expect(find(r, 'info', 'takeover/changed', 'ConfigMap/cloudflared/cloudflared-config')).toHaveLength(1);
    });

    it("refuses the Pulumi Deployment that is not deleted: the API server's immutable selector error", () => {
      expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')).toEqual([
        expect.stringContaining('the API server refuses it: The Deployment.apps "cloudflared" is invalid: spec.selector: Invalid value'),
      ]);
      expect(find(r, 'error', 'takeover/admission-error', 'Deployment/cloudflared/cloudflared')[0]).toContain(
        'field is immutable: orphan it before the bootstrap',
      );
    });

    it('names the fields Flux would change on a live object nobody else manages, and the unchanged one', () => {
      expect(find(r, 'info', 'takeover/changed', 'ConfigMap/cloudflared/cloudflared-config')).toEqual([
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
      expect(find(r, 'error', 'takeover/admission-warning', 'Deployment/cloudflared/debug')).toEqual([
        expect.stringContaining(
          '[debug] the API server warns: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "shell" must set securityContext.allowPrivilegeEscalation=false)',
        ),
      ]);
    });
  });
});

/** A state edited in place: `edit` gets the object of each key. */
function edited(state: State, edits: Record<string, (o: any) => void>): State {
  for (const [k, edit] of Object.entries(edits)) {
    const o = state.objects.find((x) => key(x) === k);
    if (!o) throw new Error(`no ${k} in the state`);
    edit(o);
  }
  return state;
}

describe('the takeover facts preflight reads, and its verdict on each', () => {
  describe('the old sync path (flux-system Kustomization)', () => {
    it('names the live path, prune, suspend and inventory, and blocks the bootstrap: flux bootstrap refuses, a path change prunes Flux itself', () => {
      const line = find(beforeTakeover(), 'error', 'flux/sync-path', 'Kustomization/flux-system/flux-system');
      expect(line).toHaveLength(1);
      expect(line[0]).toContain(
        'path ./clusters/tethys, prune: true, suspend: false, inventory: 33 object(s) (10 CustomResourceDefinition, 4 Deployment, 4 ServiceAccount,',
      );
      expect(line[0]).toContain('this repository renders ./flux/production: flux bootstrap --path=flux/production refuses to change it');
      expect(line[0]).toContain('would overwrite path');
      expect(line[0]).toContain(
        'prune every object of the inventory the new path lacks, among them Namespace flux-system (and all in it) and 10 CustomResourceDefinition(s) (alerts.notification.toolkit.fluxcd.io, buckets.source.toolkit.fluxcd.io,',
      );
      expect(line[0]).toContain('kustomizations.kustomize.toolkit.fluxcd.io');
      expect(line[0]).toMatch(
        /: flux suspend kustomization flux-system -n flux-system; kubectl -n flux-system patch kustomization flux-system --type=merge -p '\{"spec":\{"prune":false\}\}'; kubectl -n flux-system delete kustomization flux-system$/,
      );
    });

    it('names the live source of the old sync: its URL, ref and credential Secret, against model.repository', () => {
      expect(linesOf(beforeTakeover(), 'flux/sync-source')).toEqual([
        'info flux/sync-source GitRepository/flux-system/flux-system: url ssh://git@github.com/ry4n-s/oceanid, ref main, secretRef flux-system: the repository and branch the model names',
      ]);
      const moved = run(edited(recorded(), { 'GitRepository/flux-system/flux-system': (g) => (g.spec.url = 'ssh://git@github.com/ry4n-s/oceanid-old') }));
      expect(linesOf(moved, 'flux/sync-source')[0]).toMatch(
        /: flux bootstrap points it at ssh:\/\/git@github\.com\/ry4n-s\/oceanid, branch main \(model\.repository\)$/,
      );
    });

    it('suspended with prune: false it still blocks (the bootstrap refuses the path), and only the delete is left to do', () => {
      const r = run(
        edited(recorded(), {
          'Kustomization/flux-system/flux-system': (k) => Object.assign(k.spec, { suspend: true, prune: false }),
        }),
      );
      const line = find(r, 'error', 'flux/sync-path', 'Kustomization/flux-system/flux-system')[0];
      expect(line).toContain('prune: false, suspend: true');
      expect(line).not.toContain('prune every object');
      expect(line).toMatch(/: kubectl -n flux-system delete kustomization flux-system$/);
    });

    it('at the rendered path (written as flux bootstrap writes it) it is a fact; a live Kustomization of a rendered name elsewhere blocks', () => {
      const state = edited(recorded(), { 'Kustomization/flux-system/flux-system': (k) => (k.spec.path = 'flux/production/') });
      const apps = structuredClone(state.objects.find((o) => key(o) === 'Kustomization/flux-system/flux-system'));
      Object.assign(apps.metadata, { name: 'label-studio', uid: 'a1b2c3d4-0000-4000-8000-000000000001' });
      Object.assign(apps.spec, { path: './clusters/tethys/label-studio' });
      apps.status.inventory.entries = [{ id: 'label-studio_label-studio_apps_Deployment', v: 'v1' }];
      state.objects.push(apps);
      const r = run(state);
      expect(find(r, 'info', 'flux/sync-path', 'Kustomization/flux-system/flux-system')[0]).toContain(
        'path flux/production/, prune: true, suspend: false, inventory: 33 object(s)',
      );
      expect(find(r, 'error', 'flux/sync-path', 'Kustomization/flux-system/label-studio')[0]).toContain(
        'path ./clusters/tethys/label-studio, prune: true, suspend: false, inventory: 1 object(s) (1 Deployment), this repository renders ./dist/production/label-studio: Flux would apply it with path ./dist/production/label-studio',
      );
    });
    it("the path compared is where the synth writes the bootstrap Kustomization's objects (fluxBootstrapPath)", () => {
      const sync = renderedProduction().objects.filter((o) => o.kustomization === FLUX_BOOTSTRAP_KUSTOMIZATION);
      expect(sync.length).toBeGreaterThan(0);
      for (const o of sync) expect(`./${o.file}`.startsWith(`${fluxBootstrapPath('production')}/`)).toBe(true);
    });
  });

  describe('the deploy key', () => {
    it('an existing flux-system Secret blocks: the bootstrap keeps it and ignores --read-write-key; its key names only', () => {
      expect(find(beforeTakeover(), 'error', 'flux/deploy-key', 'Secret/flux-system/flux-system')).toEqual([
        expect.stringMatching(
          /^error flux\/deploy-key Secret\/flux-system\/flux-system: exists with keys identity, identity\.pub, known_hosts: flux bootstrap keeps it \("source secret up to date".*ignores --read-write-key, so ImageUpdateAutomation\/flux-system\/oceanid would push with the old deploy key.*: replace it at the bootstrap: kubectl -n flux-system delete secret flux-system right before flux bootstrap --read-write-key/,
        ),
      ]);
    });

    it('none: the bootstrap makes a read-write one', () => {
      const r = run(without(recorded(), 'Secret/flux-system/flux-system'));
      expect(find(r, 'info', 'flux/deploy-key', 'Secret/flux-system/flux-system')).toEqual([
        'info flux/deploy-key Secret/flux-system/flux-system: does not exist: flux bootstrap --read-write-key generates a read-write deploy key into it',
      ]);
    });
  });

  describe('the gate does not force an outage', () => {
    it("Pulumi's field managers left after pulumi state delete do not block: kustomize-controller forces ownership", () => {
      const state = afterRunbook();
      state.objects.find((o) => key(o) === 'Namespace//cloudflared').metadata.managedFields = recorded().objects.find(
        (o) => key(o) === 'Namespace//cloudflared',
      ).metadata.managedFields;
      const r = run(state);
      expect(r.code).toBe(0);
      expect(find(r, 'info', 'takeover/conflict', 'Namespace/cloudflared')[0]).toContain('field manager "pulumi-kubernetes-3c1f2b9a"');
    });

    it('the running connectors and the pods the new Pod Security level rejects are retired after the cluster tunnel Kustomization is Ready; their token Secret stays; none blocks', () => {
      const r = run(afterRunbook());
      const retired = r.lines.filter((l) => l.startsWith('retire ') && !l.startsWith('retire after ')).map((l) => l.split(':')[0]);
      expect(retired).toEqual(
        expect.arrayContaining([
          'retire takeover/unmanaged Deployment/cloudflared/cloudflared-connector',
          'retire pod-security/rejected Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt',
        ]),
      );
      expect(r.lines.filter((l) => l.includes('Secret/cloudflared/cloudflared-token') && l.startsWith('retire'))).toEqual([]);
      expect(r.code).toBe(0);
    });
  });

  describe('the Pulumi Kubernetes Operator', () => {
    it('a HelmRelease that is not suspended and a Stack with destroyOnFinalize block, in the namespace where they are', () => {
      const r = run(
        edited(recorded(), {
          'HelmRelease/pulumi-system/pulumi-kubernetes-operator': (o) => (o.metadata.namespace = 'operators'),
          'Deployment/pulumi-system/pulumi-kubernetes-operator': (o) => {
            o.metadata.namespace = 'operators';
            o.metadata.labels['helm.toolkit.fluxcd.io/namespace'] = 'operators';
          },
          'Stack/pulumi-system/oceanid-cluster': (o) => (o.metadata.namespace = 'operators'),
        }),
      );
      expect(find(r, 'error', 'pulumi/operator', 'HelmRelease/operators/pulumi-kubernetes-operator')).toEqual([
        expect.stringMatching(
          /runs as a HelmRelease in operators \(chart pulumi-kubernetes-operator 2\.0\.0; Deployment\/operators\/pulumi-kubernetes-operator 0\/1 ready\), not suspended: helm-controller puts back any scale to 0.*: freeze it before the bootstrap: flux suspend helmrelease pulumi-kubernetes-operator -n operators; then kubectl -n operators scale deployment pulumi-kubernetes-operator --replicas=0$/,
        ),
      ]);
      expect(find(r, 'error', 'pulumi/stack', 'Stack/operators/oceanid-cluster')[0]).toContain(
        `kubectl -n operators patch stack oceanid-cluster --type=merge -p '{"spec":{"destroyOnFinalize":false}}'`,
      );
      expect(r.lines.filter((l) => l.includes('pulumi-system') && /pulumi\/(operator|stack)/.test(l))).toEqual([]);
    });

    it('suspended and disarmed, they are facts', () => {
      const r = run(afterRunbook());
      expect(find(r, 'info', 'pulumi/operator', 'HelmRelease/pulumi-system/pulumi-kubernetes-operator')[0]).toContain('suspended');
      expect(find(r, 'info', 'pulumi/stack', 'Stack/pulumi-system/oceanid-cluster')[0]).toContain('destroyOnFinalize is off');
    });
  });

  describe('facts that decide the takeover', () => {
    it("the tunnel's config source: a token and no config file is a remotely managed tunnel whose routes live in Cloudflare", () => {
      const r = beforeTakeover();
      expect(find(r, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared')).toEqual([
        expect.stringContaining(
          'runs tunnel run with a token (TUNNEL_TOKEN from Secret cloudflared-token, key token) and no --config: a remotely managed tunnel',
        ),
      ]);
      const line = find(r, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared')[0];
      expect(line).toContain('orchestration/orchestrator.go');
      expect(line).toContain('ExternalSecret/cloudflared/cloudflared-token takes over the Secret cloudflared/cloudflared-token it reads its token from');
      expect(find(r, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared-connector')[0]).toContain(
        'a token (--token-file /etc/cloudflared/token) and no --config',
      );
      const local = run(
        edited(recorded(), {
          'Deployment/cloudflared/cloudflared-connector': (d) =>
            (d.spec.template.spec.containers[0].args = [
              'tunnel',
              '--config',
              '/etc/cloudflared/config.yaml',
              'run',
              '--credentials-file',
              '/etc/cloudflared/creds.json',
            ]),
        }),
      );
      expect(find(local, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared-connector')[0]).toContain(
        'a locally managed tunnel, its routes in its config file',
      );
      const literal = run(
        edited(recorded(), {
          'Deployment/cloudflared/cloudflared-connector': (d) =>
            (d.spec.template.spec.containers[0].args = ['tunnel', 'run', '--token', 'not-a-real-token-value']),
        }),
      );
      expect(find(literal, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared-connector')[0]).toContain('a token (--token) and no --config');
      expect(literal.lines.join('\n')).not.toContain('not-a-real-token-value');
      const mounted = run(
        edited(recorded(), {
          'Deployment/cloudflared/cloudflared-connector': (d) => {
            d.spec.template.spec.containers[0].volumeMounts = [{ mountPath: '/etc/cloudflared', name: 'config' }];
            d.spec.template.spec.volumes = [{ name: 'config', secret: { secretName: 'connector-files' } }];
          },
        }),
      );
      expect(find(mounted, 'info', 'tunnel/config-source', 'Deployment/cloudflared/cloudflared-connector')[0]).toContain(
        'and --config a config.yml in /etc/cloudflared, if the volume holds one (a default search directory): if the tunnel is managed in Cloudflare',
      );
    });

    it('a hand-made NVIDIA device plugin beside the rendered one is retired once infra-controllers is Ready', () => {
      expect(find(beforeTakeover(), 'retire', 'gpu/device-plugin', 'DaemonSet/kube-system/nvidia-device-plugin-daemonset')).toEqual([
        expect.stringMatching(
          /a second NVIDIA device plugin \(nvcr\.io\/nvidia\/k8s-device-plugin:v0\.17\.1\) on calypso, 1\/1 ready, beside the rendered HelmRelease\/nvidia-device-plugin\/nvidia-device-plugin.* \(after nvidia-device-plugin is Ready\)$/,
        ),
      ]);
    });

    it("chart objects of no Helm release, or of another, block: Helm's ownership check, in its words", () => {
      const r = run(
        edited(recorded(), {
          'CustomResourceDefinition//issuers.cert-manager.io': (c) =>
            (c.metadata.annotations = {
              ...c.metadata.annotations,
              'meta.helm.sh/release-name': 'cert-manager-1a2b3c',
              'meta.helm.sh/release-namespace': 'cert-manager',
            }),
        }),
      );
      expect(find(r, 'error', 'helm/ownership', 'CustomResourceDefinition/certificates.cert-manager.io')).toEqual([
        expect.stringContaining(
          'belongs to no Helm release, and the chart of HelmRelease/cert-manager/cert-manager creates it: Helm refuses to take it over (invalid ownership metadata; annotation validation error: missing key "meta.helm.sh/release-name": must be set to "cert-manager";',
        ),
      ]);
      expect(find(r, 'error', 'helm/ownership', 'CustomResourceDefinition/issuers.cert-manager.io')).toEqual([
        expect.stringContaining(
          'belongs to the Helm release cert-manager/cert-manager-1a2b3c, and the chart of HelmRelease/cert-manager/cert-manager creates it: Helm refuses to take it over (invalid ownership metadata; annotation validation error: key "meta.helm.sh/release-name" must equal "cert-manager": current value is "cert-manager-1a2b3c")',
        ),
      ]);
      expect(find(run(afterRunbook()), 'error', 'helm/ownership', 'CustomResourceDefinition/certificates.cert-manager.io')).toEqual([]);
    });

    it('the ClusterIssuer and Secrets left from before, by name only, retired after infra-configs is Ready', () => {
      const r = beforeTakeover();
      expect(r.lines.filter((l) => /^retire leftovers\//.test(l)).map((l) => l.split(':')[0])).toEqual([
        'retire leftovers/cluster-issuer ClusterIssuer/letsencrypt-prod',
        'retire leftovers/secret Secret/cert-manager/letsencrypt-prod',
        'retire leftovers/secret Secret/cert-manager/cloudflare-api-token-secret',
      ]);
      for (const l of r.lines.filter((x) => /^retire leftovers\//.test(x))) expect(l).toMatch(/\(after cluster-issuer is Ready\)$/);
    });

    it('what the rendered K3s configs disable (traefik, servicelb) against the Ingresses and LoadBalancer Services that run', () => {
      expect(linesOf(beforeTakeover(), 'k3s/disable')).toEqual([
        'info k3s/disable Node/srv712429: hosts/ config disables traefik; no Ingress of class traefik or of no class runs',
        'info k3s/disable Node/srv712429: hosts/ config disables servicelb; no Service of type LoadBalancer uses it',
      ]);
      const state = recorded();
      state.objects.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: {
          creationTimestamp: '2025-06-02T09:20:00Z',
          name: 'label-studio',
          namespace: 'apps',
          resourceVersion: '5001',
          uid: 'a1b2c3d4-0000-4000-8000-000000000002',
        },
        spec: {
          ingressClassName: 'traefik',
          rules: [
            {
              host: 'label.boathou.se',
              http: { paths: [{ backend: { service: { name: 'label-studio', port: { number: 8080 } } }, path: '/', pathType: 'Prefix' }] },
            },
          ],
        },
        status: { loadBalancer: {} },
      });
      expect(linesOf(run(state), 'k3s/disable')[0]).toBe(
        'info k3s/disable Node/srv712429: hosts/ config disables traefik, and Ingresses of class traefik or of no class run: Ingress/apps/label-studio: move these routes to the tunnel (or keep traefik) before the K3s configs are installed',
      );
    });

    it('an existing Label Studio and its data: where it runs, its PVCs and database; none: the rendered database starts empty', () => {
      expect(find(beforeTakeover(), 'retire', 'label-studio/data', 'Deployment/apps/label-studio')).toEqual([
        expect.stringContaining(
          'Label Studio runs in namespace apps (heartexlabs/label-studio:1.20.0), media label-studio-data (5Gi, Bound), database Postgres at postgres, database labelstudio (StatefulSet/apps/postgres, data data-postgres-0 (10Gi, Bound)): its data exists',
        ),
      ]);
      expect(find(beforeTakeover(), 'retire', 'label-studio/data', 'Deployment/apps/label-studio')[0]).toContain(
        'import its database into Cluster/label-studio/label-studio-db (CloudNativePG bootstrap.initdb.import from postgres) and copy its media before label.boathou.se moves to Deployment/label-studio/label-studio',
      );
      const none = run(without(recorded(), 'Deployment/apps/label-studio'));
      expect(linesOf(none, 'label-studio/data')).toEqual([
        'info label-studio/data Deployment/label-studio/label-studio: no Label Studio runs in the cluster besides the rendered one: nothing to import, the rendered database starts empty',
      ]);
      expect(none.calls.some((c) => c.includes('persistentvolumeclaims'))).toBe(false);
    });
  });
});

const linesOf = (run: Run, check: string) => run.lines.filter((l) => l.split(' ')[1] === check);

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
      expect.stringMatching(/^info nodes\/undeclared Node\/styx: /),
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
      /^The cluster model in test model \+ model\/images\/production.yaml is invalid; nothing was written.\n {2}- nodes\[0\].name: /,
    );
  });

  it('a read the kubeconfig user may not make (Secrets): exit 2, it cannot tell, and no verdict is printed', () => {
    const lines: string[] = [];
    const err: string[] = [];
    const state = recorded();
    const fake = fakeKubectl(state, []);
    const forbidden: KubectlRunner = (invocation) =>
      invocation.args.some((a) => a === 'secret' || a === 'secrets')
        ? {
            code: 1,
            stdout: '',
            stderr: `Error from server (Forbidden): secrets is forbidden: User "viewer" cannot list resource "secrets" in API group "" at the cluster scope\n`,
            timedOut: false,
            missing: false,
          }
        : fake(invocation);
    const code = runPreflightCli(
      [],
      clusters,
      repoRoot,
      { out: (l) => lines.push(l), err: (l) => err.push(l) },
      { env: { KUBECONFIG: kubeconfigFor(state) }, kubectl: forbidden },
    );
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(err).toEqual([expect.stringMatching(/^preflight: kubectl get secrets? .*forbidden: the kubeconfig user may not (read|list) Secrets/)]);
  });

  it('kubectl missing (the process runner finds no kubectl on PATH), an unknown context', () => {
    const err: string[] = [];
    const missing = runPreflightCli(
      [],
      clusters,
      repoRoot,
      { out: () => undefined, err: (l) => err.push(l) },
      { env: { PATH: join(repoRoot, 'no-such-dir') } },
    );
    expect({ code: missing, err }).toEqual({
      code: 2,
      err: ['preflight: kubectl is not installed or not on PATH: install kubectl v1.33 and a kubeconfig for the cluster'],
    });
    expect(run(recorded(), ['--context', 'nope'])).toMatchObject({
      code: 2,
      lines: [],
      err: 'preflight: the kubeconfig has no context "nope": pick one of kubectl config get-contexts with --context',
    });
  });

  it('an unknown cluster, an unknown argument', () => {
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

describe('`npm run preflight` end to end: the bundles, a kubectl process per call', () => {
  const runs = endToEndRuns();
  let r: Awaited<typeof runs>;
  beforeAll(async () => {
    r = await runs;
  });

  it('before the takeover: exit 1, the summary, and the same lines and kubectl calls as the in-process run', () => {
    const e2e = r.before;
    expect(e2e.code).toBe(1);
    expect(e2e.err).toBe('');
    expect(e2e.lines[e2e.lines.length - 1]).toMatch(/^production \(context oceanid\): \d+ blocking, \d+ to retire, \d+ info; the bootstrap is blocked/);
    expect(find(e2e, 'info', 'flux/controllers', 'Deployment/flux-system/source-controller')).toEqual([
      'info flux/controllers Deployment/flux-system/source-controller: ghcr.io/fluxcd/source-controller:v1.7.4 (Flux v2.7.5), 1/1 ready',
    ]);
    expect(find(e2e, 'info', 'takeover/conflict', 'Deployment/cloudflared/cloudflared')[0]).toContain('field manager "pulumi-kubernetes-3c1f2b9a"');
    // The script reads the model as it is (with any node added since the fixture was recorded), as
    // the in-process run whose answers it replays; it asks `kubectl version` once more, from its
    // reachability bundle, before the rest is built.
    expect(e2e.lines).toEqual(r.inProcess.lines);
    expect(e2e.calls).toEqual([r.inProcess.answers[0], ...r.inProcess.answers].map(replayKey));
    expect(r.inProcess.calls.some((c) => c.includes('current-context'))).toBe(false);
  });

  it('after the runbook (--context=, --cluster given; in this process: the flags are parsed there): exit 0, nothing blocks, every call with the context', () => {
    const e2e = run(afterRunbook(), ['--context=oceanid', '--cluster', 'production']);
    expect(e2e.code).toBe(0);
    expect(e2e.err).toBe('');
    expect(e2e.lines.filter((l) => l.startsWith('error '))).toEqual([]);
    expect(e2e.lines[e2e.lines.length - 1]).toMatch(/^production \(context oceanid\): 0 blocking, \d+ to retire, \d+ info; nothing blocks the bootstrap/);
    expect(e2e.calls.length).toBeGreaterThan(10);
    for (const c of e2e.calls) expect(c.slice(0, 2)).toEqual(['--context', 'oceanid']);
  });

  it('an API server that does not answer: the kubectl process is killed at its time-out, and preflight exits 2 with one line', () => {
    // The process runner against a kubectl that hangs, with a time-out of 0.3 s instead of 6 s.
    const hung = spawnKubectl({
      command: join(FAKE_BIN, 'kubectl'),
      args: ['version'],
      input: '',
      env: { ...process.env, FAKE_KUBECTL_HANG: '1' },
      timeoutMs: 300,
    });
    expect(hung).toMatchObject({ timedOut: true, missing: false });
    const err: string[] = [];
    const code = runPreflightCli(
      ['--context', 'oceanid'],
      clusters,
      repoRoot,
      { out: () => undefined, err: (l) => err.push(l) },
      { env: { KUBECONFIG: kubeconfigFor(recorded()) }, kubectl: () => hung },
    );
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/^preflight: the API server of context "oceanid" did not answer \(no answer within 6 s\): is the SSH tunnel up/),
    ]);
  });

  it('a kubeconfig pointing at a closed loopback port, with the real kubectl: exit 2, the context named from the kubeconfig file', () => {
    const c = r.closedPort;
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^preflight: the API server of context "tethys" did not answer \(.*127\.0\.0\.1:1.*\): is the SSH tunnel up.*\n$/);
  });
});
