import type { BotParts } from '../bot';
import { OutboxWorker, type OutboundSender } from '../channels/outbox/outbox.worker';
import { emailSenderLabel } from '../conversations/email-senders';
import type { ChannelId } from '../conversations/records';
import type { Wiring } from './wiring';

/**
 * The outbox worker: outbound SMS, email, web chat notices and Teams desk posts wait in the store's outbox until
 * their channel's sender takes them, with retries and backoff. A message that fails for good leaves a note on
 * its ticket.
 */
export function wireOutbox(
  { store, clock, logger }: Wiring,
  bot: BotParts,
  /** Each channel's sender; an item for a channel without one (SMS without Twilio) fails at once. */
  senders: Partial<Record<ChannelId, OutboundSender>>,
): OutboxWorker {
  const { tickets } = bot.services;
  return new OutboxWorker({
    store,
    senders,
    now: () => clock.now(),
    logger,
    onGiveUp: async (item, error) => {
      if (item.ticketId)
        await tickets.addNote(
          item.ticketId,
          'system',
          'outbound message failed',
          `${item.channel} to ${item.channel === 'email' ? emailSenderLabel(item.to) : item.to}: ${error}`,
        );
    },
  });
}
