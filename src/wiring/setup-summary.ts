import type { Config } from '../config';

/** What a start-up turned on, for the "listening" line: the first thing someone trying ParcelCare reads. */
export interface SetupSummary {
  /** The customers' channels that take messages. */
  channels: string[];
  /** Where agents work on handed-off tickets: the built-in page, Teams, or neither. */
  agentDesks: string[];
  /**
   * Settings that let ParcelCare take in work it cannot finish, each with what to set. Not refusals: each half
   * works alone (a test relay-less mail server, a bot without agents yet), but someone trying it should know.
   */
  gaps: string[];
}

export function setupSummary(config: Config): SetupSummary {
  const mail = config.email.domains.length > 0;
  const channels = ['webchat', ...(config.twilio ? ['sms'] : []), ...(mail ? ['email'] : [])];
  const agentDesks = [...(config.agentUsers?.length ? ['agent page'] : []), ...(config.teams ? ['teams'] : [])];
  const gaps: string[] = [];
  if (agentDesks.length === 0)
    gaps.push(
      'no agent desk: tickets handed to a person wait in the queue with nobody to answer them; set AGENT_USERS ' +
        '(the agent page at /agent) or TEAMS_AGENTS_CHANNEL_ID',
    );
  if (mail && !config.email.relayUrl)
    gaps.push(
      'EMAIL_DOMAINS takes mail but SMTP_URL is unset: no reply to a mail can be sent (each fails in the outbox); ' +
        'set SMTP_URL and EMAIL_FROM',
    );
  // The demo's phones look real; the demo parcels' notices (planned when they are loaded) would be texted to them.
  if (config.demoAnomalies && config.twilio && !config.mongodbUri)
    gaps.push(
      "DEMO_DATA=true with SMS on: loaded into an empty store, the demo parcels' notices are texted to their " +
        'made-up phones, which someone may own; set DEMO_DATA=parcels (the parcels, no anomalies) or false where ' +
        'SMS reaches real phones',
    );
  return { channels, agentDesks, gaps };
}
