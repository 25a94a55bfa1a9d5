import { seeded, shuffle } from './prng';

// Logistic regression, one head an output, over hashed features, trained with AdaGrad. A head an
// example has no label for is skipped for that example. Classes are balanced per head (the sets
// hold far fewer hateful texts than others), and each example carries its set's weight.

export interface Encoded {
  buckets: Int32Array;
  /** Each feature's value: 1/√n for a text of n features (unit norm). */
  value: number;
  /** One label a head: 1, 0, or -1 for none. */
  labels: Int8Array;
  weight: number;
}

export interface LogisticOptions {
  buckets: number;
  heads: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LinearModel {
  /** Bucket-major: the weight of head h for bucket b is at b × heads + h. */
  weights: Float32Array;
  biases: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per head, the weight of a positive and of a negative example, so that both classes weigh the same. */
export function classWeights(data: Encoded[], heads: number): Array<[number, number]> {
  return Array.from({ length: heads }, (_, h) => {
    let pos = 0;
    let neg = 0;
    for (const e of data) {
      if (e.labels[h] === 1) pos += e.weight;
      else if (e.labels[h] === 0) neg += e.weight;
    }
    const total = pos + neg;
    return [pos > 0 ? total / (2 * neg || 1) : 1, pos > 0 ? total / (2 * pos) : 1];
  });
}

export function scoreLinear(model: LinearModel, heads: number, e: Encoded, h: number): number {
  let z = model.biases[h] ?? 0;
  for (const b of e.buckets) z += (model.weights[b * heads + h] ?? 0) * e.value;
  return sigmoid(z);
}

export function trainLogistic(data: Encoded[], options: LogisticOptions): LinearModel {
  const { buckets, heads, epochs, learningRate, l2, seed } = options;
  const weights = new Float32Array(buckets * heads);
  const squared = new Float32Array(buckets * heads);
  const biases = new Array<number>(heads).fill(0);
  const biasSquared = new Array<number>(heads).fill(0);
  const balance = classWeights(data, heads);
  const random = seeded(seed);
  const model = { weights, biases };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffle(data, random)) {
      for (let h = 0; h < heads; h++) {
        const y = e.labels[h];
        if (y === undefined || y < 0) continue;
        const g = (scoreLinear(model, heads, e, h) - y) * e.weight * (balance[h]?.[y] ?? 1);
        for (const b of e.buckets) {
          const i = b * heads + h;
          const grad = g * e.value + l2 * (weights[i] ?? 0);
          squared[i] = (squared[i] ?? 0) + grad * grad;
          weights[i] = (weights[i] ?? 0) - (learningRate * grad) / Math.sqrt((squared[i] ?? 0) + 1e-8);
        }
        biasSquared[h] = (biasSquared[h] ?? 0) + g * g;
        biases[h] = (biases[h] ?? 0) - (learningRate * g) / Math.sqrt((biasSquared[h] ?? 0) + 1e-8);
      }
    }
  }
  return model;
}
