// Decides what a workspace file is to the engine (action definition, MCP client config, secret-scanned source, or nothing) from the config's globs.

import picomatch from 'picomatch';
import type { DocumentKind } from '../model/types';
import type { EngineConfig } from './config';

export interface FileClassifier {
  /** `relativePath` uses forward slashes, relative to the workspace root. */
  classify(relativePath: string): DocumentKind | undefined;
  /** True for an env file holding real values (`.env`, `.env.local`...), which is never scanned as a source. */
  isEnvFile(relativePath: string): boolean;
}

/** Template env files hold names, not values: they are scanned like any source. */
const ENV_TEMPLATE = /\.(example|sample|template|dist|defaults)$/i;

export function createClassifier(config: EngineConfig): FileClassifier {
  const options = { dot: true, nocase: false };
  const isIgnored = picomatch(config.ignore as string[], options);
  const isAction = picomatch(config.actionFiles as string[], options);
  const isMcpConfig = config.mcpConfigFiles.length > 0 ? picomatch(config.mcpConfigFiles as string[], options) : () => false;
  const isIncluded = picomatch(config.secretScan.include as string[], options);
  const isExcluded = config.secretScan.exclude.length > 0 ? picomatch(config.secretScan.exclude as string[], options) : () => false;
  const envBase = config.envFile.split('/').pop() ?? '.env';

  const isEnvFile = (relativePath: string): boolean => {
    const base = relativePath.split('/').pop() ?? relativePath;
    return (base === envBase || base.startsWith(`${envBase}.`) || base === '.env' || base.startsWith('.env.')) && !ENV_TEMPLATE.test(base);
  };

  return {
    isEnvFile,
    classify(relativePath) {
      if (isIgnored(relativePath) || isEnvFile(relativePath)) {
        return undefined;
      }
      if (isAction(relativePath)) {
        return 'action';
      }
      if (isMcpConfig(relativePath)) {
        return 'mcp-config';
      }
      return isIncluded(relativePath) && !isExcluded(relativePath) ? 'source' : undefined;
    },
  };
}
