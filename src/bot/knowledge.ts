import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../nlu';

/** Topics the courier answers from its knowledge files. */
export type FaqTopic = 'fee' | 'outlet' | 'hours' | 'prohibited' | 'claim';
const TOPICS: FaqTopic[] = ['fee', 'outlet', 'hours', 'prohibited', 'claim'];

interface Entry {
  keywords: string[];
  answer: string;
}

interface TopicAnswers {
  general: string;
  entries: Entry[];
}

export type KnowledgeBase = Record<Locale, Partial<Record<FaqTopic, TopicAnswers>>>;

export const LOCALES: Locale[] = ['zh-CN', 'zh-TW', 'en'];

/**
 * Parses one knowledge file: `# topic` opens a topic (fee, outlet, hours, prohibited, claim) and the text
 * under it is the general answer; `## word, word` opens an answer used when the message contains one of
 * those words.
 * @throws Error naming the file and line of an unknown topic.
 */
export function parseKnowledge(content: string, file: string): Partial<Record<FaqTopic, TopicAnswers>> {
  const topics: Partial<Record<FaqTopic, TopicAnswers>> = {};
  let topic: TopicAnswers | undefined;
  let entry: Entry | undefined;
  content.split(/\r?\n/).forEach((line, index) => {
    const heading = /^(#{1,2})\s+(.+?)\s*$/.exec(line);
    if (heading && heading[1] === '#') {
      const name = (heading[2] as string).toLowerCase() as FaqTopic;
      if (!TOPICS.includes(name))
        throw new Error(`${file}:${index + 1}: unknown topic "${heading[2]}" (use ${TOPICS.join(', ')})`);
      topic = { general: '', entries: [] };
      entry = undefined;
      topics[name] = topic;
    } else if (heading && topic) {
      entry = {
        keywords: (heading[2] as string)
          .split(/[,，、]/)
          .map((k) => k.trim().toLowerCase())
          .filter(Boolean),
        answer: '',
      };
      topic.entries.push(entry);
    } else if (topic) {
      if (entry) entry.answer += `${line}\n`;
      else topic.general += `${line}\n`;
    }
  });
  for (const answers of Object.values(topics)) {
    answers.general = answers.general.trim();
    for (const e of answers.entries) e.answer = e.answer.trim();
  }
  return topics;
}

/** Loads `faq.<locale>.md` for every locale from a directory. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const base = {} as KnowledgeBase;
  for (const locale of LOCALES) {
    const file = path.join(dir, `faq.${locale}.md`);
    base[locale] = fs.existsSync(file) ? parseKnowledge(fs.readFileSync(file, 'utf8'), file) : {};
  }
  return base;
}

/** The answer to a question on a topic: the first entry whose keyword the message contains, else the general one. */
export function answerFaq(base: KnowledgeBase, locale: Locale, topic: FaqTopic, message: string): string | undefined {
  const answers = base[locale][topic] ?? base.en[topic];
  if (!answers) return undefined;
  const lower = message.toLowerCase();
  const entry = answers.entries.find((e) => e.keywords.some((k) => lower.includes(k)));
  return entry?.answer || answers.general || undefined;
}
