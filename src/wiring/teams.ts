import type { BotParts } from '../bot';
import { DeskSender } from '../channels/outbox/desk-outbox';
import type { OutboundSender } from '../channels/outbox/outbox.worker';
import { createTeamsAdapter } from '../channels/teams/teams.adapter';
import { TeamsAgentBot } from '../channels/teams/teams.agent-bot';
import { TeamsDesk } from '../channels/teams/teams.desk';
import { createTeamsEndpoint } from '../channels/teams/teams.endpoint';
import { TicketService } from '../tickets';
import { BODY_LIMITS, jsonBody, wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

export interface TeamsWiring extends HttpRoutes {
  /** Posts what the Teams desk queued in the outbox (cards, alerts) into the agents' channel. */
  sender: OutboundSender;
}

/**
 * Agents in Microsoft Teams (TEAMS_AGENTS_CHANNEL_ID): the desk that posts ticket cards and alerts, and the
 * Bot Framework endpoint (`/api/messages`) where agents' replies and card actions come in. None without it.
 */
export function wireTeams({ config, store, clock, logger }: Wiring, bot: BotParts): TeamsWiring | undefined {
  const teams = config.teams;
  if (!teams) return undefined;
  const adapter = createTeamsAdapter(teams);
  const desk = new TeamsDesk({
    adapter,
    // botbuilder needs a non-empty app id to open threads, even anonymously (PROTOCOLS.md §4).
    appId: teams.appId || 'parcelcare-local',
    serviceUrl: teams.serviceUrl,
    agentsChannelId: teams.agentsChannelId,
    ...(teams.supervisorsChannelId ? { supervisorsChannelId: teams.supervisorsChannelId } : {}),
    ...(teams.tenantId ? { tenantId: teams.tenantId } : {}),
    tickets: new TicketService(store, clock, config.handoff.sla),
    views: bot.views,
    replies: bot.services.replies,
    store,
    clock,
    logger,
    timeZone: config.timeZone,
  });
  const agentBot = new TeamsAgentBot({
    handoff: bot.services.handoff,
    views: bot.views,
    deliveryChanges: bot.services.deliveryChanges,
    replies: bot.services.replies,
    store,
    supervisors: teams.supervisors,
    logger,
    timeZone: config.timeZone,
  });
  // Inbound agent turns are answered by the endpoint; a proactive post (a card, an alert) fails to its caller.
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'Teams turn failed');
    throw error;
  };
  const endpoint = createTeamsEndpoint(adapter, agentBot, store, logger);
  return {
    sender: new DeskSender(desk, store.tickets, store.deliveryChanges),
    mount: ({ app }) => {
      // botbuilder's CloudAdapter checks the Bot Framework JWT itself and answers after the whole turn.
      app.post(
        '/api/messages',
        jsonBody(BODY_LIMITS.json),
        wrap(async (req, res) => endpoint.process(req, res)),
      );
    },
  };
}
