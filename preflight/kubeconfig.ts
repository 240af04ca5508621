import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';

/**
 * The kubeconfig's current context, read from the files the way kubectl reads them (client-go
 * clientcmd loader.go: the files of $KUBECONFIG in order, the first one that sets a string wins;
 * else ~/.kube/config). Read from disk rather than from `kubectl config current-context`, so the
 * name in a message never depends on how fast a process starts on a busy machine.
 */
export function currentContext(env: NodeJS.ProcessEnv): string | undefined {
  const files = env.KUBECONFIG ? env.KUBECONFIG.split(delimiter).filter(Boolean) : [join(env.HOME || homedir(), '.kube', 'config')];
  for (const file of files) {
    let config: unknown;
    try {
      config = parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // kubectl skips a missing file in $KUBECONFIG; an unreadable one fails kubectl itself, reported by the call that follows
    }
    const name = (config as Record<string, unknown> | null)?.['current-context'];
    if (typeof name === 'string' && name !== '') return name;
  }
  return undefined;
}
