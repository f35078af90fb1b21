import en from './replies/en.json';
import zhCN from './replies/zh-CN.json';
import zhTW from './replies/zh-TW.json';
import zhTWCantonese from './replies/zh-TW.yue.json';
import type { Locale } from '../nlu';
import type { Register } from '../conversations/records';

/** Keys of the reply catalog (`src/bot/replies/<locale>.json`); every locale has every key. */
export type ReplyKey = keyof typeof en;

const CATALOGS: Record<Locale, Record<ReplyKey, string>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type ReplyVars = Record<string, string | number>;

export type { Register };

const REGISTERS: Partial<Record<Locale, Partial<Record<Register, Partial<Record<ReplyKey, string>>>>>> = {
  'zh-TW': { yue: zhTWCantonese },
};

/**
 * A count's words chosen by the locale's plural rules, ICU-style: `{days, plural, one {# day} other {# days}}`
 * (`#` is the number; `=0 {…}` matches one number exactly; `other` is the fallback).
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** How many formatted date-times `Replies` remembers before starting afresh. */
const WRITTEN_DATES_KEPT = 5000;

/**
 * The bot's words, per locale. Handlers name a key and pass values; they never hold reply text themselves.
 */
export class Replies {
  constructor(
    private readonly catalogs: Record<Locale, Record<ReplyKey, string>> = CATALOGS,
    private readonly registers = REGISTERS,
  ) {}

  /** Whether the catalog has a key made at run time ("quote.region.MO" for a market added later). */
  has(key: string): key is ReplyKey {
    return key in this.catalogs.en;
  }

  t(locale: Locale, key: ReplyKey, vars: ReplyVars = {}, register?: Register): string {
    const spoken = register ? this.registers[locale]?.[register]?.[key] : undefined;
    const template = spoken ?? this.catalogs[locale][key] ?? this.catalogs.en[key];
    return this.plurals(locale, template, vars).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  }

  /**
   * Every wording a key has in the locale: its own and each register's (Taiwan Mandarin "修改類型", Cantonese
   * "改類型"). A button title is typed back as it was shown, so a reader of titles takes any of them.
   */
  wordings(locale: Locale, key: ReplyKey, vars: ReplyVars = {}): string[] {
    const registers = Object.keys(this.registers[locale] ?? {}) as Register[];
    return [...new Set([this.t(locale, key, vars), ...registers.map((r) => this.t(locale, key, vars, r))])];
  }

  /** The template with each `{name, plural, …}` replaced by the branch `vars[name]` takes in the locale. */
  private plurals(locale: Locale, template: string, vars: ReplyVars): string {
    if (!template.includes(', plural,')) return template;
    return template.replace(PLURAL, (whole, name: string, branches: string) => {
      if (!(name in vars)) return whole;
      const count = Number(vars[name]);
      const forms = new Map([...branches.matchAll(PLURAL_BRANCH)].map((m) => [m[1] as string, m[2] as string]));
      let rules = this.pluralRules.get(locale);
      if (!rules) this.pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
      const form = forms.get(`=${count}`) ?? forms.get(rules.select(count)) ?? forms.get('other') ?? whole;
      return form.replace(/#/g, String(vars[name]));
    });
  }

  /** "2 hours" / "2 小时" / "45 minutes": how long until an instant, in plain words. */
  within(locale: Locale, from: Date, until: string): string {
    const minutes = Math.max(1, Math.round((new Date(until).getTime() - from.getTime()) / 60_000));
    if (minutes < 60) return this.t(locale, 'within.minutes', { n: minutes });
    const hours = Math.round(minutes / 60);
    if (hours <= 48) return this.t(locale, 'within.hours', { n: hours });
    return this.t(locale, 'within.days', { n: Math.round(hours / 24) });
  }

  /**
   * A date-time in the courier's zone, written the way the locale writes it. Remembered: the same scan times
   * are shown again and again (customers ask about a parcel more than once), and formatting is the costly part.
   */
  dateTime(locale: Locale, instant: string, timeZone: string): string {
    const written = `${locale}|${timeZone}|${instant}`;
    const known = this.writtenDates.get(written);
    if (known !== undefined) return known;
    const text = this.format(locale, timeZone).format(new Date(instant));
    if (this.writtenDates.size >= WRITTEN_DATES_KEPT) this.writtenDates.clear();
    this.writtenDates.set(written, text);
    return text;
  }

  /**
   * A calendar day (`YYYY-MM-DD`, such as a parcel's promised date) as the locale writes it: "Nov 24", "11月24日" —
   * never the ISO form a customer does not write. Anything else is given back as it is.
   */
  day(locale: Locale, date: string): string {
    const [y, m, d] = date.slice(0, 10).split('-').map(Number);
    if (!y || !m || !d) return date;
    let format = this.dayFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });
      this.dayFormats.set(locale, format);
    }
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  }

  private format(locale: Locale, timeZone: string): Intl.DateTimeFormat {
    const key = `${locale}|${timeZone}`;
    let format = this.dateFormats.get(key);
    if (!format) {
      // Building a formatter costs far more than using one.
      format = new Intl.DateTimeFormat(locale, {
        timeZone,
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        // Not `hour12: false`: with it, English writes the hour after midnight as 24 ("Jan 1, 24:01").
        hourCycle: 'h23',
      });
      this.dateFormats.set(key, format);
    }
    return format;
  }

  private readonly dateFormats = new Map<string, Intl.DateTimeFormat>();
  private readonly dayFormats = new Map<Locale, Intl.DateTimeFormat>();
  private readonly pluralRules = new Map<Locale, Intl.PluralRules>();
  private readonly writtenDates = new Map<string, string>();
}
