/**
 * A digit said with a Chinese numeral, as customers type or voice-input phone numbers and last 4 digits ("一一一一",
 * "幺三八", "四四四四"): 幺 is 1 read aloud in a number, 两 2. One character each, so a run's positions stay as written.
 */
export const HAN_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The run with each Chinese numeral written as its digit. */
export const withHanDigits = (run: string): string => [...run].map((c) => HAN_DIGITS[c] ?? c).join('');
