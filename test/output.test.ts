// What the synth renders: snapshots and intent per chart, both clusters, generated documents,
// image automation round trip, kustomize builds, and the writer's fault suite (one Jest file, one module load).
import './suites/charts';
import './suites/clusters';
import './suites/image-automation';
import './suites/flux-commit';
import './suites/kustomize';
import './suites/upstream';
import './suites/output-faults';
