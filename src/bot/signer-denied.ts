/**
 * "不是我签的！尾号1111，你查查到底谁签的", "I never signed for it, who did?", "唔係我簽㗎" about a parcel shown delivered
 * (issue #17, blind batch 23: 12.2): the customer denies the signature — a parcel signed for but not received, the
 * complaint whose station checks the signer — not the question "who signed?" to answer with the record again.
 * ("我昨天根本沒簽收", "根本没人签", "压根没签过字", "nobody signed for it": the same denial — blind 27 replay: 11.3, 21.2; not "有没有人签收",
 * which asks; nor "签没签收", "我想问一下…", which ask too.)
 */
const DENIES_SIGNING =
  /不是我(本人)?(签|簽)|不是本人(签|簽)|(我|本人)[^，。,.!！?？]{0,6}(?<![有签簽])(没|沒|没有|沒有|冇)(签|簽)|(?<![有签簽])(没|沒|冇)(有)?人(签|簽)|(根本|压根|壓根|从来|從來|完全|并|並)(就)?(没|沒|没有|沒有|冇)(签|簽)|(从未|從未|未曾)(签|簽)|唔係我(本人)?簽|\b(i )?(never|didn'?t|did not) sign\b|\b(it )?(wasn'?t|was not|isn'?t) me (who|that) signed\b|\bnot me who signed\b|\b(no ?one|nobody) (here )?signed\b/i;

// A clause that asks ("我想问一下签没签收", "想知道有冇人簽", "是不是没人签收吗"): no denial, whatever its words (review 31).
const ASKS = /问|問|想知道|吗|嗎/;

/** The message says the customer did not sign for the parcel (in a clause that does not ask). */
export const deniesSigning = (text: string): boolean =>
  text.split(/[，,。.!！?？;；\n]/).some((clause) => DENIES_SIGNING.test(clause) && !ASKS.test(clause));

// "东西我拿到了", "包裹我收到", "I have the parcel": the customer has it — a signature denied then is no parcel lost.
const GOT_IT =
  /(?<![没沒冇未唔不])(拿到|收到|攞到|收咗|攞咗)(了|咗|啦|喇)?(?![吗嗎未])|\b(i|we|she|he|they)( do| did)? (have|got|received|picked up|collected) (it|them|the (parcel|package|box|goods))\b|\bi have the parcel\b/i;

/** The customer says they have the parcel (not "没收到", "never got it"). */
export const hasTheParcel = (text: string): boolean => GOT_IT.test(text);
