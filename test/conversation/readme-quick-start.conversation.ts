import fs from 'node:fs';
import path from 'node:path';
import { Nlu } from '../../src/nlu';
import { demoShipments } from '../../src/tracking';
import { botHarness, NOW, send, type BotHarness } from './harness';

// What a newcomer reads first must be true: the quick start's examples and the demo parcels' table. (The links and
// anchors of README and docs/ are checked by test/unit/docs.test.ts.)
const README = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

/** The README text between a heading and the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const level = /^#+/.exec(heading)?.[0] ?? '##';
  const rest = README.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('the README a newcomer reads first', () => {
  it('lists exactly the demo parcels a fresh start loads, with the last 4 digits of their phones', () => {
    const rows = [...section('### Demo parcels').matchAll(/^\| `(\w+)` +\|.*\| (\d{4}) \/ (\d{4}) +\|$/gm)].map(
      (m) => ({ trackingNumber: m[1], sender: m[2], recipient: m[3] }),
    );
    const loaded = demoShipments(NOW).map((s) => ({
      trackingNumber: s.trackingNumber,
      sender: s.sender?.phone?.slice(-4),
      recipient: s.recipient?.phone?.slice(-4),
    }));
    expect(rows).toEqual(loaded);
  });

  describe("the quick start's customer examples, each the first message of a conversation with the real bot", () => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await botHarness();
    });
    afterEach(() => h.close());

    const examples = [
      ...(
        /^\| http:\/\/localhost:3978 +\| a customer +\| (.+) \|$/m.exec(section('## Quick start'))?.[1] ?? ''
      ).matchAll(/`([^`]+)`/g),
    ].map((m) => m[1] as string);

    it('are there to try (at least one in each of the three languages)', () => {
      expect(examples).toHaveLength(3);
    });

    it.each(examples)(
      '%s: about a demo parcel, named in the answer, or a common question the NLU is sure of',
      async (text) => {
        const locale = /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US';
        const fallback = await send(h.adapter({ locale }), 'qwzx plokm');
        const replies = await send(h.adapter({ locale }), text);
        expect(replies).not.toEqual(fallback);
        const trackingNumber = /[A-Z]{0,2}\d{10,15}[A-Z]{0,2}/.exec(text)?.[0];
        if (trackingNumber) {
          expect(demoShipments(NOW).map((s) => s.trackingNumber)).toContain(trackingNumber);
          expect(replies.join('\n')).toContain(trackingNumber);
        } else {
          const reading = new Nlu().analyze(text, NOW);
          expect(reading.intent).toMatch(/^faq\./);
          expect(reading.confidence).toBeGreaterThanOrEqual(0.9);
        }
      },
    );
  });
});
