import type { ChannelId, IdentityKind } from '../conversations/records';

/** Channel ids as they appear in activities. `test` is botbuilder's TestAdapter, treated like web chat. */
export const CHANNEL = {
  webchat: 'webchat',
  sms: 'sms',
  email: 'email',
  teams: 'msteams',
  agentdesk: 'agentdesk',
} as const;

export interface ChannelCapabilities {
  /** Quick-reply buttons under a message. */
  suggestedActions: boolean;
  /** How the customer is known on this channel. */
  identity: IdentityKind;
  /** Whether the channel already gives us a way to reach the customer later (phone, email). */
  hasContact: boolean;
}

const CAPABILITIES: Record<ChannelId, ChannelCapabilities> = {
  webchat: { suggestedActions: true, identity: 'webchat', hasContact: false },
  sms: { suggestedActions: false, identity: 'phone', hasContact: true },
  email: { suggestedActions: false, identity: 'email', hasContact: true },
  msteams: { suggestedActions: true, identity: 'teams', hasContact: false },
  agentdesk: { suggestedActions: true, identity: 'webchat', hasContact: false },
};

/** The store's channel for an activity's channelId; unknown channels (emulator, test) count as web chat. */
export function channelOf(channelId: string | undefined): ChannelId {
  return (Object.values(CHANNEL) as string[]).includes(channelId ?? '') ? (channelId as ChannelId) : 'webchat';
}

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return CAPABILITIES[channelOf(channelId)];
}

/**
 * The event a channel sends the bot when it refused a file the customer sent (the transport answers the
 * upload with its error): the bot tells the customer why, in their language. `limitBytes` for `too_large`.
 */
export const UPLOAD_REFUSED_EVENT = 'parcelcare/uploadRefused';
export interface UploadRefusedValue {
  reason: 'not_photo' | 'too_large' | 'message_too_large';
  file?: string;
  limitBytes?: number;
}

/** What is said on the customer's channel when SMS, email and a chat each need their own words (how to send photos…). */
export function byChannel<T>(channelId: string | undefined, on: { sms: T; email: T; chat: T }): T {
  const channel = channelOf(channelId);
  return channel === 'sms' ? on.sms : channel === 'email' ? on.email : on.chat;
}
