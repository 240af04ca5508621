import { IntOrString, Probe as KubeProbe } from '../imports/k8s';

/** Timing of a probe. */
export interface ProbeTiming {
  /** @default 0 */
  readonly initialDelaySeconds?: number;
  /** @default 10 */
  readonly periodSeconds?: number;
  /** @default 3 */
  readonly timeoutSeconds?: number;
  /** @default 3 */
  readonly failureThreshold?: number;
}

/** A liveness, readiness or startup check, built from a static factory and validated eagerly. */
export class Probe {
  /** HTTP GET on a named or numbered container port. */
  static httpGet(path: string, port: string | number, timing: ProbeTiming = {}): Probe {
    if (!path.startsWith('/')) throw new Error(`probe path: "${path}" must start with "/"`);
    return new Probe({ httpGet: { path, port: toPort(port) } }, timing);
  }

  /** A TCP connect to a named or numbered container port. */
  static tcp(port: string | number, timing: ProbeTiming = {}): Probe {
    return new Probe({ tcpSocket: { port: toPort(port) } }, timing);
  }

  /** A command run inside the container; exit 0 is healthy. */
  static exec(command: string[], timing: ProbeTiming = {}): Probe {
    if (command.length === 0) throw new Error('probe command: must not be empty');
    return new Probe({ exec: { command } }, timing);
  }

  private constructor(
    private readonly action: Pick<KubeProbe, 'httpGet' | 'tcpSocket' | 'exec'>,
    private readonly timing: ProbeTiming,
  ) {
    for (const [field, value] of Object.entries(timing)) {
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
        throw new Error(`probe ${field}: ${value} must be a whole number of seconds or tries`);
      }
    }
  }

  toKube(): KubeProbe {
    return {
      ...this.action,
      initialDelaySeconds: this.timing.initialDelaySeconds,
      periodSeconds: this.timing.periodSeconds ?? 10,
      timeoutSeconds: this.timing.timeoutSeconds ?? 3,
      failureThreshold: this.timing.failureThreshold ?? 3,
    };
  }
}

function toPort(port: string | number): IntOrString {
  if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`probe port: ${port} is not a port number`);
    return IntOrString.fromNumber(port);
  }
  return IntOrString.fromString(port);
}
