import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** The Bot Framework registration (Azure Bot) the Teams app talks through. */
export interface TeamsBotRegistration {
  /** Empty for anonymous local testing (Bot Framework Emulator or a stand-in of the Bot Connector). */
  appId: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

/**
 * botbuilder's CloudAdapter for Teams. JWTs on `/api/messages` are checked and outbound calls authenticated
 * whenever an app id is configured; without one both are off, which is only for local testing.
 */
export function createTeamsAdapter(registration: TeamsBotRegistration): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: registration.appId,
    MicrosoftAppPassword: registration.appPassword ?? '',
    MicrosoftAppType: registration.appType,
    MicrosoftAppTenantId: registration.tenantId ?? '',
  });
  return new CloudAdapter(auth);
}
