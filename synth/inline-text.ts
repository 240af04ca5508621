import { CONTROL_OR_LINE_BREAK } from '../model/grammars';

/**
 * Model text placed inside other syntax (YAML comments, Markdown table cells). The model schema
 * already refuses such text; these guards keep an emitter from ever changing a file's structure
 * should a value reach it some other way.
 */

/** A line of `#` comments: throws when a value put into it would start a new line. */
export function commentLine(line: string): string {
  if (CONTROL_OR_LINE_BREAK.test(line)) throw new Error(`a comment line would contain a line break or control character: ${JSON.stringify(line)}`);
  return line;
}

/** A Markdown table cell: "|" escaped; throws on a line break, which would end the table. */
export function markdownCell(text: string): string {
  if (CONTROL_OR_LINE_BREAK.test(text)) throw new Error(`a Markdown table cell would contain a line break or control character: ${JSON.stringify(text)}`);
  return text.replace(/\|/g, '\\|');
}
