/**
 * "你先帮我查清楚在哪", "看看到哪了", "而家喺邊", "just find out where it is", "where's it at now": where the parcel is,
 * asked beside something else (a change taken back, blind-25 17.4) — the status is owed as well as the other answer.
 */
const WHERE_PARCEL =
  /(查|看|睇|问|問)(一下|下|清楚|吓|嚇)?(它|佢|包裹|快递|快遞|件)?(现在|現在|而家|目前)?(在哪|到哪|喺边|喺邊|去咗边|去咗邊)|(它|佢|包裹|快递|快遞|件)(现在|現在|而家|目前)?(在哪|到哪|喺边|喺邊|去咗边|去咗邊)|(现在|現在|而家|目前)(在哪|到哪|喺边|喺邊)|\bwhere('?s| is) (it|my parcel|the parcel|my package|the package)( at)?( now| right now)?\b|\b(find out|check|see|look up) where (it|my parcel|the parcel|my package|the package) is\b/i;

/** The message asks where the parcel is now (beside whatever else it says). */
export const asksWhereParcelIs = (text: string): boolean => WHERE_PARCEL.test(text);
