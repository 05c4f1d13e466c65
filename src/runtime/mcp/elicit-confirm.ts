// `confirm: true` through MCP elicitation: the client asks its user; a client that cannot elicit gets 'unsupported'.

import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { ConfirmAnswer, ConfirmRequest } from '../index';

/** How long a person gets to answer before the call counts as cancelled. */
const ANSWER_TIMEOUT_MS = 5 * 60_000;

export function confirmThroughElicitation(server: Server, signal: AbortSignal): (request: ConfirmRequest) => Promise<ConfirmAnswer> {
  return async (request) => {
    if (!server.getClientCapabilities()?.elicitation) {
      return 'unsupported';
    }
    try {
      // An empty form: the question is yes or no, and nothing the user types reaches the request.
      const answer = await server.elicitInput(
        { mode: 'form', message: request.message, requestedSchema: { type: 'object', properties: {} } },
        { signal, timeout: ANSWER_TIMEOUT_MS },
      );
      return answer.action;
    } catch {
      // A client that declared elicitation but failed, timed out or only supports URL mode: nothing is sent.
      return server.getClientCapabilities()?.elicitation?.form ? 'cancel' : 'unsupported';
    }
  };
}
