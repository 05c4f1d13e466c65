// MCP client configurations: which client a file belongs to, its servers, the secrets in them and how each client keeps one out.

export { mcpClientOf, hasMcpServers, isMcpConfigFileName, CLIENT_LABELS, type McpClient } from './client';
export { mcpServersOf, type McpServer } from './servers';
export { mcpSecretsOf, otherSecretsOf, type McpSecret, type McpSecretPlace } from './secrets';
export { moveMcpSecret, noFixReason, describe as describeMcpSecret, CLIENT_DOCS } from './move-secret';
export { addPasswordInput, inputIdsOf, type PasswordInput } from './vscode-inputs';
export { launchedPackage, type LaunchedPackage } from './packages';
