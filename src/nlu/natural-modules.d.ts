// natural's index loads database backends and reads .env (see PLATFORM.md), so we import single modules,
// which ship no type declarations of their own.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export = jaroWinklerDistance;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  export function stem(word: string): string;
}
