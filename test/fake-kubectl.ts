import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubectlRunner } from '../preflight/kubectl';

/** The fake kubectl's answering logic, the one bin/kubectl runs as a process (plain CommonJS so the binary needs no build). */
const { answerKubectl } = require('./fixtures/preflight/fake-kubectl.cjs') as {
  answerKubectl: (argv: readonly string[], state: unknown, readInput: () => string) => { code: number; stdout: string; stderr: string };
};

/** One call the fake answered: its command line, stdin and answer. */
export interface AnsweredCall {
  readonly args: readonly string[];
  readonly input: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A kubectl runner that answers in-process from a recorded cluster state, exactly as
 * test/fixtures/preflight/bin/kubectl would, without a process per call. Every command line is
 * appended to `calls`, as the binary appends it to FAKE_KUBECTL_LOG, and every answer to `answers`.
 */
export function fakeKubectl(state: unknown, calls: string[][], answers: AnsweredCall[] = []): KubectlRunner {
  const cluster = JSON.parse(JSON.stringify(state));
  return ({ args, input }) => {
    calls.push([...args]);
    const answer = answerKubectl(args, cluster, () => input);
    answers.push({ args: [...args], input, ...answer });
    return { ...answer, timedOut: false, missing: false };
  };
}

/** The key test/fixtures/preflight/replay/kubectl computes for a call: sha1 of the arguments, one per line, then stdin. */
export function replayKey(call: { args: readonly string[]; input: string }): string {
  return createHash('sha1')
    .update(call.args.map((a) => `${a}\n`).join('') + call.input)
    .digest('hex');
}

/** `text` as one single-quoted shell word. */
const shellWord = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** Writes `answers` where test/fixtures/preflight/replay/kubectl (REPLAY_KUBECTL_DIR=dir) replays them: a builtin-only script each. */
export function writeReplay(dir: string, answers: readonly AnsweredCall[]): void {
  for (const a of answers) {
    writeFileSync(join(dir, `${replayKey(a)}.sh`), `printf '%s' ${shellWord(a.stdout)}\nprintf '%s' ${shellWord(a.stderr)} >&2\nexit ${a.code}\n`);
  }
}
