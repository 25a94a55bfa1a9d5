import { formatDateTime } from '../i18n/dates';
import type { ChainHead } from '../log/event';

// The README.txt at the top of an evidence bundle: how a recipient checks it without Constat.

export function bundleReadme(
  head: ChainHead | null,
  exportedAt: string,
  scope: 'log' | 'selection',
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  const headLine = head ? `#${head.seq} ${head.hash}` : '(none / aucun)';
  // Evidence times are UTC; the exporter's local time says when it was, as they lived it.
  return `Constat — evidence bundle / dossier de preuves
Exported at / exporté le: ${exportedAt} (UTC)
Local time / heure locale (${timeZone}): ${formatDateTime(exportedAt, 'en', timeZone)}
Chain head / tête de la chaîne: ${headLine}
Scope / portée: ${scope === 'log' ? 'whole log / journal complet' : 'selection / sélection'}

ENGLISH
Each folder under reports/ holds one report: the screenshot, the cropped post, a cleaned copy of
the post's HTML (saved as .txt so that it never opens as a web page), the capture metadata,
report.json (the record), each notice sent as text, and history.json (its events).
manifest.json lists every file with its size and SHA-256; SHA256SUMS lists the same hashes.
To check that no file was changed since the export, in a terminal, inside this folder:
    sha256sum -c SHA256SUMS          (Linux; macOS: shasum -a 256 -c SHA256SUMS)
Every line must end with "OK". On Windows (PowerShell): Get-FileHash -Algorithm SHA256 <file>,
then compare with the line of that file in SHA256SUMS.
The hashes of the evidence files were recorded when each post was captured: compare them with
report.json ("evidence" → "sha256"). Events form a chain: each holds the SHA-256 of the one
before; the last one's hash (the chain head above) is also printed on the printable report.

FRANÇAIS
Chaque dossier sous reports/ contient un signalement : la capture d'écran, la publication
recadrée, une copie nettoyée du HTML de la publication (en .txt pour qu'elle ne s'ouvre jamais
comme une page web), les métadonnées de capture, report.json (l'enregistrement), chaque
notification envoyée en texte, et history.json (son historique).
manifest.json liste chaque fichier avec sa taille et son SHA-256 ; SHA256SUMS reprend ces empreintes.
Pour vérifier qu'aucun fichier n'a changé depuis l'export, dans un terminal, dans ce dossier :
    sha256sum -c SHA256SUMS          (Linux ; macOS : shasum -a 256 -c SHA256SUMS)
Chaque ligne doit finir par « OK ». Sous Windows (PowerShell) : Get-FileHash -Algorithm SHA256
<fichier>, puis comparer avec la ligne de ce fichier dans SHA256SUMS.
Les empreintes des preuves ont été enregistrées au moment de la capture : comparez-les avec
report.json (« evidence » → « sha256 »). Les événements forment une chaîne : chacun contient le
SHA-256 du précédent ; l'empreinte du dernier (la tête ci-dessus) figure aussi sur le rapport imprimable.
`.replaceAll('\n', '\r\n');
}
