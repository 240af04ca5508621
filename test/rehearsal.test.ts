// The takeover runbook (docs/takeover.md) rehearsed over recorded clusters: every variant keeps
// both public hostnames served and loses nothing; each defect of the previous runbook
// (test/fixtures/rehearsal/old-runbook.md) fails the rehearsal it was written for.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';
import { API_REFUSED } from '../rehearsal/commands';
import { Outage, RehearsalResult } from '../rehearsal/rehearse';
import { REHEARSAL_FILES, rehearseAll, rehearseVariant, renderSource, summaryLine, variantSource } from '../rehearsal/run';
import { parseRunbook, Runbook } from '../rehearsal/runbook';
import { parseLine } from '../rehearsal/shell';
import { REBOOT, Simulation } from '../rehearsal/simulator';
import { loadVariants, Variant } from '../rehearsal/world';
import { repoRoot } from './helpers';

const variants = loadVariants(join(repoRoot, REHEARSAL_FILES.seed), join(repoRoot, REHEARSAL_FILES.variants));
const variant = (name: string): Variant => {
  const v = variants.find((x) => x.name === name);
  if (!v) throw new Error(`no variant ${name}`);
  return v;
};
const runbook = parseRunbook(readFileSync(join(repoRoot, REHEARSAL_FILES.runbook), 'utf8'));
const results = new Map<string, RehearsalResult>();
const rehearsed = (name: string) => {
  if (!results.has(name)) results.set(name, rehearseVariant(repoRoot, variant(name), runbook));
  return results.get(name)!;
};

describe('the runbook, rehearsed', () => {
  test.each(variants.map((v) => v.name))('%s: both hostnames served after every command, nothing lost', (name) => {
    const result = rehearsed(name);
    expect(result.failures).toEqual([]);
    expect(result.lost).toBe(0);
    // The takeover ran to its end and the roll-back after it.
    expect(result.timeline.some((t) => t.step === 'R2')).toBe(true);
  });

  test('the seed ends with both hostnames on the rendered, locally managed tunnels', () => {
    const last = rehearsed('seed')
      .timeline.filter((t) => /^\d+$/.test(t.step))
      .at(-1)!;
    expect(last.paths['label.boathou.se']).toMatch(/^tunnel oceanid-production-cluster, 2 connector\(s\) -> http:\/\/label-studio\.label-studio\.svc/);
    expect(last.paths['gpu.boathou.se']).toMatch(/^tunnel oceanid-production-node, 1 connector\(s\) -> http:\/\/localhost:8000/);
  });
});

// The controllers' passes note their own writes, and settle() stops at the first pass that noted
// none; a write that bypassed the tracking would end the settling early without a word.
describe('the simulated controllers', () => {
  test('note every write: in the seed every quiet pass leaves the world as it found it, and the rehearsal is the same', () => {
    const checked = rehearseVariant(repoRoot, variant('seed'), runbook, { checkQuietPasses: true });
    expect(checked.failures).toEqual([]);
    expect(checked.timeline).toEqual(rehearsed('seed').timeline);
  });

  test('a write that bypasses the tracking is named by the check', () => {
    const sim = new Simulation(variant('seed').world, renderSource(variantSource(variant('seed')), repoRoot));
    const controllers = sim as unknown as { reconcileStatus: () => void };
    const reconcileStatus = controllers.reconcileStatus.bind(sim);
    let passes = 0;
    controllers.reconcileStatus = () => {
      reconcileStatus();
      const deployment = sim.list('Deployment')[0];
      deployment.metadata.annotations = { ...deployment.metadata.annotations, 'untracked-pass': String(++passes) };
    };
    sim.checkQuietPasses = true;
    expect(() => sim.settle()).toThrow(/^a pass of the controllers changed Deployment\/\S+ but noted no change/);
  });
});

// The process runs the variants the tests above rehearse in this process; one of them end to end is
// enough to show the bundle, the printing and the exit code.
describe('`npm run rehearse`', () => {
  test('prints the timeline of the variants named and ends with the one summary line, exit 0', () => {
    const r = spawnSync(process.execPath, ['scripts/rehearse.mjs', 'nothing-there'], { cwd: repoRoot, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('== '))).toEqual(['== nothing-there']);
    expect(lines.filter((l) => l.startsWith('step ')).length).toBe(rehearsed('nothing-there').timeline.length);
    expect(lines.at(-1)).toBe(
      `rehearsal: ${rehearsed('nothing-there').steps} steps, 1 variant, ` +
        "label.boathou.se down 85 s in step 15's maintenance window (srv712429 rebooting), " +
        "gpu.boathou.se down 85 s in step 15's maintenance window (calypso rebooting), 0 objects lost",
    );
  });

  test('refuses a variant it does not have, naming those it has', () => {
    expect(() => rehearseAll(repoRoot, ['nope'])).toThrow(`no variant nope: the variants are ${variants.map((v) => v.name).join(', ')}`);
  });
});

/** A timeline index, failing the test when the step it looks for never happened (-1 would pass an order check). */
function found(index: number, what: string): number {
  if (index < 0) throw new Error(`the timeline has no ${what}`);
  return index;
}

describe('retiring what the old setup left', () => {
  test('the old connectors, the host unit, the old ClusterIssuer and its Secrets go after their replacements are Ready', () => {
    const timeline = rehearsed('seed').timeline;
    const at = (change: string) =>
      found(
        timeline.findIndex((t) => t.changes.includes(change)),
        change,
      );
    const dnsMoved = found(
      timeline.findIndex((t) => t.changes.some((c) => c.startsWith('DNS label.boathou.se'))),
      'DNS label.boathou.se',
    );
    expect(at('deleted Pod/cloudflared/cloudflared-5b7d9c8f6a-q4wzt')).toBeGreaterThan(dnsMoved);
    expect(at('deleted Deployment/cloudflared/cloudflared-connector')).toBeGreaterThan(dnsMoved);
    expect(at('stopped and disabled cloudflared-node on calypso')).toBeGreaterThan(
      found(
        timeline.findIndex((t) => t.changes.some((c) => c.startsWith('DNS gpu.boathou.se'))),
        'DNS gpu.boathou.se',
      ),
    );
    expect(at('deleted ClusterIssuer//letsencrypt-prod')).toBeGreaterThan(
      found(
        timeline.findIndex((t) => /clusterissuer\/<rendered-cluster-issuer.name>/.test(t.command)),
        'the rendered ClusterIssuer Ready',
      ),
    );
    expect(at('deleted Secret/cert-manager/cloudflare-api-token-secret')).toBeGreaterThan(at('deleted ClusterIssuer//letsencrypt-prod'));
  });

  test('a ClusterIssuer a Certificate still names stays, and so do its Secrets', () => {
    const v = withWorld('seed', (w) =>
      w.world.objects.push({
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: { name: 'legacy', namespace: 'apps' },
        spec: { secretName: 'legacy-tls', dnsNames: ['legacy.boathou.se'], issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt-prod' } },
      }),
    );
    const result = rehearseVariant(repoRoot, v, runbook, { rollback: false });
    expect(result.failures).toEqual([]);
    const changes = result.timeline.flatMap((t) => t.changes);
    expect(changes).not.toContain('deleted ClusterIssuer//letsencrypt-prod');
    expect(changes).not.toContain('deleted Secret/cert-manager/cloudflare-api-token-secret');
  });
});

describe('the rehearsal refuses what it cannot model', () => {
  test('an unknown command fails the rehearsal, naming it', () => {
    const text = '## 1. Something new\n\n```sh\nkubectl get nodes\nterraform apply\n```\n';
    const result = rehearseVariant(repoRoot, variant('seed'), parseRunbook(text), { rollback: false });
    expect(result.failures).toEqual([expect.stringContaining('the rehearsal does not know the command terraform')]);
  });

  test('a placeholder that names no set fails the rehearsal', () => {
    const text = '## 1. Old style\n\n```sh\nkubectl -n pulumi-system patch stack <name> --type=merge -p \'{"spec":{"destroyOnFinalize":false}}\'\n```\n';
    const result = rehearseVariant(repoRoot, variant('seed'), parseRunbook(text), { rollback: false });
    expect(result.failures).toEqual([expect.stringContaining('placeholder <name> names no set')]);
  });

  test('a flag the pinned CLI does not have fails the command, as the CLI would', () => {
    const result = partial(variant('seed'), fragment('flux reconcile source helm --all -n flux-system'));
    expect(result.failures).toEqual([expect.stringContaining('flux reconcile source helm: name is required')]);
  });

  test('the shell reader keeps quotes, substitutions and placeholders as one word each', () => {
    const [line] = parseLine(`pulumi env set org/p/e a.b "$(cloudflared tunnel token t)" --secret`);
    expect(line.pipeline[0].words).toEqual(['pulumi', 'env', 'set', 'org/p/e', 'a.b', '$(cloudflared tunnel token t)', '--secret']);
    const [pipe] = parseLine(`cat hosts/x/<agent.name>/config.yaml | ssh <agent.name> sudo tee /etc/f > /dev/null`);
    expect(pipe.pipeline.map((c) => c.words)).toEqual([
      ['cat', 'hosts/x/<agent.name>/config.yaml'],
      ['ssh', '<agent.name>', 'sudo', 'tee', '/etc/f'],
    ]);
  });
});

// ---- the defects of the previous runbook: each fails there and holds in docs/takeover.md ----

/**
 * The runbook before the rehearsal, its three layer Kustomizations (apps, infra-configs,
 * infra-controllers) read as the Kustomizations rendered today, so each defect is shown on the
 * layout the cluster would really have and not as a "not found".
 */
const oldRunbook = (() => {
  const layers = ['apps', 'infra-configs', 'infra-controllers'];
  const rendered = renderSource(variantSource(variant('seed')), repoRoot)
    .objects.filter((o) => o.manifest.kind === 'Kustomization' && o.manifest.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/'))
    .map((o) => o.manifest.metadata.name)
    .filter((name) => name !== FLUX_BOOTSTRAP_KUSTOMIZATION);
  const text = readFileSync(join(repoRoot, 'test/fixtures/rehearsal/old-runbook.md'), 'utf8')
    .replace(`kustomization ${layers.join(' ')}`, `kustomization ${rendered.join(' ')}`)
    .replace(/^(.*kustomization )apps( .*)?\n(?:.*kustomization (?:infra-configs|infra-controllers)\b.*\n)+/gm, (_line, head: string, tail = '') =>
      rendered.map((name) => `${head}${name}${tail}\n`).join(''),
    );
  return parseRunbook(text);
})();
const GATE = /^npm run preflight$/;
/** Some steps of a runbook, without the lines `drop` matches. */
const pick = (rb: Runbook, ids: string[], drop?: RegExp): Runbook => ({
  takeover: rb.takeover.filter((s) => ids.includes(s.id)).map((s) => ({ ...s, commands: s.commands.filter((c) => !drop?.test(c.text)) })),
  rollback: [],
});
/** A runbook without the lines `drop` matches. */
const without = (rb: Runbook, drop: RegExp): Runbook => ({
  takeover: rb.takeover.map((s) => ({ ...s, commands: s.commands.filter((c) => !drop.test(c.text)) })),
  rollback: rb.rollback,
});
const fragment = (commands: string): Runbook => parseRunbook(`## 1. Fragment\n\n\`\`\`sh\n${commands}\n\`\`\`\n`);
// Reboots pause the hostnames served from the node: rehearsed in a step that declares a maintenance window.
const windowed = (commands: string): Runbook => parseRunbook(`## 1. Reboots, in a maintenance window\n\n\`\`\`sh\n${commands}\n\`\`\`\n`);
const partial = (v: Variant, rb: Runbook) => rehearseVariant(repoRoot, v, rb, { finalChecks: false, rollback: false });
const withWorld = (name: string, edit: (v: Variant) => void): Variant => {
  const v = structuredClone(variant(name));
  edit(v);
  return v;
};

describe('1. the old sync path', () => {
  test('the old runbook bootstraps over the old flux-system Kustomization: refused, "would overwrite path"', () => {
    const result = partial(variant('seed'), pick(oldRunbook, ['7'], GATE));
    expect(result.failures).toEqual([expect.stringContaining('would overwrite path ("./clusters/tethys") of existing Kustomization')]);
  });

  test('patching the old path instead makes kustomize-controller prune Flux itself', () => {
    const result = partial(
      variant('seed'),
      fragment(`flux install --components-extra=image-reflector-controller,image-automation-controller
git push
kubectl -n flux-system patch kustomization flux-system --type=merge -p '{"spec":{"path":"./flux/production"}}'`),
    );
    expect(result.failures).toContainEqual(
      expect.stringMatching(
        /pruned CustomResourceDefinition\/\/kustomizations\.kustomize\.toolkit\.fluxcd\.io from the inventory of Kustomization flux-system/,
      ),
    );
    expect(result.lost).toBeGreaterThan(0);
  });

  test('the runbook takes the old sync out suspended (no garbage collection) and the bootstrap goes through', () => {
    const result = rehearsed('seed');
    const step6 = result.timeline.filter((t) => t.step === '6').flatMap((t) => t.changes);
    expect(step6).toContain('deleted Kustomization/flux-system/flux-system');
    expect(step6.filter((c) => /garbage-collected|pruned/.test(c))).toEqual([]);
    expect(result.timeline.filter((t) => t.step === '12').flatMap((t) => t.changes)).toContain('bootstrap: Flux syncs ./flux/production');
  });
});

describe('2. the deploy key', () => {
  test('the old bootstrap keeps the existing read-only key ("source secret up to date")', () => {
    const result = partial(variant('seed'), { takeover: [...pick(runbook, ['6']).takeover, ...pick(oldRunbook, ['7'], GATE).takeover], rollback: [] });
    expect(result.failures).toEqual([expect.stringContaining('kept the existing Secret flux-system/flux-system: its deploy key stays read-only')]);
  });

  test('the runbook deletes the Secret first, and the bootstrap generates a read-write key', () => {
    const changes = rehearsed('seed').timeline.flatMap((t) => t.changes);
    expect(changes).toContain('deleted Secret/flux-system/flux-system');
    expect(changes).toContain('generated deploy key Secret/flux-system/flux-system');
  });
});

describe('3. the gate and the old connectors', () => {
  test('reaching the old gate meant deleting the running connectors: label.<base> goes down at once', () => {
    // What the previous preflight's "after the runbook" state took: every Deployment in cloudflared gone.
    const result = partial(
      variant('seed'),
      fragment('kubectl -n cloudflared delete deployment cloudflared\nkubectl -n cloudflared delete deployment cloudflared-connector'),
    );
    expect(result.failures).toEqual([expect.stringMatching(/label\.boathou\.se has no Ready serving path: tunnel oceanid-cluster: no connector/)]);
  });

  test('the gate passes while the old connectors still serve, and the ESO token comes before the bootstrap', () => {
    const timeline = rehearsed('seed').timeline;
    const gate = timeline.find((t) => t.step === '11')!;
    expect(gate.changes).toEqual(['preflight exit 0']);
    expect(gate.paths['label.boathou.se']).toMatch(/^tunnel oceanid-cluster \(dashboard routes\), 2 connector\(s\)/);
    const at = (pattern: RegExp) =>
      found(
        timeline.findIndex((t) => pattern.test(t.command)),
        String(pattern),
      );
    expect(at(/create secret generic pulumi-esc-access-token/)).toBeLessThan(at(/^flux bootstrap/));
  });
});

describe('4. the K3s hosts', () => {
  test('the old step 11 restarts the server into secrets encryption, without traefik and onto WireGuard without a reboot', () => {
    const result = partial(variant('traefik-ingress'), pick(oldRunbook, ['11']));
    expect(result.failures).toEqual([
      expect.stringContaining('srv712429: secrets-encryption turned on for an existing server'),
      expect.stringContaining('disable traefik removes the controller serving Ingress default/whoami'),
      expect.stringContaining('disable servicelb leaves LoadBalancer Service default/mqtt without an address'),
      expect.stringContaining('flannel backend vxlan -> wireguard-native by a restart'),
    ]);
  });

  test('the old step 11 restarts the agents on the rendered config without /etc/rancher/k3s/token: NotReady', () => {
    // The server's lines aside (they fail first, above): what the old step does on the agents.
    const result = partial(variant('seed'), pick(oldRunbook, ['11'], /srv712429/));
    expect(result.failures).toContainEqual(
      expect.stringContaining('node srv712695 NotReady after the restart: token-file /etc/rancher/k3s/token does not exist'),
    );
  });

  test('the host configs say what changes for a node that runs already', () => {
    const server = readFileSync(join(repoRoot, 'hosts/production/srv712429/config.yaml'), 'utf8');
    expect(server).toMatch(/^# On a server that runs already: K3s cannot turn secrets-encryption on/m);
    expect(server).toMatch(/^secrets-encryption: true$/m);
    for (const agent of ['srv712695', 'calypso']) {
      const config = readFileSync(join(repoRoot, `hosts/production/${agent}/config.yaml`), 'utf8');
      expect(config).toMatch(/^token-file: \/etc\/rancher\/k3s\/token$/m);
      expect(config).toContain('write /etc/rancher/k3s/token before restarting with this file');
    }
  });

  test.each(['seed', 'traefik-ingress'])('%s: the runbook writes the token files, keeps what still needs traefik, reboots the server first', (name) => {
    const result = partial(variant(name), pick(runbook, ['15']));
    expect(result.failures).toEqual([]);
  });
});

describe('5. the reboots', () => {
  const oldReboot = parseRunbook(readFileSync(join(repoRoot, 'test/fixtures/rehearsal/old-reboot.md'), 'utf8'));

  test('the old step 15 waits right after the reboot: the Node still holds the Ready condition from before it', () => {
    const result = partial(variant('seed'), oldReboot);
    expect(result.failures).toEqual([
      'step 15 (K3s host configuration, in its own maintenance window): kubectl wait --for=condition=Ready node/<server.name> --timeout=10m: ' +
        'a wait returned before the node rebooted: node srv712429 was not back, and its Ready condition is the one its kubelet posted before the reboot',
    ]);
  });

  test('the runbook reboots one node at a time: each is back with a new boot ID and Ready before the next goes', () => {
    const changes = rehearsed('seed')
      .timeline.filter((t) => t.step === '15')
      .flatMap((t) => t.changes)
      .filter((c) => /^(rebooted|node .* back)/.test(c))
      .map((c) => c.replace(/ after \d+ s: boot ID [\w-]+, Ready$/, ''));
    expect(changes).toEqual([
      'rebooted srv712429',
      'node srv712429 back',
      'rebooted srv712695',
      'node srv712695 back',
      'rebooted calypso',
      'node calypso back',
    ]);
  });

  test('while the server reboots every kubectl call fails as kubectl says it, until the server is back', () => {
    const down = partial(variant('seed'), windowed('ssh <server.name> sudo reboot\nsleep 10\nkubectl get nodes'));
    expect(down.failures).toEqual([`step 1 (Reboots, in a maintenance window): kubectl get nodes: ${API_REFUSED}`]);
    const back = partial(variant('seed'), windowed('ssh <server.name> sudo reboot\nsleep 120\nkubectl get nodes'));
    expect(back.failures).toEqual([]);
  });

  test('a node rebooted while another is not back breaks the order: an agent while the server is down, two agents at once', () => {
    const result = partial(variant('seed'), windowed('ssh <server.name> sudo reboot\nsleep 10\nssh <agent.name> sudo reboot'));
    expect(result.failures[0]).toMatch(/ssh <agent\.name> sudo reboot: an agent rebooted while the server was down: srv712695 rebooted while srv712429/);
    const agents = partial(variant('seed'), windowed('ssh <agent.name> sudo reboot'));
    expect(agents.failures).toEqual([
      expect.stringContaining('calypso rebooted while srv712695 was not yet back from its reboot and Ready (one node at a time)'),
    ]);
  });

  test('a node that is down refuses ssh; a wait on it returns on the old Ready within the grace period, and after it times out as kubectl says', () => {
    const ssh = partial(variant('seed'), windowed('ssh <server.name> sudo reboot\nsleep 10\nssh <server.name> sudo k3s secrets-encrypt status'));
    expect(ssh.failures).toEqual([expect.stringContaining('ssh: connect to host srv712429 port 22: Connection refused')]);
    // Down, within the grace period: the Node still says Ready, from before the reboot.
    const early = partial(variant('seed'), windowed('ssh srv712695 sudo reboot\nsleep 10\nkubectl wait --for=condition=Ready node/srv712695 --timeout=20s'));
    expect(early.failures).toEqual([expect.stringContaining('a wait returned before the node rebooted: node srv712695 was not back')]);
    // Past it the node is Unknown, and Ready only once the rebooted kubelet says so.
    const late = partial(variant('seed'), windowed('ssh srv712695 sudo reboot\nsleep 60\nkubectl wait --for=condition=Ready node/srv712695 --timeout=20s'));
    expect(late.failures).toEqual([expect.stringContaining('error: timed out waiting for the condition on nodes/srv712695')]);
  });

  test('without the boot ID loop the wait returns before the reboot; a loop that takes a failed kubectl for a new boot ID ends while the server is down', () => {
    const get = `kubectl get node <server.name> -o jsonpath='{.status.nodeInfo.bootID}'`;
    const noLoop = partial(
      variant('seed'),
      windowed(`before=$(${get}) && { ssh <server.name> sudo reboot; kubectl wait --for=condition=Ready node/<server.name> --timeout=10m; }`),
    );
    expect(noLoop.failures).toEqual([expect.stringContaining('a wait returned before the node rebooted: node srv712429')]);
    const unguarded = partial(
      variant('seed'),
      windowed(
        `before=$(${get}) && { ssh <server.name> sudo reboot; until [ "$(${get})" != "$before" ]; do sleep 10; done; kubectl wait --for=condition=Ready node/<server.name> --timeout=10m; }`,
      ),
    );
    expect(unguarded.failures).toEqual([expect.stringContaining(API_REFUSED)]);
  });

  test('the shell reader keeps a script line whole: assignments, lists, groups and until loops', () => {
    const [line] = parseLine(`a=$(kubectl get node x -o jsonpath='{.b}') && { until [ "$a" != "$c" ]; do sleep 10; done; }`);
    expect(line.pipeline).toEqual([]);
    expect(line.script).toEqual({
      kind: 'and',
      items: [
        { kind: 'simple', assignments: [{ name: 'a', value: [{ substitution: `kubectl get node x -o jsonpath='{.b}'`, quoted: false }] }], words: [] },
        {
          kind: 'group',
          body: {
            kind: 'until',
            condition: {
              kind: 'simple',
              assignments: [],
              words: [[{ text: '[' }], [{ variable: 'a', quoted: true }], [{ text: '!=' }], [{ variable: 'c', quoted: true }], [{ text: ']' }]],
            },
            body: { kind: 'simple', assignments: [], words: [[{ text: 'sleep' }], [{ text: '10' }]] },
          },
        },
      ],
    });
    expect(() => parseLine('a=1 || b=2')).toThrow('"|" is not modelled in a script line');
  });
});

describe('5b. the hostnames while a node reboots', () => {
  const reboot = (node: string) =>
    `before=$(kubectl get node ${node} -o jsonpath='{.status.nodeInfo.bootID}') && { ssh ${node} sudo reboot; ` +
    `until after=$(kubectl get node ${node} -o jsonpath='{.status.nodeInfo.bootID}') && [ "$after" != "$before" ]; do sleep 10; done; ` +
    `kubectl wait --for=condition=Ready node/${node} --timeout=10m; }`;
  const markdown = readFileSync(join(repoRoot, REHEARSAL_FILES.runbook), 'utf8');
  // From `sudo reboot` until the node is back with a new boot ID and Ready.
  const rebootSeconds = REBOOT.shutdown + REBOOT.boot + REBOOT.kubeletReady;

  test('only a step whose heading declares a maintenance window may pause a hostname', () => {
    expect(runbook.takeover.filter((s) => s.maintenanceWindow).map((s) => s.id)).toEqual(['15']);
  });

  test("step 15's reboots pause each hostname served from the rebooting node alone, inside its maintenance window, and say how long", () => {
    expect(rehearsed('seed').outages).toEqual([
      // Label Studio's one pod runs on the server: both connectors route to it, and neither reaches a Ready origin.
      { hostname: 'label.boathou.se', step: '15', maintenanceWindow: true, seconds: rebootSeconds, why: 'srv712429 rebooting' },
      // Triton and its connector run on calypso only.
      { hostname: 'gpu.boathou.se', step: '15', maintenanceWindow: true, seconds: rebootSeconds, why: 'calypso rebooting' },
    ]);
    // The worker's reboot pauses neither: the connector on the server still serves.
    const changes = rehearsed('seed')
      .timeline.filter((t) => t.step === '15')
      .flatMap((t) => t.changes);
    const during = (node: string) =>
      changes.slice(
        changes.indexOf(`rebooted ${node}`),
        changes.findIndex((c) => c.startsWith(`node ${node} back`)),
      );
    expect(during('srv712695').filter((c) => /serving path/.test(c))).toEqual([]);
    expect(during('srv712429')).toContain('label.boathou.se without a Ready serving path (srv712429 rebooting)');
  });

  test('the same reboots under a heading without a maintenance window fail the rehearsal, with the length of the outage', () => {
    const plain = parseRunbook(markdown.replace('## 15. K3s host configuration, in its own maintenance window', '## 15. K3s host configuration'));
    expect(partial(variant('seed'), plain).failures).toEqual([
      expect.stringMatching(
        new RegExp(
          `^step 15 \\(K3s host configuration\\): before=.*<server\\.name>.*: label\\.boathou\\.se had no Ready serving path for ${rebootSeconds} s \\(srv712429 rebooting\\), outside a maintenance window$`,
        ),
      ),
    ]);
  });

  test('calypso rebooted during the bootstrap takes gpu.<base> down outside a maintenance window: the rehearsal fails', () => {
    const edited = markdown.replace('## 12. Bootstrap\n', `## 12. Bootstrap\n\n\`\`\`sh\n${reboot('calypso')}\n\`\`\`\n`);
    expect(edited).not.toBe(markdown);
    expect(partial(variant('seed'), parseRunbook(edited)).failures).toEqual([
      `step 12 (Bootstrap): ${reboot('calypso')}: gpu.boathou.se had no Ready serving path for ${rebootSeconds} s (calypso rebooting), outside a maintenance window`,
    ]);
  });

  test('a maintenance window ends with every hostname served again', () => {
    expect(partial(variant('seed'), windowed('ssh calypso sudo reboot')).failures).toEqual([
      'step 1 (Reboots, in a maintenance window) ends with gpu.boathou.se without a Ready serving path: tunnel calypso-node: no connector',
    ]);
    expect(partial(variant('seed'), windowed(`ssh calypso sudo reboot\nsleep ${rebootSeconds}`)).failures).toEqual([]);
  });

  test('the summary line tells each outage once, with the range of its lengths over the variants, and a hostname never down as served throughout', () => {
    const result = (variant: string, outages: Outage[]): RehearsalResult => ({ variant, steps: 17, timeline: [], failures: [], lost: 0, outages });
    const gpu = (seconds: number): Outage => ({ hostname: 'gpu.boathou.se', step: '15', maintenanceWindow: true, seconds, why: 'calypso rebooting' });
    expect(summaryLine([result('a', [gpu(85)]), result('b', [gpu(90)])], ['label.boathou.se', 'gpu.boathou.se'])).toBe(
      "rehearsal: 17 steps, 2 variants, label.boathou.se served throughout, gpu.boathou.se down 85-90 s in step 15's maintenance window (calypso rebooting), 0 objects lost",
    );
    expect(summaryLine([result('a', [])], ['label.boathou.se', 'gpu.boathou.se'])).toBe(
      'rehearsal: 17 steps, 1 variant, label.boathou.se and gpu.boathou.se served throughout, 0 objects lost',
    );
  });
});

describe('6. the operator and the way back', () => {
  it('the roll-back freezes image automation: every ImageUpdateAutomation is suspended', () => {
    const r1 = rehearsed('seed').timeline.filter((t) => t.step === 'R1' && t.command.startsWith('flux suspend image update'));
    expect(r1.flatMap((t) => t.changes)).toEqual(['suspended ImageUpdateAutomation/flux-system/oceanid']);
  });

  const drifting = () => withWorld('seed', (v) => (v.world.objects.find((o) => o.kind === 'HelmRelease')!.spec.driftDetection = { mode: 'enabled' }));

  test('the old step 1 scales the operator to 0 and helm-controller scales it back', () => {
    const result = partial(drifting(), pick(oldRunbook, ['1']));
    expect(result.failures).toEqual([expect.stringContaining('Deployment/pulumi-system/pulumi-kubernetes-operator has spec.replicas 1, not 0')]);
  });

  test('the old step 1 looks for the Stack in pulumi-system only', () => {
    const result = partial(variant('pko-elsewhere'), pick(oldRunbook, ['1']));
    expect(result.failures).toEqual([expect.stringContaining('Stack "oceanid-cluster" not found in pulumi-system')]);
  });

  test.each([['seed'], ['pko-elsewhere']])('%s: the runbook suspends the HelmRelease first, wherever it is', (name) => {
    const v = name === 'seed' ? drifting() : variant(name);
    expect(partial(v, pick(runbook, ['1'])).failures).toEqual([]);
  });

  test('the old roll-back leaves HelmReleases and External Secrets running', () => {
    const result = rehearseVariant(repoRoot, variant('seed'), { takeover: runbook.takeover, rollback: oldRunbook.rollback });
    expect(result.failures).toContainEqual(expect.stringContaining('after the roll-back: HelmRelease cert-manager/cert-manager still reconciles'));
    expect(result.failures).toContainEqual(expect.stringContaining('after the roll-back: External Secrets still runs in external-secrets'));
  });

  test('deleting a HelmRelease that is not suspended uninstalls its chart; a suspended one keeps it', () => {
    const takeover = { takeover: runbook.takeover, rollback: [] };
    const uninstall = fragment('kubectl -n cert-manager delete helmrelease cert-manager').takeover;
    const deleted = rehearseVariant(repoRoot, variant('seed'), { ...takeover, rollback: uninstall }, { finalChecks: false });
    expect(deleted.failures).toContainEqual(expect.stringContaining('helm uninstall cert-manager'));
    const suspended = fragment('flux suspend helmrelease cert-manager -n cert-manager\nkubectl -n cert-manager delete helmrelease cert-manager').takeover;
    const kept = rehearseVariant(repoRoot, variant('seed'), { ...takeover, rollback: suspended }, { finalChecks: false });
    expect(kept.failures.filter((f) => /uninstall|lost/.test(f))).toEqual([]);
    expect(kept.lost).toBe(0);
  });
});

describe('7. the facts that decide the takeover', () => {
  test('the rendered connectors on the remotely managed tunnel follow its dashboard routes, not the rendered ingress', () => {
    const result = rehearseVariant(repoRoot, variant('seed'), without(runbook, /oceanid-production-cluster|clusterTunnelToken/), { rollback: false });
    expect(result.failures).toEqual([
      expect.stringMatching(/after the takeover: label\.boathou\.se is not served by the rendered connectors: tunnel oceanid-cluster \(dashboard routes\)/),
    ]);
  });

  test('a hand-made device plugin left beside the rendered one keeps Triton pending', () => {
    const result = rehearseVariant(repoRoot, variant('seed'), without(runbook, /handmade-device-plugin/), { rollback: false });
    expect(result.failures).toEqual([
      expect.stringContaining('Kustomization flux-system/triton is not Ready: health check: Deployment/gpu-inference/triton not ready'),
    ]);
  });

  test("a hand-made device plugin is found by NVIDIA's image, as preflight finds it, whatever its name", () => {
    const seed = variant('seed');
    const renamed = structuredClone(seed);
    const ds = renamed.world.objects.find((o) => o.kind === 'DaemonSet' && o.metadata.name === 'nvidia-device-plugin-daemonset')!;
    ds.metadata.name = 'gpu-plugin';
    for (const pod of renamed.world.objects.filter((o) => o.kind === 'Pod' && o.metadata.ownerReferences?.[0]?.name === 'nvidia-device-plugin-daemonset'))
      pod.metadata.ownerReferences![0].name = 'gpu-plugin';
    const result = rehearseVariant(repoRoot, { ...renamed, name: 'seed, device plugin renamed' }, runbook, { rollback: false });
    expect(result.failures).toEqual([]);
    expect(result.timeline.flatMap((t) => t.changes)).toContain('deleted DaemonSet/kube-system/gpu-plugin');
  });

  test('chart objects of another release block the gate, and past it make the HelmRelease fail', () => {
    const gated = rehearseVariant(repoRoot, variant('other-release'), without(runbook, /foreign-chart-object|old-release/), { rollback: false });
    expect(gated.failures).toEqual([expect.stringMatching(/step 11 \(The gate\): npm run preflight: preflight exits 1: error helm\/ownership/)]);
    const ungated = rehearseVariant(repoRoot, variant('other-release'), without(runbook, /foreign-chart-object|old-release|^npm run preflight$/), {
      rollback: false,
    });
    expect(ungated.failures).toEqual([expect.stringContaining('HelmRelease/cert-manager/cert-manager not ready')]);
  });

  test('without the import, label.<base> would move to an empty database', () => {
    const result = rehearseVariant(
      repoRoot,
      withWorld('seed', (v) => delete v.world.modelPatch),
      runbook,
      { rollback: false },
    );
    expect(result.failures).toEqual([expect.stringContaining('holds 0 of the 1843 rows of the existing Label Studio')]);
  });
});
