import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { TeamsPackageError, teamsManifest, writeTeamsPackage } from '../../../src/channels/teams/teams.manifest';
import { actionFromCard, CardActionError } from '../../../src/channels/desk/ticket-card';

const APP_ID = '6d0c2c5f-3c52-4bd2-9d36-3e5a0c1f9a11';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('Teams app package', () => {
  it('zips a manifest with every required field and the two icons at their required sizes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-teams-pkg-'));
    const file = writeTeamsPackage(
      { appId: APP_ID, courierName: '顺达快递', publicUrl: 'https://bot.courier.example' },
      path.join(dir, 'app.zip'),
    );
    const zip = new AdmZip(file);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as Record<string, unknown>;
    for (const field of [
      'manifestVersion',
      'version',
      'id',
      'developer',
      'name',
      'description',
      'icons',
      'accentColor',
    ])
      expect(manifest).toHaveProperty(field);
    expect(manifest).toMatchObject({
      id: APP_ID,
      bots: [{ botId: APP_ID, scopes: ['team'] }],
      developer: { websiteUrl: 'https://bot.courier.example' },
      authorization: {
        permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] },
      },
    });
    expect(pngSize(zip.readFile('color.png') as Buffer)).toEqual([192, 192]);
    expect(pngSize(zip.readFile('outline.png') as Buffer)).toEqual([32, 32]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a missing app id or a non-https address with the variable to fix', () => {
    expect(() => teamsManifest({ appId: '', courierName: 'x', publicUrl: 'https://a.example' })).toThrow(
      /MicrosoftAppId must be/,
    );
    expect(() => teamsManifest({ appId: APP_ID, courierName: 'x', publicUrl: 'http://localhost:3978' })).toThrow(
      TeamsPackageError,
    );
  });
});

describe('card actions', () => {
  it('reads the resolve form’s inputs (a multi-select arrives comma-separated)', () => {
    expect(
      actionFromCard('resolve', { ticket: 'C-1', note: ' refunded ', responsibleParty: 'courier,station' }),
    ).toEqual({
      ticket: 'C-1',
      action: { verb: 'resolve', note: 'refunded', responsibleParty: ['courier', 'station'] },
    });
    // The message to the customer is a field of its own, apart from the internal note.
    expect(
      actionFromCard('resolve', {
        ticket: 'C-1',
        note: 'courier fined',
        customerMessage: ' Delivered today, sorry. ',
        responsibleParty: 'courier',
      }),
    ).toEqual({
      ticket: 'C-1',
      action: {
        verb: 'resolve',
        note: 'courier fined',
        customerMessage: 'Delivered today, sorry.',
        responsibleParty: ['courier'],
      },
    });
    expect(actionFromCard('transfer', { ticket: 'C-1', to: '' })).toEqual({
      ticket: 'C-1',
      action: { verb: 'transfer' },
    });
  });

  it.each([
    ['resolve', { ticket: 'C-1', responsibleParty: 'courier' }, /needs an internal note/],
    [
      'resolve',
      { ticket: 'C-1', note: 'x', customerMessage: 'y'.repeat(2001), responsibleParty: 'courier' },
      /at most 2000 characters/,
    ],
    ['resolve', { ticket: 'C-1', note: 'x', responsibleParty: 'the moon' }, /responsible party/],
    ['accept', {}, /names no ticket/],
    ['delete', { ticket: 'C-1' }, /unknown action/],
  ])('refuses %s %j', (verb, data, message) => {
    expect(() => actionFromCard(verb, data)).toThrow(CardActionError);
    expect(() => actionFromCard(verb, data)).toThrow(message);
  });
});
