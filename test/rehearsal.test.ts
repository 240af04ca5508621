// The takeover runbook (docs/takeover.md) rehearsed over recorded clusters: every variant keeps
// both public hostnames served and loses nothing; each defect of the previous runbook
// (test/fixtures/rehearsal/old-runbook.md) fails the rehearsal it was written for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RehearsalResult } from '../rehearsal/rehearse';
import { REHEARSAL_FILES, rehearseVariant } from '../rehearsal/run';
import { parseRunbook } from '../rehearsal/runbook';
import { parseLine } from '../rehearsal/shell';
import { loadVariants, Variant } from '../rehearsal/world';
import { repoRoot } from './helpers';

const variants = loadVariants(join(repoRoot, REHEARSAL_FILES.seed), join(repoRoot, REHEARSAL_FILES.variants));
const variant = (name: string): Variant => {
  const v = variants.find((x) => x.name === name);
  if (!v) throw new Error(`no variant ${name}`);
  return v;
};
const runbook = parseRunbook(readFileSync(join(repoRoot, REHEARSAL_FILES.runbook), 'utf8'));
const results = new Map<string, RehearsalResult>();
const rehearsed = (name: string) => {
  if (!results.has(name)) results.set(name, rehearseVariant(repoRoot, variant(name), runbook));
  return results.get(name)!;
};

describe('the runbook, rehearsed', () => {
  test.each(variants.map((v) => v.name))('%s: both hostnames served after every command, nothing lost', (name) => {
    const result = rehearsed(name);
    expect(result.failures).toEqual([]);
    expect(result.lost).toBe(0);
    // The takeover ran to its end and the roll-back after it.
    expect(result.timeline.some((t) => t.step === 'R2')).toBe(true);
  });

  test('the seed ends with both hostnames on the rendered, locally managed tunnels', () => {
    const last = rehearsed('seed')
      .timeline.filter((t) => /^\d+$/.test(t.step))
      .at(-1)!;
    expect(last.paths['label.boathou.se']).toMatch(/^tunnel oceanid-production-cluster, 2 connector\(s\) -> http:\/\/label-studio\.label-studio\.svc/);
    expect(last.paths['gpu.boathou.se']).toMatch(/^tunnel oceanid-production-node, 1 connector\(s\) -> http:\/\/localhost:8000/);
  });
});

describe('the rehearsal refuses what it cannot model', () => {
  test('an unknown command fails the rehearsal, naming it', () => {
    const text = '## 1. Something new\n\n```sh\nkubectl get nodes\nterraform apply\n```\n';
    const result = rehearseVariant(repoRoot, variant('seed'), parseRunbook(text), { rollback: false });
    expect(result.failures).toEqual([expect.stringContaining('the rehearsal does not know the command terraform')]);
  });

  test('a placeholder that names no set fails the rehearsal', () => {
    const text = '## 1. Old style\n\n```sh\nkubectl -n pulumi-system patch stack <name> --type=merge -p \'{"spec":{"destroyOnFinalize":false}}\'\n```\n';
    const result = rehearseVariant(repoRoot, variant('seed'), parseRunbook(text), { rollback: false });
    expect(result.failures).toEqual([expect.stringContaining('placeholder <name> names no set')]);
  });

  test('the shell reader keeps quotes, substitutions and placeholders as one word each', () => {
    const [line] = parseLine(`pulumi env set org/p/e a.b "$(cloudflared tunnel token t)" --secret`);
    expect(line.pipeline[0].words).toEqual(['pulumi', 'env', 'set', 'org/p/e', 'a.b', '$(cloudflared tunnel token t)', '--secret']);
    const [pipe] = parseLine(`cat hosts/x/<agent.name>/config.yaml | ssh <agent.name> sudo tee /etc/f > /dev/null`);
    expect(pipe.pipeline.map((c) => c.words)).toEqual([
      ['cat', 'hosts/x/<agent.name>/config.yaml'],
      ['ssh', '<agent.name>', 'sudo', 'tee', '/etc/f'],
    ]);
  });
});
