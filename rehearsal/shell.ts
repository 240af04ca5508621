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
}

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

/** Splits one logical line into its commands (`&&` and `;` lists), each a pipeline. */
export function parseLine(line: string): CommandLine[] {
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
