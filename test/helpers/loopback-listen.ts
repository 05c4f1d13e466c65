// Starts a test's HTTP server on 127.0.0.1 and a free port. Its close ends open connections first, so a client that
// keeps one alive never holds a test up.

import type * as http from 'http';
import type { AddressInfo } from 'net';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

export async function listenOnLoopback(server: http.Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
