import { ImageReference } from '../../lib/image-reference';
import { find, modelWith, renderedProduction } from '../helpers';

// Values checked against the upstream projects at the pinned versions (evidence in the commit
// messages); each test fails on the output these values replaced.
const cluster = renderedProduction();
const tritonPod = () => (find(cluster, 'Deployment', 'triton', 'gpu-inference') as any).spec.template.spec;

describe('Triton image (triton-inference-server/server build.py at v2.60.0: 2.60.0 is container 25.08)', () => {
  it("defaults to NVIDIA's release of Triton 2.60.0, nvcr.io/nvidia/tritonserver:25.08-py3", () => {
    const triton = tritonPod().containers.find((c: any) => c.name === 'triton');
    expect(triton.image).toBe('nvcr.io/nvidia/tritonserver:25.08-py3');
  });

  it('a mirror in the model replaces registry and path and keeps the tag', () => {
    const model = modelWith((m) => (m.images.triton!.mirror = 'ghcr.io/ry4n-s/tritonserver'));
    const image = ImageReference.fromModel(model, 'triton');
    expect(image.ref).toBe('ghcr.io/ry4n-s/tritonserver:25.08-py3');
    expect(image.upstreamRepository).toBe('nvcr.io/nvidia/tritonserver');
  });

  it('a mirror that is not a registry path is refused naming the field', () => {
    expect(() => modelWith((m) => (m.images.triton!.mirror = 'ghcr.io/x/triton:25.08-py3'))).toThrow(/images\.triton\.mirror/);
  });
});
