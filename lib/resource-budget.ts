import { Quantity, ResourceRequirements } from '../imports/k8s';

/** CPU and memory a container asks for and may use at most. */
export interface ResourceBudgetProps {
  /** CPU request, e.g. "100m". */
  readonly cpu: string;
  /** Memory request, e.g. "128Mi". */
  readonly memory: string;
  /** CPU limit. @default the request */
  readonly cpuLimit?: string;
  /** Memory limit. @default the request */
  readonly memoryLimit?: string;
}

const CPU = /^(\d+(\.\d+)?)(m?)$/;
const MEMORY = /^(\d+)(Ki|Mi|Gi)$/;

/** Requests and limits for one container; limits are never below requests. */
export class ResourceBudget {
  static of(props: ResourceBudgetProps): ResourceBudget {
    return new ResourceBudget(props);
  }

  private constructor(private readonly props: ResourceBudgetProps) {
    const cpu = millicores(props.cpu, 'cpu');
    const memory = bytes(props.memory, 'memory');
    const cpuLimit = props.cpuLimit ?? props.cpu;
    const memoryLimit = props.memoryLimit ?? props.memory;
    if (millicores(cpuLimit, 'cpuLimit') < cpu) {
      throw new Error(`resources.cpuLimit: ${cpuLimit} is below the request ${props.cpu}`);
    }
    if (bytes(memoryLimit, 'memoryLimit') < memory) {
      throw new Error(`resources.memoryLimit: ${memoryLimit} is below the request ${props.memory}`);
    }
  }

  /** The Kubernetes form, with `extra` (e.g. a GPU count) added to both requests and limits. */
  toKube(extra: Record<string, number> = {}): ResourceRequirements {
    const extras = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, Quantity.fromNumber(v)]));
    return {
      requests: { cpu: Quantity.fromString(this.props.cpu), memory: Quantity.fromString(this.props.memory), ...extras },
      limits: {
        cpu: Quantity.fromString(this.props.cpuLimit ?? this.props.cpu),
        memory: Quantity.fromString(this.props.memoryLimit ?? this.props.memory),
        ...extras,
      },
    };
  }

  /** Plain values for Helm charts that take a `resources:` block. */
  toValues(): { requests: Record<string, string>; limits: Record<string, string> } {
    return {
      requests: { cpu: this.props.cpu, memory: this.props.memory },
      limits: { cpu: this.props.cpuLimit ?? this.props.cpu, memory: this.props.memoryLimit ?? this.props.memory },
    };
  }
}

function millicores(value: string, field: string): number {
  const m = CPU.exec(value);
  if (!m) throw new Error(`resources.${field}: "${value}" is not a CPU quantity such as "250m" or "1"`);
  return m[3] ? Number(m[1]) : Number(m[1]) * 1000;
}

function bytes(value: string, field: string): number {
  const m = MEMORY.exec(value);
  if (!m) throw new Error(`resources.${field}: "${value}" is not a memory quantity such as "256Mi"`);
  return Number(m[1]) * { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 }[m[2] as 'Ki' | 'Mi' | 'Gi'];
}
