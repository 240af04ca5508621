// Regenerates imports/ with cdk8s-cli's own importers, offline: every download the CLI would make
// for the specs in cdk8s.yaml is answered from the pinned local copy (sha256-checked). This also
// covers `k8s@1.33.0`, which the CLI can only fetch from the network.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import pinned from '../policy/pinned-schemas.cjs';
import lock from '../schemas.lock.json' with { type: 'json' };
import { bundle, repoRoot } from './build.mjs';

// The CLI exports no programmatic API, so its modules are loaded by file path.
const require = createRequire(import.meta.url);
const cli = dirname(require.resolve('cdk8s-cli/package.json'));
const util = require(join(cli, 'lib/util.js'));
const { importDispatch } = require(join(cli, 'lib/import/dispatch.js'));

// cdk8s-cli downloads `k8s@X` from an unpinned URL; it is the same file as the pinned entry.
const K8S_CLI_URL = /^https:\/\/raw\.githubusercontent\.com\/cdk8s-team\/cdk8s\/master\/kubernetes-schemas\/v([\d.]+)\/_definitions\.json$/;
util.download = async (url) => {
  const k8s = K8S_CLI_URL.exec(url);
  const entry = lock.files.find((f) => (k8s ? f.path === `kubernetes-v${k8s[1]}/_definitions.json` : f.url === url));
  if (!entry) throw new Error(`${url} is not pinned in schemas.lock.json: add it there (url, path, sha256) first`);
  return pinned.readPinned(pinned.schemasDir(repoRoot), entry);
};

const config = parse(readFileSync(join(repoRoot, 'cdk8s.yaml'), 'utf8'));
const specs = config.imports.map((spec) => util.parseImports(spec));
// Inside the repository so the generated code resolves cdk8s and constructs from node_modules.
const staging = mkdtempSync(join(repoRoot, '.imports-'));
try {
  process.chdir(repoRoot);
  await importDispatch(specs, {}, { targetLanguage: 'typescript', outdir: staging, save: false });

  // Committed as JavaScript plus declarations: type-checking 4 MB of generated TypeScript on
  // every `tsc --noEmit` costs seconds, while its .d.ts files are skipped by skipLibCheck.
  const sources = readdirSync(staging)
    .flatMap((f) => (f.endsWith('.ts') ? [join(staging, f)] : []))
    .sort();
  const outdir = join(repoRoot, 'imports');
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    outDir: staging,
    newLine: ts.NewLineKind.LineFeed,
  };
  // The declarations keep the schema descriptions (editors show them); the JavaScript drops them,
  // a third of its bytes, which every bundle build and every cold Jest worker would read again.
  const declarations = ts.createProgram(sources, { ...options, declaration: true, emitDeclarationOnly: true });
  const program = ts.createProgram(sources, { ...options, removeComments: true }, undefined, declarations);
  const emitted = [declarations.emit(), program.emit()];
  const errors = ts.getPreEmitDiagnostics(program).concat(...emitted.map((e) => e.diagnostics));
  if (errors.length > 0) {
    throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' }));
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir);
  // imports/validators is regenerated below, from the new bindings.
  for (const file of readdirSync(staging).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))) cpSync(join(staging, file), join(outdir, file));
  // ESM output inside a CommonJS package: the .mjs-free way is a nested package.json.
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module', sideEffects: false }, null, 2)}\n`);
  console.error(`imports/: ${sources.length} modules generated`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

// The schema validators of the kinds the clusters render, generated from the same pinned schemas.
const generator = await bundle('scripts/generate-validators.ts', 'generate-validators');
const generated = spawnSync(process.execPath, [generator.file], { cwd: repoRoot, stdio: 'inherit' });
if (generated.status !== 0) process.exit(generated.status ?? 1);
