import type { TurnContext } from 'botbuilder-core';
import type { ConversationOutcome } from '../conversations/records';
import { settleOutcome } from '../tickets';
import type { BotServices } from './services';

const NOTED = Symbol('parcelcare.turnOutcome');

/** What this turn did for the customer (answered, could not answer, cancelled), kept until the turn ends. */
export function noteOutcome(context: TurnContext, outcome: ConversationOutcome): void {
  context.turnState.set(NOTED, outcome);
}

/**
 * Records where the conversation got to after a customer's message (for bot containment): `intake` while a
 * complaint is still being taken down, else what the turn noted. Filing and hand-offs record theirs as they
 * happen. Writes only when the outcome changes.
 */
export async function recordOutcome(
  services: Pick<BotServices, 'store' | 'directory' | 'clock'>,
  context: TurnContext,
  inIntake: boolean,
): Promise<void> {
  const noted = inIntake ? 'intake' : (context.turnState.get(NOTED) as ConversationOutcome | undefined);
  const parties = services.directory.known(context);
  if (!noted || !parties) return;
  const { conversation } = parties;
  const outcome = settleOutcome(conversation.outcome, noted);
  if (outcome === conversation.outcome) return;
  const updated = await services.store.conversations.update(
    { ...conversation, outcome },
    services.clock.now().toISOString(),
  );
  services.directory.remember(context, { ...parties, conversation: updated });
}
