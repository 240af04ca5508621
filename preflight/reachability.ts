import { CliIo } from '../synth/run';
import { firstLine, Kubectl, TIMEOUTS } from './kubectl';

/** A failure that ends the run with exit code 2 and one line. */
export class Unusable extends Error {}

/** The value of `--context NAME` / `--context=NAME` in argv, if any. */
export function contextArg(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--context' || a.startsWith('--context='));
  return i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice('--context='.length) : argv[i + 1];
}

/**
 * Decides within 10 s whether kubectl runs, the context exists and the API server answers;
 * returns the context name. `kubectl version` asks the server with a 5 s request time-out.
 */
export function checkReachable(kubectl: Kubectl, context: string | undefined): string {
  const r = kubectl.run(['version', '-o', 'json'], { timeoutMs: TIMEOUTS.reachability, requestTimeout: '5s' });
  if (r.missing) throw new Unusable('kubectl is not installed or not on PATH: install kubectl v1.33 and a kubeconfig for the cluster');
  const unknown = /context "([^"]*)" does not exist/.exec(r.stderr);
  if (unknown) throw new Unusable(`the kubeconfig has no context "${unknown[1]}": pick one of kubectl config get-contexts with --context`);
  let answered = false;
  try {
    answered = r.code === 0 && JSON.parse(r.stdout).serverVersion !== undefined;
  } catch {
    answered = false;
  }
  if (!answered) {
    const why = r.timedOut ? `no answer within ${TIMEOUTS.reachability / 1000} s` : firstLine(r.stderr) || `kubectl exited with ${r.code}`;
    const name = context ?? kubectl.currentContext();
    throw new Unusable(
      `the API server of ${name ? `context "${name}"` : 'the current context'} did not answer (${why}): is the SSH tunnel up (ssh -L 16443:localhost:6443 -N tethys)?`,
    );
  }
  return context ?? kubectl.currentContext() ?? 'current';
}

/**
 * The first step of `npm run preflight`, bundled on its own so that it answers before the rest of
 * preflight (the model and the charts) is even built: 0 when the cluster answers, else 2 and one line.
 */
export function runReachabilityCli(argv: readonly string[], io: CliIo): number {
  try {
    checkReachable(new Kubectl({ context: contextArg(argv) }), contextArg(argv));
    return 0;
  } catch (error) {
    io.err(`preflight: ${(error as Error).message}`);
    return 2;
  }
}
