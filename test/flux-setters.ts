import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The image an ImagePolicy resolved (its status.latestRef): repository name, tag and optional digest. */
export interface LatestRef {
  readonly name: string;
  readonly tag: string;
  readonly digest?: string;
}

/** The value each setter of a policy writes (image-automation-controller v1.0.4, internal/update/setters.go). */
function setterValues(ref: LatestRef): Record<string, string> {
  // LatestRef.String(): name:tag, with @digest when the policy resolved one.
  const image = `${ref.name}:${ref.tag}${ref.digest ? `@${ref.digest}` : ''}`;
  return { '': image, ':tag': ref.tag, ':name': ref.name, ':digest': ref.digest ?? '' };
}

/**
 * The YAML files the controller's ScreeningLocalReader reads below `root` (update.path './'):
 * every `.yaml`/`.yml` file that contains the `"$imagepolicy"` token. node_modules and dot
 * folders are not part of a Git checkout, so they are skipped.
 */
export function screenedFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...screenedFiles(root, rel));
    } else if (/\.ya?ml$/.test(entry.name) && readFileSync(join(root, rel), 'utf8').includes('"$imagepolicy"')) {
      out.push(rel);
    }
  }
  return out.sort();
}

const MARKED = /^(\s*(?:-\s+)?[\w.-]+:\s*)(\S+)(\s+#\s*\{"\$imagepolicy":\s*"([^"]+)"\}\s*)$/;

/** The `$imagepolicy` markers of the files below `root`: file, setter name and the value it marks. */
export function setterMarkers(root: string): { file: string; setter: string; value: string }[] {
  return screenedFiles(root).flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .map((line) => MARKED.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ file, setter: m[4], value: m[2] })),
  );
}

/**
 * What Flux's image-automation-controller does with the Setters strategy: every scalar marked
 * `# {"$imagepolicy": "<ns>:<policy>[:tag|:name|:digest]"}` of a policy in `latest` gets that
 * setter's value; other markers are left alone. Returns the files it changed.
 */
export function applySetters(root: string, latest: Record<string, LatestRef>): string[] {
  const changed: string[] = [];
  for (const file of screenedFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const next = text
      .split('\n')
      .map((line) => {
        const m = MARKED.exec(line);
        if (!m) return line;
        const [ns, name, part] = m[4].split(':');
        const ref = latest[`${ns}:${name}`];
        if (!ref) return line;
        const value = setterValues(ref)[part ? `:${part}` : ''];
        return value === undefined ? line : `${m[1]}${value}${m[3]}`;
      })
      .join('\n');
    if (next !== text) {
      writeFileSync(join(root, file), next);
      changed.push(file);
    }
  }
  return changed;
}
