import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { clusters } from '../model/clusters';
import { loadClusterModel, ModelSource, validateClusterModel } from '../model/load';
import { production } from '../model/production';
import { ClusterModel, ClusterModelInput } from '../model/schema';
import { listFiles } from '../synth/output';
import { Manifest, renderCluster, RenderedCluster, RenderOptions } from '../synth/render';
import { OUTPUT_ROOTS, runSynthCli, synthesize, SynthResult } from '../synth/run';
import { parse } from 'yaml';

export const repoRoot = resolve(__dirname, '..');

/** The production model as the synth loads it. */
export function productionModel(): ClusterModel {
  return loadClusterModel(production, repoRoot);
}

/** The production model input (TypeScript part plus the image file), as a mutable deep copy. */
export function productionInput(): ClusterModelInput {
  const images = (parse(readFileSync(join(repoRoot, production.imagesFile), 'utf8')) as { images: unknown }).images;
  return structuredClone({ ...production.model, images }) as ClusterModelInput;
}

/** The production model after `edit`, validated. */
export function modelWith(edit: (m: ClusterModelInput) => void): ClusterModel {
  const input = productionInput();
  edit(input);
  return validateClusterModel(input, 'test');
}

/** A ModelSource whose TypeScript part is `edit`ed (the image file is the real one unless replaced). */
export function sourceWith(edit: (m: Omit<ClusterModelInput, 'images'>) => void, imagesFile = production.imagesFile): ModelSource {
  const model = structuredClone(production.model) as Omit<ClusterModelInput, 'images'>;
  edit(model);
  return { name: 'test model', imagesFile, model };
}

let cached: RenderedCluster | undefined;
/** The production cluster, rendered once per test file. */
export function renderedProduction(): RenderedCluster {
  cached ??= renderCluster(productionModel());
  return cached;
}

let committed: SynthResult | undefined;
/** The clusters of the repository, synthesized once per test file; callers only read it. */
export function synthesizedClusters(): SynthResult {
  committed ??= synthesize(clusters, repoRoot);
  return committed;
}

export function manifests(cluster: RenderedCluster, kind?: string): Manifest[] {
  return cluster.objects.map((o) => o.manifest).filter((m) => !kind || m.kind === kind);
}

export function find(cluster: RenderedCluster, kind: string, name: string, namespace?: string): Manifest {
  const found = manifests(cluster, kind).filter((m) => m.metadata.name === name && (namespace === undefined || m.metadata.namespace === namespace));
  if (found.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${found.length}`);
  return found[0];
}

let testOutdir: string | undefined;
/**
 * cdk8s's `Testing.app()` with its output folder inside this test file's temporary folder
 * (`Testing.app()` without one makes a folder in the system's temporary folder per call and leaves it).
 */
export function testApp(): App {
  testOutdir ??= tempDir('cdk8s');
  return Testing.app({ outdir: testOutdir });
}

/** A fresh chart to build a construct in, and its synthesized manifests. */
export function testChart(): { app: App; chart: Chart } {
  const app = testApp();
  return { app, chart: new Chart(app, 'test', { disableResourceNameHashes: true }) };
}

export function synthChart(chart: Chart): any[] {
  return Testing.synth(chart);
}

/** Every file below the given top-level folders of `root`, with its bytes. */
export function snapshotTree(root: string, tops: readonly string[] = OUTPUT_ROOTS): Map<string, string> {
  const out = new Map<string, string>();
  for (const top of tops) for (const f of listFiles(join(root, top))) out.set(`${top}/${f}`, readFileSync(join(root, top, f), 'utf8'));
  return out;
}

const tempDirs: string[] = [];
// Every test file imports this module, so each file removes the folders it made when it ends.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty folder under the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `oceanid-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** A throwaway copy of the repository's generated folders and model files, for tests that write. */
export function tempRepo(): string {
  const dir = tempDir('repo');
  for (const entry of ['cdk8s.yaml', 'dist', 'flux', 'hosts', 'model', 'test/models']) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** One case of a bad-input table: an edit of the TypeScript model and/or of the image file's text. */
export interface ModelEdit {
  readonly model?: (m: Omit<ClusterModelInput, 'images'>) => void;
  readonly images?: (text: string) => string;
}

/**
 * One temporary repository for a whole table of bad-input cases (a case that wrongly wrote would
 * change it, and the byte comparison after that case fails). `synth` applies a case's edits to the
 * production model, runs the synth and returns the exit code, stderr and the output tree after it,
 * to compare with `before`; the image file is restored after each test.
 */
export function badInputRepo(): {
  before: Map<string, string>;
  synth: (edit: ModelEdit, options?: RenderOptions) => { code: number; output: string; after: Map<string, string> };
} {
  const root = tempRepo();
  const imagesFile = join(root, production.imagesFile);
  const images = readFileSync(imagesFile, 'utf8');
  const before = snapshotTree(root);
  afterEach(() => writeFileSync(imagesFile, images));
  return {
    before,
    synth: (edit, options = {}) => {
      if (edit.images) writeFileSync(imagesFile, edit.images(images));
      const source: ModelSource = edit.model ? sourceWith(edit.model) : production;
      const err: string[] = [];
      const code = runSynthCli([], [source], root, { out: () => undefined, err: (l) => err.push(l) }, options);
      return { code, output: err.join('\n'), after: snapshotTree(root) };
    },
  };
}

/**
 * The files a commit of the repository would hold (tracked, or untracked and not ignored), as they
 * are in the working tree, copied to `dir`; node_modules is shared through a link.
 */
export function repositoryCopy(dir: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(repoRoot, f)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** `node <args>` in `root`, run to its end: its exit code and everything it printed. */
export function runNode(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}
