import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "My brother who lives in Hong Kong is visiting me in Shanghai", "我哥哥住在香港，下周来上海看我": news of the
 * customer's own life — people, a visit — with no parcel, no problem and no request in it (issue #17, session 30: it
 * started a complaint, "I'm sorry about this … Which tracking number?"). Nothing is wrong and nothing is asked: a
 * question back ("How can I help?"), never a complaint, an apology or a guess at what they want.
 */

// People in the customer's life, or a visit: "brother", "my mum", "a friend", "visiting me", "哥哥", "阿媽", "來看我", "探我".
const PEOPLE_OR_VISIT =
  /\b(brother|sister|mum|mom|mother|dad|father|parents|friend|husband|wife|boyfriend|girlfriend|son|daughter|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|family|relatives?)s?\b|\bvisit\w*|哥哥|姐姐|弟弟|妹妹|阿哥|家姐|细佬|細佬|妈妈|媽媽|爸爸|老妈|老媽|阿媽|阿妈|老豆|父母|爸妈|爸媽|朋友|老公|老婆|男朋友|女朋友|儿子|兒子|女儿|女兒|亲戚|親戚|(来|來|嚟)[^，。,.!?！？]{0,6}(看|探|陪)我|探我/i;
// A parcel, a sending, the courier or its service: then it is about a parcel, not only news.
const ABOUT_PARCELS =
  /快递|快遞|速递|速遞|包裹|件|送|派|寄|收|签|簽|单号|單號|网点|網點|营业|營業|运费|運費|\b(parcels?|packages?|deliver\w*|courier|ship\w*|orders?|send\w*|sent|pick ?up|collect\w*|outlets?|stations?|tracking|box|items?|post\w*|mail)\b/i;
// Something wrong, or a wish: "not", "still", "late", "lost", "没", "还没", "坏", "我要", "please", "can you".
const PROBLEM_OR_REQUEST =
  /没|沒|冇|未|不|唔|晚|迟|遲|慢|丢|丟|坏|壞|破|错|錯|投诉|投訴|要|想|请|請|帮|幫|麻烦|麻煩|可以|能|希望|态度|態度|骂|罵|凶|兇|吼|\b(not|never|no|late|lost|broken|damaged|wrong|missing|still|complain\w*|please|can|could|would|want|need|help|problem|issue|rude\w*|shout\w*|yell\w*|swor\w*|insult\w*|threat\w*|scare\w*)\b|n't\b/i;

// Asked: a question mark or particle, or a question word first ("who" inside "my brother who lives…" asks nothing).
const ASKED = /[?？吗嗎呢咩么麼]|^\s*(who|what|where|when|why|how|can|could|do|does|did|is|are|will|would)\b/i;

/** The message is news of the customer's life with nothing about a parcel, nothing wrong and nothing asked. */
export function tellsLifeNews(turn: Turn): boolean {
  const { text, reading } = turn;
  const { entities } = reading;
  return (
    PEOPLE_OR_VISIT.test(text) &&
    !ABOUT_PARCELS.test(text) &&
    !PROBLEM_OR_REQUEST.test(text) &&
    !ASKED.test(text) &&
    entities.trackingNumbers.length === 0 &&
    entities.phones.length === 0 &&
    // ("the driver was incredibly rude to my elderly mother": anger heard is a complaint, whatever the words.)
    reading.signals.anger < 0.3 &&
    // (A long message tells more than news: the other handlers read it.)
    text.length <= 160
  );
}

/** A question back: what they would like help with (nothing is taken for a complaint). */
export async function answerLifeNews(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'smallTalk.howCanIHelp'));
}
