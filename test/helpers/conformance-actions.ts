// Action definitions named as the MCP conformance suite's tool scenarios expect (tools-call-simple-text,
// tools-call-error), served by the real gateway against a real upstream.

import type { Received, Reply } from './upstream-server';
import { connection } from './runtime-project';

export function conformanceDefinition(origin: string): object {
  const action = (id: string, path: string, description: string): object => ({ id, description, method: 'GET', path, audit: true, parameters: [], response: { fields: ['text'] } });
  return {
    version: 1,
    connection: { ...connection(origin), retry: { max: 0, backoff: 'none' } },
    actions: [
      action('test_simple_text', '/simple', 'Returns a simple text response.'),
      action('test_error_handling', '/error', 'Always fails upstream (500), to test error results.'),
    ],
  };
}

export function conformanceReplies(request: Received): Reply {
  return request.url === '/v1/simple'
    ? { body: { text: 'This is a simple text response for testing.' } }
    : { status: 500, body: { error: 'internal', trace: 'secret-stack' } };
}
