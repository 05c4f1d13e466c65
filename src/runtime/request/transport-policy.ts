// Which URLs the gateway may call: https, or plain http only to this machine (localhost, 127.0.0.0/8, [::1]).

const LOOPBACK_V4 = /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || LOOPBACK_V4.test(host);
}

/** Why `url` may not be called, or undefined when it may. */
export function transportProblem(url: URL): string | undefined {
  if (url.protocol === 'https:') {
    return undefined;
  }
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname) ? undefined : `${url.origin} is plain http: only https is allowed (http only to localhost)`;
  }
  return `${url.protocol} URLs are not allowed: only https`;
}
