/** A place as the customer typed it said back as a name: "shanghai" → "Shanghai"; Chinese names stay as written. */
export const placeAsName = (place: string): string => place.replace(/\b[a-z]/g, (c) => c.toUpperCase());
