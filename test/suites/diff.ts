import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { clusters } from '../../model/clusters';
import { ModelSource } from '../../model/load';
import { formatDiff, runDiffCli } from '../../synth/diff';
import { runSynthCli } from '../../synth/run';
import { diffTrees } from '../../synth/tree-diff';
import { listFiles } from '../../synth/output';
import { repoRoot, sourceWith, tempDir, tempRepo } from '../helpers';
import { synthBundle } from '../synth-process';

// Temporary repositories sit outside the checkout: point the schema validation at the pinned files.
process.env.OCEANID_SCHEMAS = resolve(repoRoot, process.env.OCEANID_SCHEMAS ?? '../shared/schemas');

/**
 * Every file under the temporary repository (not only dist/ and flux/) with its bytes. The one
 * exception is node_modules/.cache/, the schema validators' compile cache (git-ignored), which
 * every synth, check and diff may fill.
 */
function snapshotAll(root: string): Map<string, string> {
  return new Map(
    listFiles(root)
      .filter((f) => !f.startsWith('node_modules/.cache/'))
      .map((f) => [f, readFileSync(join(root, f), 'utf8')]),
  );
}

function runDiff(root: string, sources: readonly ModelSource[] = clusters, options: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const before = snapshotAll(root);
  const code = runDiffCli([], sources, root, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: options.isTTY, env: options.env ?? {} });
  // The diff never writes: every file of the repository is byte for byte as before.
  expect(snapshotAll(root)).toEqual(before);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function edit(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** The lines of one Kustomization's section of the output. */
function section(out: string, kustomization: string): string {
  const start = out.indexOf(`${kustomization}  (`);
  if (start < 0) throw new Error(`no section ${kustomization} in:\n${out}`);
  const end = out.indexOf('\n\n', start);
  return out.slice(start, end < 0 ? undefined : end);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts every ANSI colour sequence this test looks for
const ANSI = /\u001b\[/;

describe('npm run diff', () => {
  // The diff never writes (runDiff checks every byte), so the tests that only read share one
  // repository: what a test edits or adds is put back after it, and that it was is checked.
  let root: string;
  let pristine: Map<string, string>;
  const undo: (() => void)[] = [];
  beforeAll(() => {
    root = tempRepo();
    pristine = snapshotAll(root);
  });
  afterEach(() => {
    for (const step of undo.splice(0).reverse()) step();
    expect(snapshotAll(root)).toEqual(pristine);
  });
  /** `edit`, undone when the test ends. */
  function change(path: string, how: (text: string) => string): void {
    const before = readFileSync(join(root, path), 'utf8');
    undo.push(() => writeFileSync(join(root, path), before));
    edit(root, path, how);
  }
  /** A new file (and its folder when `folder` is new), removed when the test ends. */
  function add(path: string, content: string, folder?: string): void {
    undo.push(() => rmSync(join(root, folder ?? path), { recursive: true }));
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }

  it('reports no changes and exits 0 on the committed tree', () => {
    const result = runDiff(root);
    expect(result.code).toBe(0);
    expect(result.out).toBe('No changes: dist/, flux/ and hosts/ match the model.');
    expect(result.err).not.toMatch(/^error/m);
  });

  it('shows a changed image tag as a field change of the Deployment, under its component production/label-studio', () => {
    change('model/images/production.yaml', (t) => t.replace('tag: 1.20.0', 'tag: 1.20.1'));
    // Not a terminal: this run is also the colour test's uncoloured case.
    const result = runDiff(root, clusters, { isTTY: false });
    expect(result.code).toBe(1);
    const apps = section(result.out, 'production/label-studio');
    expect(apps).toContain('dist/production/label-studio');
    expect(apps).toContain('  ~ Deployment label-studio/label-studio');
    expect(apps).toContain(
      'spec.template.spec.containers[name=app].image: "docker.io/heartexlabs/label-studio:1.20.0" → "docker.io/heartexlabs/label-studio:1.20.1"',
    );
    expect(result.out).not.toContain('production/cert-manager');
    expect(result.out).toContain('Summary: 0 added, 0 removed, 1 changed object(s) in production/label-studio.');
    expect(result.out).not.toContain('namespace changed');
    expect(result.out).not.toMatch(ANSI);
  });

  it('lists the objects of a removed app as removed, and its Kustomization', () => {
    const result = runDiff(root, [
      sourceWith((m) => {
        delete m.gpuInference;
        delete m.lsTritonAdapter;
      }),
    ]);
    expect(result.code).toBe(1);
    const triton = section(result.out, 'production/triton');
    for (const removed of [
      'Deployment gpu-inference/triton',
      'Service gpu-inference/triton',
      'Namespace gpu-inference',
      'ExternalSecret gpu-inference/cloudflared-node-token',
    ]) {
      expect(triton).toContain(`  - ${removed}\n`);
    }
    const adapter = section(result.out, 'production/ls-triton-adapter');
    for (const removed of ['Deployment label-studio/ls-triton-adapter', 'Service label-studio/ls-triton-adapter'])
      expect(adapter).toContain(`  - ${removed}\n`);
    for (const s of [triton, adapter]) expect(s).not.toMatch(/^ {2}\+ /m);
    // Their Kustomizations go with them; the device plugin, which only Triton needed, stays.
    const sync = section(result.out, 'production/flux-system');
    expect(sync).toContain('  - Kustomization.kustomize.toolkit.fluxcd.io flux-system/triton\n');
    expect(sync).toContain('  - Kustomization.kustomize.toolkit.fluxcd.io flux-system/ls-triton-adapter');
    expect(sync).not.toContain('nvidia-device-plugin');
    expect(result.out).toMatch(/Summary: 0 added, \d+ removed, \d+ changed object\(s\)/);
  });

  it('shows a renamed namespace as removal plus addition, with a note under the summary', () => {
    // The committed files name the old namespace; the model still says label-studio.
    for (const file of ['label-studio.yaml', 'ls-triton-adapter.yaml']) {
      change(`dist/production/${file.replace('.yaml', '')}/${file}`, (t) => t.replace(/^ {2}namespace: label-studio$/gm, '  namespace: annotation'));
    }
    const result = runDiff(root);
    expect(result.code).toBe(1);
    const ls = section(result.out, 'production/label-studio');
    expect(ls).toContain('  - Deployment annotation/label-studio\n');
    expect(ls).toContain('  + Deployment label-studio/label-studio\n');
    const adapter = section(result.out, 'production/ls-triton-adapter');
    expect(adapter).toContain('  - Service annotation/ls-triton-adapter\n');
    expect(adapter).toContain('  + Service label-studio/ls-triton-adapter\n');
    const lines = result.out.split('\n');
    const summary = lines.findIndex((l) => l.startsWith('Summary:'));
    expect(lines[summary + 1]).toBe(
      'Note: namespace changed (annotation → label-studio): shown as removal + addition; Flux prunes the old objects and creates the new ones.',
    );
  });

  it('exits 2 on an invalid model, naming the field on stderr', () => {
    const result = runDiff(root, [sourceWith((m) => (m.gpuInference!.node = 'calipso'))]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('gpuInference.node: "calipso" is not a node of this cluster');
  });

  it('exits 2 on an unreadable image file', () => {
    change('model/images/production.yaml', (t) => t.replace('images:', 'images: [').concat(']]'));
    const result = runDiff(root);
    expect(result.code).toBe(2);
    expect(result.err).toContain('YAML error');
  });

  it('colours only on a terminal and only without NO_COLOR', () => {
    // The same change off a terminal is the test above, which finds no colour.
    change('model/images/production.yaml', (t) => t.replace('tag: 1.20.0', 'tag: 1.20.1'));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the exact ANSI colour sequence of a changed object
    expect(runDiff(root, clusters, { isTTY: true }).out).toMatch(/\u001b\[33m {2}~ Deployment label-studio\/label-studio\u001b\[0m/);
    expect(runDiff(root, clusters, { isTTY: true, env: { NO_COLOR: '1' } }).out).not.toMatch(ANSI);
  });

  it('reports a changed setter marker and a file that is not objects', () => {
    change('dist/production/cloudflared/cloudflared.yaml', (t) => t.replace(/^( +image: docker\.io\/cloudflare\/cloudflared:\S+) # .*$/m, '$1'));
    add('dist/production/cloudflared/notes.txt', 'hand-written\n');
    const result = runDiff(root);
    expect(result.code).toBe(1);
    const apps = section(result.out, 'production/cloudflared');
    expect(apps).toContain('  ~ Deployment cloudflared/cloudflared\n');
    expect(apps).toMatch(
      / {6}spec\.template\.spec\.containers\[name=cloudflared\]\.image \(comment\): \(absent\) → "\{\\"\$imagepolicy\\": \\"flux-system:production-cloudflared[^"]*\\"\}"\n/,
    );
    expect(apps).toContain('  - file dist/production/cloudflared/notes.txt');
  });

  it('reports a comment-only change of a file', () => {
    change('dist/production/triton/triton.yaml', (t) => `# edited by hand\n${t}`);
    const result = runDiff(root);
    expect(result.code).toBe(1);
    expect(section(result.out, 'production/triton')).toContain(
      '  ~ file dist/production/triton/triton.yaml: comments or formatting only\n      - # edited by hand',
    );
    expect(result.out).toContain('Summary: 0 added, 0 removed, 0 changed object(s), 1 other file change(s) in production/triton.');
  });

  it('ignores the files `flux bootstrap` owns', () => {
    add('flux/production/flux-system/gotk-sync.yaml', 'kind: Kustomization\n', 'flux/production/flux-system');
    expect(runDiff(root).code).toBe(0);
  });

  it('rejects unknown arguments with exit 2', () => {
    for (const argv of [['--bogus'], ['--against'], ['--against', 'HEAD', 'x']]) {
      expect({ argv, code: runDiffCli(argv, clusters, repoRoot, { out: () => undefined, err: () => undefined }) }).toEqual({ argv, code: 2 });
    }
  });

  it('in a git checkout, compares with the output committed at HEAD (or --against), so a synthesized tree still shows what the commit changes', () => {
    // The repository is a folder of the checkout, not its top: git finds .git in a folder above.
    const checkout = tempDir('checkout');
    const root = join(checkout, 'repository');
    renameSync(tempRepo(), root);
    const git = (...args: string[]) => {
      const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: checkout, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    };
    // No template: its sample hooks are files to write and remove, and nothing here runs them.
    git('init', '-q', '--template=');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    edit(root, 'model/images/production.yaml', (t) => t.replace('tag: 1.20.0', 'tag: 1.20.1'));
    expect(runSynthCli([], clusters, root, { out: () => undefined, err: () => undefined })).toBe(0);
    const change = '  ~ Deployment label-studio/label-studio';
    const synthesized = runDiff(root);
    expect(synthesized.code).toBe(1);
    expect(synthesized.out).toMatch(/^Compared with dist\/, flux\/ and hosts\/ as committed at HEAD\.\n/);
    expect(section(synthesized.out, 'production/label-studio')).toContain(change);
    git('commit', '-q', '-am', 'new tag');
    expect(runDiff(root).out).toContain('No changes');
    const previous = runDiffCli(['--against', 'HEAD~1'], clusters, root, { out: () => undefined, err: () => undefined });
    expect(previous).toBe(1);
    expect(runDiffCli(['--against=no-such-revision'], clusters, root, { out: () => undefined, err: () => undefined })).toBe(2);
  });
});

describe('diffTrees', () => {
  const deployment = (image: string, env: string[]) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: site
spec:
  template:
    spec:
      containers:
        - name: web
          image: ${image}
          env:
${env.map((e) => `            - name: ${e}\n              value: "1"`).join('\n')}
`;

  it('compares lists of named objects by name, and reports a new order', () => {
    const before = new Map([['dist/c/apps/web.yaml', deployment('nginx:1', ['A', 'B'])]]);
    const after = new Map([['dist/c/apps/web.yaml', deployment('nginx:2', ['B', 'A', 'C'])]]);
    const result = diffTrees(before, after);
    expect(result.kustomizations.map((k) => k.name)).toEqual(['c/apps']);
    expect(result.kustomizations[0].changed[0].fields).toEqual([
      { path: 'spec.template.spec.containers[name=web].image', aspect: 'value', before: 'nginx:1', after: 'nginx:2' },
      { path: 'spec.template.spec.containers[name=web].env[name=C]', aspect: 'value', before: undefined, after: { name: 'C', value: '1' } },
      { path: 'spec.template.spec.containers[name=web].env', aspect: 'order', before: ['A', 'B'], after: ['B', 'A'] },
    ]);
  });

  it('pairs each removed object with the first added one of the same name in another namespace or Kustomization', () => {
    const cm = (name: string, namespace: string) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n`;
    const committed = new Map([
      ['dist/c/issuer/x.yaml', cm('a', 'one') + cm('b', 'one') + cm('d', 'one')],
      ['dist/c/web/y.yaml', cm('c', 'one')],
    ]);
    const fresh = new Map([
      // a changes Kustomization; b and c change namespace; d changes Kustomization and gains a namesake in namespace four.
      ['dist/c/web/x.yaml', cm('a', 'one') + cm('b', 'two') + cm('d', 'one') + cm('d', 'four')],
      ['dist/c/web/y.yaml', cm('c', 'three')],
    ]);
    const result = diffTrees(committed, fresh);
    // one/d is removed and added again: it moved Kustomization in its own namespace, so four/d is a
    // new object, not d's new namespace.
    expect(result.namespaceMoves).toEqual([
      { from: 'one', to: 'two', objects: 1 },
      { from: 'one', to: 'three', objects: 1 },
    ]);
    expect(result.kustomizationMoves).toEqual([{ from: 'c/issuer', to: 'c/web', objects: 2 }]);
  });

  it('reports no namespace change when objects of the same name in several namespaces each move to their own Kustomization', () => {
    const object = (kind: string, name: string, namespace: string) =>
      `---\napiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n`;
    const deny = (namespace: string) => object('ConfigMap', 'default-deny', namespace);
    // One Kustomization held every namespace's default-deny; now each component's holds its own.
    // The Service web does change namespace (site -> web), and is still named so.
    const committed = new Map([['dist/c/apps/all.yaml', deny('alpha') + deny('beta') + deny('gamma') + object('Service', 'web', 'site')]]);
    const fresh = new Map([
      ['dist/c/alpha/x.yaml', deny('alpha')],
      ['dist/c/beta/x.yaml', deny('beta') + object('Service', 'web', 'web')],
      ['dist/c/gamma/x.yaml', deny('gamma')],
    ]);
    const result = diffTrees(committed, fresh);
    expect(result.namespaceMoves).toEqual([{ from: 'site', to: 'web', objects: 1 }]);
    expect(result.kustomizationMoves).toEqual([
      { from: 'c/apps', to: 'c/alpha', objects: 1 },
      { from: 'c/apps', to: 'c/beta', objects: 1 },
      { from: 'c/apps', to: 'c/gamma', objects: 1 },
    ]);
    expect(formatDiff(result, { color: false })).toContain('\nNote: namespace changed (site → web): ');
  });

  it('groups flux/<cluster>/oceanid under <cluster>/flux-system, before the components (by name)', () => {
    const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
    const result = diffTrees(
      new Map(),
      new Map([
        ['dist/c/web/a.yaml', ns('a')],
        ['flux/c/oceanid/b.yaml', ns('b')],
        ['dist/c/cert-manager/c.yaml', ns('c')],
      ]),
    );
    expect(result.kustomizations.map((k) => k.name)).toEqual(['c/flux-system', 'c/cert-manager', 'c/web']);
    expect(formatDiff(result, { color: false })).toContain('c/flux-system  (flux/c/oceanid)\n  + Namespace b\n');
  });
});

describe('the diff process', () => {
  it('runs from the synth bundle: exit 1, plain text on a pipe, nothing written', () => {
    const root = tempRepo();
    mkdirSync(join(root, '.build'));
    copyFileSync(synthBundle(), join(root, '.build/synth.js'));
    edit(root, 'model/images/production.yaml', (t) => t.replace('tag: 1.20.0', 'tag: 1.20.1'));
    const before = snapshotAll(root);
    // The temporary repository has no node_modules/: runtime dependencies the bundle loads come from the checkout.
    const env: NodeJS.ProcessEnv = { ...process.env, OCEANID_SCHEMAS: process.env.OCEANID_SCHEMAS, NODE_PATH: join(repoRoot, 'node_modules') };
    delete env.NO_COLOR;
    const run = spawnSync(process.execPath, [join(root, '.build/synth.js'), 'diff'], { cwd: root, encoding: 'utf8', env });
    if (run.status !== 1) throw new Error(`exit ${run.status}: ${run.stderr}`);
    expect(run.stdout).toContain('production/label-studio  (dist/production/label-studio)\n  ~ Deployment label-studio/label-studio\n');
    expect(run.stdout).not.toMatch(ANSI);
    expect(snapshotAll(root)).toEqual(before);
  });
});
