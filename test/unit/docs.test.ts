import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES } from '../../src/config';

// README.md is the newcomer's page and docs/*.md the reference it points into: every variable the configuration
// reads is documented, and every link between them lands on a file and a heading that exist.
const ROOT = path.join(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const MARKDOWN = [
  'README.md',
  ...fs
    .readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

/** The text outside fenced code blocks (a `#` or `](` inside a shell example is not Markdown). */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .filter((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && !line.startsWith('```');
    })
    .join('\n');
}

/** GitHub's heading anchors: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(markdown).split('\n')) {
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (!heading) continue;
    const slug = (heading[1] as string)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every relative link target of a Markdown file: `[text](target)`, `![alt](target)` and `<img src="target">`. */
function relativeLinksOf(markdown: string): string[] {
  const text = prose(markdown);
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
    ...[...text.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1] as string),
  ];
  return targets.filter((target) => !/^[a-z]+:/i.test(target));
}

/** Where a link from `file` leads: the problem, or undefined when the file (and its heading) exist. */
function brokenLink(file: string, target: string): string | undefined {
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
  if (!fs.existsSync(path.join(ROOT, resolved))) return `${file}: ${target} (no file ${resolved})`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return `${file}: ${target} (an anchor into a file that is not Markdown)`;
  return anchorsOf(read(resolved)).has(anchor)
    ? undefined
    : `${file}: ${target} (no heading #${anchor} in ${resolved})`;
}

describe('the docs', () => {
  it('every relative link and anchor in README.md and docs/*.md leads to a file and a heading that exist', () => {
    const links = MARKDOWN.flatMap((file) => relativeLinksOf(read(file)).map((target) => ({ file, target })));
    expect(links.length).toBeGreaterThan(40);
    expect(links.map(({ file, target }) => brokenLink(file, target)).filter(Boolean)).toEqual([]);
  });

  it('README links to every document in docs/ and shows every picture there', () => {
    const targets = new Set(relativeLinksOf(read('README.md')).map((target) => target.split('#')[0]));
    const docs = fs.readdirSync(DOCS).filter((name) => /\.(md|png)$/.test(name));
    expect(docs.filter((name) => !targets.has(`docs/${name}`))).toEqual([]);
  });

  it("documents every configuration variable in README's table and in .env.example", () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## Command line\n'));
    const inTable = new Set(
      table
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .flatMap((line) => [...(line.split('|')[1] as string).matchAll(/`(\w+)`/g)].map((m) => m[1] as string)),
    );
    const inExample = new Set([...read('.env.example').matchAll(/^#? ?(\w+)=/gm)].map((m) => m[1] as string));
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(50);
    expect(CONFIG_VARIABLES.filter((name) => !inTable.has(name))).toEqual([]);
    expect(CONFIG_VARIABLES.filter((name) => !inExample.has(name))).toEqual([]);
    expect([...inTable].filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });
});
