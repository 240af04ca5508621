import { KubectlRunner } from '../preflight/kubectl';

/** The fake kubectl's answering logic, the one bin/kubectl runs as a process (plain CommonJS so the binary needs no build). */
const { answerKubectl } = require('./fixtures/preflight/fake-kubectl.cjs') as {
  answerKubectl: (argv: readonly string[], state: unknown, readInput: () => string) => { code: number; stdout: string; stderr: string };
};

/**
 * A kubectl runner that answers in-process from a recorded cluster state, exactly as
 * test/fixtures/preflight/bin/kubectl would, without a process per call. Every command line is
 * appended to `calls`, as the binary appends it to FAKE_KUBECTL_LOG.
 */
export function fakeKubectl(state: unknown, calls: string[][]): KubectlRunner {
  const cluster = JSON.parse(JSON.stringify(state));
  return ({ args, input }) => {
    calls.push([...args]);
    return { ...answerKubectl(args, cluster, () => input), timedOut: false, missing: false };
  };
}
