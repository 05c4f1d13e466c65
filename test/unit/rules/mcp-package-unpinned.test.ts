import { mcpPackageUnpinned } from '../../../src/engine/rules/mcp-package-unpinned';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(mcpPackageUnpinned, {
  valid: [
    { ...fixture('mcp-package-unpinned/valid/.mcp.json'), name: 'exact npm and PyPI versions, a version tag, a digest and local commands' },
    { ...inline('.cursor/mcp.json', '{ "mcpServers": { "x": { "command": "npx", "args": ["-y", "-p", "@acme/tools@3.1.0", "acme-mcp"] } } }'), name: 'npx -p with a pinned package' },
  ],
  invalid: [
    {
      name: 'npx without a version, @latest and a range; uvx without a version; docker images without a tag or with latest',
      source: fixture('mcp-package-unpinned/invalid/.vscode/mcp.json'),
      findings: [
        { path: 'servers.github.args[1]', line: 3, severity: 'warning', messageIncludes: 'npm package @modelcontextprotocol/server-github: no version, so each start' },
        { path: 'servers.playwright.args[0]', line: 4, messageIncludes: '@playwright/mcp@latest: the "latest" tag moves with every release; pin an exact version (@playwright/mcp@1.2.3)' },
        { path: 'servers.fetch.args[0]', line: 5, messageIncludes: 'PyPI package mcp-server-fetch: no version' },
        { path: 'servers.slack.args[5]', line: 6, messageIncludes: 'container image mcp/slack: no tag' },
        { path: 'servers.git.args[3]', line: 7, messageIncludes: 'pin a version tag or a digest (mcp/git@sha256:…)' },
        { path: 'servers.search.args[1]', line: 8, messageIncludes: 'a version range (^1.2.0)' },
      ],
    },
  ],
});
