import { browser } from 'wxt/browser';

interface BrowserInfo {
  userAgent: string;
  name: string;
  version: string;
}

interface UserAgentBrand {
  brand: string;
  version: string;
}

/** Browser name and version, for the capture metadata. */
export async function browserInfo(): Promise<BrowserInfo> {
  const userAgent = navigator.userAgent;
  // Firefox names itself; Chromium browsers only through the user agent.
  const runtime = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (typeof runtime.getBrowserInfo === 'function') {
    const info = await runtime.getBrowserInfo();
    return { userAgent, name: info.name, version: info.version };
  }
  const brands = (navigator as { userAgentData?: { brands: UserAgentBrand[] } }).userAgentData?.brands ?? [];
  // Brand lists hold a deliberately odd "Not A Brand" entry; a named browser beats plain Chromium.
  const real = brands.filter((b) => !/not.?a.?brand/i.test(b.brand));
  const brand = real.find((b) => b.brand !== 'Chromium') ?? real[0];
  const fromUa = /(Chrome|Firefox|Edg)\/([\d.]+)/.exec(userAgent);
  return {
    userAgent,
    name: brand?.brand ?? fromUa?.[1] ?? 'unknown',
    version: fromUa?.[2] ?? brand?.version ?? 'unknown',
  };
}
