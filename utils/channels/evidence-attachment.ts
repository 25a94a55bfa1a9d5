import { getEvidence } from '../db/reports';
import { bytesToBase64 } from '../export/base64';
import type { FieldSpec } from '../form-fill/plan';
import { t } from '../i18n';
import type { Notice } from '../notice/notice';
import { categoryById } from '../taxonomy/categories';

// The picture of the post, attached to a form's file field (screenshots, attachments) so the
// platform sees the content as captured, even if it is edited or deleted before review.

/** Larger pictures (a very tall stitched post) are left for the person to attach from the panel's link. */
const MAX_ATTACHMENT_BYTES = 1_500_000;

/** The field that attaches the cropped post (or the screenshot), or null when there is none to send. */
export async function attachmentField(reportId: string, notice: Notice): Promise<FieldSpec | null> {
  // Pictures of sexual content involving minors are never kept, and never sent by Constat either.
  if (categoryById(notice.categoryId)?.neverCaptureMedia) return null;
  const evidence = await getEvidence(reportId);
  const picture =
    evidence.find((e) => e.kind === 'post-crop') ?? evidence.find((e) => e.kind === 'screenshot');
  if (!picture || picture.size > MAX_ATTACHMENT_BYTES) return null;
  const extension = picture.mime === 'image/png' ? 'png' : 'bin';
  return {
    key: 'attachment',
    label: t('channelFieldAttachment', notice.language),
    labelHints: [
      'attach',
      'piece jointe',
      'pieces jointes',
      'joindre',
      'screenshot',
      'capture',
      'upload',
      'televers',
      'fichier',
      'file',
      'evidence',
      'preuve',
    ],
    control: 'file',
    value: bytesToBase64(picture.bytes),
    file: { name: `constat-${reportId.slice(0, 8)}-${picture.kind}.${extension}`, mime: picture.mime },
    choiceHints: [],
    required: false,
    leaveToUser: false,
  };
}
