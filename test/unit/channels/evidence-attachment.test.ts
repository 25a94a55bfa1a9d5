import { describe, expect, it } from 'vitest';
import { attachmentField } from '../../../utils/channels/evidence-attachment';
import { storeCapture } from '../factories';
import { makeNotice } from './notice-factory';

describe('the picture of the post, attached to the form', () => {
  it('attaches the cropped post with its exact bytes, named after the report', async () => {
    const { report, evidence } = await storeCapture();
    const field = await attachmentField(report.id, makeNotice('x'));
    const crop = evidence.find((e) => e.kind === 'post-crop');
    expect(field).toMatchObject({
      key: 'attachment',
      control: 'file',
      file: { name: `constat-${report.id.slice(0, 8)}-post-crop.png`, mime: 'image/png' },
      required: false,
    });
    expect(Buffer.from(field?.value ?? '', 'base64')).toEqual(Buffer.from(crop?.bytes ?? new ArrayBuffer(0)));
  });

  it('falls back to the screenshot of a page capture, and attaches nothing without a picture', async () => {
    const page = await storeCapture({ evidence: [{ kind: 'screenshot', content: 'png' }] });
    expect((await attachmentField(page.report.id, makeNotice('x')))?.file?.name).toMatch(/-screenshot\.png$/);
    const none = await storeCapture({ evidence: [{ kind: 'metadata', content: '{}' }] });
    expect(await attachmentField(none.report.id, makeNotice('x'))).toBeNull();
  });

  it('never sends a picture of sexual content involving minors', async () => {
    const { report } = await storeCapture();
    const notice = makeNotice('x', { categoryId: 'child-sexual-content' });
    expect(await attachmentField(report.id, notice)).toBeNull();
  });
});
