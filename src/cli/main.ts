// The `secure-actions` command: dispatches to `check`, `scaffold`, `serve`, `audit` and `export`; usage errors exit 2 without a stack trace.

import { runCheck, CHECK_USAGE } from './commands/check';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from './io';
import { VERSION } from './version';

const USAGE = `secure-actions ${VERSION}: secure-by-default chatbot actions from OpenAPI

Usage:
  secure-actions check [PATH|GLOB|-]... [--format text|json|sarif|markdown] [--max-warnings N] [--stdin-filename NAME]
  secure-actions scaffold OPENAPI [--all | --operations ID,ID...] [--server URL] [--auth SCHEME|none] [--out FILE] [--force]
  secure-actions serve FILE... [--http [--host 127.0.0.1] [--port N]] [--env-file PATH] [--audit-log PATH] [--rate-limit-store redis://HOST:PORT]
  secure-actions audit [PATH] [--key-env NAME] [--format text|json]
  secure-actions export FILE --to vscode-mcp|claude-code-mcp|openai-tools|openapi [--out FILE] [--force]
  secure-actions --version | --help

Run "secure-actions <command> --help" for a command's options.

${CHECK_USAGE.split('\n').slice(-1)[0]}`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

async function scaffoldCommand(argv: string[], io: CliIo): Promise<number> {
  const { runScaffold } = await import('./commands/scaffold');
  return runScaffold(argv, io);
}

// serve and audit load the runtime (the MCP SDK, Redis client) only when they run.
async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { runServe } = await import('./commands/serve');
  return runServe(argv, io);
}

async function auditCommand(argv: string[], io: CliIo): Promise<number> {
  const { runAudit } = await import('./commands/audit');
  return runAudit(argv, io);
}

async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { runExport } = await import('./commands/export');
  return runExport(argv, io);
}

const COMMANDS: Record<string, Command> = { check: runCheck, scaffold: scaffoldCommand, serve: serveCommand, audit: auditCommand, export: exportCommand };

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`secure-actions: unknown command "${name}".\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`secure-actions: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // An engine bug: say so plainly, exit 2, and keep the stack out of CI logs unless asked for.
    io.stderr(`secure-actions: internal error: ${(error as Error).message}\n${process.env.SECURE_ACTIONS_DEBUG ? `${(error as Error).stack}\n` : ''}`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // A reader that goes away (`check . | head`) ends the output, not the process with a stack trace. serve watches its
  // own stdout: it must cancel and audit the calls still running first.
  if (process.argv[2] !== 'serve') {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') {
        throw error;
      }
      process.exit();
    });
  }
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`secure-actions: internal error: ${(error as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
  });
}
