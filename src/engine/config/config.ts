// The engine's configuration (shared by the CLI's .secure-actions.json and the editor's settings), with safe defaults.

import type { SeverityOrOff } from '../model/types';
import type { RuleDefaults } from '../rules/rule';

export interface EngineConfig {
  /** Per-rule severity overrides by rule id. */
  rules: Readonly<Record<string, SeverityOrOff>>;
  /** Globs (relative to the workspace root) of action definition files. */
  actionFiles: readonly string[];
  /** Globs of MCP client configuration files (any other JSON with a top-level `mcpServers` object is one too). */
  mcpConfigFiles: readonly string[];
  /** Globs of other files scanned for hardcoded secrets, and globs excluded from that scan. */
  secretScan: { include: readonly string[]; exclude: readonly string[] };
  /** Globs never analysed. */
  ignore: readonly string[];
  /** The env file secrets move into. */
  envFile: string;
  defaults: RuleDefaults;
}

export const CONFIG_FILE_NAME = '.secure-actions.json';

export const DEFAULT_CONFIG: EngineConfig = {
  rules: {},
  actionFiles: ['**/*.actions.yaml', '**/*.actions.yml', '**/*.actions.json'],
  mcpConfigFiles: ['**/.vscode/mcp.json', '**/.mcp.json', '**/.cursor/mcp.json', '**/claude_desktop_config.json'],
  secretScan: {
    include: [
      '**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx,py,rb,go,java,kt,cs,php,rs,swift,scala}',
      '**/*.{json,yaml,yml,toml,ini,cfg,conf,properties,xml,sh,bash,zsh,ps1,tf,tfvars}',
      '**/Dockerfile',
      '**/Dockerfile.*',
      '**/*.env.example',
    ],
    exclude: ['**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/*.min.js', '**/*.map'],
  },
  ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/coverage/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**'],
  envFile: '.env',
  defaults: {
    rateLimit: { requests: 60, per: 'minute' },
    timeoutMs: 10000,
    retry: { max: 2, backoff: 'exponential' },
  },
};
