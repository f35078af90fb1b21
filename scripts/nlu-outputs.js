// node scripts/nlu-outputs.js [--dist DIR] [--check FILE] [EXTRA.tsv ...] — every reading the built NLU gives
// for every sentence of the NLU fixtures (test/fixtures/nlu/**/*.tsv), the strings of its unit tests and the
// conversation fixtures, each also upper-cased and with entities appended, in all three modes and with each
// conversation locale: one JSON line per reading. With --check FILE it compares against a file written
// earlier and exits 1 at the first difference. What a speed change to the NLU engine is checked with: its
// outputs must stay byte-identical (a cue or model change is expected to change them — write a new file).
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const dist = path.resolve(option('--dist') ?? path.join(ROOT, 'dist'));
const check = option('--check');
const { Nlu, parseLabelledTsv } = require(path.join(dist, 'nlu'));

function filesUnder(dir, test) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return filesUnder(file, test);
      return test(file) ? [file] : [];
    })
    .sort();
}

const texts = new Set();
for (const file of [...filesUnder(path.join(ROOT, 'test/fixtures/nlu'), (f) => f.endsWith('.tsv')), ...args])
  for (const { text } of parseLabelledTsv(fs.readFileSync(file, 'utf8'))) texts.add(text);
// String literals of the NLU's unit tests and the customer turns of the conversation fixtures: the edge cases.
for (const file of filesUnder(path.join(ROOT, 'test/unit/nlu'), (f) => f.endsWith('.ts')))
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g))
    texts.add(m[1] ?? m[2]);
for (const file of filesUnder(path.join(ROOT, 'test/fixtures/conversations'), (f) => f.endsWith('.json')))
  JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8')), (key, value) => {
    if (typeof value === 'string' && /[\p{L}]/u.test(value)) texts.add(value);
    return value;
  });

const SUFFIXES = [
  ' SF1402837465921 电话13812345678 明天下午3点 ¥56',
  ' tracking 1Z999AA10123456784, call +852 9123 4567 next tue 3pm, $25',
  ' 單號 EE123456785CN 手機0912345678 下週一 NT$180',
  ' order #12345678901 me@example.com 11/20 一百多块 C-20261123-0042',
];
const messages = [];
let i = 0;
for (const text of texts) {
  messages.push(text, text.toUpperCase(), text + SUFFIXES[i % SUFFIXES.length]);
  i += 1;
}

const NOW = new Date('2026-11-23T10:00:00+08:00');
const readers = [new Nlu(), new Nlu({ mode: 'rules' }), new Nlu({ mode: 'model' })];
const hash = crypto.createHash('sha256');
const lines = [];
for (const message of messages)
  for (const [r, nlu] of readers.entries())
    for (const locale of r === 0 ? [undefined, 'zh-TW', 'en'] : [undefined]) {
      const line = JSON.stringify([message, r, locale ?? null, nlu.read(message, NOW, locale)]);
      hash.update(line);
      lines.push(line);
    }
const model = fs.readFileSync(path.join(dist, 'nlu', 'data', 'nlu-model.json'));
lines.push(JSON.stringify({ model: crypto.createHash('sha256').update(model).digest('hex') }));

if (check) {
  const before = fs.readFileSync(check, 'utf8').split('\n');
  const differ = lines.findIndex((line, at) => line !== before[at]);
  if (differ >= 0 || before.length !== lines.length + 1) {
    process.stderr.write(`NLU outputs differ at line ${differ + 1}:\n- ${before[differ]}\n+ ${lines[differ]}\n`);
    process.exit(1);
  }
  process.stdout.write(`NLU outputs identical: ${lines.length} lines (${texts.size} sentences), ${check}\n`);
} else {
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stderr.write(`${lines.length} readings of ${texts.size} sentences, sha256 ${hash.digest('hex')}\n`);
}
