import { CONTROL_OR_LINE_BREAK } from '../model/grammars';

// Model text inside other syntax: the model schema refuses line breaks already; these guards keep
// an emitter from changing a file's structure should such a value reach it some other way.

/** A line of `#` comments. */
export function commentLine(line: string): string {
  if (CONTROL_OR_LINE_BREAK.test(line)) throw new Error(`a comment line would contain a line break or control character: ${JSON.stringify(line)}`);
  return line;
}

/** A Markdown table cell, "|" escaped. */
export function markdownCell(text: string): string {
  if (CONTROL_OR_LINE_BREAK.test(text)) throw new Error(`a Markdown table cell would contain a line break or control character: ${JSON.stringify(text)}`);
  return text.replace(/\|/g, '\\|');
}
