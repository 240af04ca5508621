/**
 * A CEL rule of a CRD schema (`x-kubernetes-validations`), which the API server evaluates after the
 * OpenAPI checks: what the schema cannot say ("either chart or chartRef" on a HelmRelease), which
 * would otherwise pass the gate and fail only when Flux applies it.
 */
export interface CelRule {
  /** Property names, `[]` for list items, `{}` for map values; the rule runs on each value there, as `self`. */
  readonly at: readonly string[];
  readonly rule: string;
  /** The CRD's message for a failed rule. @default "failed rule: <rule>" */
  readonly message?: string;
  /** Where the CRD reports the failure, relative to `at` (e.g. `.chartRef`). @default the rule's own place */
  readonly fieldPath?: string;
}

/** A CRD version's rules, and where its schema declares integers (CEL `int`, not `double`), as in `CelRule.at`. */
export interface CelRules {
  readonly rules: readonly CelRule[];
  readonly integers: readonly (readonly string[])[];
}

type Json = Record<string, unknown>;

/** The rules of an openAPIV3Schema; not transition rules (`oldSelf`): the API server skips them on create, and the gate sees every object as new. */
export function extractCelRules(schema: unknown): CelRules | undefined {
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const rules: CelRule[] = [];
  const integers: string[][] = [];
  const walk = (node: unknown, at: string[]) => {
    if (!node || typeof node !== 'object') return;
    const s = node as Json;
    if (s.type === 'integer' || s['x-kubernetes-int-or-string'] === true) integers.push(at);
    for (const v of (s['x-kubernetes-validations'] ?? []) as Json[]) {
      const rule = String(v.rule);
      if (/\boldSelf\b/.test(rule)) continue;
      // Absent ones stay absent in the committed validators' JSON (JSON.stringify drops undefined).
      rules.push({ at, rule, message: text(v.message), fieldPath: text(v.fieldPath) });
    }
    for (const [name, child] of Object.entries((s.properties ?? {}) as Json)) walk(child, [...at, name]);
    if (s.items) walk(s.items, [...at, '[]']);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, [...at, '{}']);
  };
  walk(schema, []);
  return rules.length > 0 ? { rules, integers } : undefined;
}

/**
 * The API server's semantics: a rule runs on every value present at its place and must return true;
 * one that cannot be evaluated (a field read without `has()`) fails; integer fields are CEL ints.
 */
export function celRuleErrors(object: unknown, cel: CelRules): { path: string; message: string }[] {
  const typed = withIntegers(object, cel.integers);
  const errors: { path: string; message: string }[] = [];
  for (const r of cel.rules) {
    for (const { value, path } of valuesAt(typed, r.at)) {
      const where = r.fieldPath ? join(path, r.fieldPath.replace(/^\./, '')) : path;
      let result: unknown;
      try {
        // Loaded on first use: a synth whose objects are all known valid evaluates no rule.
        result = (require('@marcbachmann/cel-js') as typeof import('@marcbachmann/cel-js')).evaluate(r.rule, { self: value });
      } catch (error) {
        const why = (error as Error).message.split('\n')[0];
        errors.push({ path: where, message: `rule \`${r.rule}\` cannot be evaluated here (${why}): the API server rejects this object` });
        continue;
      }
      if (result !== true) errors.push({ path: where, message: `${r.message ?? `failed rule: ${r.rule}`} (CEL rule of the CRD: \`${r.rule}\`)` });
    }
  }
  return errors;
}

function join(path: string, field: string): string {
  if (!field) return path;
  return path ? `${path}.${field}` : field;
}

/** A copy of `object` in which the whole numbers at `integers` are BigInts, CEL's ints. */
function withIntegers(object: unknown, integers: readonly (readonly string[])[]): unknown {
  const copy = cloneJson(object);
  for (const at of integers) {
    if (at.length === 0) continue;
    const parents = valuesAt(copy, at.slice(0, -1));
    const last = at[at.length - 1];
    for (const { value } of parents) {
      const holder = value as Record<string, unknown> | unknown[];
      const keys = last === '[]' ? (Array.isArray(holder) ? holder.keys() : []) : last === '{}' ? Object.keys(holder) : [last];
      for (const key of keys) {
        const v = (holder as Record<string | number, unknown>)[key];
        if (typeof v === 'number' && Number.isInteger(v)) (holder as Record<string | number, unknown>)[key] = BigInt(v);
      }
    }
  }
  return copy;
}

/** Built from this realm's objects: the evaluator checks their type. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneJson(v)]));
  return value;
}

/** Every value at `at` in `object`, with its dotted path (`spec.items[2].name`, `data.key`). */
function valuesAt(object: unknown, at: readonly string[]): { value: unknown; path: string }[] {
  let found: { value: unknown; path: string }[] = [{ value: object, path: '' }];
  for (const step of at) {
    const next: { value: unknown; path: string }[] = [];
    for (const { value, path } of found) {
      if (step === '[]') {
        if (Array.isArray(value)) for (const [i, v] of value.entries()) next.push({ value: v, path: `${path}[${i}]` });
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const entries = step === '{}' ? Object.entries(value) : step in value ? [[step, (value as Json)[step]] as const] : [];
        for (const [key, v] of entries) if (v !== undefined && v !== null) next.push({ value: v, path: join(path, key) });
      }
    }
    found = next;
  }
  return found;
}
