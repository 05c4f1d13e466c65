// The editor's gateway: the MCP provider offers clean action files only, and Try calls an action through the same
// runtime (the bundled `serve` in a child process) against a real upstream on 127.0.0.1, with scripted answers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { TOKEN } from '../helpers/runtime-project';
import { CUSTOMER, shopDefinition, shopReplies } from '../helpers/shop-api';
import { startUpstream, type UpstreamServer } from '../helpers/upstream-server';
import { waitFor, workspaceFile } from './helpers';

interface Exports {
  startup: Promise<unknown>;
  mcpServerFiles(): string[];
}
interface TryOutcome {
  isError: boolean;
  result: unknown;
  call?: { outcome: string; status?: number; dropped: string[]; masked: string[] };
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { publisher: string; name: string };

describe('MCP servers and Try', function () {
  this.timeout(60000);
  let upstream: UpstreamServer;
  let exports: Exports;
  let shopFile: vscode.Uri;

  before(async () => {
    const extension = vscode.extensions.getExtension<Exports>(`${manifest.publisher}.${manifest.name}`);
    assert.ok(extension);
    exports = await extension.activate();
    await exports.startup;
    upstream = await startUpstream(shopReplies);
    // Its own folder: package.json stops the env file search there, and its .env holds the API token.
    const dir = workspaceFile('try-shop').fsPath;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{}\n');
    fs.writeFileSync(path.join(dir, '.env'), `ORDERS_TOKEN=${TOKEN}\n`);
    shopFile = workspaceFile('try-shop/shop.actions.json');
    fs.writeFileSync(shopFile.fsPath, `${JSON.stringify(shopDefinition(upstream.origin), null, 2)}\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shopFile));
    await waitFor(() => exports.mcpServerFiles().includes(shopFile.fsPath), { message: 'the new action file is offered', timeoutMs: 20000 });
  });

  after(async () => {
    await upstream.close();
  });

  it('offers the action files with no error as MCP servers, and not the one with errors', () => {
    const offered = exports.mcpServerFiles();
    assert.ok(offered.includes(workspaceFile('secure.actions.yaml').fsPath), offered.join('\n'));
    assert.ok(!offered.includes(workspaceFile('insecure.actions.yaml').fsPath), offered.join('\n'));
  });

  it('shows a Try lens on each action of the clean file', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', shopFile);
    const ours = lenses.filter((lens) => lens.command?.command === 'secureActions.tryAction');
    assert.deepStrictEqual(ours.map((lens) => lens.command?.arguments?.[1]), ['getCustomer', 'cancelOrder']);
  });

  it('Try returns what the bot gets, and the names (never the values) of the dropped and masked fields', async () => {
    const before = upstream.received.length;
    const outcome = await vscode.commands.executeCommand<TryOutcome>('secureActions.tryAction', shopFile, 'getCustomer', { parameters: { customerId: 'C0001' }, confirm: false });
    assert.strictEqual(outcome.isError, false, JSON.stringify(outcome));
    const data = outcome.result as Record<string, unknown>;
    assert.strictEqual(data.id, 'C0001');
    assert.deepStrictEqual(data.address, { city: 'London' });
    assert.ok(!('passwordHash' in data) && !('apiToken' in data));
    assert.strictEqual(outcome.call?.outcome, 'ok');
    assert.strictEqual(outcome.call?.status, 200);
    assert.ok(outcome.call?.dropped.includes('passwordHash'), JSON.stringify(outcome.call));
    assert.ok(outcome.call?.masked.includes('email'), JSON.stringify(outcome.call));
    assert.strictEqual(upstream.received.length, before + 1);
    assert.strictEqual(upstream.received[before]?.headers.authorization, `Bearer ${TOKEN}`);
    const everything = JSON.stringify(outcome);
    for (const secret of [TOKEN, CUSTOMER.email, CUSTOMER.passwordHash, CUSTOMER.apiToken, CUSTOMER.address.street]) {
      assert.ok(!everything.includes(secret), 'a secret or dropped value reached the editor');
    }
  });

  it('refuses a parameter that does not match its schema, and a file with errors, sending nothing', async () => {
    const before = upstream.received.length;
    const tryIt = (file: vscode.Uri, action: string, customerId: string) => vscode.commands.executeCommand<TryOutcome | undefined>('secureActions.tryAction', file, action, { parameters: { customerId }, confirm: true });
    assert.strictEqual(await tryIt(shopFile, 'getCustomer', '../admin'), undefined);
    assert.strictEqual(await tryIt(workspaceFile('insecure.actions.yaml'), 'getCustomer', 'C0001'), undefined);
    assert.strictEqual(upstream.received.length, before);
  });

  it('a declined confirmation sends nothing upstream', async () => {
    const before = upstream.received.length;
    const outcome = await vscode.commands.executeCommand<TryOutcome>('secureActions.tryAction', shopFile, 'cancelOrder', { parameters: { orderId: 'ORD12345' }, confirm: false });
    assert.strictEqual(outcome.isError, true);
    assert.strictEqual(outcome.call?.outcome, 'declined');
    assert.strictEqual(upstream.received.length, before);
  });
});
