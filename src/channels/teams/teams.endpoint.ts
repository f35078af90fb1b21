import type { ActivityHandler, CloudAdapter, Request, Response } from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../../store/store.port';

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

/** What an agent reads in Teams when their message or button press could not be handled. */
export const TEAMS_TURN_FAILED = 'That did not go through and nothing was changed; please try again.';

/**
 * Each agent turn runs as one unit of work, answered once its writes are on disk: the adapter answers Teams
 * after the turn, so an agent's action is acknowledged only when it is kept. A failed turn keeps none of its
 * writes; Teams does not deliver a message again, so the agent is told to try again instead.
 */
export function createTeamsEndpoint(
  adapter: CloudAdapter,
  bot: ActivityHandler,
  store: Pick<Store, 'unitOfWork' | 'durable'>,
  logger: Logger,
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
        try {
          await store.unitOfWork(async () => {
            await bot.run(context);
            await store.durable();
          });
        } catch (err) {
          logger.error({ err, conversation: context.activity.conversation?.id }, 'Teams turn failed');
          await context
            .sendActivity(TEAMS_TURN_FAILED)
            .catch((sendError: unknown) => logger.error({ err: sendError }, 'could not tell the agent'));
        }
      });
    },
  };
}
