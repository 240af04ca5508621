import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One code block of the README's worked example: the file it goes into, and where. */
export interface ReadmeBlock {
  readonly file: string;
  /** The place in the file, as the fence names it, e.g. "end of nodes"; none for a new file. */
  readonly where?: string;
  readonly code: string;
}

const SECTION = '### Add an app (worked example: a second GPU model)';

/** The code blocks of the README's worked example, in order, with the indentation of their list item removed. */
export function workedExampleBlocks(readme: string): ReadmeBlock[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no section "${SECTION}"`);
  const end = readme.indexOf('\n### ', start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks: ReadmeBlock[] = [];
  for (const m of section.matchAll(/^( *)```\w+ ([^\s(]+)(?: \(([^)]*)\))?\n([\s\S]*?)^\1```$/gm)) {
    const [, indent, file, where, body] = m;
    const code = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    blocks.push({ file, where, code });
  }
  return blocks;
}

/** Inserts `code` into `text` before the first `marker` found at or after `from` (or the last one); throws naming the file when absent. */
function insertBefore(text: string, file: string, marker: string, from = 0, last = false): (code: string) => string {
  const at = last ? text.lastIndexOf(marker) : text.indexOf(marker, from);
  if (at < 0 || at < from) throw new Error(`${file}: no "${marker.trim()}" to insert the README's code at`);
  return (code: string) => text.slice(0, at) + code + text.slice(at);
}

/**
 * Applies the worked example's code blocks to the repository copy at `root`, each where its fence
 * says. A fence naming a place this function does not know fails, so the README cannot drift
 * from what the test does.
 */
export function applyWorkedExample(root: string, blocks: readonly ReadmeBlock[]): void {
  for (const { file, where, code } of blocks) {
    const path = join(root, file);
    const key = where ? `${file} (${where})` : file;
    if (key === 'charts/apps/ner-inference.ts') {
      writeFileSync(path, code);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    let out: string;
    switch (key) {
      case 'model/production.ts (end of nodes)':
        out = insertBefore(text, file, '\n    ],\n', text.indexOf('nodes: ['))(`\n${code.trimEnd()}`);
        break;
      case 'model/production.ts (end of the model)':
        out = insertBefore(text, file, '  }),\n};', 0, true)(code);
        break;
      case 'model/schema.ts (end of imagesSchema)':
        out = insertBefore(text, file, '\n});', text.indexOf('const imagesSchema'))(`\n${code.trimEnd()}`);
        break;
      case 'model/schema.ts (before labelStudio)':
        out = insertBefore(text, file, '  labelStudio: z.strictObject({')(code);
        break;
      case 'model/images/production.yaml (end)':
        out = `${text.endsWith('\n') ? text : `${text}\n`}${code}`;
        break;
      case 'charts/components.ts': {
        const lines = code.trimEnd().split('\n');
        const imports = lines.filter((l) => l.startsWith('import '));
        const rows = lines.filter((l) => !l.startsWith('import '));
        const lastImport = text.lastIndexOf('\nimport ');
        const afterImports = text.indexOf('\n', lastImport + 1) + 1;
        const withImports = text.slice(0, afterImports) + imports.map((l) => `${l}\n`).join('') + text.slice(afterImports);
        out = insertBefore(withImports, file, '];', 0, true)(rows.map((l) => `${l}\n`).join(''));
        break;
      }
      default:
        throw new Error(`README.md, "${SECTION}": a code block for "${key}", which the worked-example test does not know where to put`);
    }
    writeFileSync(path, out);
  }
}

/** A copy of the repository at `repoRoot` in `dir`, as a fresh clone has it (no .git, no build output), sharing node_modules. */
export function cloneLikeCopy(repoRoot: string, dir: string): void {
  const skip = new Set(['.git', 'node_modules', '.build', 'coverage']);
  for (const entry of readdirSync(repoRoot)) {
    if (!skip.has(entry)) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
