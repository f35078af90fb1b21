import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, noticeHoursOf } from '../../../src/config';
import { DEFAULT_ANOMALY_TABLE } from '../../../src/tracking';

describe('proactive configuration', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-anomaly-table-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const table = (content: string): string => {
    const file = path.join(dir, 'anomalies.json');
    fs.writeFileSync(file, content);
    return file;
  };

  it('applies a courier’s anomaly table over the defaults', () => {
    const file = table(
      JSON.stringify({ kinds: { delivery_failed: { level: 1 }, lost: { words: ['不见了'] } }, noScanHours: 24 }),
    );
    const { anomalyTable } = loadConfig({ ANOMALY_TABLE: file }).proactive;
    expect(anomalyTable.kinds.delivery_failed).toEqual({ ...DEFAULT_ANOMALY_TABLE.kinds.delivery_failed, level: 1 });
    expect(anomalyTable.kinds.lost).toEqual({ ...DEFAULT_ANOMALY_TABLE.kinds.lost, words: ['不见了'] });
    expect(anomalyTable.kinds.damaged).toEqual(DEFAULT_ANOMALY_TABLE.kinds.damaged);
    expect([anomalyTable.noScanHours, anomalyTable.stuckAtHubHours]).toEqual([24, 24]);
  });

  it.each([
    [
      '{"kinds": {"lost": {"level": 3}}}',
      /^Invalid configuration: ANOMALY_TABLE is not a valid anomaly table: kinds\.lost\.level: level must be 1 or 2 \(got ".*"\)$/,
    ],
    [
      '{"kinds": {"stolen": {"level": 1}}}',
      /^Invalid configuration: ANOMALY_TABLE is not a valid anomaly table: kinds: Unrecognized key: "stolen" .*$/,
    ],
    ['{"noScanHours": -1}', /^Invalid configuration: ANOMALY_TABLE is not a valid anomaly table: noScanHours: .*$/],
    ['{"kinds": ', /^Invalid configuration: ANOMALY_TABLE is not a valid anomaly table: is not valid JSON .*$/],
  ])('refuses the table %s with one line naming ANOMALY_TABLE', (content, message) => {
    const file = table(content);
    expect(() => loadConfig({ ANOMALY_TABLE: file })).toThrow(ConfigError);
    expect(() => loadConfig({ ANOMALY_TABLE: file })).toThrow(message);
  });

  it('names ANOMALY_TABLE when the file cannot be read', () => {
    expect(() => loadConfig({ ANOMALY_TABLE: path.join(dir, 'missing.json') })).toThrow(
      /^Invalid configuration: ANOMALY_TABLE cannot be read \(ENOENT\) \(got ".*missing\.json"\)$/,
    );
  });

  it.each([
    ['21:00-08:00', 'Mon-Sun 08:00-21:00'],
    ['0:00-7:00', 'Mon-Sun 07:00-24:00'],
    ['12:00-14:00', 'Mon-Sun 00:00-12:00, Mon-Sun 14:00-24:00'],
    ['none', '24/7'],
  ])('turns quiet hours %s into notice hours %s', (quiet, hours) => {
    expect(noticeHoursOf(quiet)).toBe(hours);
  });

  it.each(['21:00', '8-21', '21:00-21:00', '25:00-08:00'])('refuses the quiet hours %s', (quiet) => {
    expect(() => loadConfig({ QUIET_HOURS: quiet })).toThrow(
      `Invalid configuration: QUIET_HOURS must be a range of local times such as 21:00-08:00, or none (got "${quiet}")`,
    );
  });

  it('refuses a daily cap that is not a positive whole number', () => {
    expect(() => loadConfig({ NOTICE_DAILY_CAP: '0' })).toThrow(/^Invalid configuration: NOTICE_DAILY_CAP /);
  });
});
