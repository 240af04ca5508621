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
  const writer = new Writer(new Map(markers.map((m) => [m.path.join('\u0000'), m.marker])));
  writer.emit(value, 0, TOP);
  for (const key of writer.markers.keys()) {
    if (!writer.used.has(key)) throw new Error(`setter marker ${writer.markers.get(key)}: no scalar field at ${key.split('\u0000').join('.')}`);
  }
  return writer.out;
}

/** What precedes a value on its line: the document start, a map key, or a sequence dash. */
const TOP = 0;
const KEY = 1;
const ITEM = 2;
type At = typeof TOP | typeof KEY | typeof ITEM;

/**
 * One document's text, appended to one string. The path of the value being written is kept only
 * when the document has setter markers: building it for every scalar of every document was a
 * third of the emitter's time.
 */
class Writer {
  out = '';
  readonly used = new Set<string>();
  private readonly path: (string | number)[] | undefined;

  constructor(readonly markers: Map<string, string>) {
    this.path = markers.size > 0 ? [] : undefined;
  }

  /** Writes `value` whose key (or `- `) is already on the current line. */
  emit(value: unknown, indent: number, at: At): void {
    if (Array.isArray(value)) this.sequence(value, indent, at);
    else if (typeof value === 'object' && value !== null) this.map(value as Record<string, unknown>, indent, at);
    else this.leaf(value, indent, at);
  }

  private leaf(value: unknown, indent: number, at: At): void {
    const sep = at === KEY ? ' ' : '';
    let marker: string | undefined;
    if (this.path) {
      const key = this.path.join('\u0000');
      marker = this.markers.get(key);
      if (marker !== undefined) this.used.add(key);
    }
    if (marker !== undefined) {
      this.out += `${sep}${scalar(value)} # ${marker}\n`;
      return;
    }
    if (typeof value === 'string') {
      const block = blockLiteral(value, indent + (at === ITEM ? 0 : 2));
      if (block) {
        this.out += sep + block;
        return;
      }
    }
    this.out += `${sep}${scalar(value)}\n`;
  }

  private sequence(value: unknown[], indent: number, at: At): void {
    if (value.length === 0) {
      this.out += at === KEY ? ' []\n' : '[]\n';
      return;
    }
    if (at === KEY) this.out += '\n';
    const base = at === KEY ? indent + 2 : indent;
    const dash = `${' '.repeat(base)}- `;
    for (let i = 0; i < value.length; i++) {
      // A hole in a sparse array is left out, as forEach would.
      if (!(i in value)) continue;
      this.out += at === ITEM && i === 0 ? '- ' : dash;
      this.path?.push(i);
      this.emit(value[i], base + 2, ITEM);
      this.path?.pop();
    }
  }

  private map(value: Record<string, unknown>, indent: number, at: At): void {
    const childIndent = at === KEY ? indent + 2 : indent;
    const prefix = ' '.repeat(childIndent);
    let first = true;
    for (const k of Object.keys(value)) {
      const v = value[k];
      if (v === undefined) continue;
      if (first) {
        if (at === KEY) this.out += '\n';
        this.out += at === ITEM ? `${scalarKey(k)}:` : `${prefix}${scalarKey(k)}:`;
        first = false;
      } else this.out += `${prefix}${scalarKey(k)}:`;
      this.path?.push(k);
      this.emit(v, childIndent, KEY);
      this.path?.pop();
    }
    if (first) this.out += at === KEY ? ' {}\n' : '{}\n';
  }
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
  // The reserved words are at most five letters, and numbers and timestamps start with a digit,
  // a sign or a dot: most strings skip those tests (writing the production objects, warm: 0.92 ms
  // with every test, 0.63 ms so).
  if (s.length <= 5 && RESERVED.test(s)) return false;
  if (!isLetter(s.charCodeAt(0)) && (NUMBER_LIKE.test(s) || TIMESTAMP.test(s))) return false;
  if (s.endsWith(' ') || s.endsWith(':') || s.includes(': ') || s.includes(' #')) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
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
