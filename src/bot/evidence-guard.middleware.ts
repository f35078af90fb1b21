import type { Middleware, TurnContext } from 'botbuilder-core';

const REFUSED = Symbol('parcelcare.refusedAttachments');

/**
 * Only our own stored files become evidence: photos uploaded to web chat, MMS pictures and mail attachments
 * the channels fetched and kept. An attachment pointing anywhere else (`javascript:`, `file:`, another host, a
 * file we do not have) is taken off the inbound message before the transcript or the bot sees it, so no agent
 * is ever shown it as a link; the bot tells the customer (`refusedAttachments`).
 */
export class EvidenceGuard implements Middleware {
  constructor(private readonly isOwnFile: (url: string, serviceUrl: string | undefined) => boolean) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type === 'message' && activity.attachments?.length) {
      const kept = activity.attachments.filter(
        (a) => a.contentUrl === undefined || this.isOwnFile(a.contentUrl, activity.serviceUrl),
      );
      if (kept.length < activity.attachments.length) {
        context.turnState.set(
          REFUSED,
          activity.attachments.filter((a) => !kept.includes(a)).map((a) => a.name ?? ''),
        );
        activity.attachments = kept;
      }
    }
    await next();
  }
}

/** Names of the attachments this turn's message arrived with that could not be kept as evidence. */
export function refusedAttachments(context: TurnContext): string[] {
  return (context.turnState.get(REFUSED) as string[] | undefined) ?? [];
}

/**
 * The default test for where an attachment may live when the composition root gives none: a web address on
 * the host the message came through. Never `javascript:`, `file:`, `data:` or another host.
 */
export function sameHostHttp(url: string, serviceUrl: string | undefined): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && serviceUrl !== undefined && parsed.host === new URL(serviceUrl).host;
  } catch {
    return false;
  }
}
