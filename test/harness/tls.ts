import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Hosts the harness can serve pages for (their real addresses, mapped to loopback). */
export const servedHosts = [
  'x.com',
  'www.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
  'example.org',
] as const;

/** A self-signed certificate for every served host, made once per machine with openssl. */
export function loopbackCertificate(): { key: Buffer; cert: Buffer } {
  const dir = join(tmpdir(), 'constat-tls-v1');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const names = servedHosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '3650',
        '-keyout',
        key,
        '-out',
        cert,
        '-subj',
        '/CN=constat-test',
        '-addext',
        `subjectAltName=${names}`,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
