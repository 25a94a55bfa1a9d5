import { sha256Hex } from '../evidence/hash';
import type { EvidenceRecord } from '../model';
import { type AnswerFile, MAX_ANSWER_FILE_BYTES, MAX_ANSWER_FILES } from '../notice/notice-step';

// The platform's answer attached as files (a statement of reasons as PDF, an email as .eml, a
// screenshot, a text): each kept as evidence with its SHA-256. The type is read from the bytes,
// never from the name or from what the browser says, and only the kinds below are accepted.

export interface PickedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type AnswerFileProblem = 'type' | 'size' | 'count' | 'empty';

export class AnswerFileError extends Error {
  override name = 'AnswerFileError';
  constructor(
    readonly problem: AnswerFileProblem,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${problem}`);
  }
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** Text a person can read: valid UTF-8 and no NUL byte (a binary renamed .txt is not). */
function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** An email: text whose head has the header lines every message carries. */
function isEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 16_384));
  return isText(bytes) && /^(from|date|subject|received|return-path|message-id|mime-version):/im.test(head);
}

/** The file's type from its content; null for a kind that cannot be attached. */
export function answerFileType({ name, bytes }: PickedFile): string | null {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (/\.eml$/i.test(name) && isEmail(bytes)) return 'message/rfc822';
  if (/\.(txt|text)$/i.test(name) && isText(bytes)) return 'text/plain';
  return null;
}

/** The files checked and hashed as evidence of `reportId`, with what the notice step records of them. */
export async function answerEvidence(
  reportId: string,
  files: readonly PickedFile[],
  at: string,
): Promise<{ records: EvidenceRecord[]; refs: AnswerFile[] }> {
  if (files.length > MAX_ANSWER_FILES) throw new AnswerFileError('count', files[0]?.name ?? '');
  const records: EvidenceRecord[] = [];
  const refs: AnswerFile[] = [];
  for (const file of files) {
    if (file.bytes.byteLength === 0) throw new AnswerFileError('empty', file.name);
    if (file.bytes.byteLength > MAX_ANSWER_FILE_BYTES) throw new AnswerFileError('size', file.name);
    const mime = answerFileType(file);
    if (!mime) throw new AnswerFileError('type', file.name);
    const bytes = file.bytes.slice().buffer;
    const record: EvidenceRecord = {
      id: crypto.randomUUID(),
      reportId,
      kind: 'answer',
      mime,
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      createdAt: at,
      bytes,
    };
    records.push(record);
    refs.push({
      evidenceId: record.id,
      name: file.name.slice(0, 255),
      mime,
      size: record.size,
      sha256: record.sha256,
    });
  }
  return { records, refs };
}
