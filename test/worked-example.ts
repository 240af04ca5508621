import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One code block of a worked example in docs/add-an-app.md: the file (or command) it is for, and where. */
export interface DocBlock {
  /** The section ("## ...") it belongs to. */
  readonly section: string;
  readonly file: string;
  /** The place in the file, as the fence names it, e.g. "end of nodes"; none for a new file. */
  readonly where?: string;
  readonly code: string;
}

export const DOC = 'docs/add-an-app.md';
export const GPU_APP = '## Add a GPU app (a second GPU node and a model on it)';
export const PUBLIC_APP = '## Add a public HTTP app with a secret';

/** The code blocks of one section of the doc, in order, with the indentation of their list item removed. */
export function docBlocks(doc: string, heading: string): DocBlock[] {
  const start = doc.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`${DOC} has no section "${heading}"`);
  const end = doc.indexOf('\n## ', start + heading.length);
  const section = doc.slice(start, end < 0 ? undefined : end);
  const blocks: DocBlock[] = [];
  for (const m of section.matchAll(/^( *)```\w+ ([^(\n]+?)(?: \(([^)]*)\))?\n([\s\S]*?)^\1```$/gm)) {
    const [, indent, file, where, body] = m;
    const code = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    blocks.push({ section: heading, file, where, code });
  }
  return blocks;
}

/** The one place `marker` occurs in `text` (after `from`); throws naming the file when it is absent or not unique. */
function uniqueAt(text: string, file: string, marker: string, from = 0): number {
  const at = text.indexOf(marker, from);
  if (at < 0) throw new Error(`${file}: no "${marker.trim()}" to insert the doc's code at`);
  if (text.indexOf(marker, at + 1) >= 0) throw new Error(`${file}: "${marker.trim()}" occurs more than once: the doc's place is ambiguous`);
  return at;
}

/**
 * Applies the file blocks of a worked example to the repository copy at `root`, each at the place
 * its fence names. A fence naming a place this function does not know fails, so the doc cannot
 * drift from what the test does; command blocks (`npm run ...`) are left to the caller.
 */
export function applyDocBlocks(root: string, blocks: readonly DocBlock[]): void {
  for (const { file, where, code } of blocks.filter((b) => !b.file.startsWith('npm '))) {
    const path = join(root, file);
    if (!where) {
      writeFileSync(path, code);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    let out: string;
    switch (`${file} (${where})`) {
      case 'model/production.ts (end of nodes)': {
        const at = uniqueAt(text, file, '\n    ],\n', text.indexOf('nodes: ['));
        out = `${text.slice(0, at)}\n${code.trimEnd()}${text.slice(at)}`;
        break;
      }
      case 'model/production.ts (end of the model)': {
        const at = uniqueAt(text, file, '  }),\n};');
        out = text.slice(0, at) + code + text.slice(at);
        break;
      }
      case 'model/images/production.yaml (end)':
        out = `${text.endsWith('\n') ? text : `${text}\n`}${code}`;
        break;
      case 'charts/components.ts (after the last import)': {
        const lastImport = text.lastIndexOf('\nimport ');
        const after = text.indexOf('\n', lastImport + 1) + 1;
        out = text.slice(0, after) + code + text.slice(after);
        break;
      }
      case 'charts/components.ts (end of COMPONENTS)': {
        const at = uniqueAt(text, file, '\n];\n', text.indexOf('export const COMPONENTS')) + 1;
        out = text.slice(0, at) + code + text.slice(at);
        break;
      }
      default:
        throw new Error(`${DOC}: a code block for "${file} (${where})", which the worked-example test does not know where to put`);
    }
    writeFileSync(path, out);
  }
}
