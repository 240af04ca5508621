import { ModelError, validateClusterModel } from '../../model/load';
import { modelWith, productionInput, productionModel } from '../helpers';

/** The message of the ModelError `fn` throws (fails the test when it throws anything else). */
function modelError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as Error).message;
  }
  throw new Error('expected a ModelError');
}

describe('the production model', () => {
  it('validates, and taints exactly the GPU nodes', () => {
    const model = productionModel();
    expect(model.nodes.filter((n) => n.taints.length > 0).map((n) => n.name)).toEqual(model.nodes.filter((n) => n.gpu).map((n) => n.name));
  });

  it("keeps the annotations sink's writing to the stage schema off unless enabled", () => {
    expect(productionModel().annotationsSink.writeToStage).toBe(false);
    const input = productionInput();
    delete (input.annotationsSink as { writeToStage?: boolean }).writeToStage;
    expect(validateClusterModel(input, 'test').annotationsSink.writeToStage).toBe(false);
  });
});

describe('an invalid model', () => {
  it('names the field, the bad value and the expected nodes for a misspelt node', () => {
    const message = modelError(() => modelWith((m) => (m.gpuInference!.node = 'calipso')));
    expect(message).toContain('gpuInference.node: "calipso" is not a node of this cluster');
    expect(message).toContain(
      `expected one of ${productionModel()
        .nodes.map((n) => `"${n.name}"`)
        .join(', ')}`,
    );
  });

  it('rejects a GPU workload asking for 0 GPUs', () => {
    expect(modelError(() => modelWith((m) => (m.gpuInference!.gpus = 0)))).toMatch(/gpuInference\.gpus: the GPU workload needs at least one GPU \(got 0\)/);
  });

  it('rejects a GPU workload asking for more GPUs than the node has', () => {
    const model = productionModel();
    const node = model.nodes.find((n) => n.name === model.gpuInference!.node)!;
    expect(modelError(() => modelWith((m) => (m.gpuInference!.gpus = node.gpu!.count + 1)))).toContain(
      `gpuInference.gpus: asks for ${node.gpu!.count + 1} GPUs but node "${node.name}" has ${node.gpu!.count}`,
    );
  });

  it('rejects a GPU workload on a node without a GPU', () => {
    const worker = productionModel().nodes[1].name;
    expect(modelError(() => modelWith((m) => (m.gpuInference!.node = worker)))).toContain(`gpuInference.node: node "${worker}" has no GPU`);
  });

  it('refuses the Label Studio ML backend without the Triton it sends tasks to', () => {
    expect(modelError(() => modelWith((m) => delete m.gpuInference))).toContain(
      "lsTritonAdapter: the adapter sends Label Studio's tasks to Triton: add gpuInference, or remove lsTritonAdapter",
    );
  });

  it("refuses a component block whose image key names an image the cluster's image file does not have", () => {
    const message = modelError(() =>
      modelWith((m) => {
        m.gpuInference!.image = 'lsTritonAdapter';
        delete m.lsTritonAdapter;
        delete m.images.lsTritonAdapter;
      }),
    );
    expect(message).toContain('images.lsTritonAdapter: missing: gpuInference is set, which runs this image');
  });

  it('refuses an image key that is not a key of images, naming the keys', () => {
    expect(modelError(() => modelWith((m) => ((m.labelStudio as { image?: string }).image = 'label-studio')))).toMatch(
      /labelStudio\.image: expected a key of images: "cloudflared", "labelStudio"/,
    );
  });

  it('rejects a missing image tag', () => {
    const message = modelError(() => modelWith((m) => delete (m.images.triton as { tag?: string }).tag));
    expect(message).toContain('images.triton.tag: a pinned image tag is required (missing)');
  });

  it('rejects the latest tag', () => {
    expect(modelError(() => modelWith((m) => (m.images.cloudflared.tag = 'latest')))).toContain('images.cloudflared.tag: the tag "latest" is not pinned');
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const message = modelError(() => modelWith((m) => ((m.annotationsSink as Record<string, unknown>).writeToStaging = true)));
    expect(message).toContain('annotationsSink: unknown field "writeToStaging"');
  });

  it('rejects a wrong type with the value it got', () => {
    expect(modelError(() => modelWith((m) => ((m.annotationsSink as Record<string, unknown>).writeToStage = 'yes')))).toContain(
      'annotationsSink.writeToStage: Invalid input: expected boolean, received string (got "yes")',
    );
  });

  it('rejects a duplicate hostname', () => {
    expect(modelError(() => modelWith((m) => (m.gpuInference!.hostname = 'label')))).toContain(
      'labelStudio.hostname: "label.boathou.se" is already used by gpuInference.hostname',
    );
  });

  it('rejects duplicate node names', () => {
    const server = productionModel().nodes[0].name;
    expect(modelError(() => modelWith((m) => (m.nodes[1].name = server)))).toContain(`nodes[1].name: "${server}" is already the name of nodes[0]`);
  });

  it('rejects a GPU node without a NoSchedule taint', () => {
    const i = productionModel().nodes.findIndex((n) => n.gpu);
    expect(modelError(() => modelWith((m) => (m.nodes[i].taints = [])))).toContain(
      `nodes[${i}].taints: GPU node "${productionModel().nodes[i].name}" has no NoSchedule taint`,
    );
  });

  it('rejects a secret given as a value instead of an ESC path', () => {
    expect(modelError(() => modelWith((m) => (m.clusterTunnel.tokenEscPath = 'eyJhIjoiMTIzIn0')))).toContain(
      'clusterTunnel.tokenEscPath: expected a dotted Pulumi ESC path',
    );
  });

  it('rejects an unknown taint effect', () => {
    expect(modelError(() => modelWith((m) => ((m.nodes[2].taints![0] as { effect: string }).effect = 'NoScheduel')))).toContain('nodes[2].taints[0].effect');
  });

  it('lists every finding, one per line, in one paragraph', () => {
    const message = modelError(() =>
      modelWith((m) => {
        m.gpuInference!.gpus = 0;
        delete (m.images.triton as { tag?: string }).tag;
      }),
    );
    const lines = message.split('\n');
    expect(lines[0]).toBe('The cluster model in test is invalid; nothing was written.');
    expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(2);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
