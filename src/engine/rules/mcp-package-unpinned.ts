// mcp-package-unpinned: a local MCP server runs a pinned package or image, not whatever the registry serves today.

import { launchedPackage, mcpServersOf } from '../mcp';
import type { Rule } from './rule';

const HOW_TO_PIN = {
  npm: (spec: string) => `pin an exact version (${spec.replace(/(.)@.*$/, '$1')}@1.2.3)`,
  PyPI: (spec: string) => `pin an exact version (${spec.replace(/(==|@|[<>~!]=?).*$/, '')}==1.2.3)`,
  container: (spec: string) => `pin a version tag or a digest (${spec.replace(/:[^/:]*$/, '')}@sha256:…)`,
};

export const mcpPackageUnpinned: Rule = {
  id: 'mcp-package-unpinned',
  title: 'MCP servers run pinned packages',
  severity: 'warning',
  practice: 'capabilities',
  why: 'An unpinned package is fetched again on every start: a new release, or a hijacked one, silently changes the tools and instructions the agent gets, with your keys in its environment.',
  details: [
    'Reported in MCP client configuration files for a server whose `command` fetches a package at start without an exact version: `npx`/`bunx`/`pnpm dlx`/`npm exec` with `pkg`, `pkg@latest` or a range (`pkg@^1.2`); `uvx`/`uv tool run`/`pipx run` with `pkg` or a range (`pkg>=1`); `docker run`/`podman run` with an image without a tag or tagged `latest`.',
    'Fine: `pkg@1.2.3`, `pkg==1.2.3`, `pkg@1.2.3` for uvx, an image with a version tag or an `@sha256:` digest, and local commands (`node dist/server.js`, a path).',
    'No automatic fix: the version to pin is the one you have reviewed. Pin it, and update it on purpose.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['mcp-config'],
  check({ doc }, report) {
    for (const server of mcpServersOf(doc)) {
      const launched = launchedPackage(server);
      if (launched?.problem === undefined) {
        continue;
      }
      report({
        path: [...server.path, 'args', launched.argIndex],
        message: `Server "${server.name}" runs the ${launched.registry} ${launched.registry === 'container' ? 'image' : 'package'} ${launched.spec}: ${launched.problem}; ${HOW_TO_PIN[launched.registry](launched.spec)}.`,
      });
    }
  },
};
