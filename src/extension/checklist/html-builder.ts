// The checklist webview's HTML: a static shell with a strict CSP and a nonce; all data arrives later by postMessage.

import { randomBytes } from 'crypto';

export interface ShellInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** From createNonce(), fresh for every render. */
  nonce: string;
  /** `webview.asWebviewUri(...)` of media/checklist.js and media/checklist.css, as strings. */
  scriptUri: string;
  styleUri: string;
}

/** 128 random bits, base64: a CSP nonce nobody can guess. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy: nothing by default, styles, images and fonts from the webview's own resources, scripts by nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; img-src ${cspSource}; font-src ${cspSource}; script-src 'nonce-${nonce}'`;
}

/**
 * The shell: no inline script, style or handler, and no data. The one script loads by URI with the nonce; it posts
 * `ready` and renders what the host sends. Every input is attribute-escaped, though each is the extension's own.
 */
export function buildChecklistHtml(input: ShellInput): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(input.nonce)) {
    throw new Error('A CSP nonce must be base64 (at least 16 characters).');
  }
  const attr = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(input.styleUri)}">
<title>Security Checklist</title>
</head>
<body>
<main id="app" aria-busy="true">
<p class="loading">Loading the security checklist…</p>
</main>
<div id="announcer" class="visually-hidden" role="status"></div>
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>
</body>
</html>
`;
}

/** For a double-quoted attribute value (the CSP's single quotes stay readable). */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
