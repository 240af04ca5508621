/**
 * The small part of POSIX shell syntax the runbook's command blocks use: line continuations,
 * comments, single and double quotes, `$(...)` substitutions kept as one word, pipelines (`|`),
 * lists (`&&`, `;`) and input redirection (`< file`). Anything else is left to the interpreter,
 * which refuses what it does not know.
 */

/** One simple command: its words, and the file its standard input comes from (`< file`). */
export interface SimpleCommand {
  readonly words: readonly string[];
  readonly stdin?: string;
}

/** A pipeline of simple commands, as written on one logical line of a command block. */
export interface CommandLine {
  /** The line as written (continuations joined, comment removed). */
  readonly text: string;
  readonly pipeline: readonly SimpleCommand[];
  /**
   * The line as one small shell program, when it assigns variables or loops (`a=$(...) && { ...; until ...; do ...; done; }`):
   * it runs as a whole, once per item of the placeholder sets it names. @default none (the pipeline)
   */
  readonly script?: Script;
}

/** A piece of a script word: text, a variable (`$name`, `${name}`) or a command substitution (`$(...)`), each inside double quotes or not. */
export type WordPart =
  | { readonly text: string }
  | { readonly variable: string; readonly quoted: boolean }
  | { readonly substitution: string; readonly quoted: boolean };

/**
 * The POSIX shell grammar a script line may use: simple commands with leading assignments,
 * `&&` and `;` lists, `{ list; }` groups and `until list; do list; done` loops. Pipelines,
 * redirections, `||` and other compound commands are refused.
 */
export type Script =
  | { readonly kind: 'simple'; readonly assignments: readonly { name: string; value: readonly WordPart[] }[]; readonly words: readonly (readonly WordPart[])[] }
  | { readonly kind: 'and'; readonly items: readonly Script[] }
  | { readonly kind: 'list'; readonly items: readonly Script[] }
  | { readonly kind: 'group'; readonly body: Script }
  | { readonly kind: 'until'; readonly condition: Script; readonly body: Script };

/** Joins `\`-continued lines and drops comments and blank lines. */
export function logicalLines(block: string): string[] {
  const joined = block.replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map(stripComment)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

// A line is a script when a command in it starts with an assignment, `until` or a `{` group.
const SCRIPT = /(^|[;&]\s*)([A-Za-z_][A-Za-z0-9_]*=|until\s|\{\s)/;

/** Splits one logical line into its commands (`&&` and `;` lists), each a pipeline; a script line stays whole. */
export function parseLine(line: string): CommandLine[] {
  if (SCRIPT.test(line)) return [{ text: line, pipeline: [], script: parseScript(line) }];
  const lists: CommandLine[] = [];
  let words: string[] = [];
  let pipeline: SimpleCommand[] = [];
  let word = '';
  let inWord = false;
  let stdin: string | undefined;
  let redirect = false;
  let start = 0;
  const endWord = () => {
    if (!inWord) return;
    if (redirect) stdin = word;
    else words.push(word);
    redirect = false;
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) pipeline.push({ words, stdin });
    words = [];
    stdin = undefined;
  };
  const endList = (end: number) => {
    endCommand();
    if (pipeline.length > 0) lists.push({ text: line.slice(start, end).trim(), pipeline });
    pipeline = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unclosed ${c} in: ${line}`);
      word += line.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (c === '$' && line[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      word += line.slice(i, j + 1);
      inWord = true;
      i = j;
    } else if (/\s/.test(c)) endWord();
    else if (c === '|' && line[i + 1] === '|') throw new Error(`"||" is not used in the runbook: ${line}`);
    else if (c === '|') endCommand();
    else if (c === '&' && line[i + 1] === '&') {
      endList(i);
      start = i + 2;
      i++;
    } else if (c === ';') {
      endList(i);
      start = i + 1;
    } else if (c === '<' && !inWord && /\s/.test(line[i + 1] ?? '')) {
      // `< file`; a `<set.field>` placeholder has no space after its `<`.
      endWord();
      redirect = true;
    } else if (c === '>' && !inWord && /\s/.test(line[i + 1] ?? '')) {
      // Output redirection (`> /dev/null`) changes nothing the rehearsal models: skip its target.
      endWord();
      const rest = line.slice(i + 1).match(/^\s*\S+/);
      i += rest ? rest[0].length : 0;
    } else {
      word += c;
      inWord = true;
    }
  }
  endList(line.length);
  return lists;
}

/** Every command of a fenced block, in order. */
export function parseBlock(block: string): CommandLine[] {
  return logicalLines(block).flatMap(parseLine);
}

type Token = { readonly op: ';' | '&&' } | { readonly word: readonly WordPart[]; readonly plain?: string };

/** The end of the `$(...)` starting at `open` (the index of its `(`), skipping quoted text. */
function closingParen(line: string, open: number): number {
  let depth = 0;
  for (let j = open; j < line.length; j++) {
    const c = line[j];
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, j + 1);
      if (close < 0) throw new Error(`unclosed ${c} in: ${line}`);
      j = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  throw new Error(`unclosed $( in: ${line}`);
}

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let parts: WordPart[] = [];
  let text = '';
  let inWord = false;
  let quotedAny = false;
  const flushText = () => {
    if (text) parts.push({ text });
    text = '';
  };
  const endWord = () => {
    flushText();
    if (inWord) {
      const plain = !quotedAny && parts.length === 1 && 'text' in parts[0] ? parts[0].text : undefined;
      tokens.push(plain === undefined ? { word: parts } : { word: parts, plain });
    }
    parts = [];
    inWord = false;
    quotedAny = false;
  };
  // `$name`, `${name}` or `$(...)` at i; returns the index of its last character.
  const dollar = (i: number, quoted: boolean, end: number): number => {
    if (line[i + 1] === '(') {
      const close = closingParen(line, i + 1);
      if (close > end) throw new Error(`unclosed $( in: ${line}`);
      flushText();
      parts.push({ substitution: line.slice(i + 2, close), quoted });
      return close;
    }
    const m = line.slice(i + 1).match(/^(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/);
    if (!m) {
      text += '$';
      return i;
    }
    flushText();
    parts.push({ variable: m[1] ?? m[2], quoted });
    return i + m[0].length;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const close = line.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unclosed ' in: ${line}`);
      text += line.slice(i + 1, close);
      inWord = quotedAny = true;
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '$') j = dollar(j, true, line.length);
        else text += line[j];
      }
      if (j >= line.length) throw new Error(`unclosed " in: ${line}`);
      inWord = quotedAny = true;
      i = j;
    } else if (c === '$') {
      i = dollar(i, false, line.length);
      inWord = true;
    } else if (/\s/.test(c)) endWord();
    else if (c === ';') {
      endWord();
      tokens.push({ op: ';' });
    } else if (c === '&' && line[i + 1] === '&') {
      endWord();
      tokens.push({ op: '&&' });
      i++;
    } else if (c === '<' && /^<[a-z-]+\.[a-z]+>/.test(line.slice(i))) {
      // A `<set.field>` placeholder, expanded before the script runs.
      const end = line.indexOf('>', i);
      text += line.slice(i, end + 1);
      inWord = true;
      i = end;
    } else if (c === '|' || c === '<' || c === '>' || c === '&' || c === '(' || c === ')' || c === '`') {
      throw new Error(`"${c}" is not modelled in a script line: ${line}`);
    } else {
      text += c;
      inWord = true;
    }
  }
  endWord();
  return tokens;
}

/** Parses a script line (see Script). */
export function parseScript(line: string): Script {
  const tokens = tokenize(line);
  let at = 0;
  const keyword = (t: Token | undefined) => (t && 'plain' in t ? t.plain : undefined);
  const expect = (word: string) => {
    if (keyword(tokens[at]) !== word) throw new Error(`expected "${word}" in: ${line}`);
    at++;
  };
  const list = (stop: readonly string[]): Script => {
    const items: Script[] = [];
    for (;;) {
      const t = tokens[at];
      if (!t || stop.includes(keyword(t) ?? '')) break;
      items.push(andList());
      if (tokens[at] && 'op' in tokens[at] && (tokens[at] as { op: string }).op === ';') at++;
      else break;
    }
    if (items.length === 0) throw new Error(`an empty command list in: ${line}`);
    return items.length === 1 ? items[0] : { kind: 'list', items };
  };
  const andList = (): Script => {
    const items = [command()];
    while (tokens[at] && 'op' in tokens[at] && (tokens[at] as { op: string }).op === '&&') {
      at++;
      items.push(command());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  };
  const command = (): Script => {
    const first = keyword(tokens[at]);
    if (first === 'until') {
      at++;
      const condition = list(['do']);
      expect('do');
      const body = list(['done']);
      expect('done');
      return { kind: 'until', condition, body };
    }
    if (first === '{') {
      at++;
      const body = list(['}']);
      expect('}');
      return { kind: 'group', body };
    }
    if (first === 'while' || first === 'if' || first === 'for' || first === 'case') throw new Error(`"${first}" is not modelled in a script line: ${line}`);
    const assignments: { name: string; value: WordPart[] }[] = [];
    const words: (readonly WordPart[])[] = [];
    for (; at < tokens.length && 'word' in tokens[at]; at++) {
      const word = (tokens[at] as { word: readonly WordPart[] }).word;
      const head = word[0] && 'text' in word[0] ? word[0].text.match(/^([A-Za-z_][A-Za-z0-9_]*)=/) : null;
      if (head && words.length === 0) {
        const rest = (word[0] as { text: string }).text.slice(head[0].length);
        assignments.push({ name: head[1], value: [...(rest ? [{ text: rest }] : []), ...word.slice(1)] });
      } else words.push(word);
    }
    if (assignments.length === 0 && words.length === 0) throw new Error(`a command is missing in: ${line}`);
    return { kind: 'simple', assignments, words };
  };
  const script = list([]);
  if (at < tokens.length) throw new Error(`unexpected "${keyword(tokens[at]) ?? (tokens[at] as { op?: string }).op ?? ''}" in: ${line}`);
  return script;
}
