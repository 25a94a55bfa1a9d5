import { readFileSync } from 'node:fs';

// X's sample post (the tweetyoink fixture) at its real address: the page most e2e tests report.

export const xSampleUrl = 'https://x.com/TestUser123/status/1981398750557065646';
export const xSampleHtml = readFileSync(
  new URL('../fixtures/x/tweetyoink--x-tweet-sample.html', import.meta.url),
  'utf8',
);
/** The post's text, where a person right-clicks it. */
export const xSamplePostText = "article[data-testid='tweet'] div[data-testid='tweetText']";
