import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetDeletionPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecrets-external-secrets.io';
import { ESC_PATH } from '../model/schema';
import { partOfLabels } from './labels';
import { PULUMI_STORE_NAME } from './pulumi-secret-store';

export interface PulumiSecretProps {
  /** Name of the Kubernetes Secret ESO writes (and of the ExternalSecret). */
  readonly name: string;
  readonly namespace: string;
  /** Secret key -> dotted Pulumi ESC path, e.g. `{ token: "cloudflare.tunnelToken" }`. */
  readonly data: Record<string, string>;
  /** How often ESO re-reads Pulumi ESC, so a rotation lands without a redeploy. @default "1h" */
  readonly refreshInterval?: string;
  /**
   * Shape of the Secret ESO writes: its type and keys rendered from the fetched values with ESO's
   * template syntax (`{{ .key }}`). @default the keys of `data`, type Opaque
   */
  readonly template?: { readonly type: string; readonly data: Record<string, string> };
}

/**
 * A Secret materialised by External Secrets Operator from Pulumi ESC. Only the ESC paths are in
 * the repository; the values exist in Pulumi and in the cluster, never here.
 */
export class PulumiSecret extends Construct {
  /** Name of the Kubernetes Secret that workloads reference. */
  readonly secretName: string;

  constructor(scope: Construct, id: string, props: PulumiSecretProps) {
    super(scope, id);
    const entries = Object.entries(props.data);
    if (entries.length === 0) throw new Error(`${props.name}.data: an ExternalSecret maps at least one key`);
    for (const [key, path] of entries) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) throw new Error(`${props.name}.data: "${key}" is not a valid Secret key`);
      if (!ESC_PATH.test(path)) {
        throw new Error(`${props.name}.data.${key}: "${path}" is not a dotted Pulumi ESC path`);
      }
    }
    this.secretName = props.name;
    new ExternalSecret(this, 'external-secret', {
      metadata: { name: props.name, namespace: props.namespace, labels: partOfLabels() },
      spec: {
        refreshInterval: props.refreshInterval ?? '1h',
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: PULUMI_STORE_NAME },
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          deletionPolicy: ExternalSecretSpecTargetDeletionPolicy.RETAIN,
          template: props.template
            ? { type: props.template.type, engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2, data: props.template.data }
            : undefined,
        },
        data: entries.map(([secretKey, key]) => ({ secretKey, remoteRef: { key } })),
      },
    });
  }
}
