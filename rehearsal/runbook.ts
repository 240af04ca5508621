import { CommandLine, parseBlock } from './shell';

/** One numbered step of a runbook: its number as written, its title and its commands in order. */
export interface RunbookStep {
  readonly id: string;
  readonly title: string;
  /**
   * The heading declares a maintenance window ("in its own maintenance window"): a public hostname
   * may pause during the step, and must be served again when it ends.
   */
  readonly maintenanceWindow: boolean;
  readonly commands: readonly CommandLine[];
}

/** A runbook as the rehearsal runs it: the takeover steps, then the roll-back steps. */
export interface Runbook {
  readonly takeover: readonly RunbookStep[];
  readonly rollback: readonly RunbookStep[];
}

// A step starts at a heading `## 3. Title` (or `### R1. Title` in the roll-back part).
const STEP = /^#{2,4} (R?\d+)\. (.+?)\s*$/;
const FENCE = /^\s*```(\w*)\s*$/;
const MAINTENANCE_WINDOW = /\bmaintenance window\b/i;

/**
 * Reads the steps and the commands of their ```sh blocks from a runbook in Markdown. Blocks in
 * another language (```yaml, ```text) are shown to the reader and not run; a block before the
 * first step is refused, so no command can hide outside a step.
 */
export function parseRunbook(markdown: string): Runbook {
  const steps: { id: string; title: string; blocks: string[] }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i].match(STEP);
    if (heading) {
      steps.push({ id: heading[1], title: heading[2].replace(/\*\*/g, ''), blocks: [] });
      continue;
    }
    const fence = lines[i].match(FENCE);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !FENCE.test(lines[i]); i++) body.push(lines[i]);
    if (fence[1] !== 'sh') continue;
    const step = steps[steps.length - 1];
    if (!step) throw new Error(`a sh block before the first numbered step: ${body[0] ?? ''}`);
    step.blocks.push(body.join('\n'));
  }
  const parsed = steps.map((s) => ({ id: s.id, title: s.title, maintenanceWindow: MAINTENANCE_WINDOW.test(s.title), commands: s.blocks.flatMap(parseBlock) }));
  return { takeover: parsed.filter((s) => !s.id.startsWith('R')), rollback: parsed.filter((s) => s.id.startsWith('R')) };
}
