import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// Mastodon: one report dialog per server, "Tell us what's going on": "It's illegal" (API category
// `legal`) or "It violates server rules" (`violation`, shown only when the server has rules), then posts
// and an optional comment. Read in mastodon/mastodon app/javascript/mastodon/features/report (docs/FORMS.md, Mastodon).

const source = 'mastodon/mastodon, app/javascript/mastodon/features/report (docs/FORMS.md, Mastodon)';
const forwardNote = {
  fr: 'Le signalement va aux modérateurs de votre serveur ; pour un compte d’un autre serveur, activez « Transférer à … » pour qu’une copie anonymisée y parvienne aussi. Précisez l’infraction et l’article de loi dans le commentaire.',
  en: 'The report goes to your server’s moderators; for an account on another server, turn on “Forward to …” so an anonymised copy reaches it too. Give the offence and the article of law in the comment.',
};

const illegal: ReasonEntryInput = {
  flow: 'single',
  steps: [{ text: 'It’s illegal', verified: true }],
  code: { value: 'legal', verified: true },
  fit: 'exact',
  matchHints: ['illegal', 'illégal'],
  source,
  note: forwardNote,
};

export const mastodonReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': illegal,
  'discriminatory-insult': illegal,
  'discriminatory-defamation': illegal,
  'apology-of-crimes': illegal,
  'denial-of-crimes-against-humanity': illegal,
  terrorism: illegal,
  harassment: illegal,
  'sexual-harassment': illegal,
  threats: illegal,
  'child-sexual-content': illegal,
  'other-illegal': illegal,
  'platform-rules': {
    flow: 'single',
    steps: [{ text: 'It violates server rules', verified: true }],
    code: { value: 'violation', verified: true },
    fit: 'exact',
    matchHints: ['rules', 'règles'],
    source,
    note: {
      fr: 'Puis cochez les règles enfreintes. Si le serveur n’a pas de règles, l’option n’apparaît pas : choisissez « It’s something else » (`other`).',
      en: 'Then tick the rules that were broken. If the server has no rules the option is not shown: choose “It’s something else” (`other`).',
    },
  },
};
