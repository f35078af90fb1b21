/**
 * Insurance the customer says they paid, with the value declared ("I PAID for insurance, declared 2000 yuan",
 * "保价了3000", "有保價5000蚊") (issue #17, blind batch 24: 08.3): when the waybill shows none, "how much will I get
 * back?" is answered by the insured rule on their figure — paid the actual loss up to that value — with the proof of
 * the insurance asked for, never only the uninsured cap.
 */

// Insurance named: "insurance", "insured", "保价", "保價", "投保", "買咗保險".
const INSURED = /保价|保價|投保|保险|保險|\binsur(ed|ance)\b/i;
// Not taken: "没保价", "沒有幫佢保價", "冇買保險", "didn't insure it", "it wasn't insured", "no insurance", "uninsured"
// (blind batch 29: 09.3 heard "you say you paid to insure it for 1200" after "It wasn't insured I think").
const NOT_INSURED =
  /(没|沒|冇|未|无|無|不|唔)[^，。,.!?！？]{0,4}(保价|保價|保险|保險|投保)|\buninsured\b|\b(no|not|never|without|(was|is|were|did|do|does|had|have|has)n['’]?t)\b[^.?!]{0,20}\binsur\w*/i;
// A figure with its currency ("2000 yuan", "HK$500", "3000块"), else the figure declared ("declared 2000", "保价3000").
const WITH_CURRENCY =
  /(HK\$|NT\$|\$|¥|￥|RMB|CNY|HKD|TWD)\s?\d[\d,]*(\.\d+)?|(?<![\dA-Z])\d[\d,]*(\.\d+)?\s?(元|块|塊|蚊|人民币|人民幣|港币|港幣|台币|台幣|yuan|rmb|dollars?|hkd|twd|cny)/i;
const DECLARED =
  /(declared|insured|value|worth|保价(?!费)|保價(?!費)|投保|价值|價值)\D{0,6}(?<![\dA-Z])(\d[\d,]{1,8})(?!\d)/i;

// The insurance's fee named: "保价费", "保價費", "insurance fee", "premium".
const FEE_NAMED = /保价费|保價費|\binsurance (fee|cost)\b|\bpremium\b/i;

/** The value the customer says they insured the parcel for, in their words ("2000 yuan"), or undefined. */
export function insuredValueSaid(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    if (!INSURED.test(text) || NOT_INSURED.test(text)) continue;
    // The figure in the clause that names the insurance ("花瓶860块买的，寄的时候保价了1000": 1000 is insured, 860 what
    // it cost — blind batch 52b: 08.3 said 860).
    // (Not the fee paid for it: "花瓶值3000块，保价费付了30块" insured 3000 — a review of session 50.)
    for (const clause of text.split(/[，,。.;；!！?？\n]+/).filter((c) => INSURED.test(c) && !FEE_NAMED.test(c))) {
      const figure = WITH_CURRENCY.exec(clause)?.[0] ?? DECLARED.exec(clause)?.[2];
      if (figure) return figure.trim();
    }
    const figure = WITH_CURRENCY.exec(text)?.[0] ?? DECLARED.exec(text)?.[2];
    if (figure) return figure.trim();
  }
  return undefined;
}
