import * as assert from 'assert';
import { buildChecklistHtml, contentSecurityPolicy, createNonce } from '../../../src/extension/checklist/html-builder';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/checklist.js';
const STYLE = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/checklist.css';

function shell(nonce = createNonce()): { html: string; nonce: string } {
  return { nonce, html: buildChecklistHtml({ cspSource: CSP_SOURCE, nonce, scriptUri: SCRIPT, styleUri: STYLE }) };
}

describe('checklist HTML builder', () => {
  it('declares the strict CSP with the render\'s nonce as the only script source', () => {
    const { html, nonce } = shell();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.strictEqual(csp, `default-src 'none'; style-src ${CSP_SOURCE}; img-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}; script-src 'nonce-${nonce}'`);
    assert.strictEqual(contentSecurityPolicy(CSP_SOURCE, nonce), csp);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp ?? ''), 'no unsafe-* or wildcard source');
  });

  it('loads exactly one script, by URI with the nonce, and the stylesheet by URI', () => {
    const { html, nonce } = shell();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.strictEqual(scripts.length, 1);
    assert.strictEqual(scripts[0]?.[1], ` nonce="${nonce}" src="${SCRIPT}"`);
    assert.strictEqual(scripts[0]?.[2], '', 'an inline script body');
    assert.ok(html.includes(`<link rel="stylesheet" href="${STYLE}">`));
  });

  it('holds no inline style, event handler, javascript: URL or data', () => {
    const { html } = shell();
    assert.ok(!/<style\b/i.test(html), 'a <style> element');
    assert.ok(!/\sstyle\s*=/i.test(html), 'a style attribute');
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'an inline event handler');
    assert.ok(!/javascript:/i.test(html), 'a javascript: URL');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(urls.sort(), [STYLE, SCRIPT].sort(), 'every asset comes through the given webview URIs');
  });

  it('makes a fresh 128-bit base64 nonce on every render', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.strictEqual(nonces.size, 50);
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
    }
    assert.notStrictEqual(shell().nonce, shell().nonce);
  });

  it('rejects a nonce that is not base64 and escapes quotes in its inputs', () => {
    assert.throws(() => buildChecklistHtml({ cspSource: CSP_SOURCE, nonce: `abc" onload="x`, scriptUri: SCRIPT, styleUri: STYLE }), /nonce/);
    const html = buildChecklistHtml({ cspSource: CSP_SOURCE, nonce: createNonce(), scriptUri: `${SCRIPT}?a="><script>alert(1)</script>`, styleUri: STYLE });
    assert.ok(!html.includes('"><script>alert'), 'an input broke out of its attribute');
    assert.strictEqual((html.match(/<script\b/g) ?? []).length, 1);
  });
});
