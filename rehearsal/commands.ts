import { parse as parseYaml } from 'yaml';
import { expand } from './placeholders';
import { CommandLine, parseLine, parseScript, Script, SimpleCommand, WordPart } from './shell';
import { CommandFailed, Simulation } from './simulator';
import { mergePatch, Obj, objectKey } from './world';

/** The gate: preflight against the cluster as it is now; its exit code and report lines. */
export type PreflightGate = (sim: Simulation) => { code: number; lines: string[] };

/** Unknown to the rehearsal: the runbook names a command the simulator cannot model. */
export class UnknownCommand extends Error {}

/**
 * kubectl's message when nothing listens where the kubeconfig points (kubernetes/kubectl v0.33.4
 * `pkg/cmd/util/helpers.go`, StandardErrorMessage, for a url.Error of "connection refused"): the
 * kubeconfig points at the SSH tunnel's local end, `localhost:16443`, which refuses while the
 * tunnel is down with the server. flux and helm fail on the same url.Error.
 */
export const API_REFUSED = 'The connection to the server localhost:16443 was refused - did you specify the right host or port?';
/** How long an `until` loop may run, in simulated seconds, before the rehearsal calls it endless. */
const LOOP_LIMIT = 2 * 3600;

/** A Go duration as kubectl's `--timeout` takes it (`10m`, `30s`, `1h`), in seconds. */
function seconds(duration: string): number {
  const m = duration.match(/^(\d+)(s|m|h)$/);
  if (!m) throw new UnknownCommand(`duration ${duration}`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}

const KINDS: Record<string, string> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  deploy: 'Deployment',
  daemonset: 'DaemonSet',
  ds: 'DaemonSet',
  statefulset: 'StatefulSet',
  replicaset: 'ReplicaSet',
  rs: 'ReplicaSet',
  secret: 'Secret',
  secrets: 'Secret',
  namespace: 'Namespace',
  ns: 'Namespace',
  pod: 'Pod',
  service: 'Service',
  svc: 'Service',
  configmap: 'ConfigMap',
  stack: 'Stack',
  'stacks.pulumi.com': 'Stack',
  kustomization: 'Kustomization',
  'kustomizations.kustomize.toolkit.fluxcd.io': 'Kustomization',
  helmrelease: 'HelmRelease',
  'helmreleases.helm.toolkit.fluxcd.io': 'HelmRelease',
  hr: 'HelmRelease',
  externalsecret: 'ExternalSecret',
  clusterissuer: 'ClusterIssuer',
  gitrepository: 'GitRepository',
  cluster: 'Cluster',
  node: 'Node',
  customresourcedefinition: 'CustomResourceDefinition',
  'clusters.postgresql.cnpg.io': 'Cluster',
};
const PIPE = '\u0001|';
const FLUX_KINDS: Record<string, string> = { kustomization: 'Kustomization', ks: 'Kustomization', helmrelease: 'HelmRelease', hr: 'HelmRelease' };

interface Flags {
  positional: string[];
  flags: Record<string, string | true>;
}
function parseFlags(words: readonly string[]): Flags {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  const withValue = new Set([
    '-n',
    '--namespace',
    '-p',
    '--patch',
    '--type',
    '-o',
    '--output',
    '-l',
    '--selector',
    '--replicas',
    '--stack',
    '--for',
    '--timeout',
    '--file',
    '--context',
  ]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('--') && w.includes('=')) {
      const [k, v] = w.split(/=(.*)/s, 2);
      flags[k] = v;
    } else if (withValue.has(w)) flags[w] = words[++i] ?? '';
    else if (w.startsWith('-') && w.length > 1) flags[w] = true;
    else positional.push(w);
  }
  return { positional, flags };
}
const ns = (f: Flags) => (f.flags['-n'] ?? f.flags['--namespace']) as string | undefined;
const kindOf = (word: string) => {
  const k = KINDS[word.toLowerCase()];
  if (!k) throw new UnknownCommand(`kind "${word}"`);
  return k;
};

/** Interprets the runbook's commands against a Simulation. */
export class Interpreter {
  constructor(
    private readonly sim: Simulation,
    private readonly gate: PreflightGate,
  ) {}

  /** The shell's variables, kept from line to line as in the operator's terminal. */
  private readonly env: Record<string, string> = {};
  /** What the last failing command of a script printed. */
  private failure?: string;

  /** Runs one command line (every expansion of its placeholders). */
  run(line: CommandLine): void {
    if (line.script) {
      // The whole script once per item: a loop over the agents reboots them one after the other.
      for (const [text] of expand([line.text], this.sim)) {
        this.failure = undefined;
        const status = this.exec(parseScript(text));
        if (status !== 0) throw new CommandFailed(this.failure ?? `exit status ${status}`);
      }
      return;
    }
    if (line.pipeline.length > 1) {
      this.pipeline(line);
      return;
    }
    for (const words of expand(line.pipeline[0].words, this.sim)) this.simple(words, line.pipeline[0]);
  }

  private pipeline(line: CommandLine): void {
    const last = line.pipeline[line.pipeline.length - 1];
    if (last.words[0] === 'ssh' && /tee|install/.test(last.words.join(' '))) {
      // One expansion for the whole pipeline, so both ends name the same item.
      const joined = line.pipeline.flatMap((c, i) => (i === 0 ? c.words : [PIPE, ...c.words]));
      for (const words of expand(joined, this.sim)) {
        const cut = words.lastIndexOf(PIPE);
        const first = words.slice(0, words.indexOf(PIPE));
        const target = words.slice(cut + 1);
        this.hostWrite(
          target[1],
          target.slice(2).filter((w) => w !== 'sudo'),
          this.content(first),
        );
      }
      return;
    }
    // Every other pipeline reads (kubectl get ... | grep ...).
    for (const c of line.pipeline) if (!this.isRead(c.words)) throw new UnknownCommand(`a pipeline that writes: ${line.text}`);
  }
  /** Whether a command line only reads (the controllers need not run after it). */
  readsOnly(line: CommandLine): boolean {
    if (line.script) return false;
    return line.pipeline.every((c) => this.isRead(c.words) || c.words[0] === 'curl');
  }
  private isRead(words: readonly string[]): boolean {
    const [tool, verb] = words;
    if (['grep', 'jq', 'wc', 'sort', 'head', 'tee', 'sleep'].includes(tool)) return true;
    if (tool === 'npm') return words[2] === 'preflight';
    if (tool === 'kubectl') return ['get', 'describe', 'logs', 'events', 'wait', 'rollout', 'api-resources'].includes(verb ?? '') || words.includes('get');
    if (tool === 'flux') return ['get', 'check', 'logs', 'events', 'diff', 'tree', 'stats'].includes(verb ?? '');
    if (tool === 'helm') return ['list', 'status', 'history', 'get'].includes(verb ?? '');
    return false;
  }
  /** What the first command of a pipeline into a host writes: a rendered hosts/ file (maybe filtered) or the join token. */
  private content(words: readonly string[]): { kind: 'config'; config: Record<string, unknown> } | { kind: 'token' } {
    if (words[0] === 'ssh' && words.includes('/var/lib/rancher/k3s/server/node-token')) return { kind: 'token' };
    const file = words[words.length - 1];
    const text = this.sim.rendered.files.get(file);
    if (!text) throw new CommandFailed(`${file}: no such file in the synth's output`);
    let lines = text.split('\n');
    if (words[0] === 'grep' && words[1] === '-v') {
      const patterns = words[2] === '-e' ? words.slice(2, -1).filter((_, i) => i % 2 === 1) : [words[2]];
      lines = lines.filter((l) => !patterns.some((p) => new RegExp(p).test(l)));
    } else if (words[0] !== 'cat') throw new UnknownCommand(`${words[0]} feeding a host file`);
    return { kind: 'config', config: (parseYaml(lines.join('\n')) as Record<string, unknown>) ?? {} };
  }

  private simple(words: string[], source: SimpleCommand): void {
    const [tool, ...rest] = words;
    switch (tool) {
      case 'kubectl':
        this.kubectl(rest, source);
        return;
      case 'flux':
        this.flux(rest);
        return;
      case 'pulumi':
        this.pulumi(rest);
        return;
      case 'cloudflared':
        this.cloudflared(rest);
        return;
      case 'helm':
        if (!this.sim.apiReachable()) throw new CommandFailed(API_REFUSED);
        if (this.isRead(words)) return;
        if (rest[0] === 'uninstall') this.sim.violate(`helm uninstall ${rest[1]}: the chart's objects are deleted`);
        throw new UnknownCommand(`helm ${rest[0]}`);
      case 'ssh':
        this.ssh(
          rest[0],
          rest.slice(1).filter((w) => w !== 'sudo'),
        );
        return;
      case 'curl':
        this.curl(rest);
        return;
      case 'npm':
        if (rest[0] === 'run' && rest[1] === 'preflight') {
          this.preflight();
          return;
        }
        if (rest[0] === 'run' && rest[1] === 'synth') return;
        throw new UnknownCommand(`npm ${rest.join(' ')}`);
      case 'git':
        if (rest[0] === 'push') {
          this.sim.pushed = true;
          this.sim.changes.push('pushed the synth output to the branch');
          return;
        }
        if (['add', 'commit', 'revert', 'status', 'diff', 'log'].includes(rest[0])) return;
        throw new UnknownCommand(`git ${rest[0]}`);
      case 'rm':
        return;
      case 'sleep':
        // Simulated time only (POSIX sleep: a number of seconds; GNU's s/m/h suffixes too).
        this.sim.advance(seconds(/^\d+$/.test(rest[0] ?? '') ? `${rest[0]}s` : (rest[0] ?? '')));
        return;
      default:
        throw new UnknownCommand(tool);
    }
  }

  // ---- scripts (POSIX sh: Shell Command Language, 2.9) -------------------------------------------

  /** Runs a script; its exit status. A command that fails returns 1 (its message kept); an unknown one stops the rehearsal. */
  private exec(script: Script): number {
    switch (script.kind) {
      case 'list': {
        let status = 0;
        for (const item of script.items) status = this.exec(item);
        return status;
      }
      case 'and': {
        for (const item of script.items) {
          const status = this.exec(item);
          if (status !== 0) return status;
        }
        return 0;
      }
      case 'group':
        return this.exec(script.body);
      case 'until': {
        const start = this.sim.now;
        for (let round = 0; this.exec(script.condition) !== 0; round++) {
          if (round >= 10_000 || this.sim.now - start > LOOP_LIMIT)
            throw new CommandFailed(`the until loop had not ended after ${round} rounds (${Math.round((this.sim.now - start) / 60)} simulated minutes)`);
          this.exec(script.body);
        }
        return 0;
      }
      case 'simple':
        return this.execSimple(script);
    }
  }
  private execSimple(script: Extract<Script, { kind: 'simple' }>): number {
    // An assignment alone exits with the status of its last command substitution (2.9.1).
    let substitution = 0;
    const expandWord = (word: readonly WordPart[], assignment: boolean): string =>
      word
        .map((part) => {
          if ('text' in part) return part.text;
          if (!part.quoted && !assignment)
            throw new UnknownCommand(
              `an unquoted ${'variable' in part ? `$${part.variable}` : `$(${part.substitution})`} (field splitting is not modelled: quote it)`,
            );
          if ('variable' in part) return this.env[part.variable] ?? '';
          const result = this.capture(part.substitution);
          substitution = result.status;
          return result.out;
        })
        .join('');
    const values = script.assignments.map((a) => [a.name, expandWord(a.value, true)] as const);
    if (script.words.length === 0) {
      for (const [name, value] of values) this.env[name] = value;
      return substitution;
    }
    if (values.length > 0) throw new UnknownCommand('an assignment in front of a command');
    const words = script.words.map((w) => expandWord(w, false));
    const [tool, ...args] = words;
    if (tool === '[' || tool === 'test') return this.test(tool === '[' ? args : [...args, ']']) ? 0 : 1;
    try {
      this.simple(words, { words });
      return 0;
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      this.failure = error.message;
      return 1;
    }
  }
  /** `[ a = b ]`, `[ a != b ]`, `[ -n a ]`, `[ -z a ]`. */
  private test(args: string[]): boolean {
    if (args.at(-1) !== ']') throw new UnknownCommand(`[ without its ]`);
    const e = args.slice(0, -1);
    if (e.length === 3 && (e[1] === '=' || e[1] === '!=')) return (e[0] === e[2]) === (e[1] === '=');
    if (e.length === 2 && (e[0] === '-n' || e[0] === '-z')) return e[1].length > 0 === (e[0] === '-n');
    throw new UnknownCommand(`[ ${e.join(' ')} ]`);
  }
  /** A command substitution: what the command prints, and its exit status. */
  private capture(text: string): { status: number; out: string } {
    const lines = parseLine(text);
    if (lines.length !== 1 || lines[0].pipeline.length !== 1) throw new UnknownCommand(`$(${text}) (one command in a substitution)`);
    try {
      return { status: 0, out: this.output(lines[0].pipeline[0].words) };
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      this.failure = error.message;
      return { status: 1, out: '' };
    }
  }
  /** What a reading command prints: `kubectl get <kind> <name> -o jsonpath='{.a.b}'`, the one the runbook reads a value with. */
  private output(words: readonly string[]): string {
    const f = parseFlags(words.slice(1));
    const [verb, kindWord, name] = f.positional;
    const format = String(f.flags['-o'] ?? f.flags['--output'] ?? '');
    const path = format.match(/^jsonpath=\{((?:\.[A-Za-z0-9_-]+)+)\}$/)?.[1];
    if (words[0] !== 'kubectl' || verb !== 'get' || !name || !path)
      throw new UnknownCommand(`$(${words.join(' ')}): the output of kubectl get <kind> <name> -o jsonpath={.field...} only`);
    if (!this.sim.apiReachable()) throw new CommandFailed(API_REFUSED);
    const kind = kindOf(kindWord);
    const o = this.sim.get(kind, this.namespaced(kind) ? ns(f) : undefined, name);
    if (!o) throw new CommandFailed(`Error from server (NotFound): ${kindWord}s "${name}" not found`);
    let value: any = o;
    for (const field of path.slice(1).split('.')) value = value?.[field];
    if (value === undefined) throw new CommandFailed(`error: error executing jsonpath "{${path}}": ${path.split('.').at(-1)} is not found`);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  // ---- kubectl -------------------------------------------------------------------------------

  private kubectl(words: string[], source: SimpleCommand): void {
    if (!this.sim.apiReachable()) throw new CommandFailed(API_REFUSED);
    const f = parseFlags(words);
    const [verb, ...args] = f.positional;
    const namespace = ns(f);
    const sim = this.sim;
    const find = (kind: string, name: string) => {
      const o = sim.get(kind, this.namespaced(kind) ? namespace : undefined, name);
      if (!o) throw new CommandFailed(`Error from server (NotFound): ${kind} "${name}" not found${namespace ? ` in ${namespace}` : ''}`);
      return o;
    };
    switch (verb) {
      case 'get':
      case 'describe':
      case 'logs':
      case 'events':
      case 'api-resources':
        return;
      case 'wait':
        this.wait(args, f);
        return;
      case 'rollout':
        if (args[0] === 'status') {
          this.check(kindOf(args[1].split('/')[0]), namespace, args[1].split('/')[1]);
          return;
        }
        throw new UnknownCommand(`kubectl rollout ${args[0]}`);
      case 'patch': {
        const o = find(kindOf(args[0]), args[1]);
        const type = f.flags['--type'];
        const patch = JSON.parse(String(f.flags['-p'] ?? f.flags['--patch']));
        if (type === 'merge') {
          // In place: the object stays the one the cluster holds; what the patch changes is copied
          // (below spec's top level a live object shares its fields with the render).
          const patched = mergePatch(o, patch);
          for (const k of Object.keys(o)) if (!(k in patched)) delete o[k];
          Object.assign(o, patched);
          sim.changes.push(`patched ${objectKey(o)} ${JSON.stringify(patch)}`);
        } else if (type === 'json') {
          for (const op of patch) {
            if (op.path === '/metadata/managedFields') {
              o.metadata.managedFields = [];
              sim.changes.push(`cleared the field managers of ${objectKey(o)}`);
            } else throw new UnknownCommand(`JSON patch of ${op.path}`);
          }
        } else throw new UnknownCommand(`kubectl patch --type=${type}`);
        return;
      }
      case 'delete': {
        const kind = kindOf(args[0]);
        const selector = f.flags['-l'] ?? f.flags['--selector'];
        const targets =
          typeof selector === 'string'
            ? sim.list(kind, namespace).filter((o) => selector.split(',').every((kv) => o.metadata.labels?.[kv.split('=')[0]] === kv.split('=')[1]))
            : kind === 'ReplicaSet'
              ? this.replicaSetPods(namespace, args[1])
              : f.flags['--ignore-not-found'] && !sim.get(kind, this.namespaced(kind) ? namespace : undefined, args[1])
                ? []
                : [find(kind, args[1])];
        for (const o of targets) sim.remove(o, 'deleted', { orphan: f.flags['--cascade'] === 'orphan' });
        return;
      }
      case 'scale': {
        const kind = kindOf(args[0]);
        const replicas = Number(f.flags['--replicas']);
        const targets = f.flags['--all'] ? sim.list(kind, namespace) : [find(kind, args[1])];
        for (const o of targets) {
          o.spec.replicas = replicas;
          sim.changes.push(`scaled ${objectKey(o)} to ${replicas}`);
        }
        return;
      }
      case 'annotate':
      case 'label': {
        const o = find(kindOf(args[0]), args[1]);
        const field = verb === 'label' ? 'labels' : 'annotations';
        for (const kv of args.slice(2)) {
          const [k, v] = kv.split('=');
          o.metadata[field] = { ...((o.metadata[field] as Record<string, string>) ?? {}), [k]: v };
        }
        sim.changes.push(`${verb === 'label' ? 'labelled' : 'annotated'} ${objectKey(o)} ${args.slice(2).join(' ')}`);
        return;
      }
      case 'taint': {
        const node = find(kindOf(args[0]), args[1]);
        for (const t of args.slice(2)) {
          const m = t.match(/^([^=:]+)(?:=([^:]*))?:(\w+)(-?)$/);
          if (!m) throw new CommandFailed(`error: invalid taint spec: ${t}`);
          node.spec = node.spec ?? {};
          node.spec.taints = node.spec.taints ?? [];
          const taints: any[] = node.spec.taints;
          const i = taints.findIndex((x) => x.key === m[1] && x.effect === m[3]);
          if (m[4]) {
            if (i < 0) throw new CommandFailed(`error: taint "${t}" not found`);
            taints.splice(i, 1);
          } else if (i < 0) taints.push({ key: m[1], ...(m[2] ? { value: m[2] } : {}), effect: m[3] });
          sim.changes.push(`tainted Node/${args[1]} ${t}`);
        }
        return;
      }
      case 'create': {
        if (args[0] === 'namespace') {
          sim.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: args[1], labels: { 'kubernetes.io/metadata.name': args[1] } } }, 'created');
          return;
        }
        if (args[0] === 'secret' && args[1] === 'generic') {
          const keys = Object.entries(f.flags)
            .filter(([k]) => k === '--from-file' || k === '--from-literal')
            .map(([, v]) => String(v).split('=')[0]);
          sim.put(
            { apiVersion: 'v1', kind: 'Secret', metadata: { name: args[2], namespace }, type: 'Opaque', data: Object.fromEntries(keys.map((k) => [k, ''])) },
            'created',
          );
          return;
        }
        throw new UnknownCommand(`kubectl create ${args[0]}`);
      }
      default:
        void source;
        throw new UnknownCommand(`kubectl ${verb}`);
    }
  }
  private namespaced(kind: string): boolean {
    return !['Namespace', 'ClusterIssuer', 'CustomResourceDefinition', 'Node'].includes(kind);
  }
  private replicaSetPods(namespace: string | undefined, name: string): Obj[] {
    const pods = this.sim.list('Pod', namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.kind === 'ReplicaSet' && r.name === name));
    if (pods.length === 0) throw new CommandFailed(`Error from server (NotFound): replicasets "${name}" not found`);
    return pods;
  }
  private wait(args: string[], f: Flags): void {
    const [word, name] = args[0].split('/');
    const condition = String(f.flags['--for'] ?? '');
    if (word === 'node' || word === 'nodes') {
      this.waitNodes(name, condition, f);
      return;
    }
    const kind = kindOf(word);
    const targets = name === undefined ? this.sim.list(kind, ns(f)) : [name];
    const replicas = condition.match(/^jsonpath=\{\.spec\.replicas\}=(\d+)$/);
    for (const t of targets) {
      if (replicas) {
        const o = typeof t === 'string' ? this.sim.get(kind, ns(f), t) : t;
        if (o?.spec?.replicas !== Number(replicas[1]))
          throw new CommandFailed(`check failed: ${objectKey(o!)} has spec.replicas ${o?.spec?.replicas}, not ${replicas[1]}`);
      } else if (condition === 'create') {
        // kubectl ≥ 1.31 waits until the object exists; here the controllers have settled, so it exists now or never.
        if (typeof t === 'string' && !this.sim.get(kind, this.namespaced(kind) ? ns(f) : undefined, t))
          throw new CommandFailed(`check failed: ${kind} ${t} was never created`);
      } else if (condition === 'condition=Ready') this.check(kind, ns(f), typeof t === 'string' ? t : t.metadata.name);
      else throw new UnknownCommand(`kubectl wait --for=${condition}`);
    }
  }
  /**
   * `kubectl wait --for=condition=Ready node/<name>` (or `node --all`): it reads the Node's Ready
   * condition as the API server holds it, at once, and then while simulated time passes
   * (kubernetes/kubectl v0.33.4 `pkg/cmd/wait/condition.go`: a condition already met returns at
   * once). A Ready condition posted before a reboot (the node going down, or down within the node
   * monitor grace period) is met too: that wait returned before the node rebooted.
   */
  private waitNodes(name: string | undefined, condition: string, f: Flags): void {
    if (condition !== 'condition=Ready') throw new UnknownCommand(`kubectl wait --for=${condition} node`);
    if (name === undefined && !f.flags['--all']) throw new CommandFailed('error: resource(s) were provided, but no name was specified');
    const nodes = name === undefined ? Object.keys(this.sim.world.hosts) : [name];
    for (const n of nodes) if (!this.sim.get('Node', undefined, n)) throw new CommandFailed(`Error from server (NotFound): nodes "${n}" not found`);
    // kubectl's default --timeout is 30s.
    const deadline = this.sim.now + seconds(String(f.flags['--timeout'] ?? '30s'));
    for (;;) {
      if (!this.sim.apiReachable()) throw new CommandFailed(API_REFUSED);
      const pending = nodes.find((n) => !this.sim.nodeReady(n));
      if (!pending) break;
      if (this.sim.now >= deadline) throw new CommandFailed(`error: timed out waiting for the condition on nodes/${pending}`);
      this.sim.advance(1);
    }
    for (const n of nodes.filter((x) => this.sim.reportsOldBoot(x)))
      this.sim.violate(
        `a wait returned before the node rebooted: node ${n} was not back, and its Ready condition is the one its kubelet posted before the reboot`,
      );
  }
  /** A check of the runbook: the object must be Ready now (the controllers settled after the last change). */
  private check(kind: string, namespace: string | undefined, name: string): void {
    const o = this.sim.get(kind, this.namespaced(kind) ? namespace : undefined, name);
    if (!o || !this.sim.objectReady(o)) {
      const why = o?.status?.conditions?.[0]?.message;
      throw new CommandFailed(`check failed: ${kind} ${namespace ? `${namespace}/` : ''}${name} is not Ready${why ? `: ${why}` : o ? '' : ' (not found)'}`);
    }
  }

  // ---- flux ----------------------------------------------------------------------------------

  private flux(words: string[]): void {
    if (!this.sim.apiReachable()) throw new CommandFailed(API_REFUSED);
    const f = parseFlags(words);
    const [verb, ...args] = f.positional;
    const namespace = ns(f) ?? 'flux-system';
    const sim = this.sim;
    switch (verb) {
      case 'get':
      case 'check':
      case 'logs':
      case 'events':
      case 'diff':
      case 'tree':
        return;
      case 'reconcile':
        // flux v2.7.5 cmd/flux/reconcile.go: one named object, no --all.
        if (!args[args[0] === 'source' || args[0] === 'image' ? 2 : 1] || f.flags['--all'])
          throw new CommandFailed(`flux reconcile ${args.join(' ')}: name is required`);
        sim.settle();
        return;
      case 'suspend':
      case 'resume': {
        // `flux suspend image update [name...]` sets spec.suspend of ImageUpdateAutomations (fluxcd/flux2 cmd/flux, suspendImageUpdateCmd).
        const imageUpdate = args[0] === 'image' && args[1] === 'update';
        const kind = imageUpdate ? 'ImageUpdateAutomation' : FLUX_KINDS[args[0]];
        if (!kind) throw new UnknownCommand(`flux ${verb} ${args[0]}`);
        const targets = f.flags['--all']
          ? sim.list(kind, namespace)
          : args.slice(imageUpdate ? 2 : 1).map((n) => {
              const o = sim.get(kind, namespace, n);
              if (!o) throw new CommandFailed(`✗ ${kind} ${n} not found in ${namespace} namespace`);
              return o;
            });
        for (const o of targets) {
          o.spec = { ...(o.spec ?? {}), suspend: verb === 'suspend' };
          sim.changes.push(`${verb}ed ${objectKey(o)}`);
        }
        return;
      }
      case 'install':
        this.installComponents(f);
        return;
      case 'bootstrap':
        if (args[0] !== 'github') throw new UnknownCommand(`flux bootstrap ${args[0]}`);
        this.bootstrap(f);
        return;
      default:
        throw new UnknownCommand(`flux ${verb}`);
    }
  }
  /** The image automation controllers, when asked for; the others run already (or come with Flux's manifests). */
  private installComponents(f: Flags): void {
    const extra = String(f.flags['--components-extra'] ?? '')
      .split(',')
      .filter(Boolean);
    if (!extra.includes('image-reflector-controller') || !extra.includes('image-automation-controller')) return;
    for (const o of this.sim.imageComponents) {
      if (!this.sim.get(o.kind, o.metadata.namespace, o.metadata.name)) this.sim.put(structuredClone(o), 'installed');
    }
  }
  /**
   * `flux bootstrap github` as fluxcd/flux2 v2.7.5 pkg/bootstrap/bootstrap_plain_git.go does it:
   * components, then the source Secret (kept as it is when it exists: "source secret up to date"),
   * then the sync, refused when a flux-system Kustomization exists at another path.
   */
  private bootstrap(f: Flags): void {
    const sim = this.sim;
    const path = String(f.flags['--path'] ?? '');
    const existing = sim.get('Kustomization', 'flux-system', 'flux-system');
    const normalize = (p: string) => `./${p.replace(/^\.\//, '').replace(/(.)\/$/, '$1')}`;
    this.installComponents(f);
    let secret = sim.get('Secret', 'flux-system', 'flux-system');
    if (secret) sim.changes.push('source secret up to date (the existing deploy key stays)');
    else {
      secret = sim.put(
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'flux-system', namespace: 'flux-system' },
          type: 'Opaque',
          data: { identity: '', 'identity.pub': '', known_hosts: '' },
        },
        'generated deploy key',
      );
      sim.world.deployKeys[secret.metadata.uid!] = f.flags['--read-write-key'] ? 'read-write' : 'read-only';
    }
    if (f.flags['--read-write-key'] && sim.world.deployKeys[secret.metadata.uid!] !== 'read-write') {
      sim.violate(
        `flux bootstrap --read-write-key kept the existing Secret flux-system/flux-system: its deploy key stays ${sim.world.deployKeys[secret.metadata.uid!] ?? 'unknown'}, so image automation cannot push`,
      );
    }
    if (existing && normalize(existing.spec?.path ?? '') !== normalize(path)) {
      throw new CommandFailed(`sync path configuration ("${path}") would overwrite path ("${existing.spec?.path}") of existing Kustomization`);
    }
    sim.pushed = true;
    sim.bootstrapped = true;
    const model = sim.rendered.model;
    sim.put(
      {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'GitRepository',
        metadata: { name: 'flux-system', namespace: 'flux-system' },
        spec: {
          interval: '1m0s',
          ref: { branch: String(f.flags['--branch'] ?? model.repository.branch) },
          secretRef: { name: 'flux-system' },
          url: model.repository.url,
        },
      },
      'applied',
    ).spec = {
      interval: '1m0s',
      ref: { branch: String(f.flags['--branch'] ?? model.repository.branch) },
      secretRef: { name: 'flux-system' },
      url: model.repository.url,
    };
    const k = sim.put(
      {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
        kind: 'Kustomization',
        metadata: { name: 'flux-system', namespace: 'flux-system' },
        spec: { interval: '10m0s', path: normalize(path), prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } },
      },
      'applied',
    );
    k.spec = { ...k.spec, path: normalize(path), prune: true };
    sim.changes.push(`bootstrap: Flux syncs ${normalize(path)}`);
  }

  // ---- Pulumi, Cloudflare, hosts, checks -------------------------------------------------------

  private pulumi(words: string[]): void {
    const f = parseFlags(words);
    const [a, b, c, d] = f.positional;
    if (a === 'destroy' || a === 'up' || a === 'refresh') {
      this.sim.violate(`pulumi ${a}: Pulumi is asked to change (and delete) what Flux now owns`);
      return;
    }
    if (a === 'stack' && (b === 'export' || b === 'ls' || b === undefined || b === 'output')) return;
    if (a === 'stack' && b === 'import') return;
    if (a === 'env' && b === 'get') return;
    if (a === 'state' && b === 'unprotect') return;
    if (a === 'state' && b === 'delete') {
      const before = this.sim.world.pulumi.resources.length;
      this.sim.world.pulumi.resources = this.sim.world.pulumi.resources.filter((r) => r.urn !== c);
      if (before === this.sim.world.pulumi.resources.length) throw new CommandFailed(`no resource ${c} in the stack`);
      this.sim.changes.push(`removed ${c} from the Pulumi state (the object stays)`);
      return;
    }
    if (a === 'env' && b === 'set') {
      const tunnel = String(words[words.indexOf(d) + 1] ?? '').match(/^\$\(cloudflared tunnel token ([\w-]+)\)$/)?.[1];
      this.sim.world.esc[d] = tunnel ? `tunnel:${tunnel}` : 'set';
      this.sim.changes.push(`ESC ${d} set${tunnel ? ` to the token of tunnel ${tunnel}` : ''}`);
      return;
    }
    throw new UnknownCommand(`pulumi ${f.positional.join(' ')}`);
  }
  private cloudflared(words: string[]): void {
    const f = parseFlags(words);
    const [a, b, c, d, e] = f.positional;
    if (a !== 'tunnel') throw new UnknownCommand(`cloudflared ${a}`);
    if (b === 'list' || b === 'info') return;
    if (b === 'create') {
      if (this.sim.world.tunnels[c]) throw new CommandFailed(`tunnel ${c} already exists`);
      this.sim.world.tunnels[c] = { managed: 'local', routes: {} };
      this.sim.changes.push(`created locally managed tunnel ${c}`);
      return;
    }
    if (b === 'route' && c === 'dns') {
      if (!this.sim.world.tunnels[d]) throw new CommandFailed(`no tunnel ${d}`);
      if (this.sim.world.dns[e] && !(f.flags['--overwrite-dns'] || f.flags['-f']))
        throw new CommandFailed(`${e} already has a DNS record; --overwrite-dns replaces it`);
      const from = this.sim.world.dns[e];
      this.sim.world.dns[e] = d;
      this.sim.changes.push(`DNS ${e}: ${from ?? 'none'} -> tunnel ${d}`);
      return;
    }
    throw new UnknownCommand(`cloudflared tunnel ${b}`);
  }
  private curl(words: string[]): void {
    const url = words.find((w) => /^https:\/\//.test(w));
    if (!url) throw new UnknownCommand('curl without an https:// URL');
    const host = new URL(url).hostname;
    const path = this.sim.servingPath(host);
    if (!path.ready) throw new CommandFailed(`check failed: ${host}: ${path.text}`);
  }
  private preflight(): void {
    if (!this.sim.apiReachable()) throw new CommandFailed(`preflight exits 2: ${API_REFUSED}`);
    const { code, lines } = this.gate(this.sim);
    this.sim.changes.push(`preflight exit ${code}`);
    if (code !== 0) {
      if (process.env.REHEARSAL_DEBUG) console.error(lines.join('\n'));
      const blocking = lines.filter((l) => /^error/.test(l)).slice(0, 3);
      throw new CommandFailed(`preflight exits ${code}: ${(blocking.length ? blocking : lines.slice(-1)).join(' | ')}`);
    }
  }

  private ssh(node: string, words: string[]): void {
    const host = this.sim.world.hosts[node];
    if (!host) throw new CommandFailed(`ssh: no host ${node}`);
    if (!this.sim.hostReachable(node)) throw new CommandFailed(`ssh: connect to host ${node} port 22: Connection refused`);
    const [cmd, ...args] = words;
    switch (cmd) {
      case 'systemctl': {
        const [action, ...units] = args.filter((a) => !a.startsWith('--'));
        if (action === 'restart' && (units[0] === 'k3s' || units[0] === 'k3s-agent')) {
          this.startK3s(node, 'restart');
          return;
        }
        if (action === 'disable' && args.includes('--now')) {
          for (const u of units) {
            if (!host.units[u]) throw new CommandFailed(`Failed to disable unit ${u}.service: not found on ${node}`);
            host.units[u].active = false;
            this.sim.changes.push(`stopped and disabled ${u} on ${node}`);
          }
          return;
        }
        if (action === 'is-active' || action === 'status') return;
        throw new UnknownCommand(`systemctl ${action}`);
      }
      case 'reboot':
        this.reboot(node);
        return;
      case 'cp':
      case 'tar':
      case 'cat':
      case 'wg':
      case 'modprobe':
        return;
      case 'ip':
        if (args[0] === 'link' && args[1] === 'delete') return;
        throw new UnknownCommand(`ip ${args.join(' ')}`);
      case 'k3s':
        if (args[0] === 'secrets-encrypt' && args[1] === 'status') return;
        throw new UnknownCommand(`k3s ${args.join(' ')}`);
      default:
        throw new UnknownCommand(`${cmd} on a host`);
    }
  }
  private hostWrite(node: string, words: string[], content: ReturnType<Interpreter['content']>): void {
    const host = this.sim.world.hosts[node];
    if (!host) throw new CommandFailed(`ssh: no host ${node}`);
    if (!this.sim.hostReachable(node)) throw new CommandFailed(`ssh: connect to host ${node} port 22: Connection refused`);
    const target = words[words.length - 1];
    if (target === '/etc/rancher/k3s/token' && content.kind === 'token') {
      host.tokenFile = true;
      this.sim.changes.push(`wrote /etc/rancher/k3s/token on ${node}`);
    } else if (target === '/etc/rancher/k3s/config.yaml' && content.kind === 'config') {
      host.installed = content.config;
      this.sim.changes.push(`installed /etc/rancher/k3s/config.yaml on ${node}`);
    } else throw new UnknownCommand(`writing ${target} on a host`);
  }
  /**
   * `sudo reboot`: one node at a time, the server first and each agent only once the node before
   * it is back (a new boot ID) and Ready. An agent's kubelet and flannel reach the cluster through
   * the server, and a second node down takes what the first one's pods moved to.
   */
  private reboot(node: string): void {
    const server = Object.entries(this.sim.world.hosts).find(([, h]) => h.role === 'server')?.[0];
    for (const other of this.sim.rebooting().filter((n) => n !== node)) {
      this.sim.violate(
        other === server
          ? `an agent rebooted while the server was down: ${node} rebooted while ${other} was not yet back from its reboot and Ready`
          : `${node} rebooted while ${other} was not yet back from its reboot and Ready (one node at a time)`,
      );
    }
    this.startK3s(node, 'reboot');
    this.sim.reboot(node);
  }
  /** K3s starting with the installed config (k3s-io/k3s v1.33.4+k3s1 pkg/cli/agent/agent.go reads --token-file over K3S_TOKEN). */
  private startK3s(node: string, how: 'restart' | 'reboot'): void {
    const sim = this.sim;
    const host = sim.world.hosts[node];
    const config = host.installed;
    const server = Object.values(sim.world.hosts).find((h) => h.role === 'server')!;
    if (host.role === 'agent' && config['token-file'] && !host.tokenFile) {
      host.ready = false;
      sim.violate(`node ${node} NotReady after the ${how}: token-file ${config['token-file']} does not exist (K3s reads the token file over K3S_TOKEN)`);
    }
    if (host.role === 'server') {
      if (config['secrets-encryption'] && !host.secretsEncryption) {
        sim.violate(`${node}: secrets-encryption turned on for an existing server (K3s: starting without encryption and enabling it later is not supported)`);
      }
      const disabled = (config.disable as string[] | undefined) ?? [];
      if (disabled.includes('traefik'))
        for (const ing of sim.list('Ingress'))
          sim.violate(`${node}: disable traefik removes the controller serving Ingress ${ing.metadata.namespace}/${ing.metadata.name}`);
      if (disabled.includes('servicelb'))
        for (const svc of sim.list('Service').filter((s) => s.spec?.type === 'LoadBalancer' && !/traefik/.test(s.metadata.name)))
          sim.violate(`${node}: disable servicelb leaves LoadBalancer Service ${svc.metadata.namespace}/${svc.metadata.name} without an address`);
      const backend = String(config['flannel-backend'] ?? 'vxlan');
      if (backend !== host.flannelBackend) {
        if (how !== 'reboot')
          sim.violate(
            `${node}: flannel backend ${host.flannelBackend} -> ${backend} by a restart (K3s: reboot every node with the new backend, servers first)`,
          );
        host.flannelBackend = backend;
      }
    } else if (host.flannelBackend !== server.flannelBackend) {
      if (how !== 'reboot') sim.violate(`${node}: flannel backend ${host.flannelBackend} -> ${server.flannelBackend} by a restart (K3s: reboot every node)`);
      host.flannelBackend = server.flannelBackend;
    }
    host.config = config;
    sim.changes.push(`${how === 'reboot' ? 'rebooted' : 'restarted K3s on'} ${node}${host.ready ? '' : ' (NotReady)'}`);
  }
}
