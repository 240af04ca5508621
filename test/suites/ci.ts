import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, tempDir } from '../helpers';

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
  it('type-checks every TypeScript file of the repository (each is in the program tsc --listFilesOnly prints)', () => {
    const tsc = join(repoRoot, 'node_modules/typescript-native/bin/tsc');
    const listed = new Set(
      execFileSync(process.execPath, [tsc, '-p', repoRoot, '--listFilesOnly'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => relative(repoRoot, line.trim())),
    );
    const files = typeScriptFiles();
    expect(files).toEqual(expect.arrayContaining(['preflight/main.ts', 'preflight/reachable.ts', 'synth/run.ts', 'policy/index.ts']));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('runs in CI exactly as the README says: npm test, through .ci/run, on the Node.js release of .node-version', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
    const run = readFileSync(join(repoRoot, '.ci/run'), 'utf8').split('\n');
    expect(run).toContain('npm test');
    expect(run.indexOf('npm run synth')).toBeGreaterThan(run.indexOf('npm test'));
    expect(run[run.indexOf('npm run synth') + 1]).toBe('bash .ci/output-committed');
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
    for (const { file, steps } of workflows()) {
      for (const step of steps.filter((s) => s.uses?.startsWith('actions/setup-node@')))
        expect({ file, with: step.with }).toEqual({ file, with: expect.objectContaining({ 'node-version-file': '.node-version' }) });
    }
  });

  describe('.ci/output-committed, run after the synth', () => {
    const repo = tempDir('ci-output');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
    const check = () => spawnSync('bash', [join(repoRoot, '.ci/output-committed')], { cwd: repo, encoding: 'utf8' });
    const files = ['dist/production/apps/a.yaml', 'flux/production/oceanid/b.yaml', 'hosts/production/calypso/config.yaml'];

    beforeAll(() => {
      git('init', '-q');
      for (const f of files) {
        mkdirSync(join(repo, f, '..'), { recursive: true });
        writeFileSync(join(repo, f), 'committed\n');
      }
      git('add', '.');
      git('commit', '-q', '-m', 'output');
    });
    afterEach(() => {
      git('checkout', '-q', '--', '.');
      git('clean', '-q', '-f', '-d');
    });

    it('passes when the output is as committed', () => {
      expect(check().status).toBe(0);
    });

    it.each(files)('fails when %s changed', (file) => {
      writeFileSync(join(repo, file), 'stale\n');
      const result = check();
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(file);
    });

    it.each(['dist', 'flux', 'hosts'])('fails when a file appears in or disappears from %s/', (root) => {
      const file = files.find((f) => f.startsWith(`${root}/`))!;
      writeFileSync(join(repo, root, 'new.yaml'), 'new\n');
      expect(check().status).toBe(1);
      git('clean', '-q', '-f', '-d');
      rmSync(join(repo, file));
      expect(check().status).toBe(1);
    });
  });
});
