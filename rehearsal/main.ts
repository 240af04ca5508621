import { findRepoRoot } from '../synth/run';
import { describeOutage, rehearseAll, summaryLine } from './run';

// `npm run rehearse [variant ...]`: the takeover runbook over every recorded variant (or those named). Prints each variant's
// timeline (step, command, what changed, each hostname's serving path when it changes) and one
// summary line; exit 0 when every variant held, 1 when a promise broke, 2 when it could not run.
function main(): number {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  let outcome: ReturnType<typeof rehearseAll>;
  try {
    outcome = rehearseAll(findRepoRoot(__dirname), process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`rehearse: ${(error as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const { results, hostnames } = outcome;
  for (const r of results) {
    out(`== ${r.variant}`);
    let paths: Record<string, string> = {};
    for (const t of r.timeline) {
      out(`step ${t.step}: ${t.command}`);
      for (const c of t.changes) out(`    ${c}`);
      for (const h of hostnames) if (paths[h] !== t.paths[h]) out(`    ${h}: ${t.paths[h]}`);
      paths = { ...t.paths };
    }
    for (const o of r.outages) out(`outage: ${o.hostname} ${describeOutage(o, [o.seconds])}`);
  }
  const failed = results.filter((r) => r.failures.length > 0);
  for (const r of failed) for (const f of r.failures) process.stderr.write(`rehearsal: ${r.variant}: ${f}\n`);
  out(summaryLine(results, hostnames));
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
