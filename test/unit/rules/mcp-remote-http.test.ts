import { mcpRemoteHttp } from '../../../src/engine/rules/mcp-remote-http';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(mcpRemoteHttp, {
  valid: [
    { ...fixture('mcp-remote-http/valid/.mcp.json'), name: 'https, localhost, 127.0.0.1 and a ${VAR:-default} reference' },
    { ...inline('.vscode/mcp.json', '{ "servers": { "local": { "type": "http", "url": "http://[::1]:8080/mcp" } } }'), name: 'the IPv6 loopback' },
  ],
  invalid: [
    {
      name: 'a remote server over http, with the localhost one left alone',
      source: fixture('mcp-remote-http/invalid/.mcp.json'),
      findings: [{ path: 'mcpServers.tickets.url', line: 5, severity: 'error', messageIncludes: 'Server "tickets" is reached over plain HTTP (http://tickets.internal.example.com)' }],
      output: fixture('mcp-remote-http/invalid/.mcp.fixed.json'),
    },
    {
      name: 'Windsurf-style serverUrl',
      source: inline('mcp_config.json', '{ "mcpServers": { "wiki": { "serverUrl": "HTTP://wiki.example.org/mcp" } } }'),
      findings: [{ path: 'mcpServers.wiki.serverUrl', line: 1 }],
      output: '{ "mcpServers": { "wiki": { "serverUrl": "HTTPs://wiki.example.org/mcp" } } }',
    },
  ],
});
