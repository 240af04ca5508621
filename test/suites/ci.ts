import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers';

/** The gate itself: what `npm run typecheck` covers and what CI runs. */

/** Every TypeScript file on disk, outside node_modules and dot folders, repository-relative. */
function typeScriptFiles(dir = '', out: string[] = []): string[] {
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) typeScriptFiles(path, out);
    } else if (/\.[cm]?ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
}

function workflows(): { file: string; steps: Step[] }[] {
  const dir = join(repoRoot, '.github/workflows');
  return readdirSync(dir).map((file) => {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    return { file, steps: Object.values(doc.jobs).flatMap((job) => job.steps) };
  });
}

describe('the gate', () => {
  it('type-checks every TypeScript file of the repository (each is a root file of the program: tsc --showConfig)', () => {
    // --showConfig resolves tsconfig.json's include and exclude as the type-check does, without parsing a file (0.1 s, against 0.5 s for --listFilesOnly).
    const tsc = join(repoRoot, 'node_modules/typescript-native/bin/tsc');
    const config = JSON.parse(execFileSync(process.execPath, [tsc, '-p', repoRoot, '--showConfig'], { encoding: 'utf8' })) as { files: string[] };
    const listed = new Set(config.files.map((f) => relative(repoRoot, join(repoRoot, f))));
    const files = typeScriptFiles();
    expect(files).toEqual(expect.arrayContaining(['preflight/main.ts', 'preflight/reachable.ts', 'synth/run.ts', 'policy/index.ts']));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('runs in CI exactly as the README says: npm test, through .ci/run, on the Node.js release of .node-version', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
    const npmLines = readFileSync(join(repoRoot, '.ci/run'), 'utf8')
      .split('\n')
      .filter((line) => /^npm\b/.test(line));
    expect(npmLines).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
    const gate = workflows().find((w) => w.file === 'ci.yaml')!;
    expect(gate.steps.filter((s) => s.run).map((s) => s.run!.trim())).toEqual(['node scripts/fetch-schemas.mjs', 'bash .ci/run']);
  });

  it('runs one Node.js major everywhere: .node-version, engines, @types/node and every workflow', () => {
    const version = readFileSync(join(repoRoot, '.node-version'), 'utf8').trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const major = version.split('.')[0];
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^${major}\\.`));
    // esbuild compiles the bundles and the tests' transforms for that major.
    for (const file of ['scripts/build.mjs', 'scripts/jest-esbuild.cjs'])
      expect({ file, targets: readFileSync(join(repoRoot, file), 'utf8').match(/target: '[^']*'/g) }).toEqual({ file, targets: [`target: 'node${major}'`] });
    for (const { file, steps } of workflows()) {
      for (const step of steps.filter((s) => s.uses?.startsWith('actions/setup-node@')))
        expect({ file, with: step.with }).toEqual({ file, with: expect.objectContaining({ 'node-version-file': '.node-version' }) });
    }
  });
});
