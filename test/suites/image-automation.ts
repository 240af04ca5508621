import { clusters } from '../../model/clusters';
import { production } from '../../model/production';
import { OUTPUT_ROOTS, runSynthCli } from '../../synth/run';
import { applySetters } from '../flux-setters';
import { find, renderedProduction, snapshotTree, tempRepo } from '../helpers';
import { secondCluster } from '../models/second-cluster';

describe('Flux image automation survives the next synth', () => {
  it('renders the ImageRepository, ImagePolicy and ImageUpdateAutomation that match the markers', () => {
    const cluster = renderedProduction();
    const repo = find(cluster, 'ImageRepository', 'production-cloudflared', 'flux-system') as any;
    expect(repo.apiVersion).toBe('image.toolkit.fluxcd.io/v1');
    expect(repo.spec.image).toBe('docker.io/cloudflare/cloudflared');
    const policy = find(cluster, 'ImagePolicy', 'production-cloudflared', 'flux-system') as any;
    expect(policy.spec).toMatchObject({ imageRepositoryRef: { name: 'production-cloudflared' }, policy: { semver: { range: '>=2025.1.0' } } });
    const automation = find(cluster, 'ImageUpdateAutomation', 'oceanid', 'flux-system') as any;
    expect(automation.spec).toMatchObject({
      sourceRef: { kind: 'GitRepository', name: 'oceanid' },
      update: { path: './', strategy: 'Setters' },
      git: { push: { branch: 'main' } },
    });
    const marked = [...cluster.files.entries()].filter(([, text]) => text.includes('{"$imagepolicy": "flux-system:production-cloudflared"}')).map(([f]) => f);
    expect(marked).toEqual(['dist/production/cloudflared/cloudflared.yaml', 'dist/production/triton/triton.yaml']);
  });

  it('Flux commits a new tag, then someone runs the synth: zero diff', () => {
    const root = tempRepo();
    const changed = applySetters(root, { 'flux-system:production-cloudflared': { name: 'docker.io/cloudflare/cloudflared', tag: '2026.1.2' } });
    // Flux changes the model's tag file and both rendered connectors in one commit.
    expect(changed).toEqual(['dist/production/cloudflared/cloudflared.yaml', 'dist/production/triton/triton.yaml', 'model/images/production.yaml']);
    const afterFlux = snapshotTree(root, ['model', ...OUTPUT_ROOTS]);
    expect(afterFlux.get('dist/production/cloudflared/cloudflared.yaml')).toContain(
      'image: docker.io/cloudflare/cloudflared:2026.1.2 # {"$imagepolicy": "flux-system:production-cloudflared"}',
    );

    const out: string[] = [];
    expect(runSynthCli([], clusters, root, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out.join('\n')).toContain('no change');
    expect(snapshotTree(root, ['model', ...OUTPUT_ROOTS])).toEqual(afterFlux);
  });

  it("each cluster's automation updates only that cluster's files (with the test model as a second cluster)", () => {
    const root = tempRepo();
    const both = [production, secondCluster];
    expect(runSynthCli([], both, root, { out: () => undefined, err: () => undefined })).toBe(0);
    const changed = applySetters(root, { 'flux-system:second-cloudflared': { name: 'docker.io/cloudflare/cloudflared', tag: '2026.1.2' } });
    expect(changed).toEqual(['dist/second/cloudflared/cloudflared.yaml', 'test/models/second-cluster.images.yaml']);
    const out: string[] = [];
    expect(runSynthCli([], both, root, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out.join('\n')).toContain('no change');
  });
});
