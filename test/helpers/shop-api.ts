// The serve tests' API: a customer lookup (allowlist + mask) and an order cancellation that needs confirmation,
// as an action file and as the upstream's answers (which carry fields the bot must never see).

import type { Received, Reply } from './upstream-server';
import { connection } from './runtime-project';

export const CUSTOMER = {
  id: 'C0001',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  passwordHash: '$2b$12$Qm9vYmFyYmF6cXV4cXV1eA.hash',
  apiToken: 'tok_live_8e1f0c2d9b7a4e6f',
  address: { city: 'London', street: '12 St James Square' },
};

export function shopDefinition(origin: string, extra: { rateLimit?: Record<string, unknown> } = {}): object {
  return {
    version: 1,
    connection: connection(origin),
    actions: [
      {
        id: 'getCustomer',
        description: 'Look up one customer by id.',
        method: 'GET',
        path: '/customers/{customerId}',
        personalData: true,
        audit: true,
        ...(extra.rateLimit ? { rateLimit: extra.rateLimit } : {}),
        parameters: [{ name: 'customerId', in: 'path', required: true, description: 'The customer id.', schema: { type: 'string', pattern: '^C[0-9]{4}$', maxLength: 5 } }],
        response: { fields: ['id', 'name', 'email', 'address.city'], mask: ['email', 'name'] },
      },
      {
        id: 'cancelOrder',
        description: 'Cancel one order.',
        method: 'DELETE',
        path: '/orders/{orderId}',
        confirm: true,
        audit: true,
        parameters: [{ name: 'orderId', in: 'path', required: true, description: 'The order number.', schema: { type: 'string', pattern: '^[A-Z0-9]{8}$', maxLength: 8 } }],
        response: { fields: ['id', 'cancelled'] },
      },
    ],
  };
}

export function shopReplies(request: Received): Reply {
  if (request.method === 'GET' && request.url === '/v1/customers/C0001') {
    return { body: CUSTOMER };
  }
  if (request.method === 'DELETE' && request.url === '/v1/orders/ORD12345') {
    return { body: { id: 'ORD12345', cancelled: true, refundCard: '4111111111111111' } };
  }
  return { status: 404, body: { error: 'not found', trace: 'db=prod-7 user=admin' } };
}
