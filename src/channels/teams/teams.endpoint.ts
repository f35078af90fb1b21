import type { ActivityHandler, CloudAdapter, Request, Response } from 'botbuilder';

/** `/api/messages`: the CloudAdapter running the Teams agent bot. Express's request and response fit these types. */
export interface TeamsEndpoint {
  process(req: Request, res: Response): Promise<void>;
}

export function createTeamsEndpoint(adapter: CloudAdapter, bot: ActivityHandler): TeamsEndpoint {
  return { process: (req, res) => adapter.process(req, res, (context) => bot.run(context)) };
}
