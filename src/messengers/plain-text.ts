/**
 * Text the bot writes with HTML (parse_mode HTML), turned into what a client
 * that ignores parse_mode should show: the words without tags, a link as its
 * text followed by its address, escapes turned back into characters.
 */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a\s+href\s*=\s*"([^"]*)"\s*>([\s\S]*?)<\/a>/gi, (_, href: string, inner: string) => {
      const label = inner.replace(TAG, "");
      return label === href ? label : `${label} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(TAG, "")
    .replace(/&(?:lt|gt|quot|#39|#x27|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

const TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&amp;": "&" };
