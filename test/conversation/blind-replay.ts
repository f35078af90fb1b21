import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Activity } from 'botbuilder-core';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, type BotHarness } from './harness';
import { namedAsNeighbour } from '../../src/bot/reference-parcel';

/**
 * Unscripted conversations written by someone who never saw the code (30 a batch, 10 per language; 34a/34b to 38a/38b
 * are two writers' 15 each, 5 per language), kept with their scores: batch 1 in test/fixtures/conversations/*.json
 * (scores inside each file), batches 2 to 38 in blind-2/ … blind-38b/ and blind-26b/ (a second writer's 30, played on
 * the same code as 26): the conversations as
 * written; the scores per reply in SCORES.md, and in SCORES-first.md the first scoring, before that session's
 * fixes, where it was kept. Replayed against the bot, every reply
 * must hold the properties customers judged them by: the conversation's language and script; the status of a
 * parcel the customer names, in the same turn; no "other" ticket made out of confusion; nothing filed after
 * a cancel.
 */
interface Fixture {
  lang: 'zh-CN' | 'zh-TW' | 'en';
  goal: string;
  turns: string[];
}

const DIR = path.join(__dirname, '../fixtures/conversations');
const fixturesOf = (batches: readonly string[]) =>
  batches.flatMap((batch) =>
    fs
      .readdirSync(path.join(DIR, batch))
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const name = path.join(batch, f.replace(/\.json$/, ''));
        return [name, JSON.parse(fs.readFileSync(path.join(DIR, batch, f), 'utf8')) as Fixture] as const;
      }),
  );

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const KNOWN: string[] = Object.values(DEMO_TRACKING);
const BROWSER = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' } as const;

/** Conversations whose replay breaks a property today, with the scorer's finding (SCORES.md of the batch). */
// (blind-4/23, "What's the status of <number>?" read as a ticket question, passes since the word before the
// number stopped being read as a mistyped prefix and a status question naming a parcel became a tracking one.)
// (blind-8/02, 15 and 30, a withdrawn hand-off kept its ticket, pass since a ticket opened only for the hand-off is
// closed as withdrawn and the complaint being told goes on with the bot.)
const KNOWN_FAILURES: Record<string, string> = {
  // (blind-33/20, an insured parcel named beside "how are insured parcels paid" answered with the payout time alone,
  // passes since a claims question that names a parcel tells where it is first: src/bot/handlers.ts, handleFaq.)
  // (blind-13/30, a long English letter about a lost parcel answered with the claim-documents line alone, passes for the
  // same reason.)
  // (blind-25/14, a delivered parcel's COD money asked after with the rule alone, passes since the parcel's delivery
  // day leads and the payout is counted from it: src/bot/cod-on-parcel.ts.)
  // (blind-13/19 and blind-26/30, a Cantonese chat's closing "ok thx" answered in English, pass since a short
  // Latin-letter courtesy keeps the chat's language: src/bot/short-courtesy.ts.)
  // (blind-26/02 and blind-26b/02, an English customer's pasted Chinese SMS answered in Chinese, pass since a pasted
  // SMS or quotation does not count when the customer's language is decided: src/bot/language-choice.ts.)
  // (blind-28/29, an address added to a booked evening slot in a Cantonese chat answered in Simplified Chinese, the
  // slot withdrawn, passes since a copied Mainland address does not decide the script and a new address keeps the
  // slot: src/bot/written-address-span.ts, src/bot/slot-kept.ts.)
  'blind-33/21-zh-TW-giftbox-consumer':
    'a stuck parcel named beside a chilled gift box gets only the cold-chain rule, not where it is (SCORES-first.md 21.1)',
  // (blind-16/25, two parcels in the opening of which only the first was answered, passes since the second is answered
  // in the same reply and "the other one" is it: src/bot/start-intake.ts.)
  // (blind-4/30 and blind-9/09, a complaint asked about by its parcel number, pass since the customer's own complaint
  // on the parcel is looked up: src/bot/tickets-on-parcel.ts.)
  // (blind-9/29-en-cod-mixed, an English chat turned Chinese by one Chinese term, passes since the conversation's
  // language follows what the customer mostly writes: src/bot/language-choice.ts.)
  // (blind-12/25-en-human-cancel, "actually never mind, forget it" after asking for a person, passes since English
  // clauses are read whole: src/bot/handoff-turn.ts.)
  // (blind-11/26-en-faq, an English customer answered with the Traditional-Chinese Taiwan list, passes since Taiwan's
  // rules have an English file: knowledge/TW/faq.en.md.)
};

const CJK = /[\u3400-\u9fff]/;
const CANCELS_PERSON = /(人工|真人)[，,\s]*又?取消|cancel the (agent|person)|for (a )?(human|person|agent), cancels/i;
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * The whole reply is in the conversation's language and script, the courier's data in it too (place names,
 * notes, names and addresses): no Chinese in an English reply, no Simplified character in a Traditional one.
 * The customer's own words quoted back (a complaint's summary) are theirs and are left out.
 */
function inLanguage(lang: Fixture['lang'], text: string, said: string[]): boolean {
  // (The longest first: a mistyped number sent alone, "SF221047883210", must not cut the turn that put it right. A long
  // turn is quoted by its sentences — a complaint's account keeps the customer's words line by line: blind batch 55b: 14.)
  const pieces = said.flatMap((turn) => [turn, ...turn.split(/[\n。！？!?]/).filter((p) => p.trim().length >= 6)]);
  const words = pieces
    .map((p) => p.trim())
    .sort((a, b) => b.length - a.length)
    .reduce((rest, turn) => (turn ? rest.split(turn).join('') : rest), text);
  // (A Chinese address or name the customer typed, said back inside an English reply, is theirs: "I've added the
  // address to your complaint: 成都市武侯区…" — blind batch 52b: 03.3.)
  const quoted = words.replace(/[\u3400-\u9fff][\u3400-\u9fff\w-]*/g, (run) =>
    said.some((turn) => turn.includes(run)) ? '' : run,
  );
  if (lang === 'en') return /[a-z]{2,} [a-z]{2,}/i.test(quoted) && !CJK.test(quoted);
  if (lang === 'zh-CN') return toTraditional(words) !== words;
  // 杰 is a Traditional character too (the demo's 陳杰), though OpenCC writes it 傑; 台 (台灣, as Hong Kong writes
  // it) is Traditional beside 臺; 郁 is Cantonese's own word for "move" ("4 日冇郁過"), which OpenCC takes for the
  // Simplified 鬱; 家 is the same in both scripts, though OpenCC writes "哪家" (which company) as 哪傢 (furniture).
  const traditional = words.replace(/[杰台郁家]/g, '');
  // (A short Cantonese line may hold no character written differently in the two scripts — "好，SF… 照原本咁派送。" —
  // its Cantonese words say which it is.)
  const traditionalShown = toSimplified(words) !== words || /[咁嘅咗唔喺啲嘢佢冇]/.test(words);
  return traditionalShown && toTaiwan(traditional) === traditional;
}

/** A customer turn written in English: several English words and no Chinese. */
function isEnglishSentence(turn: string): boolean {
  return !CJK.test(turn) && (turn.match(/[a-z]{2,}/gi) ?? []).length >= 4;
}

/** A turn written in Chinese: several Chinese characters and no English words. */
function isChineseSentence(turn: string): boolean {
  return (turn.match(/[\u3400-\u9fff]/g) ?? []).length >= 6 && !/[a-z]{2,}/i.test(turn);
}

/**
 * Replays the conversations of the batches named (folders of test/fixtures/conversations, '.' for batch 1). The
 * batches are spread over a few test files so that jest's workers share them.
 */
export function describeBlindReplays(batches: readonly string[]): void {
  const fixtures = fixturesOf(batches);
  describe(`the blind conversations of ${batches.join(', ')}, replayed`, () => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await botHarness();
    });
    afterEach(() => h.close());

    const replay = async (fixture: Fixture): Promise<void> => {
      expect(fixture.turns.length).toBeGreaterThanOrEqual(3); // the writers' brief: 3 to 9 customer turns
      const adapter = h.adapter({ locale: BROWSER[fixture.lang], user: 'blind' });
      const replies: string[][] = [];
      for (const turn of fixture.turns) {
        const sent: string[] = [];
        await adapter.send(turn).startTest();
        let next: Partial<Activity> | undefined;
        while ((next = adapter.activeQueue.shift())) sent.push(next.text ?? '');
        replies.push(sent);
      }
      let handedOff = false;
      fixture.turns.forEach((turn, i) => {
        const sent = replies[i] as string[];
        expect(sent.length).toBeGreaterThan(0); // never silence
        // A Chinese conversation may turn English when the customer does (blind-12/19: "can I continue in English?").
        const switchedToEnglish = fixture.lang !== 'en' && fixture.turns.slice(0, i + 1).some(isEnglishSentence);
        // And an English one Chinese (blind-13/24: "算了我还是说中文吧"), in the script the customer writes.
        const switchedToChinese = fixture.lang === 'en' && fixture.turns.slice(0, i + 1).some(isChineseSentence);
        const inSwitchedLanguage = (text: string): boolean =>
          (switchedToEnglish && inLanguage('en', text, [])) ||
          (switchedToChinese && (inLanguage('zh-CN', text, []) || inLanguage('zh-TW', text, [])));
        for (const text of sent) {
          if (!inLanguage(fixture.lang, text, fixture.turns) && !inSwitchedLanguage(text))
            throw new Error(`turn ${i + 1}: not ${fixture.lang}: ${text}`);
        }
        handedOff ||= sent.some((t) => /C-\d{8}-\d{4}/.test(t) && /agent|人工|客服/.test(t));
        // Answer first: a demo parcel named in the turn is reported in the same turn (unless an agent has it).
        // (A number named only to point to the parcel beside it — "SF… 嘅前一件" — names no parcel to report: blind
        // batch 23 30.2 was scored bad for reporting it.)
        const named = KNOWN.find((n) => turn.includes(n) && !namedAsNeighbour(turn, n));
        // (Nor one the reply just before reported: "I gave you the number in my first message, YT…" after the bot looked
        // for a complaint on it and said what it sees of it — blind batch 54b: 03.3.)
        const justTold = (replies[i - 1] ?? []).some((t) => t.includes(named ?? '\u0000'));
        if (named && !handedOff && !justTold && !sent.some((t) => t.includes(named)))
          throw new Error(`turn ${i + 1} names ${named} but no reply says where it is: ${sent.join(' | ')}`);
      });
      const tickets = await h.store.tickets.find({});
      // Confusion never becomes a ticket by itself: a hand-off only when the customer took it.
      const forced = tickets.flatMap((t) => t.history).filter((e) => /misunderstanding/.test(e.note ?? ''));
      expect(forced.filter((e) => !/asked for a person/.test(e.note ?? ''))).toEqual([]);
      // A goal that calls off only the person it asked for ("要人工又取消", "cancel the agent"): the ticket the hand-off
      // opened is withdrawn (what the customer files after it is theirs). One that gives up midway ("中途取消",
      // "cancel") files nothing; "中途问…" is only a question asked midway, and "cancel shipment" (blind-9/30) is what
      // the customer wants done with the parcel, not giving up; nor is "whether she must cancel her order" (blind-43b 05),
      // nor "the freight for a cancelled shipment" (blind-48b 05),
      // nor a booked pickup "(or cancelled)", "或者取消订单" (blind-47b 02, 07: the booking called off, not the complaint).
      if (CANCELS_PERSON.test(fixture.goal)) {
        const handoffs = tickets.filter((t) => t.origin === 'handoff');
        expect(handoffs.map((t) => t.status)).toEqual(['withdrawn']);
      } else if (
        /cancel(?!led\)|led shipment| shipment| (her|his|my|the|their) order)|取消(?!订单|訂單)/.test(fixture.goal)
      )
        // (A request for a person withdrawn files nothing either: its ticket is closed as withdrawn.)
        expect(tickets.filter((t) => t.status !== 'withdrawn')).toEqual([]);
    };

    it.each(fixtures.filter(([name]) => !KNOWN_FAILURES[name]))('%s', (_name, fixture) => replay(fixture));

    // Failures the blind scorer found that are not fixed yet: each must still fail (jest says so when one is fixed,
    // and it then moves to the list above by leaving KNOWN_FAILURES).
    for (const [name, fixture] of fixtures.filter(([n]) => KNOWN_FAILURES[n]))
      it.failing(`${name} — known failure: ${KNOWN_FAILURES[name]}`, () => replay(fixture));
  });
}
