// Try: runs one action through the same runtime as agents (`secure-actions serve FILE` in a child process, MCP over
// stdio), asking its parameters and any confirmation in the editor, and returns what the bot gets with the call's facts.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as vscode from 'vscode';
import { CALL_META_KEY, type CallMeta } from '../../runtime/mcp/tool-result';
import { UserFacingError } from '../commands/run-command';
import type { ServerLaunch } from '../mcp/server-definitions';
import { AS_NODE } from '../mcp/server-provider';
import { checkParameter, parametersOf, type Parameter } from './parameter-input';

/** Scripted answers, for the in-host tests: typed parameter texts and the confirmation's answer. */
export interface TryScript {
  parameters: Record<string, string>;
  confirm: boolean;
}

/** What Try shows: the data the bot gets, or the gateway's safe message, and the facts of the call. */
export interface TryOutcome {
  action: string;
  isError: boolean;
  /** The data the bot gets (structured content), or the gateway's message on an error. */
  result: unknown;
  call?: CallMeta;
}

/** Asks the parameters, calls the action through a fresh serve process, and closes it; undefined when the user cancels. */
export async function runTry(launch: ServerLaunch, action: string, script?: TryScript): Promise<TryOutcome | undefined> {
  const transport = new StdioClientTransport({
    command: launch.command,
    args: launch.args,
    cwd: launch.cwd,
    env: { ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)), ...AS_NODE },
    stderr: 'pipe',
  });
  // serve's start-up problems (findings, a missing env file: never a secret value), for the error when it refuses.
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const client = new Client({ name: 'secure-actions-try', version: '1.0.0' }, { capabilities: { elicitation: {} } });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    const run = script ? script.confirm : (await vscode.window.showWarningMessage(request.params.message, { modal: true }, 'Run')) === 'Run';
    return run ? { action: 'accept', content: {} } : { action: 'decline' };
  });
  try {
    try {
      await client.connect(transport);
    } catch (error) {
      throw new UserFacingError(`The gateway did not start for ${launch.label}: ${stderr.trim() || (error instanceof Error ? error.message : String(error))}`);
    }
    const { tools } = await client.listTools();
    const tool = tools.find((candidate) => candidate.name === action);
    if (!tool) {
      throw new UserFacingError(`The gateway has no action '${action}' in ${launch.label} (save the file first).`);
    }
    const args: Record<string, unknown> = {};
    for (const parameter of parametersOf(tool.inputSchema)) {
      const answer = script ? answerOf(parameter, script) : await askParameter(action, parameter);
      if (answer === undefined) {
        if (script || parameter.required) {
          return undefined;
        }
        continue;
      }
      args[parameter.name] = answer;
    }
    const result = (await client.callTool({ name: action, arguments: args })) as CallToolResult;
    const text = result.content.find((part) => part.type === 'text')?.text;
    return {
      action,
      isError: result.isError === true,
      result: result.isError ? text : result.structuredContent,
      call: result._meta?.[CALL_META_KEY] as CallMeta | undefined,
    };
  } finally {
    await client.close();
  }
}

function answerOf(parameter: Parameter, script: TryScript): unknown {
  const text = script.parameters[parameter.name];
  if (text === undefined) {
    return undefined;
  }
  const checked = checkParameter(parameter.schema, text);
  if (!checked.ok) {
    throw new UserFacingError(`${parameter.name}: ${checked.message}`);
  }
  return checked.value;
}

/** A QuickPick for an enum, an input box checked as typed otherwise; undefined when dismissed (or left empty if optional). */
async function askParameter(action: string, parameter: Parameter): Promise<unknown> {
  const title = `Try ${action}: ${parameter.name}${parameter.required ? '' : ' (optional: Escape or empty to leave out)'}`;
  if (parameter.schema.enum) {
    const picked = await vscode.window.showQuickPick(parameter.schema.enum.map((value) => ({ label: JSON.stringify(value), value })), { title, placeHolder: parameter.schema.description });
    return picked?.value;
  }
  const text = await vscode.window.showInputBox({
    title,
    prompt: parameter.schema.description,
    validateInput: (value) => (value === '' && !parameter.required) ? undefined : (() => {
      const checked = checkParameter(parameter.schema, value);
      return checked.ok ? undefined : checked.message;
    })(),
  });
  if (text === undefined || (text === '' && !parameter.required)) {
    return undefined;
  }
  const checked = checkParameter(parameter.schema, text);
  return checked.ok ? checked.value : undefined;
}
