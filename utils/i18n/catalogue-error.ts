/**
 * An error whose message is already a sentence from the catalogue, in the person's language: a page
 * shows it as it is. Any other error (the browser's, a library's, a bug's) is put into the catalogue's
 * words by `errorText`, never shown in its own English.
 */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}
