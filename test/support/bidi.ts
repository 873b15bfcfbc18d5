/**
 * How a Telegram client or a browser picks a paragraph's direction (Unicode's bidi algorithm, rule
 * P2): the first strong letter, skipping whatever lies between an isolate (LRI, RLI, FSI) and its PDI.
 */
export function paragraphDirection(text: string): "ltr" | "rtl" | "neutral" {
  let depth = 0;
  for (const char of text) {
    if (/[\u2066-\u2068]/.test(char)) depth++;
    else if (char === "\u2069") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(char)) return "rtl";
    else if (depth === 0 && /\p{L}/u.test(char)) return "ltr";
  }
  return "neutral";
}

/** The values a text sets apart: each run between an isolate and its PDI, outermost first. */
export function isolatedRuns(text: string): string[] {
  const runs: string[] = [];
  const open: number[] = [];
  const chars = [...text];
  chars.forEach((char, i) => {
    if (/[\u2066-\u2068]/.test(char)) open.push(i);
    else if (char === "\u2069" && open.length > 0) {
      const start = open.pop() as number;
      runs.push(chars.slice(start + 1, i).join(""));
    }
  });
  return runs;
}
