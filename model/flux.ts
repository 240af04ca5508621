/** The namespace `flux bootstrap` installs Flux into; chart sources and image policies live there too. */
export const FLUX_NAMESPACE = 'flux-system';

/**
 * The Kustomization (and its GitRepository) `flux bootstrap` creates. It applies flux/<cluster>/,
 * so it is also the Kustomization of everything this tool writes under flux/<cluster>/oceanid/.
 */
export const FLUX_BOOTSTRAP_KUSTOMIZATION = 'flux-system';
