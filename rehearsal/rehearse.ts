import { publicHostname } from '../model/hostname';
import { ClusterModel } from '../model/schema';
import { RenderedCluster } from '../synth/render';
import { Interpreter, PreflightGate, UnknownCommand } from './commands';
import { Runbook, RunbookStep } from './runbook';
import { CommandFailed, ServingPath, Simulation } from './simulator';
import { Obj, Variant } from './world';

/** One line of the timeline: a command of a step, what it changed and each hostname's serving path after it. */
export interface TimelineEntry {
  readonly step: string;
  readonly command: string;
  readonly changes: readonly string[];
  readonly paths: Readonly<Record<string, string>>;
}

/** A time a public hostname had no Ready serving path, in simulated seconds. */
export interface Outage {
  readonly hostname: string;
  /** The step during which it began. */
  readonly step: string;
  /** Whether that step's heading declares a maintenance window. */
  readonly maintenanceWindow: boolean;
  readonly seconds: number;
  /** What took the path down: the nodes rebooting when it began, or the path as it was. */
  readonly why: string;
}

/** The outcome of one variant. */
export interface RehearsalResult {
  readonly variant: string;
  readonly steps: number;
  readonly timeline: readonly TimelineEntry[];
  /** Broken promises, each naming the step and the object. Empty when the runbook held. */
  readonly failures: readonly string[];
  readonly lost: number;
  /** Every outage of a hostname once it was served, ended or not. */
  readonly outages: readonly Outage[];
}

export interface RehearsalOptions {
  readonly gate: PreflightGate;
  /** What `flux install --components-extra=image-reflector-controller,image-automation-controller` adds. @default none */
  readonly imageComponents?: readonly Obj[];
  /** Also run the roll-back steps after the takeover. @default true */
  readonly rollback?: boolean;
  /** Check the end state of a complete takeover (rendered paths, Ready Kustomizations, a deploy key that may push). @default true */
  readonly finalChecks?: boolean;
  /** Check every quiet pass of the controllers against the whole world (Simulation.checkQuietPasses). @default false */
  readonly checkQuietPasses?: boolean;
}

/**
 * Runs a runbook's commands against one variant, step by step. After every command the
 * controllers settle and the invariants are checked: each public hostname served at the start
 * keeps a Ready serving path; nothing is pruned, uninstalled or lost; Pulumi is never asked to
 * delete; no node goes NotReady. At the end of the takeover the rendered paths must serve both
 * hostnames, every rendered Kustomization must be Ready, and image automation must be able to push.
 */
/** The public hostnames the takeover must keep serving: Label Studio's and Triton's (when the cluster has a GPU model). */
export function servedHostnames(model: ClusterModel): string[] {
  const prefixes = [model.labelStudio?.hostname, model.gpuInference?.hostname].filter((p): p is string => p !== undefined);
  return prefixes.map((prefix) => publicHostname(model, prefix));
}

export function rehearse(variant: Variant, rendered: RenderedCluster, runbook: Runbook, options: RehearsalOptions): RehearsalResult {
  const sim = new Simulation(variant.world, rendered, options.imageComponents);
  sim.checkQuietPasses = options.checkQuietPasses ?? false;
  const interpreter = new Interpreter(sim, options.gate);
  const hostnames = servedHostnames(rendered.model);
  sim.settle();
  // Each hostname's serving path, once per look: after a command the outage watch, the promise
  // check, the database check and the timeline all read the same paths, and tracing them four
  // times over was 0.1 s of the 2 s `npm run rehearse` (2026-12-08).
  const servingPaths = (): Record<string, ServingPath> => Object.fromEntries(hostnames.map((h) => [h, sim.servingPath(h)]));
  const texts = (paths: Record<string, ServingPath>) => Object.fromEntries(hostnames.map((h) => [h, paths[h].text]));
  const atStart = servingPaths();
  const servedAtStart = new Set(hostnames.filter((h) => atStart[h].ready));
  const legacyRows = Math.max(0, ...Object.values(sim.world.databases));
  const startOrigin = atStart[hostnames[0]].origin;
  const timeline: TimelineEntry[] = [];
  const failures: string[] = [];
  timeline.push({ step: '0', command: '(the cluster as recorded)', changes: [], paths: texts(atStart) });

  // The serving paths are seen after every command and whenever simulated time passes (a reboot,
  // sleep, kubectl's waits): a hostname served once and then without a Ready path is an outage.
  const outages: Outage[] = [];
  const open = new Map<string, { from: number; step: RunbookStep; where: string; why: string }>();
  const served = new Set(servedAtStart);
  let current: { step: RunbookStep; where: string } | undefined;
  const close = (h: string, check = true) => {
    const o = open.get(h)!;
    open.delete(h);
    const outage = { hostname: h, step: o.step.id, maintenanceWindow: o.step.maintenanceWindow, seconds: sim.now - o.from, why: o.why };
    outages.push(outage);
    sim.changes.push(`${h} served again after ${outage.seconds} s`);
    if (check && !outage.maintenanceWindow)
      failures.push(`${o.where}: ${h} had no Ready serving path for ${outage.seconds} s (${o.why}), outside a maintenance window`);
  };
  const observe = (paths = servingPaths()) => {
    for (const h of hostnames) {
      const path = paths[h];
      if (path.ready) {
        served.add(h);
        if (open.has(h)) close(h);
      } else if (served.has(h) && !open.has(h) && current) {
        const down = sim.rebooting();
        const why = down.length > 0 ? `${down.join(', ')} rebooting` : path.text;
        open.set(h, { from: sim.now, ...current, why });
        sim.changes.push(`${h} without a Ready serving path (${why})`);
      }
    }
  };
  sim.onTime = observe;

  const runSteps = (steps: readonly RunbookStep[]): boolean => {
    for (const step of steps) {
      for (const line of step.commands) {
        sim.changes = [];
        const seen = sim.violations.length;
        const where = `step ${step.id} (${step.title}): ${line.text}`;
        current = { step, where };
        try {
          const before = sim.now;
          interpreter.run(line);
          // The controllers act after a change, and after time passed (a rebooted node's pods start again).
          if (!interpreter.readsOnly(line) || sim.now !== before) sim.settle();
        } catch (error) {
          if (error instanceof UnknownCommand) failures.push(`${where}: the rehearsal does not know the command ${error.message}`);
          else if (error instanceof CommandFailed) failures.push(`${where}: ${error.message}`);
          else failures.push(`${where}: ${(error as Error).message}`);
          timeline.push({ step: step.id, command: line.text, changes: sim.changes, paths: texts(servingPaths()) });
          return false;
        }
        for (const v of sim.violations.slice(seen)) failures.push(`${where}: ${v}`);
        const paths = servingPaths();
        observe(paths);
        // Inside a maintenance window a hostname may be down between commands, until the step ends.
        if (!step.maintenanceWindow)
          for (const h of servedAtStart) {
            const path = paths[h];
            if (!path.ready) failures.push(`${where}: ${h} has no Ready serving path: ${path.text}`);
          }
        const label = paths[hostnames[0]];
        if (label.ready && label.origin !== startOrigin) {
          const db = Object.entries(sim.world.databases).find(([k]) => k.startsWith('Cluster/'));
          if (db && db[1] < legacyRows)
            failures.push(
              `${where}: ${hostnames[0]} serves ${label.origin}, whose database ${db[0]} holds ${db[1]} of the ${legacyRows} rows of the existing Label Studio`,
            );
        }
        timeline.push({ step: step.id, command: line.text, changes: sim.changes, paths: texts(paths) });
        if (failures.length > 0) return false;
      }
      for (const [h, o] of open)
        if (o.step === step) failures.push(`step ${step.id} (${step.title}) ends with ${h} without a Ready serving path: ${sim.servingPath(h).text}`);
      if (failures.length > 0) return false;
    }
    return true;
  };

  let completed = runSteps(runbook.takeover);
  if (completed && options.finalChecks !== false) {
    for (const h of hostnames) {
      const path = sim.servingPath(h);
      const route = rendered.objects.some((o) => o.manifest.kind === 'ConfigMap' && JSON.stringify(o.manifest).includes(`hostname: ${h}`));
      if (!path.ready || path.remote || !route) failures.push(`after the takeover: ${h} is not served by the rendered connectors: ${path.text}`);
    }
    for (const k of rendered.objects.filter((o) => o.manifest.kind === 'Kustomization' && o.manifest.apiVersion.startsWith('kustomize.toolkit'))) {
      const live = sim.get('Kustomization', k.manifest.metadata.namespace, k.manifest.metadata.name);
      if (!live || !sim.objectReady(live))
        failures.push(`after the takeover: Kustomization ${k.manifest.metadata.name} is not Ready: ${live?.status?.conditions?.[0]?.message ?? 'not found'}`);
    }
    const key = sim.get('Secret', 'flux-system', rendered.model.repository.secretName);
    if (sim.world.deployKeys[key?.metadata.uid ?? ''] !== 'read-write') {
      failures.push(
        `after the takeover: Secret flux-system/${rendered.model.repository.secretName} holds a ${key ? 'read-only' : 'missing'} deploy key: ImageUpdateAutomation cannot push`,
      );
    }
    for (const [node, host] of Object.entries(sim.world.hosts)) if (!host.ready) failures.push(`after the takeover: node ${node} is NotReady`);
    for (const node of sim.rebooting()) failures.push(`after the takeover: node ${node} is not back from its reboot and Ready`);
    completed = failures.length === 0;
  }
  if (completed && options.rollback !== false && runbook.rollback.length > 0 && runSteps(runbook.rollback)) {
    // Frozen: nothing Flux or External Secrets runs may change an object any more.
    for (const k of sim.list('Kustomization'))
      if (!k.spec?.suspend) failures.push(`after the roll-back: Kustomization ${k.metadata.namespace}/${k.metadata.name} still reconciles`);
    for (const hr of sim.list('HelmRelease'))
      if (!hr.spec?.suspend)
        failures.push(`after the roll-back: HelmRelease ${hr.metadata.namespace}/${hr.metadata.name} still reconciles (drift detection puts its chart back)`);
    for (const d of sim.list('Deployment').filter((o) => o.metadata.name === 'external-secrets'))
      if (sim.workloadReady(d))
        failures.push(`after the roll-back: External Secrets still runs in ${d.metadata.namespace} (ExternalSecrets keep rewriting their Secrets)`);
  }
  const steps = new Set(timeline.map((t) => t.step)).size - 1;
  // An outage still open at the end has broken a promise already; it is kept with its length so far.
  for (const h of [...open.keys()]) close(h, false);
  return { variant: variant.name, steps, timeline, failures, lost: sim.lost, outages };
}
