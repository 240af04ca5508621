import { ClusterModel, NodeModel } from '../model/schema';
import { taintString } from '../model/taint';
import { Finding } from '../model/finding';
import { finding } from './report';

/** The label K3s puts on a server node (`node-role.kubernetes.io/control-plane=true`); agents have none. */
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';
/**
 * Taints the node lifecycle controller sets and clears by itself (not-ready, unreachable, ...);
 * they say nothing about the node's declaration and are not compared with the model.
 */
const LIFECYCLE_TAINT = /^node\.(kubernetes\.io|cloudprovider\.kubernetes\.io)\//;

/**
 * Nodes: every model node exists under its Kubernetes node name, is Ready, has its role, its
 * labels, exactly its taints, its GPUs and the model's K3s release.
 */
export function nodeFindings(model: ClusterModel, liveNodes: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map(liveNodes.map((n) => [n.metadata.name as string, n]));
  for (const node of model.nodes) {
    const object = `Node/${node.name}`;
    const live = byName.get(node.name);
    if (!live) {
      const names = [...byName.keys()].map((n) => `"${n}"`).join(', ') || 'none';
      findings.push(
        finding(
          'error',
          'nodes/missing',
          object,
          `no node "${node.name}" in the cluster (it has ${names})`,
          `use the Kubernetes node name (kubectl get nodes) as the node's name in model/${model.name}.ts, or join the node`,
        ),
      );
      continue;
    }
    findings.push(...compareNode(model, node, live));
  }
  const declared = new Set(model.nodes.map((n) => n.name));
  for (const name of byName.keys()) {
    if (!declared.has(name))
      findings.push(
        finding(
          'info',
          'nodes/undeclared',
          `Node/${name}`,
          'the cluster has a node the model does not declare; pods without a node selector may be scheduled on it',
          `add it to model/${model.name}.ts, or drain and remove it`,
        ),
      );
  }
  return findings;
}

function compareNode(model: ClusterModel, node: NodeModel, live: any): Finding[] {
  const findings: Finding[] = [];
  const object = `Node/${node.name}`;
  const add = (severity: 'error', check: string, found: string, todo: string) => findings.push(finding(severity, check, object, found, todo));
  const labels: Record<string, string> = live.metadata.labels ?? {};

  const ready = (live.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  if (ready?.status !== 'True')
    add(
      'error',
      'nodes/not-ready',
      `the node is not Ready (${ready ? `${ready.reason}: ${ready.message}` : 'no Ready condition'})`,
      'bring the node back (systemctl status k3s / k3s-agent on it) before the takeover',
    );

  const isControlPlane = labels[CONTROL_PLANE_LABEL] === 'true';
  if ((node.role === 'server') !== isControlPlane) {
    add(
      'error',
      'nodes/role',
      `the model says ${node.role} but the node is ${isControlPlane ? 'a control-plane (server) node' : 'not a control-plane node (agent)'}`,
      `set role: '${isControlPlane ? 'server' : 'agent'}' in model/${model.name}.ts, or reinstall the node as a K3s ${node.role}`,
    );
  }

  for (const [key, value] of Object.entries(node.labels)) {
    if (labels[key] === undefined)
      add(
        'error',
        'nodes/labels',
        `label ${key}=${value} is missing`,
        `kubectl label node ${node.name} ${key}=${value} (and keep it in hosts/${model.name}/${node.name}/config.yaml)`,
      );
    else if (labels[key] !== value)
      add(
        'error',
        'nodes/labels',
        `label ${key} is "${labels[key]}", the model says "${value}"`,
        `kubectl label node ${node.name} --overwrite ${key}=${value}`,
      );
  }

  const liveTaints: string[] = (live.spec?.taints ?? []).filter((t: any) => !LIFECYCLE_TAINT.test(t.key)).map(taintString);
  const modelTaints = node.taints.map(taintString);
  for (const t of modelTaints.filter((t) => !liveTaints.includes(t))) {
    add(
      'error',
      'nodes/taints',
      `taint ${t} is missing${node.gpu ? ': pods that do not tolerate it can be scheduled on the GPU node' : ''}`,
      `kubectl taint node ${node.name} ${t}`,
    );
  }
  for (const t of liveTaints.filter((t) => !modelTaints.includes(t))) {
    add(
      'error',
      'nodes/taints',
      `taint ${t} is on the node but not in the model: workloads rendered for this node do not tolerate it`,
      `kubectl taint node ${node.name} ${t}- , or declare the taint in model/${model.name}.ts`,
    );
  }

  if (node.gpu) {
    const allocatable = Number(live.status?.allocatable?.['nvidia.com/gpu'] ?? 0);
    if (allocatable < node.gpu.count) {
      add(
        'error',
        'nodes/gpu',
        `allocatable nvidia.com/gpu is ${allocatable}, the model says ${node.gpu.count}`,
        'check the NVIDIA driver and container toolkit on the node and that the device plugin runs there (kubectl -n nvidia-device-plugin get pods -o wide)',
      );
    }
  }

  const kubelet = live.status?.nodeInfo?.kubeletVersion;
  if (kubelet !== model.k3sVersion) {
    add(
      'error',
      'nodes/k3s-version',
      `kubelet is ${kubelet ?? 'unknown'}, the model says ${model.k3sVersion}`,
      `install K3s ${model.k3sVersion} on the node (see the header of hosts/${model.name}/${node.name}/config.yaml), or set k3sVersion to what runs`,
    );
  }
  return findings;
}
