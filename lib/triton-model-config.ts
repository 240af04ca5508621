import { CONTROL_OR_LINE_BREAK } from '../model/grammars';
import { TritonModelConfig as TritonModelConfigModel } from '../model/schema';

/** Triton's name for ONNX models run by ONNX Runtime. */
const ONNX_PLATFORM = 'onnxruntime_onnx';
/** File in the model directory naming the classes of the output, one per line, in logit order. */
export const TRITON_LABEL_FILE = 'labels.txt';

/**
 * The `config.pbtxt` of one ONNX text-classification model (DistilBERT-style: token ids and
 * attention mask in, one logit per label out), generated from the typed model so the file in the
 * model repository is declared rather than hand-placed.
 */
export class TritonModelConfig {
  static fromModel(model: TritonModelConfigModel, gpus: number): TritonModelConfig {
    return new TritonModelConfig(model, gpus);
  }

  private constructor(
    private readonly model: TritonModelConfigModel,
    private readonly gpus: number,
  ) {
    if (!Number.isInteger(gpus) || gpus < 1) throw new Error(`gpuInference.gpus: ${gpus} is not a GPU count`);
    const tooBig = model.preferredBatchSizes.find((b) => b > model.maxBatchSize);
    if (tooBig !== undefined) {
      throw new Error(`gpuInference.model.preferredBatchSizes: ${tooBig} exceeds maxBatchSize ${model.maxBatchSize}`);
    }
    // One label per line of labels.txt: a line break inside one would shift every later logit's name.
    const split = model.labels.findIndex((l) => l.length === 0 || CONTROL_OR_LINE_BREAK.test(l));
    if (split >= 0) throw new Error(`gpuInference.model.labels[${split}]: ${JSON.stringify(model.labels[split])} is not one line of ${TRITON_LABEL_FILE}`);
  }

  get name(): string {
    return this.model.name;
  }

  /** The protobuf text format Triton reads. */
  toPbtxt(): string {
    const m = this.model;
    const gpuIds = Array.from({ length: this.gpus }, (_, i) => i);
    return [
      `name: "${m.name}"`,
      `platform: "${ONNX_PLATFORM}"`,
      `max_batch_size: ${m.maxBatchSize}`,
      'input [',
      '  { name: "input_ids" data_type: TYPE_INT64 dims: [ -1 ] },',
      '  { name: "attention_mask" data_type: TYPE_INT64 dims: [ -1 ] }',
      ']',
      'output [',
      // label_filename is resolved against the model directory; with it, classification requests
      // get label names back, not only indices.
      `  { name: "logits" data_type: TYPE_FP32 dims: [ ${m.labels.length} ] label_filename: "${TRITON_LABEL_FILE}" }`,
      ']',
      'dynamic_batching {',
      `  preferred_batch_size: [ ${m.preferredBatchSizes.join(', ')} ]`,
      `  max_queue_delay_microseconds: ${m.maxQueueDelayMicroseconds}`,
      '}',
      'instance_group [',
      `  { kind: KIND_GPU count: ${m.instancesPerGpu} gpus: [ ${gpuIds.join(', ')} ] }`,
      ']',
      '',
    ].join('\n');
  }

  /** Label names in logit order, one per line: the file `label_filename` names. */
  toLabels(): string {
    return this.model.labels.join('\n') + '\n';
  }
}
