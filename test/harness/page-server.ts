import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loopbackCertificate } from './tls';

/**
 * Serves saved pages at their real addresses (the browser maps the hosts to this server). Only
 * the pages given are answered; every other request fails at once, as the fixtures contract says.
 */
export class PageServer {
  private readonly pages = new Map<string, string>();
  private server: Server | null = null;
  /** Every request received, so a test can assert that nothing was ever submitted. */
  readonly requests: { method: string; url: string }[] = [];

  /** Adds or replaces the page served at `url` (host and path; the query is ignored). */
  set(url: string, html: string): void {
    this.pages.set(PageServer.key(url), html);
  }

  /**
   * Requests other than GET to the hosts of the pages served: a form submitted, a report sent. (The
   * browser's own calls to its vendor's services are left out.)
   */
  submissions(): { method: string; url: string }[] {
    const hosts = new Set([...this.pages.keys()].map((key) => key.split('/')[0]));
    return this.requests.filter((r) => r.method !== 'GET' && hosts.has(new URL(r.url).hostname));
  }

  private static key(url: string): string {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}`;
  }

  async start(): Promise<number> {
    this.server = createServer(loopbackCertificate(), (req, res) => {
      this.requests.push({
        method: req.method ?? 'GET',
        url: `https://${req.headers.host ?? ''}${req.url ?? '/'}`,
      });
      const html = this.pages.get(PageServer.key(`https://${req.headers.host ?? ''}${req.url ?? '/'}`));
      if (html === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not served');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(html);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
