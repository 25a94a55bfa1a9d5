import { HASH_BITS } from '../../utils/hate-model/features';
import { type HeldOutRow, headIds, type ModelFile } from '../../utils/hate-model/model-schema';
import type { LinearModel } from './logistic';

// Writes a trained linear model as the shipped asset: 8-bit weights, one scale a head.

export const MODEL_VERSION = '1.0.0';

export function quantise(model: LinearModel): { weights: string; scales: number[] } {
  const heads = headIds.length;
  const scales = headIds.map((_, h) => {
    let max = 0;
    for (let i = h; i < model.weights.length; i += heads)
      max = Math.max(max, Math.abs(model.weights[i] ?? 0));
    return max > 0 ? max / 127 : 1;
  });
  const bytes = new Uint8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) {
    const q = Math.round((model.weights[i] ?? 0) / (scales[i % heads] ?? 1));
    bytes[i] = Math.max(-127, Math.min(127, q)) & 0xff;
  }
  return { weights: Buffer.from(bytes).toString('base64'), scales };
}

export function modelFile(
  model: LinearModel,
  seed: number,
  trainedOn: string,
  heldOut: HeldOutRow[],
): ModelFile {
  const { weights, scales } = quantise(model);
  return {
    id: 'hate-model',
    version: MODEL_VERSION,
    trainedOn,
    seed,
    hashBits: HASH_BITS,
    heads: [...headIds],
    biases: model.biases.map((b) => Number(b.toFixed(6))),
    scales: scales.map((s) => Number(s.toPrecision(6))),
    weights,
    heldOut,
  };
}
