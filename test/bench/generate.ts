// Deterministic generators for benchmark inputs: realistic action files and bot source files, some secure, some not.

import { seededRandom as random } from '../helpers/seeded-random';

const RESOURCES = ['orders', 'customers', 'invoices', 'tickets', 'subscriptions', 'products', 'refunds', 'shipments'];

function action(rand: () => number, index: number): string {
  const resource = RESOURCES[Math.floor(rand() * RESOURCES.length)] ?? 'orders';
  const method = ['GET', 'GET', 'POST', 'PATCH', 'DELETE'][Math.floor(rand() * 5)] ?? 'GET';
  const secure = rand() < 0.5;
  return [
    `  - id: ${method.toLowerCase()}${resource[0]?.toUpperCase()}${resource.slice(1)}${index}`,
    `    description: ${method === 'GET' ? 'Look up' : 'Change'} one of the ${resource} by id.`,
    `    method: ${method}`,
    `    path: /${resource}/{id}`,
    `    personalData: ${resource === 'customers'}`,
    `    confirm: ${secure || method !== 'DELETE'}`,
    `    audit: ${secure}`,
    '    parameters:',
    '      - name: id',
    '        in: path',
    '        required: true',
    `        schema: { type: string${secure ? ', pattern: "^[A-Z0-9]{8}$", maxLength: 8' : ''} }`,
    '      - name: query',
    '        in: query',
    `        schema: { type: string${secure ? ', maxLength: 64, pattern: "^[a-z ]+$"' : ''} }`,
    ...(secure ? ['    response:', '      fields: [id, status, updatedAt]', '      mask: []'] : ['    response:', '      fields: [id, status, email, password]']),
  ].join('\n');
}

/** An action definition with `actionCount` actions (about 17 lines each). */
export function actionFile(seed: number, actionCount: number): string {
  const rand = random(seed);
  const secure = rand() < 0.5;
  const header = [
    `# generated benchmark file ${seed}`,
    'version: 1',
    'connection:',
    `  name: api-${seed}`,
    `  baseUrl: ${secure ? 'https' : 'http'}://api${seed}.example.com/v1`,
    '  auth:',
    '    type: bearer',
    `    token: ${secure ? '${env:API_TOKEN}' : `tok_${seed.toString(36)}Xq9Lm2Vb7Rt4Wn8Ks3Df6Gh1`}`,
    ...(secure ? ['  timeoutMs: 10000', '  rateLimit: { requests: 60, per: minute }', '  retry: { max: 2, backoff: exponential }'] : []),
    'actions:',
  ];
  const actions = Array.from({ length: actionCount }, (_, i) => action(rand, i));
  return `${header.join('\n')}\n${actions.join('\n')}\n`;
}

/** A bot source file of roughly `lines` lines in one of several languages; about one in five holds a fake secret. */
export function sourceFile(seed: number, lines: number): { name: string; text: string } {
  const rand = random(seed);
  const kind = ['js', 'ts', 'py', 'json', 'yaml'][seed % 5] ?? 'js';
  const leak = rand() < 0.2;
  const fakeKey = `sk_live_${Array.from({ length: 32 }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(rand() * 57)]).join('')}`;
  const body: string[] = [];
  for (let i = 0; i < lines; i++) {
    switch (kind) {
      case 'py':
        body.push(i === 7 && leak ? `STRIPE_KEY = "${fakeKey}"` : `    result_${i} = client.get("/orders/%s" % order_id, timeout=10)  # step ${i}`);
        break;
      case 'json':
        body.push(i === 7 && leak ? `  "stripeKey": "${fakeKey}",` : `  "setting${i}": { "enabled": ${i % 2 === 0}, "label": "Option number ${i}", "retries": ${i % 4} },`);
        break;
      case 'yaml':
        body.push(i === 7 && leak ? `stripe_key: ${fakeKey}` : `step_${i}: { enabled: ${i % 2 === 0}, label: "Option number ${i}", url: "https://api.example.com/v1/items/${i}" }`);
        break;
      default:
        body.push(i === 7 && leak ? `const stripeKey = '${fakeKey}';` : `  const response${i} = await fetch(\`\${baseUrl}/orders/\${orderId}\`, { headers: { Accept: 'application/json' } }); // ${i}`);
    }
  }
  if (kind === 'json') {
    return { name: `config-${seed}.json`, text: `{\n${body.join('\n')}\n  "end": true\n}\n` };
  }
  return { name: `bot-${seed}.${kind}`, text: `${body.join('\n')}\n` };
}
