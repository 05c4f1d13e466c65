// UI end-to-end steps for an MCP client config, in e2e.js's step format: a .vscode/mcp.json with a literal GitHub
// token gets a secure-actions problem; Ctrl+. on the token offers "Replace with ${input:…}"; picking it leaves the
// file with the reference and a password input, the rest of the file unchanged. Screenshots go to e2e.js's shot dir.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const wb = require('./workbench');

const workspace = process.argv[3];
const FIX = /Replace with \$\{input:([a-z0-9-]+)\}/;
// A token of GitHub's format made up for this run, so that no token-like literal sits in the repository.
const TOKEN = `ghp_${crypto.randomBytes(48).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 36)}`;
const MCP_JSON = [
  '{',
  '  // MCP servers for the support bot',
  '  "servers": {',
  '    "github": {',
  '      "type": "stdio",',
  '      "command": "npx",',
  '      "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"],',
  '      "env": {',
  `        "GITHUB_PERSONAL_ACCESS_TOKEN": "${TOKEN}"`,
  '      }',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

const steps = [
  ['a .vscode/mcp.json with a literal token gets a secure-actions problem, and Ctrl+. offers ${input:…}', async s => {
    s.mcpFile = path.join(workspace, '.vscode', 'mcp.json');
    fs.mkdirSync(path.dirname(s.mcpFile), { recursive: true });
    fs.writeFileSync(s.mcpFile, MCP_JSON);
    await wb.openFile(s.page, 'mcp.json');
    await wb.openProblems(s.page);
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: 'mcp-secret-literal' }).first().waitFor({ timeout: 30000 });
    const line = MCP_JSON.split('\n').findIndex(l => l.includes(TOKEN)) + 1;
    await wb.gotoLine(s.page, line, MCP_JSON.split('\n')[line - 1].indexOf(TOKEN) + 3);
    s.mcpFixItem = await wb.openQuickFix(s.page, FIX);
    s.mcpFix = (await s.mcpFixItem.innerText()).trim();
    console.log(`       offered: ${s.mcpFix}`);
    await s.shot(s.page, 'mcp-config-menu');
  }],
  ['picking it writes ${input:…} and a password input into the file, the rest byte for byte', async s => {
    await wb.pickQuickFix(s.mcpFixItem);
    const id = FIX.exec(s.mcpFix)[1];
    await s.page.locator('.editor-group-container.active .monaco-editor').first().click();
    await s.page.keyboard.press('Control+S');
    const fixed = await wb.waitForFile(s.mcpFile, text => text.includes(`\${input:${id}}`));
    assert.ok(!fixed.includes(TOKEN), 'the token is still in mcp.json');
    const inputs = [
      '  "inputs": [',
      '    {',
      '      "type": "promptString",',
      `      "id": "${id}",`,
      '      "description": "GITHUB_PERSONAL_ACCESS_TOKEN for the github MCP server",',
      '      "password": true',
      '    }',
      '  ],',
    ];
    const expected = MCP_JSON.replace('{\n', `{\n${inputs.join('\n')}\n`).replace(TOKEN, `\${input:${id}}`);
    assert.strictEqual(fixed, expected);
    await wb.openProblems(s.page);
    await s.shot(s.page, 'mcp-config-fix');
  }],
];

module.exports = { steps };
