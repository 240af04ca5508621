import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClusterModel, ModelSource } from '../model/load';
import { production } from '../model/production';
import { RenderedCluster, renderCluster } from '../synth/render';
import { preflightGate } from './gate';
import { Outage, RehearsalOptions, RehearsalResult, rehearse, servedHostnames } from './rehearse';
import { parseRunbook, Runbook } from './runbook';
import { loadVariants, mergePatch, Obj, Variant } from './world';

/** Where the rehearsal reads its inputs, relative to the repository root. */
export const REHEARSAL_FILES = {
  runbook: 'docs/takeover.md',
  seed: 'test/fixtures/preflight/recorded-cluster.json',
  variants: 'test/fixtures/rehearsal',
  imageComponents: 'test/fixtures/preflight/flux-image-automation.json',
};

/**
 * A model as a recorded cluster can run it: a node the model gained after the recording, and every
 * component block placed on it, join after the takeover, not during it (the preflight tests read
 * the recorded cluster the same way).
 */
export function asRecorded(source: ModelSource, registeredNodes: ReadonlySet<string>): ModelSource {
  const model = structuredClone(source.model) as Record<string, any>;
  model.nodes = model.nodes.filter((n: { name: string }) => registeredNodes.has(n.name));
  for (const [field, block] of Object.entries(model)) if (typeof block?.node === 'string' && !registeredNodes.has(block.node)) delete model[field];
  return { ...source, model: model as ModelSource['model'] };
}

/** The production model as the variant's cluster runs it, with the edits the runbook asks for in it (step 8's import, say). */
export function variantSource(variant: Variant): ModelSource {
  const nodes = new Set(variant.world.objects.filter((o) => o.kind === 'Node').map((o) => o.metadata.name as string));
  const recorded = asRecorded(production, nodes);
  return variant.world.modelPatch ? { ...recorded, model: mergePatch(recorded.model, variant.world.modelPatch) } : recorded;
}

/** The Pulumi ESC paths the rendered ExternalSecrets read. */
function escPaths(rendered: RenderedCluster): string[] {
  return rendered.objects
    .filter((o) => o.manifest.kind === 'ExternalSecret')
    .flatMap((o) => ((o.manifest as { spec?: { data?: { remoteRef?: { key?: string } }[] } }).spec?.data ?? []).map((d) => d.remoteRef?.key))
    .filter((k): k is string => typeof k === 'string');
}

// Variants that ask for the same model share its render (the simulation never changes it).
const renders = new Map<string, RenderedCluster>();

/** The synth's render of a model source, once per model in this process (a render is some 0.1 s). */
export function renderSource(source: ModelSource, repoRoot: string): RenderedCluster {
  const key = JSON.stringify(source.model);
  let rendered = renders.get(key);
  if (!rendered) {
    rendered = renderCluster(loadClusterModel(source, repoRoot));
    renders.set(key, rendered);
  }
  return rendered;
}

/** Rehearses a runbook over one variant, with the synth's render of the variant's model and preflight as the gate. */
export function rehearseVariant(
  repoRoot: string,
  variant: Variant,
  runbook: Runbook,
  options: Pick<RehearsalOptions, 'rollback' | 'finalChecks' | 'checkQuietPasses'> = {},
): RehearsalResult {
  const render = (source: ModelSource) => renderSource(source, repoRoot);
  const source = variantSource(variant);
  const rendered = render(source);
  if (variant.world.escHoldsModelPaths) {
    // The paths the model declares without the runbook's edits: what the recorded ESC held.
    const declared = escPaths(render(variantSource({ ...variant, world: { ...variant.world, modelPatch: undefined } })));
    variant = { ...variant, world: { ...variant.world, esc: { ...Object.fromEntries(declared.map((p) => [p, 'set'])), ...variant.world.esc } } };
  }
  const imageComponents = (JSON.parse(readFileSync(join(repoRoot, REHEARSAL_FILES.imageComponents), 'utf8')) as { objects: Obj[] }).objects;
  return rehearse(variant, rendered, runbook, {
    gate: preflightGate(repoRoot, [source]),
    imageComponents,
    rollback: options.rollback,
    finalChecks: options.finalChecks,
    checkQuietPasses: options.checkQuietPasses,
  });
}

/** The variants of test/fixtures/rehearsal/ (every one, or those `only` names) over the runbook in docs/takeover.md. */
export function rehearseAll(repoRoot: string, only: readonly string[] = []): { results: RehearsalResult[]; hostnames: string[] } {
  const runbook = parseRunbook(readFileSync(join(repoRoot, REHEARSAL_FILES.runbook), 'utf8'));
  const all = loadVariants(join(repoRoot, REHEARSAL_FILES.seed), join(repoRoot, REHEARSAL_FILES.variants));
  const unknown = only.filter((name) => !all.some((v) => v.name === name));
  if (unknown.length > 0) throw new Error(`no variant ${unknown.join(', ')}: the variants are ${all.map((v) => v.name).join(', ')}`);
  const variants = only.length > 0 ? all.filter((v) => only.includes(v.name)) : all;
  const model = loadClusterModel(production, repoRoot);
  const hostnames = servedHostnames(model);
  return { results: variants.map((v) => rehearseVariant(repoRoot, v, runbook)), hostnames };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An outage as the summary tells it: `down 85 s in step 15's maintenance window (calypso rebooting)`. */
export function describeOutage(o: Pick<Outage, 'step' | 'maintenanceWindow' | 'why'>, seconds: readonly number[]): string {
  const min = Math.min(...seconds);
  const max = Math.max(...seconds);
  const length = min === max ? `${max} s` : `${min}-${max} s`;
  return `down ${length} in step ${o.step}${o.maintenanceWindow ? "'s maintenance window" : ''} (${o.why})`;
}

/**
 * The one line `npm run rehearse` ends with, from the results: each hostname served throughout,
 * or each of its outages (the same step and cause over several variants told once, with the
 * range of their lengths).
 */
export function summaryLine(results: readonly RehearsalResult[], hostnames: readonly string[]): string {
  const steps = Math.max(...results.map((r) => r.steps));
  const lost = results.reduce((n, r) => n + r.lost, 0);
  const head = `rehearsal: ${plural(steps, 'step')}, ${plural(results.length, 'variant')}`;
  const failed = results.filter((r) => r.failures.length > 0);
  if (failed.length > 0) return `${head}, ${failed.length} failed (${failed.map((r) => r.variant).join(', ')}), ${lost} objects lost`;
  const throughout: string[] = [];
  const interrupted: string[] = [];
  for (const h of hostnames) {
    const groups = new Map<string, { outage: Outage; seconds: number[] }>();
    for (const o of results.flatMap((r) => r.outages).filter((x) => x.hostname === h)) {
      const key = `${o.step}\0${o.why}`;
      const g = groups.get(key) ?? { outage: o, seconds: [] };
      g.seconds.push(o.seconds);
      groups.set(key, g);
    }
    if (groups.size === 0) throughout.push(h);
    else interrupted.push(`${h} ${[...groups.values()].map((g) => describeOutage(g.outage, g.seconds)).join(' and ')}`);
  }
  const parts = [...(throughout.length > 0 ? [`${throughout.join(' and ')} served throughout`] : []), ...interrupted];
  return `${head}, ${parts.join(', ')}, ${lost} objects lost`;
}
