import { readQuoteAsked } from './quote-reading';
import type { Turn } from './turn';

/**
 * Where the customer said, a message or a few before, they want to send something (issue #17, blind batch 23: 18.2):
 * "我想寄点东西给香港的女儿…能寄吗？" then "那运费多少钱？大概2公斤，多久能到？" — the price and the time are of that route,
 * not the general price list and transit times. "I want to send a box to Hong Kong" … "how much for 3 kg, how long?",
 * "我想寄包裹到香港" … "運費多少？幾天會到？" the same.
 */

// Sending words: "寄", "send", "ship", "post", "mail" — the place beside them is where it goes.
const SENDING = /寄|发快递|發快遞|\b(send|sending|sent|ship|shipping|post|posting|mail|mailing)\b/i;
// Where the customer is, not where it goes: "我在深圳", "我住南山", "I'm in Shenzhen", "I live in Kowloon".
const WHERE_THEY_ARE = /我(在|住|喺|人在)|\b(i'?m|i am|i live|living|based) (in|at)\b/i;

/** The one place a sending message names as where it goes; undefined when it names none, or where they are. */
function destinationIn(turn: Turn, text: string): string | undefined {
  const { places } = turn.services;
  const asked = readQuoteAsked(text, places);
  // ("寄些零食给在台北的同学" reads "些零食给在台北" as where it goes: the place inside it is — blind batch 28: 22.2;
  // Macau, on the price lists with no places file, stays as read.)
  if (asked.destination)
    return places.knows(asked.destination)
      ? asked.destination
      : (onePlaceIn(turn, asked.destination) ?? asked.destination);
  // "寄点东西给香港的女儿": a place beside sending words, said as no one's whereabouts.
  if (!SENDING.test(text) || WHERE_THEY_ARE.test(text) || asked.origin || asked.locatedIn) return undefined;
  return onePlaceIn(turn, text);
}

/** The one place a text names, as the customer wrote it; undefined when it names none or several. */
function onePlaceIn(turn: Turn, text: string): string | undefined {
  const [place, ...more] = turn.services.places.find(text);
  if (!place || more.length > 0) return undefined;
  // (As the customer wrote it: the list keeps English names in lower case.)
  const at = text.toLowerCase().indexOf(place.name);
  return at >= 0 ? text.slice(at, at + place.name.length) : place.name;
}

/**
 * Whether this message names a place other than where it is sent from: "大概3公斤，從廣州寄", "from Shenzhen, 2kg"
 * name only the origin, and the destination said a message before still stands (blind batch 28: 22.2).
 */
function namesOtherThanOrigin(turn: Turn): boolean {
  const { places } = turn.services;
  const asked = readQuoteAsked(turn.text, places);
  if (asked.destination) return true;
  const ends = [asked.origin, asked.locatedIn].flatMap((end) => (end ? places.find(end).map((p) => p.name) : []));
  return places.find(turn.text).some((place) => !ends.includes(place.name));
}

/**
 * Where the customer's earlier messages (the last few the conversation keeps) said a parcel is to be sent, when this
 * message names no place of its own; the latest such message decides.
 */
export function destinationSaidBefore(turn: Turn): string | undefined {
  if (namesOtherThanOrigin(turn)) return undefined;
  for (const said of [...(turn.data.said ?? [])].reverse()) {
    const place = destinationIn(turn, said);
    if (place) return place;
  }
  return undefined;
}

/**
 * "我想寄東西給住在深圳的女兒，要怎麼寄啊？": the place this message sends to when the route reading finds none in it —
 * the price list is looked up for that region (blind batch 25: 25.2 heard Taiwan's domestic prices for Shenzhen).
 */
export function destinationSaidNow(turn: Turn): string | undefined {
  const asked = readQuoteAsked(turn.text, turn.services.places);
  return asked.destination || asked.origin ? undefined : destinationIn(turn, turn.text);
}

/**
 * The whole route, from and to, that the customer's earlier messages (the last few kept) said a parcel takes, when
 * this message names no place of its own: "由深圳寄部手機去香港" … "幾錢？" — the latest such message decides.
 */
export function routeSaidBefore(turn: Turn): { origin: string; destination: string } | undefined {
  if (turn.services.places.find(turn.text).length > 0) return undefined;
  for (const said of [...(turn.data.said ?? [])].reverse()) {
    const { origin, destination } = readQuoteAsked(said, turn.services.places);
    if (origin && destination) return { origin, destination };
  }
  return undefined;
}

/**
 * Where the customer said a parcel is sent from — this message, else the latest of the earlier ones kept that names an
 * origin ("我想從南京寄一箱書到上海", "from Shenzhen to Hong Kong").
 */
export function originSaid(turn: Turn): string | undefined {
  for (const said of [turn.text, ...[...(turn.data.said ?? [])].reverse()]) {
    const { origin } = readQuoteAsked(said, turn.services.places);
    if (origin) return origin;
  }
  return undefined;
}
