import type { ActivityHandler, CloudAdapter, Request, Response } from 'botbuilder';

/** `/api/messages`: the CloudAdapter running the Teams agent bot. Express's request and response fit these types. */
export interface TeamsEndpoint {
  process(req: Request, res: Response): Promise<void>;
}

/** An activity needs at least a type, a conversation and a service URL to be answered at all. */
function looksLikeActivity(body: unknown): boolean {
  const activity = body as { type?: unknown; conversation?: { id?: unknown }; serviceUrl?: unknown } | undefined;
  return (
    typeof activity?.type === 'string' &&
    typeof activity.conversation?.id === 'string' &&
    typeof activity.serviceUrl === 'string'
  );
}

/**
 * @param durable resolves once the turn's writes are on disk (Store.durable); the adapter answers Teams after
 * the turn, so an agent's action is acknowledged only when it is kept.
 */
export function createTeamsEndpoint(
  adapter: CloudAdapter,
  bot: ActivityHandler,
  durable: () => Promise<void>,
): TeamsEndpoint {
  return {
    process: async (req, res) => {
      // Refused before the adapter: without a serviceUrl botbuilder would reply to the public Bot Connector.
      if (!looksLikeActivity(req.body)) {
        res.status(400);
        res.send({ error: 'not a Bot Framework activity: type, conversation.id and serviceUrl are required' });
        res.end();
        return;
      }
      await adapter.process(req, res, async (context) => {
        await bot.run(context);
        await durable();
      });
    },
  };
}
