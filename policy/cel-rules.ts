import type { ParseResult } from '@marcbachmann/cel-js';

/**
 * The CEL rules of a CRD schema (`x-kubernetes-validations`), which the API server evaluates on
 * create and update after the OpenAPI checks. They encode what the schema cannot say, such as
 * "either chart or chartRef must be set" on a HelmRelease; without them such a mistake passes the
 * gate and fails only when Flux applies it.
 */
export interface CelRule {
  /**
   * Where the rule sits: property names, `[]` for the items of a list, `{}` for the values of a
   * map. The rule runs once for every value found there, as `self`.
   */
  readonly at: readonly string[];
  readonly rule: string;
  /** The CRD's message for a failed rule. @default "failed rule: <rule>" */
  readonly message?: string;
  /** Where the CRD reports the failure, relative to `at` (e.g. `.chartRef`). @default the rule's own place */
  readonly fieldPath?: string;
}

/** A CRD version's rules, and the places its schema declares integers (CEL `int`, not `double`). */
export interface CelRules {
  readonly rules: readonly CelRule[];
  /** Paths (as in `CelRule.at`) of the integer and int-or-string fields. */
  readonly integers: readonly (readonly string[])[];
}

export interface CelRuleError {
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

/**
 * Collects the rules of one version's openAPIV3Schema, or undefined when it has none. Transition
 * rules (those reading `oldSelf`) are left out: the API server skips them when an object is
 * created, and the gate sees every object as new.
 */
export function extractCelRules(schema: unknown): CelRules | undefined {
  const rules: CelRule[] = [];
  const integers: string[][] = [];
  const walk = (node: unknown, at: string[]) => {
    if (!node || typeof node !== 'object') return;
    const s = node as Json;
    if (s.type === 'integer' || s['x-kubernetes-int-or-string'] === true) integers.push(at);
    for (const v of (s['x-kubernetes-validations'] ?? []) as Json[]) {
      const rule = String(v.rule);
      if (/\boldSelf\b/.test(rule)) continue;
      rules.push({
        at,
        rule,
        ...(typeof v.message === 'string' ? { message: v.message } : {}),
        ...(typeof v.fieldPath === 'string' ? { fieldPath: v.fieldPath } : {}),
      });
    }
    for (const [name, child] of Object.entries((s.properties ?? {}) as Json)) walk(child, [...at, name]);
    if (s.items) walk(s.items, [...at, '[]']);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, [...at, '{}']);
  };
  walk(schema, []);
  return rules.length > 0 ? { rules, integers } : undefined;
}

/** Parsed rules, by their text: a rule is parsed once per process however many objects it checks. */
const parsed = new Map<string, ParseResult>();

function compiled(rule: string): ParseResult {
  let program = parsed.get(rule);
  if (!program) {
    // Loaded on first use: a synth whose objects are all known valid evaluates no rule.
    const { parse } = require('@marcbachmann/cel-js') as typeof import('@marcbachmann/cel-js');
    program = parse(rule);
    parsed.set(rule, program);
  }
  return program;
}

/**
 * Evaluates the rules on `object` with the API server's semantics: a rule runs for every value
 * present at its place (an absent field is not checked) and must return true; a rule that cannot
 * be evaluated (a field read without `has()`) fails too, as it does on the server. Integer fields
 * are CEL ints, as their schema types them, so `self.replicas + 1` works as it does there.
 */
export function celRuleErrors(object: unknown, cel: CelRules): CelRuleError[] {
  const typed = withIntegers(object, cel.integers);
  const errors: CelRuleError[] = [];
  for (const r of cel.rules) {
    for (const { value, path } of valuesAt(typed, r.at)) {
      const where = r.fieldPath ? join(path, r.fieldPath.replace(/^\./, '')) : path;
      let result: unknown;
      try {
        result = compiled(r.rule)({ self: value });
      } catch (error) {
        errors.push({
          path: where,
          message: `rule \`${r.rule}\` cannot be evaluated here (${(error as Error).message.split('\n')[0]}): the API server rejects this object`,
        });
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

/** A deep copy of a JSON value, built from this realm's objects (the evaluator checks their type). */
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
