// Two helpers mailauth uses itself but does not declare: its DMARC alignment test and its Authentication-Results
// parser (lib/tools.js and lib/parse-dkim-headers.js of mailauth 7).
declare module 'mailauth/lib/tools' {
  /** The first of `domains` aligned with `fromDomain` (same organizational domain), or false. */
  export function getAlignment(
    fromDomain: string,
    domains: Array<string | { domain: string }>,
  ): { domain: string } | false;
}

declare module 'mailauth/lib/parse-dkim-headers' {
  /** One `method=result` of an Authentication-Results header, with its `ptype.property=value` pairs. */
  interface ResultInfo {
    value: string;
    [ptype: string]: string | Record<string, string> | undefined;
  }
  interface ParsedHeader {
    header: string;
    /** For Authentication-Results: the authserv-id, then the version if any. */
    value?: string;
    /** Every method's result; `dkim` is a list (one per signature). */
    [method: string]: ResultInfo | ResultInfo[] | string | undefined;
  }
  function headerParser(line: string): { parsed: ParsedHeader; original: string };
  export = headerParser;
}
