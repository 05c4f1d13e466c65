// Path parameter values that are refused rather than encoded. Encoding alone keeps a value inside its segment for a
// strict server, but servers and proxies that decode %2F or %2E before routing would still walk `..%2Fadmin` up the
// tree, so any value that is, or decodes to, a dot segment, an absolute path or a URL is refused before sending.
// A slash inside a value (a file path such as `docs/readme.md`) is still allowed and sent as %2F.

/** Control characters (tab included): never part of an identifier, and CR/LF split requests on lax servers. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Decoding rounds: enough for double and triple encoding (`%252e`), bounded so a crafted value cannot loop. */
const DECODE_ROUNDS = 3;

/** Why `value` may not fill a path parameter, or undefined when it may (then encodeURIComponent it). */
export function pathValueProblem(value: string): string | undefined {
  const decoded = decodedFully(value);
  if (decoded.trim() === '') {
    return 'is empty';
  }
  if (CONTROL.test(decoded)) {
    return 'holds a control character';
  }
  if (decoded.split(/[/\\]/).some((segment) => segment === '.' || segment === '..')) {
    return "holds a dot segment ('.' or '..')";
  }
  if (/^[/\\]/.test(decoded) || decoded.includes('://')) {
    return 'is an absolute path or URL';
  }
  return undefined;
}

function decodedFully(value: string): string {
  let current = value;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) {
      return current;
    }
    current = next;
  }
  return current;
}
