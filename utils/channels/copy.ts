import type { Channel } from './channel';

// For any platform or authority without a supported form: the composer copies the notice (as text
// or field by field), writes it into an email, or prints it. Nothing to open, nothing to fill.
export const copyChannel: Channel = {
  id: 'copy',
  kind: 'generic',
  name: 'channelCopyName',
  serves: 'any',
  formPatterns: [],
  source: 'channelCopySource',
  manualFields: 0,
  action: () => ({ kind: 'copy' }),
};
