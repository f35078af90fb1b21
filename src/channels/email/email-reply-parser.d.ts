// email-reply-parser 1.x (CommonJS; 2.x is ESM-only, which jest cannot load) ships no type declarations.
declare module 'email-reply-parser' {
  class Email {
    getVisibleText(options?: { aggressive?: boolean }): string;
  }
  class EmailReplyParser {
    read(text: string): Email;
  }
  export = EmailReplyParser;
}
