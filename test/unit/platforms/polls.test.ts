import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../utils/platforms/mastodon';
import { xAdapter } from '../../../utils/platforms/x';
import { adapterTestBed } from './run-cases-in-dom';

// A poll's options are part of the post's text, without the share of votes shown once it has results.

const xBed = adapterTestBed(xAdapter, 'https://x.com/home');
const mastodonBed = adapterTestBed(mastodonAdapter, 'https://mastodon.social/home');

const tweet = (poll: string) =>
  `<article role="article" data-testid="tweet"><div data-testid="User-Name"><div><a href="/poller"><div dir="ltr"><span>Poll Er</span></div></a></div><div><a href="/poller" tabindex="-1"><div dir="ltr"><span>@poller</span></div></a><div><a href="/poller/status/1862458831745028096"><time datetime="2024-11-29T11:29:22.000Z">Nov 29</time></a></div></div></div><div dir="auto" data-testid="tweetText">Who should leave?</div><div data-testid="card.wrapper"><div data-testid="cardPoll">${poll}</div></div><div role="group"><button data-testid="reply">3</button></div></article>`;

const status = (poll: string) =>
  `<div class="status status-public" data-id="113556240154738105"><div class="status__info"><a href="https://mastodon.social/@poller/113556240154738105" class="status__relative-time"><time datetime="2024-11-27T18:05:15.000Z">Nov 27</time></a><a href="/@poller" title="poller" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">Poll Er</strong></bdi> <span class="display-name__account">@poller</span></span></a></div><div class="status__content"><div class="status__content__text"><p>Who should leave?</p></div></div><div class="poll">${poll}<div class="poll__footer"><span>12 people</span></div></div></div>`;

describe('X polls', () => {
  it('reads an open poll’s options', () => {
    const data = xBed.extractAt(
      tweet(
        '<div role="radiogroup"><div role="radio"><span>Them</span></div><div role="radio"><span>All of them 🚪</span></div></div><span data-testid="pollTotalVotes">1.2K votes</span>',
      ),
      '[data-testid="tweetText"]',
    );
    expect(data.text).toBe('Who should leave? Them / All of them 🚪');
  });

  it('reads a closed poll’s options without their shares of the votes', () => {
    const data = xBed.extractAt(
      tweet(
        '<ul role="list"><li role="listitem"><div dir="auto">Them</div><div dir="auto">60%</div></li><li role="listitem"><div dir="auto">Nobody</div><div dir="auto">40,5 %</div></li></ul><span>10 votes · Final results</span>',
      ),
      '[data-testid="tweetText"]',
    );
    expect(data.text).toBe('Who should leave? Them / Nobody');
  });
});

describe('Mastodon polls', () => {
  it('reads the options, with or without results', () => {
    const option = (text: string, share = '') =>
      `<li><label class="poll__option">${share ? `<span class="poll__number">${share}</span>` : '<span class="poll__input"></span>'}<span class="poll__option__text translate">${text}</span></label></li>`;
    const open = mastodonBed.extractAt(status(`<ul>${option('Them')}${option('Nobody')}</ul>`), 'p');
    expect(open.text).toBe('Who should leave? Them / Nobody');
    const closed = mastodonBed.extractAt(
      status(`<ul>${option('Them', '75%')}${option('Nobody', '25%')}</ul>`),
      'p',
    );
    expect(closed.text).toBe('Who should leave? Them / Nobody');
  });
});
