import fs from 'node:fs';
import path from 'node:path';
import { englishCount } from '../../src/english-count';

const ROOT = path.join(__dirname, '../..');

/** Every file under `dir` whose name ends in one of `endings`. */
function filesUnder(dir: string, endings: string[]): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .map((name) => path.join(dir, name));
}

describe('English counts', () => {
  it('writes the noun in the form the number takes', () => {
    expect(englishCount(1, 'file', 'files')).toBe('1 file');
    expect(englishCount(0, 'file', 'files')).toBe('0 files');
    expect(englishCount(2, 'new anomaly', 'new anomalies')).toBe('2 new anomalies');
  });

  it('no text a customer, agent, supervisor or operator reads writes a plural as "(s)" (catalogs, pages, cards, CLI)', () => {
    const found: string[] = [];
    for (const file of [...filesUnder('src', ['.ts', '.json']), ...filesUnder('public', ['.js', '.html'])]) {
      fs.readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // Comments are for developers; "http(s)" names two schemes, not a count; `test(s))`, `(es)?` are code.
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
          if (/[a-z]\((s|es)\)(?=[\s,.;:'"`!]|$)/i.test(code.replace(/https?\(s\)/g, '')))
            found.push(`${file}:${index + 1}: ${code}`);
        });
    }
    expect(found).toEqual([]);
  });
});
