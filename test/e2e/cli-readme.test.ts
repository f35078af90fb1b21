import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** The command names the README's "Command line" block shows (`node dist/cli.js NAME …`). */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return [...block.matchAll(/^node dist\/cli\.js (\S+)/gm)].map((m) => m[1] as string);
}

describe('the CLI the README shows', () => {
  it('lists exactly the commands the built CLI knows, and nothing else', () => {
    const help = spawnSync(process.execPath, [CLI, 'help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    const known = [...help.stdout.slice(help.stdout.indexOf('Commands:')).matchAll(/^ {2}([a-z-]+)/gm)].map(
      (m) => m[1],
    );
    expect(readmeCommands().sort()).toEqual(known.sort());
  });

  it('shows the classify example with the output the CLI really prints', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /^echo '(.+)' \| node dist\/cli\.js classify --now (\S+)\n(\{.+\})$/m.exec(readme);
    expect(example).not.toBeNull();
    const [, text, now, shown] = example as RegExpExecArray;
    const run = spawnSync(process.execPath, [CLI, 'classify', '--now', now as string], {
      input: `${text}\n`,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(shown as string));
  });
});
