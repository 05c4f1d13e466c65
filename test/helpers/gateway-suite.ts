// A mocha suite's gateway over its own real upstream: started before the suite, the upstream's log emptied before
// each test, everything closed after it.

import type { Gateway } from '../../src/runtime';
import { TOKEN, createProject, type Project } from './runtime-project';
import { type Handler, startUpstream, type UpstreamServer } from './upstream-server';

export interface GatewaySuite {
  readonly upstream: UpstreamServer;
  readonly project: Project;
  readonly gateway: Gateway;
}

/** Call in a `describe` body; the returned object's parts exist once the suite's `before` has run. */
export function useGateway(setup: { reply: Handler; definition: (origin: string) => object }): GatewaySuite {
  let live: GatewaySuite | undefined;
  const started = (): GatewaySuite => {
    if (!live) {
      throw new Error('the gateway suite has not started (use its parts inside tests and hooks only)');
    }
    return live;
  };

  before(async () => {
    const upstream = await startUpstream(setup.reply);
    const project = createProject({ definition: setup.definition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
    live = { upstream, project, gateway: await project.gateway() };
  });

  beforeEach(() => {
    started().upstream.received.length = 0;
  });

  after(async () => {
    await live?.gateway.close();
    await live?.upstream.close();
    live?.project.remove();
  });

  return {
    get upstream() {
      return started().upstream;
    },
    get project() {
      return started().project;
    },
    get gateway() {
      return started().gateway;
    },
  };
}
