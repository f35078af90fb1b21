// A parcel named by its courier's name rather than its number's letters: "圆通那个" is the YT… parcel, "the SF one" the
// SF… one. No imports: the listed-parcel readings need it.
const NAMES: readonly [RegExp, RegExp][] = [
  [/^SF/i, /顺丰|順豐|\bsf\b/i],
  [/^YT/i, /圆通|圓通|\byto\b/i],
  [/^JT/i, /极兔|極兔|\bj&t\b/i],
  [/^JD/i, /京东|京東|\bjd\b/i],
  [/^[A-Z]{2}\d{9}CN$/i, /\bems\b|邮政|郵政|\bchina post\b/i],
];

/** Whether the text names the parcel by its number's letters ("the SF one") or its courier ("圆通那个"). */
export function namesParcelByCarrier(text: string, trackingNumber: string): boolean {
  const letters = /^[A-Z]{2,4}/.exec(trackingNumber)?.[0];
  if (letters !== undefined && new RegExp(`(?<![A-Za-z0-9])${letters}(?![A-Za-z0-9])`, 'i').test(text)) return true;
  return NAMES.some(([number, name]) => number.test(trackingNumber) && name.test(text));
}
