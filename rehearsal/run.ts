import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClusterModel, ModelSource } from '../model/load';
import { production } from '../model/production';
import { publicHostname } from '../model/hostname';
import { RenderedCluster, renderCluster } from '../synth/render';
import { preflightGate } from './gate';
import { RehearsalResult, rehearse } from './rehearse';
import { parseRunbook, Runbook } from './runbook';
import { loadVariants, Obj, Variant } from './world';

/** Where the rehearsal reads its inputs, relative to the repository root. */
export const REHEARSAL_FILES = {
  runbook: 'docs/takeover.md',
  seed: 'test/fixtures/preflight/recorded-cluster.json',
  variants: 'test/fixtures/rehearsal',
  imageComponents: 'test/fixtures/preflight/flux-image-automation.json',
};

function mergePatch(target: any, patch: any): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = mergePatch(out[k], v);
  return out;
}

/** The production model with the edits the runbook asks for in this variant (step 8's import, say). */
export function variantSource(variant: Variant): ModelSource {
  return variant.world.modelPatch ? { ...production, model: mergePatch(production.model, variant.world.modelPatch) } : production;
}

// Variants that ask for the same model share its render (the simulation never changes it).
const renders = new Map<string, RenderedCluster>();

/** Rehearses a runbook over one variant, with the synth's render of the variant's model and preflight as the gate. */
export function rehearseVariant(
  repoRoot: string,
  variant: Variant,
  runbook: Runbook,
  options: { rollback?: boolean; finalChecks?: boolean } = {},
): RehearsalResult {
  const source = variantSource(variant);
  const key = JSON.stringify(source.model);
  let rendered = renders.get(key);
  if (!rendered) {
    rendered = renderCluster(loadClusterModel(source, repoRoot));
    renders.set(key, rendered);
  }
  const imageComponents = (JSON.parse(readFileSync(join(repoRoot, REHEARSAL_FILES.imageComponents), 'utf8')) as { objects: Obj[] }).objects;
  return rehearse(variant, rendered, runbook, {
    gate: preflightGate(repoRoot, [source]),
    imageComponents,
    rollback: options.rollback,
    finalChecks: options.finalChecks,
  });
}

/** Every variant of test/fixtures/rehearsal/ over the runbook in docs/takeover.md (or `runbookText`). */
export function rehearseAll(repoRoot: string, runbookText?: string): { results: RehearsalResult[]; hostnames: string[] } {
  const runbook = parseRunbook(runbookText ?? readFileSync(join(repoRoot, REHEARSAL_FILES.runbook), 'utf8'));
  const variants = loadVariants(join(repoRoot, REHEARSAL_FILES.seed), join(repoRoot, REHEARSAL_FILES.variants));
  const model = loadClusterModel(production, repoRoot);
  const hostnames = [publicHostname(model, 'labelStudio'), publicHostname(model, 'triton')];
  return { results: variants.map((v) => rehearseVariant(repoRoot, v, runbook)), hostnames };
}
