import { ApiObject } from 'cdk8s';
import { ClusterModel } from '../model/schema';

/** A Kubernetes object as written to disk, with where it came from. */
export interface RenderedObject {
  /** The plain object (apiVersion, kind, metadata, ...). */
  readonly manifest: Manifest;
  /** The construct that produced it (policy rules ask what it sits inside). */
  readonly source: ApiObject;
  /** Repository-relative file the object is written to. */
  readonly file: string;
  /** The Flux Kustomization that applies it: a layer name, or "flux-system" for flux/<cluster>/. */
  readonly kustomization: string;
  readonly cluster: string;
}

export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  readonly [field: string]: unknown;
}

/** The output of one cluster: its objects and the exact bytes of every file. */
export interface RenderedCluster {
  readonly model: ClusterModel;
  readonly objects: RenderedObject[];
  /** Repository-relative path -> content. */
  readonly files: Map<string, string>;
  /** Kustomization paths (folders with a kustomization.yaml) this cluster writes. */
  readonly kustomizationDirs: string[];
}
