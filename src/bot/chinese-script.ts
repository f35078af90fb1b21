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
