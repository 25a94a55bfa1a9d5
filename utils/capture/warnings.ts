import { type Lang, uiLang } from '../i18n';
import type { NoPostReason } from './extraction';

// What the user is told when a capture is partial, in the UI language at capture time.

const pageCapture = {
  en: 'Constat saved a capture of the page rather than of a post.',
  fr: 'Constat a enregistré une capture de la page, et non d’une publication.',
};

const noPost: Record<Lang, Record<NoPostReason, string>> = {
  en: {
    'no-target':
      'Constat could not tell what was right-clicked (the page was open before Constat was installed or updated: reload it and report again to capture the post itself).',
    'unsupported-page': 'This page is not on a supported platform.',
    'no-post-at-target': 'No post was found where you right-clicked.',
    'no-post-at-focus':
      'No post had the focus or was under the pointer when you pressed the shortcut: point at the post, or move to it with the keyboard, and press it again.',
    'extract-failed': 'Reading the post failed.',
    'login-wall': 'The platform shows a login wall instead of the post: log in, then report again.',
    'post-unavailable': 'The platform says this post was deleted or is not available.',
    'unsupported-layout': 'Constat does not know this page layout of the platform yet.',
  },
  fr: {
    'no-target':
      'Constat n’a pas pu savoir ce qui a été cliqué (la page était ouverte avant l’installation ou la mise à jour de Constat : rechargez-la et signalez à nouveau pour capturer la publication elle-même).',
    'unsupported-page': 'Cette page n’est pas sur une plateforme prise en charge.',
    'no-post-at-target': 'Aucune publication n’a été trouvée à l’endroit du clic droit.',
    'no-post-at-focus':
      'Aucune publication n’avait le focus ni n’était sous le pointeur lors du raccourci : pointez la publication, ou atteignez-la au clavier, et appuyez à nouveau.',
    'extract-failed': 'La lecture de la publication a échoué.',
    'login-wall':
      'La plateforme affiche une demande de connexion à la place de la publication : connectez-vous, puis signalez à nouveau.',
    'post-unavailable':
      'La plateforme indique que cette publication a été supprimée ou n’est pas disponible.',
    'unsupported-layout': 'Constat ne connaît pas encore cette mise en page de la plateforme.',
  },
};

const other = {
  en: {
    pageUnreadable: 'Constat could not read this page: only the screenshot and the address were saved.',
    screenshotFailed: 'The screenshot could not be taken.',
    clipped:
      'The post is too tall to capture whole: the image shows its first part; the HTML snapshot holds the whole post.',
    cropFailed: 'The post could not be cut out of the screenshot; the whole screenshot is kept.',
    noPictures:
      'The text suggests sexual content involving minors: Constat kept no picture of it (possessing it is an offence, Code pénal art. 227-23), only its address and text. Report it to PHAROS.',
    subframe: 'The post is inside an embedded frame: the screenshot is kept whole, not cropped.',
    zoomNotRestored:
      'Constat lowered this tab’s zoom to capture the tall post in one picture and could not put it back: reset it with Ctrl+0 (⌘0 on a Mac).',
    collapsedText:
      'The post’s text was collapsed behind “Show more”, which Constat did not click: the text may stop where the page cut it. To capture it whole, allow expanding collapsed posts in the options, or click “Show more” yourself and report again.',
  },
  fr: {
    pageUnreadable:
      'Constat n’a pas pu lire cette page : seules la capture d’écran et l’adresse ont été enregistrées.',
    screenshotFailed: 'La capture d’écran n’a pas pu être prise.',
    clipped:
      'La publication est trop haute pour être capturée en entier : l’image en montre le début ; l’instantané HTML contient toute la publication.',
    cropFailed:
      'La publication n’a pas pu être découpée dans la capture d’écran ; la capture entière est conservée.',
    noPictures:
      'Le texte laisse penser à un contenu sexuel impliquant des mineurs : Constat n’en a gardé aucune image (la détenir est une infraction, Code pénal art. 227-23), seulement son adresse et son texte. Signalez-le à PHAROS.',
    subframe:
      'La publication est dans un cadre intégré : la capture d’écran est gardée entière, sans recadrage.',
    zoomNotRestored:
      'Constat a réduit le zoom de cet onglet pour capturer la longue publication en une image et n’a pas pu le rétablir : rétablissez-le avec Ctrl+0 (⌘0 sur Mac).',
    collapsedText:
      'Le texte de la publication était replié derrière « Voir plus », sur lequel Constat n’a pas cliqué : il peut s’arrêter là où la page l’a coupé. Pour le capturer en entier, autorisez le dépliage des publications repliées dans les options, ou cliquez vous-même sur « Voir plus » et signalez à nouveau.',
  },
};

const withDetail = (text: string, detail: string | null) => (detail ? `${text} (${detail})` : text);

export function noPostWarning(reason: NoPostReason, detail: string | null, lang: Lang = uiLang()): string {
  return `${withDetail(noPost[lang][reason], detail)} ${pageCapture[lang]}`;
}

export function captureWarning(
  kind: keyof (typeof other)['en'],
  detail: string | null = null,
  lang: Lang = uiLang(),
) {
  return withDetail(other[lang][kind], detail);
}
