import { featuresOf, type Word } from './features';
import { type HeadId, headIds, type ModelFile } from './model-schema';

// Scores a text with the loaded model, and says which words pushed each score: a linear model's
// score is a sum over features, so each feature's share goes to the word it was read from (half
// to each word of a pair).

export interface LoadedModel {
  version: string;
  hashBits: number;
  biases: number[];
  /** Dequantised weights, bucket-major. */
  weights: Float32Array;
}

export interface WordWeight extends Word {
  /** Share of the hate score's logit. */
  weight: number;
}

export interface ModelScores {
  version: string;
  /** Probability of each head, 0–1. */
  scores: Record<HeadId, number>;
  /** Words in text order with their share of the hate logit. */
  words: WordWeight[];
  /** The hate head's bias: with the words' shares, the whole of its logit. */
  bias: number;
}

const HEADS = headIds.length;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function decodeModel(file: ModelFile): LoadedModel {
  const bytes = atob(file.weights);
  const expected = (1 << file.hashBits) * HEADS;
  if (bytes.length !== expected)
    throw new Error(`model weights: ${bytes.length} bytes, ${expected} expected`);
  const scales = Float32Array.from(file.scales);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes.charCodeAt(i);
    weights[i] = (byte > 127 ? byte - 256 : byte) * (scales[i % HEADS] ?? 0);
  }
  return { version: file.version, hashBits: file.hashBits, biases: file.biases, weights };
}

export function predict(model: LoadedModel, text: string): ModelScores {
  const { words, buckets, owners, pairs } = featuresOf(text);
  const logits = [...model.biases];
  const shares = new Array<number>(words.length).fill(0);
  // Each text weighs the same whatever its length: features scaled to unit norm.
  const x = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
  for (let f = 0; f < buckets.length; f++) {
    const base = (buckets[f] ?? 0) * HEADS;
    for (let h = 0; h < HEADS; h++) logits[h] = (logits[h] ?? 0) + (model.weights[base + h] ?? 0) * x;
    const hate = (model.weights[base] ?? 0) * x;
    const owner = owners[f] ?? 0;
    if (pairs[f]) {
      shares[owner] = (shares[owner] ?? 0) + hate / 2;
      shares[owner + 1] = (shares[owner + 1] ?? 0) + hate / 2;
    } else shares[owner] = (shares[owner] ?? 0) + hate;
  }
  const scores = Object.fromEntries(headIds.map((id, h) => [id, sigmoid(logits[h] ?? 0)])) as Record<
    HeadId,
    number
  >;
  const weighted = words.map((w, i) => ({ ...w, weight: shares[i] ?? 0 }));
  return { version: model.version, scores, words: weighted, bias: model.biases[0] ?? 0 };
}
