import { ModelSource } from '../model/load';
import { runPreflightCli } from '../preflight/run';
import { fakeKubectl } from '../test/fake-kubectl';
import { PreflightGate } from './commands';
import { Simulation } from './simulator';

/**
 * The gate the runbook's `npm run preflight` stands for: preflight itself, in this process, asking
 * the simulated cluster through the fake kubectl the preflight tests use (test/fake-kubectl.ts),
 * which answers from a state in `kubectl -o json` shape as kubectl and the API server would.
 */
export function preflightGate(repoRoot: string, sources: readonly ModelSource[]): PreflightGate {
  return (sim: Simulation) => {
    const lines: string[] = [];
    const w = sim.world;
    const state = { currentContext: w.currentContext, contexts: w.contexts, serverVersion: w.serverVersion, objects: w.objects };
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const code = runPreflightCli([], sources, repoRoot, io, { kubectl: fakeKubectl(state, []) });
    return { code, lines };
  };
}
