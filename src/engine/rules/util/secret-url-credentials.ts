// Finds `scheme://user:password@host` credentials inside a string, the one shape credentials-in-url owns.

export interface UrlCredentials {
  /** The URL's start in the string. */
  start: number;
  /** The password's span in the string. */
  passwordStart: number;
  passwordEnd: number;
  scheme: string;
  user: string;
  password: string;
  /** The host (and port) after the `@`. */
  host: string;
}

// Userinfo runs to the last `@` before the path, as browsers read it: a password with an unencoded `@` stays whole.
const URL_WITH_USERINFO = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#]*)@([^\s/?#@'"`]*)/gi;

/** Every URL in `text` whose userinfo has a non-empty password (`user:` alone or a bare token before `@` does not count). */
export function urlCredentialsIn(text: string): UrlCredentials[] {
  const found: UrlCredentials[] = [];
  for (const match of text.matchAll(URL_WITH_USERINFO)) {
    const [, scheme = '', userinfo = '', host = ''] = match;
    const colon = passwordSeparator(userinfo);
    if (colon === -1 || colon === userinfo.length - 1) {
      continue;
    }
    const userinfoStart = (match.index ?? 0) + scheme.length + 3;
    found.push({
      start: match.index ?? 0,
      passwordStart: userinfoStart + colon + 1,
      passwordEnd: userinfoStart + userinfo.length,
      scheme,
      user: userinfo.slice(0, colon),
      password: userinfo.slice(colon + 1),
      host,
    });
  }
  return found;
}

/** The first `:` outside a `${…}` reference, so that `${env:USER}:${env:PASS}` splits between the two. */
function passwordSeparator(userinfo: string): number {
  let depth = 0;
  for (let i = 0; i < userinfo.length; i++) {
    const char = userinfo[i];
    if (char === '$' && userinfo[i + 1] === '{') {
      depth++;
      i++;
    } else if (char === '}' && depth > 0) {
      depth--;
    } else if (char === ':' && depth === 0) {
      return i;
    }
  }
  return -1;
}
