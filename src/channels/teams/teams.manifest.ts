import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';

/** Where the icons of the Teams app live (the repository's `teams/`). */
export const TEAMS_ASSETS_DIR = path.join(__dirname, '..', '..', '..', 'teams');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TeamsPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

export interface TeamsAppOptions {
  /** The Entra (Azure AD) app id of the Azure Bot registration. */
  appId: string;
  courierName: string;
  /** The courier's public https address: the developer's website in the manifest. */
  publicUrl: string;
  version?: string;
}

/**
 * The Teams app manifest (schema 1.19) for agents' channels: the bot in team scope, with the RSC permission
 * that lets it read every reply in its ticket threads, not only the ones that @mention it.
 */
export function teamsManifest(options: TeamsAppOptions): Record<string, unknown> {
  if (!GUID.test(options.appId))
    throw new TeamsPackageError(`MicrosoftAppId must be the bot's Entra app id (a GUID) to build the Teams app`);
  if (!/^https:\/\//.test(options.publicUrl))
    throw new TeamsPackageError('PUBLIC_URL must be the https address of ParcelCare to build the Teams app');
  const site = options.publicUrl.replace(/\/$/, '');
  const shortName = `${options.courierName} desk`.slice(0, 30);
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    manifestVersion: '1.19',
    version: options.version ?? '1.0.0',
    id: options.appId,
    developer: {
      name: options.courierName.slice(0, 32),
      websiteUrl: site,
      privacyUrl: `${site}/`,
      termsOfUseUrl: `${site}/`,
    },
    name: { short: shortName, full: `${options.courierName} — ParcelCare agent desk`.slice(0, 100) },
    description: {
      short: 'Complaint tickets handed over by the ParcelCare bot',
      full: 'Each complaint the ParcelCare bot hands to a person opens a thread here with the ticket card: accept, reply to the customer on their own channel (web chat, SMS, email), resolve, transfer or escalate.',
    },
    icons: { outline: 'outline.png', color: 'color.png' },
    accentColor: '#D4380D',
    bots: [{ botId: options.appId, scopes: ['team'], supportsFiles: false, isNotificationOnly: false }],
    validDomains: [new URL(site).host],
    webApplicationInfo: { id: options.appId, resource: 'https://RscBasedStoreApp' },
    authorization: {
      permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] },
    },
  };
}

/** Writes the zip a courier uploads to Teams: manifest.json and the two icons at its root. */
export function writeTeamsPackage(options: TeamsAppOptions, outFile: string): string {
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(teamsManifest(options), null, 2)}\n`));
  for (const icon of ['color.png', 'outline.png'])
    zip.addFile(icon, fs.readFileSync(path.join(TEAMS_ASSETS_DIR, icon)));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return outFile;
}
