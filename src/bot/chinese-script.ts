import * as OpenCC from 'opencc-js';

/** The opencc-js locales the bot converts between: mainland Simplified, Taiwan Traditional, Traditional characters. */
export type ScriptLocale = 'cn' | 'tw' | 't';

const built = new Map<string, (text: string) => string>();

/**
 * An opencc-js converter from one script to another, built the first time it converts and shared by every
 * module. Building one reads its dictionaries into tries — about a second of CPU for Simplified → Taiwan — and
 * most processes (a test, a CLI command, a server whose customers write English) never need all of them.
 */
export function scriptConverter(from: ScriptLocale, to: ScriptLocale): (text: string) => string {
  const key = `${from}>${to}`;
  return (text) => {
    let convert = built.get(key);
    if (!convert) {
      convert = OpenCC.Converter({ from, to });
      built.set(key, convert);
    }
    return convert(text);
  };
}

// Big5's two levels of common and less common characters (A440–C67E, C940–F9D5): the characters Traditional Chinese
// is written in, as Taiwan and Hong Kong type it. Its extensions (HKSCS, ETEN) are left out: they hold simplified forms.
const BIG5_RANGES: readonly (readonly [number, number])[] = [
  [0xa440, 0xc67e],
  [0xc940, 0xf9d5],
];
let traditionalCharacters: Set<string> | undefined;

/** Every character Big5 encodes, read once from its decoder. */
function big5Characters(): Set<string> {
  if (traditionalCharacters) return traditionalCharacters;
  const decoder = new TextDecoder('big5');
  const characters = new Set<string>();
  for (const [first, last] of BIG5_RANGES)
    for (let code = first; code <= last; code += 1) {
      const trail = code & 0xff;
      if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) continue;
      const character = decoder.decode(Uint8Array.of(code >> 8, trail));
      if (character.length === 1 && character !== '\ufffd') characters.add(character);
    }
  return (traditionalCharacters = characters);
}

const simplifiedToTaiwan = scriptConverter('cn', 'tw');

/**
 * The characters of a text that only Simplified Chinese writes: Taiwan writes them otherwise (发 → 發, 续 → 續) and
 * Traditional has no such character of its own. 台, 里, 游 or 干 are converted too (臺, 裡, 遊, 幹), but Taiwan and
 * Hong Kong write them every day ("台北", "公里"), so a message of them shows no script.
 */
export function simplifiedOnlyCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text.match(/[\u3400-\u9fff]/gu) ?? [])
    if (!big5Characters().has(character) && simplifiedToTaiwan(character) !== character) found.add(character);
  return [...found];
}
