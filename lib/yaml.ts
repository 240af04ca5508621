import { SetterMarker } from './setter-markers';

/**
 * A YAML emitter for the plain JSON data of Kubernetes manifests, with Flux setter markers as
 * line comments. It writes block style only, two-space indentation, keys in the order given, and
 * quotes every string a YAML 1.1 or 1.2 reader (kustomize's go-yaml, Flux, this repository's
 * tests) could read as anything but that string. It exists because the general `yaml` library
 * spent more time serializing a synth than everything else together; the tests check that the
 * `yaml` library parses every document back to the same value.
 */
export function toYamlDocument(value: unknown, markers: readonly SetterMarker[] = []): string {
  const byPath = new Map(markers.map((m) => [m.path.join('\u0000'), m.marker]));
  const used = new Set<string>();
  const out: string[] = [];
  emit(value, 0, [], out, byPath, used, 'top');
  for (const key of byPath.keys()) {
    if (!used.has(key)) throw new Error(`setter marker ${byPath.get(key)}: no scalar field at ${key.split('\u0000').join('.')}`);
  }
  return out.join('');
}

type Path = (string | number)[];
type Markers = Map<string, string>;

/**
 * Writes `value` whose key (or `- `) is already on the current line. `at` says what precedes it:
 * the document start, a map key, or a sequence dash.
 */
function emit(value: unknown, indent: number, path: Path, out: string[], markers: Markers, used: Set<string>, at: 'top' | 'key' | 'item'): void {
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push(at === 'key' ? ' []\n' : '[]\n');
    if (at === 'key') out.push('\n');
    const pad = ' '.repeat(at === 'key' ? indent + 2 : indent);
    value.forEach((item, i) => {
      out.push(at === 'item' && i === 0 ? '- ' : `${pad}- `);
      emit(item, (at === 'key' ? indent + 2 : indent) + 2, [...path, i], out, markers, used, 'item');
    });
    return;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return void out.push(at === 'key' ? ' {}\n' : '{}\n');
    if (at === 'key') out.push('\n');
    const childIndent = at === 'key' ? indent + 2 : indent;
    const pad = ' '.repeat(childIndent);
    entries.forEach(([k, v], i) => {
      out.push(at === 'item' && i === 0 ? `${scalarKey(k)}:` : `${pad}${scalarKey(k)}:`);
      emit(v, childIndent, [...path, k], out, markers, used, 'key');
    });
    return;
  }
  const sep = at === 'top' || at === 'item' ? '' : ' ';
  const key = path.join('\u0000');
  const marker = markers.get(key);
  if (marker !== undefined) used.add(key);
  const comment = marker !== undefined ? ` # ${marker}` : '';
  if (typeof value === 'string' && marker === undefined) {
    const block = blockLiteral(value, indent + (at === 'item' ? 0 : 2));
    if (block) return void out.push(`${sep}${block}`);
  }
  out.push(`${sep}${scalar(value)}${comment}\n`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to YAML`);
    return String(value);
  }
  // JSON leaves NEL, LS and PS raw; YAML 1.1 readers (go-yaml) would break the line there.
  if (typeof value === 'string')
    return isPlainSafe(value) ? value : JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  throw new Error(`cannot write a ${typeof value} to YAML`);
}

function scalarKey(key: string): string {
  return isPlainSafe(key) ? key : JSON.stringify(key);
}

/** Words YAML 1.1 or 1.2 read as booleans or null. */
const RESERVED = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
/**
 * Anything YAML 1.1 or 1.2 may read as a number: digits with only number characters (which also
 * covers octal, sexagesimal and 1.1's loose floats such as "1.2.3"), hex/binary/octal prefixes,
 * .inf and .nan.
 */
const NUMBER_LIKE = /^[-+]?\.?[0-9][0-9._:eE+-]*$|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$|^[-+]?0[box]/;
/** Timestamps (YAML 1.1). */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?/;
const PLAIN = /^([A-Za-z0-9_./$]|-[^\s])[A-Za-z0-9_./:@+=,()$%<>^ -]*$/;

/** True when `s` can be written unquoted and reads back as exactly this string. */
function isPlainSafe(s: string): boolean {
  if (s.length === 0 || !PLAIN.test(s)) return false;
  if (RESERVED.test(s) || NUMBER_LIKE.test(s) || TIMESTAMP.test(s)) return false;
  if (s.endsWith(' ') || s.endsWith(':') || s.includes(': ') || s.includes(' #')) return false;
  return true;
}

/**
 * A multi-line string as a literal block (`|` or `|-`), readable in diffs; undefined when the
 * string cannot round-trip that way (then it is written double-quoted).
 */
function blockLiteral(s: string, indent: number): string | undefined {
  if (!s.includes('\n')) return undefined;
  const trailing = s.endsWith('\n');
  const body = trailing ? s.slice(0, -1) : s;
  if (body.endsWith('\n') || body.length === 0) return undefined;
  const lines = body.split('\n');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a block scalar must not hold the control characters YAML would not keep
  if (lines[0].startsWith(' ') || lines.some((l) => /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(l) || / $/.test(l))) return undefined;
  const pad = ' '.repeat(indent);
  return `${trailing ? '|' : '|-'}\n${lines.map((l) => (l.length > 0 ? `${pad}${l}` : '')).join('\n')}\n`;
}
