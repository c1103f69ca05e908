/**
 * `GET /metrics`: this instance's figures in Prometheus's text format (prom-client): the process's CPU, memory and
 * event-loop lag, and how many live subscriptions it serves. Each instance answers for itself, so a scraper (or a
 * test driving two processes) sees where subscribers are. Answered only to a client on this machine that did not come
 * through a proxy: the figures say nothing personal, yet they are the operator's, not the internet's.
 */
import type { Request, Response } from 'express';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { EventBus } from '../events';
import { isLoopbackAddress } from '../loopback-hosts';

/** A request from this machine, straight to the server (a reverse proxy on the same machine adds Forwarded headers). */
function fromThisMachineDirectly(req: Request): boolean {
  const proxied = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return !proxied && isLoopbackAddress(req.socket.remoteAddress);
}

export function metricsRoute(events: EventBus) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'skillcall_' });
  new Gauge({
    name: 'skillcall_live_subscriptions',
    help: 'GraphQL subscriptions this instance is serving now.',
    registers: [registry],
    collect() {
      this.set(events.subscriptionCount());
    },
  });
  return async (req: Request, res: Response) => {
    if (!fromThisMachineDirectly(req)) {
      res.status(404).end();
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}
