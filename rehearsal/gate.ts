import { ModelSource } from '../model/load';
import { runPreflightCli } from '../preflight/run';
import { fakeKubectl } from '../test/fake-kubectl';
import { PreflightGate } from './commands';
import { Simulation } from './simulator';

// Preflight's report by what it reads: the cluster state as the fake kubectl serialises it, the
// model sources, and the repository by its path (nothing edits the image file or the schemas
// while a process rehearses). The tests rehearse the seed over many edited runbooks
// that reach the gate with the same cluster: 9 of its 20 runs in test/rehearsal.test.ts were
// repeats, some 60 ms each (2026-12-08).
const reports = new Map<string, { code: number; lines: readonly string[] }>();

/**
 * The gate the runbook's `npm run preflight` stands for: preflight itself, in this process, asking
 * the simulated cluster through the fake kubectl the preflight tests use (test/fake-kubectl.ts),
 * which answers from a state in `kubectl -o json` shape as kubectl and the API server would.
 */
export function preflightGate(repoRoot: string, sources: readonly ModelSource[]): PreflightGate {
  const inputs = `${repoRoot}\0${JSON.stringify(sources)}\0`;
  return (sim: Simulation) => {
    const w = sim.world;
    const state = { currentContext: w.currentContext, contexts: w.contexts, serverVersion: w.serverVersion, objects: w.objects };
    const key = inputs + JSON.stringify(state);
    let report = reports.get(key);
    if (!report) {
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      const code = runPreflightCli([], sources, repoRoot, io, { kubectl: fakeKubectl(state, []) });
      report = { code, lines };
      reports.set(key, report);
    }
    return { code: report.code, lines: [...report.lines] };
  };
}
