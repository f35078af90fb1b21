import path from 'node:path';
import express from 'express';
import type { BotParts } from '../bot';
import { AgentPageApi, type PageResponse } from '../channels/agentdesk/agent-page';
import type { Agent } from '../tickets';
import type { AgentDesksWiring } from './agent-desks';
import type { AgentSignInWiring } from './agent-sign-in';
import { BODY_LIMITS, jsonBody, noQuery, wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

const ADAPTIVE_CARDS_BUNDLE = path.join(
  path.dirname(require.resolve('adaptivecards/package.json')),
  'dist',
  'adaptivecards.min.js',
);

/**
 * The built-in agent page (`/agent`): the queue, a ticket's card and conversation, an agent's messages and
 * actions, behind the agents' sign-in. Its desk feed is wired with the other desks, before the bot.
 */
export function wireAgentPage(
  { config, store, clock }: Wiring,
  bot: BotParts,
  parts: { desks: AgentDesksWiring; signIn: AgentSignInWiring },
): HttpRoutes {
  const api = new AgentPageApi({
    store,
    handoff: bot.services.handoff,
    views: bot.views,
    desk: parts.desks.page,
    clock,
    timeZone: config.timeZone,
  });
  const { agentOnly, agentOf } = parts.signIn;
  return {
    mount: ({ app, durably, brandedPage, vendor }) => {
      const answer = (res: express.Response, reply: PageResponse): void => {
        res.status(reply.status).json(reply.body);
      };
      app.get('/agent', agentOnly, brandedPage('agent', 'index.html'));
      vendor('/vendor/adaptivecards.js', ADAPTIVE_CARDS_BUNDLE);
      app.get(
        '/agent/api/queue',
        agentOnly,
        wrap(async (req, res) => answer(res, await api.queue(agentOf(req), req.query as Record<string, unknown>))),
      );
      app.get(
        '/agent/api/tickets/:number',
        agentOnly,
        noQuery,
        wrap(async (req, res) => answer(res, await api.ticket(String(req.params.number)))),
      );
      const smallJson = jsonBody(BODY_LIMITS.smallJson);
      /** An agent's change to a ticket: a message or an action, answered once it is on disk. */
      const ticketWork = (
        route: string,
        work: (agent: Agent, ticketNumber: string, body: unknown) => Promise<PageResponse>,
      ): void => {
        app.post(
          `/agent/api/tickets/:number/${route}`,
          agentOnly,
          noQuery,
          smallJson,
          wrap(async (req, res) =>
            answer(res, await durably(() => work(agentOf(req), String(req.params.number), req.body))),
          ),
        );
      };
      ticketWork('messages', (agent, ticket, body) => api.sendMessage(agent, ticket, body));
      ticketWork('actions', (agent, ticket, body) => api.act(agent, ticket, body));
    },
  };
}
