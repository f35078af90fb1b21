import { type NextFunction, type Request, type Response } from 'express';
import type { BotParts } from '../bot';
import { DeliveryChangesApi, type DeliveryChangesResponse } from '../channels/api/delivery-changes.api';
import { shipmentsKeyRefusal } from '../channels/api/shipment-events';
import type { AgentSignInWiring } from './agent-sign-in';
import { BODY_LIMITS, jsonBody, noQuery, wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

/**
 * Change-delivery requests for operations: the agent page's list and decisions (agents' sign-in), and the same
 * as JSON for the courier's systems (SHIPMENTS_API_KEY). A decision is answered once it is on disk.
 */
export function wireDeliveryChanges({ config }: Wiring, bot: BotParts, signIn: AgentSignInWiring): HttpRoutes {
  const api = new DeliveryChangesApi({
    service: bot.services.deliveryChanges,
    replies: bot.services.replies,
    timeZone: config.timeZone,
  });
  const { agentOnly, agentOf } = signIn;
  const answer = (res: Response, reply: DeliveryChangesResponse): void => {
    res.status(reply.status).json(reply.body);
  };
  // The courier's systems: the events API's key, checked before the body is read.
  const courierSystems = (req: Request, res: Response, next: NextFunction): void => {
    const refused = shipmentsKeyRefusal(req.get('x-api-key'), config.shipmentsApiKey);
    if (refused) res.status(refused.status).json(refused.body);
    else next();
  };
  return {
    // Customers' words and requests: no browser or proxy keeps them (the agent page's routes are under /agent).
    noStore: ['/api/delivery-changes'],
    mount: ({ app, durably }) => {
      const body = jsonBody(BODY_LIMITS.smallJson);
      // The courier's systems decide as operations: the supervisor rule is for agents; who may use the key is the
      // courier's own system's business.
      for (const [prefix, guard, decider] of [
        [
          '/agent/api',
          agentOnly,
          (req: Request) => ({ by: `agent:${agentOf(req).id}`, supervisor: agentOf(req).supervisor }),
        ],
        ['/api', courierSystems, () => ({ by: 'api', supervisor: true })],
      ] as const) {
        app.get(
          `${prefix}/delivery-changes`,
          guard,
          wrap(async (req, res) => answer(res, await api.list(req.query as Record<string, unknown>))),
        );
        app.post(
          `${prefix}/delivery-changes/:id/decision`,
          guard,
          noQuery,
          body,
          wrap(async (req, res) =>
            answer(res, await durably(() => api.decide(decider(req), String(req.params.id), req.body as unknown))),
          ),
        );
        app.post(
          `${prefix}/delivery-changes/:id/escalation`,
          guard,
          noQuery,
          body,
          wrap(async (req, res) =>
            answer(res, await durably(() => api.escalate(decider(req), String(req.params.id), req.body as unknown))),
          ),
        );
      }
    },
  };
}
