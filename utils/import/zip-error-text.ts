import { FlateErrorCode } from 'fflate';
import { fill } from '../i18n/fill';
import { type Lang, type MessageKey, t, uiLang } from '../i18n/index';

// fflate's errors are English words for developers; each carries a numeric code (FlateErrorCode),
// which is what a person's sentence is chosen from.

const byCode: Partial<Record<number, MessageKey>> = {
  [FlateErrorCode.UnexpectedEOF]: 'detailZipEnds',
  [FlateErrorCode.InvalidBlockType]: 'detailZipCompressed',
  [FlateErrorCode.InvalidLengthLiteral]: 'detailZipCompressed',
  [FlateErrorCode.InvalidDistance]: 'detailZipCompressed',
  [FlateErrorCode.InvalidHeader]: 'detailZipNotZip',
  [FlateErrorCode.InvalidZipData]: 'detailZipNotZip',
  [FlateErrorCode.UnknownCompressionMethod]: 'detailZipMethod',
  [FlateErrorCode.InvalidUTF8]: 'detailZipName',
};

/** fflate's error in the catalogue's words; one it cannot name is given with its code. */
export function zipErrorText(error: unknown, lang: Lang = uiLang()): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'number') return t('detailZipNotZip', lang);
  const key = byCode[code];
  return key ? t(key, lang) : fill(t('detailZipOther', lang), { code });
}
