import { modelFileSchema } from './model-schema';
import { decodeModel, type LoadedModel } from './predict';

// The model is loaded only where it is used (the composer), on first use: its weights are a separate
// chunk of the build, never part of a content script or of the capture path.

let loading: Promise<LoadedModel> | null = null;

export function loadModel(): Promise<LoadedModel> {
  loading ??= import('../../assets/model/hate-model-v1.json')
    .then((module) => decodeModel(modelFileSchema.parse(module.default)))
    .catch((error: unknown) => {
      // A failed load (a chunk missing after an update) may succeed on the next try.
      loading = null;
      throw error;
    });
  return loading;
}
