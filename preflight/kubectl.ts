import { spawnSync } from 'node:child_process';
import { currentContext } from './kubeconfig';

/** What one kubectl invocation returned. */
export interface KubectlResult {
  /** Exit code; undefined when the process was killed (time-out) or could not start. */
  readonly code: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** The process was killed because it ran longer than its time-out. */
  readonly timedOut: boolean;
  /** kubectl could not be started (not on PATH). */
  readonly missing: boolean;
}

export interface KubectlProps {
  /** kubeconfig context; every call passes it as `--context`. @default kubectl's current context */
  readonly context?: string;
  /** Environment of the kubectl processes. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Executable. @default "kubectl" (looked up on PATH) */
  readonly command?: string;
  /** Starts one kubectl call and waits for it; the tests answer in-process from a recorded cluster. @default spawnKubectl */
  readonly runner?: KubectlRunner;
}

/** What a runner gets for one kubectl call: everything a process would (stdin, environment, time-out). */
export interface KubectlInvocation {
  readonly command: string;
  readonly args: readonly string[];
  readonly input: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

/** Runs one kubectl call to its end (or its time-out). */
export type KubectlRunner = (invocation: KubectlInvocation) => KubectlResult;

/** The real runner: a kubectl process, killed with SIGKILL at its time-out. */
export function spawnKubectl(invocation: KubectlInvocation): KubectlResult {
  const result = spawnSync(invocation.command, invocation.args, {
    input: invocation.input,
    encoding: 'utf8',
    timeout: invocation.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: invocation.env,
  });
  const error = result.error as NodeJS.ErrnoException | undefined;
  return {
    code: result.status ?? undefined,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    timedOut: error?.code === 'ETIMEDOUT',
    missing: error?.code === 'ENOENT',
  };
}

/** Time-outs of the calls, in milliseconds. The first call decides within 10 s whether the API server answers. */
export const TIMEOUTS = {
  /** `kubectl version`: the API server answers within 5 s (`--request-timeout`) or we give up at 6 s. */
  reachability: 6_000,
  /** A command that only reads the kubeconfig. */
  local: 5_000,
  /** A read (`get`). */
  read: 30_000,
  /** A server-side dry run of one layer. */
  dryRun: 60_000,
} as const;

/**
 * The only client preflight talks to the cluster with: the operator's kubectl and kubeconfig.
 * Every call has a time-out, and every call is read-only (gets, and server-side dry runs).
 */
export class Kubectl {
  constructor(private readonly props: KubectlProps = {}) {}

  /** Runs `kubectl <args>` with `input` on stdin, killed after `timeoutMs`. */
  run(args: readonly string[], options: { timeoutMs: number; input?: string; requestTimeout?: string }): KubectlResult {
    const context = this.props.context ? ['--context', this.props.context] : [];
    const request = `--request-timeout=${options.requestTimeout ?? `${Math.floor(options.timeoutMs / 1000)}s`}`;
    return (this.props.runner ?? spawnKubectl)({
      command: this.props.command ?? 'kubectl',
      args: [...context, request, ...args],
      input: options.input ?? '',
      env: this.props.env ?? process.env,
      timeoutMs: options.timeoutMs,
    });
  }

  /** The kubeconfig's current context, read from the kubeconfig files of this client's environment. */
  currentContext(): string | undefined {
    return currentContext(this.props.env ?? process.env);
  }

  /** `kubectl get <what> -o json`, parsed; throws a KubectlError naming the command when it fails. */
  getJson(args: readonly string[]): any {
    const result = this.run(['get', ...args, '-o', 'json'], { timeoutMs: TIMEOUTS.read });
    if (result.code !== 0) throw KubectlError.of(['get', ...args], result);
    return JSON.parse(result.stdout);
  }

  /** The items of `kubectl get <what> -o json` (kubectl prints a List). */
  list(args: readonly string[]): any[] {
    return (this.getJson(args).items ?? []) as any[];
  }
}

/** A kubectl call that failed; the message is one line naming the command. */
export class KubectlError extends Error {
  static of(args: readonly string[], result: KubectlResult): KubectlError {
    const why = result.timedOut ? 'timed out' : result.missing ? 'kubectl not found' : firstLine(result.stderr) || `exit ${result.code}`;
    return new KubectlError(`kubectl ${args.join(' ')}: ${why}`);
  }
}

/** The first non-empty line of a text, trimmed. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}
