/** The namespace `flux bootstrap` installs Flux into; chart sources and image policies live there too. */
export const FLUX_NAMESPACE = 'flux-system';

/**
 * The Kustomization (and its GitRepository) `flux bootstrap` creates. It applies flux/<cluster>/,
 * so it is also the Kustomization of everything this tool writes under flux/<cluster>/oceanid/.
 */
export const FLUX_BOOTSTRAP_KUSTOMIZATION = 'flux-system';

/** The Secret `flux bootstrap` keeps the deploy key in: `--secret-name`, whose default is the namespace (fluxcd/flux2 cmd/flux/bootstrap.go). */
export const FLUX_BOOTSTRAP_SECRET = FLUX_NAMESPACE;

/**
 * The path the bootstrap Kustomization applies, `flux bootstrap --path=flux/<cluster>`: the synth
 * writes flux/<cluster>/oceanid/ inside it, and bootstrap adds flux/<cluster>/flux-system/.
 */
export function fluxBootstrapPath(cluster: string): string {
  return `./flux/${cluster}`;
}
