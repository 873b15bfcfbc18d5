import type { Message, MessageEntity } from "grammy/types";
import type { BroadcastContent } from "../domain/broadcasts.js";
import { escapeHtml } from "./format.js";

/** The HTML tags of the formatting entities a message can carry; the others (links typed out, mentions) need none. */
function tagsOf(entity: MessageEntity): [open: string, close: string] | null {
  switch (entity.type) {
    case "bold":
      return ["<b>", "</b>"];
    case "italic":
      return ["<i>", "</i>"];
    case "underline":
      return ["<u>", "</u>"];
    case "strikethrough":
      return ["<s>", "</s>"];
    case "spoiler":
      return ["<tg-spoiler>", "</tg-spoiler>"];
    case "code":
      return ["<code>", "</code>"];
    case "pre":
      return ["<pre>", "</pre>"];
    case "blockquote":
    case "expandable_blockquote":
      return ["<blockquote>", "</blockquote>"];
    case "text_link":
      return [`<a href="${escapeHtml(entity.url).replaceAll('"', "&quot;")}">`, "</a>"];
    default:
      return null;
  }
}

/**
 * A text and its entities (offsets in UTF-16 code units, as JavaScript counts)
 * as HTML for parse_mode HTML: what a message looked like, to send again where
 * it cannot be copied. Entities nest properly, as Telegram sends them.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  // Outer before inner: at one offset the longer entity opens first and closes last.
  const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  for (const entity of sorted) {
    const tags = tagsOf(entity);
    if (!tags) continue;
    opens.set(entity.offset, [...(opens.get(entity.offset) ?? []), tags[0]]);
    const end = entity.offset + entity.length;
    closes.set(end, [tags[1], ...(closes.get(end) ?? [])]);
  }
  let html = "";
  for (let i = 0; i <= text.length; i++) {
    html += (closes.get(i) ?? []).join("") + (opens.get(i) ?? []).join("");
    if (i < text.length) html += escapeHtml(text.charAt(i));
  }
  return html;
}

/** A broadcast's message as content, for people on another messenger than the official's. */
export function broadcastContentOf(message: Message): BroadcastContent {
  const caption = entitiesToHtml(message.caption ?? "", message.caption_entities);
  const photo = message.photo?.at(-1);
  if (photo) return { kind: "PHOTO", html: caption, fileId: photo.file_id };
  if (message.document) {
    const { file_id: fileId, file_name: fileName } = message.document;
    return { kind: "DOCUMENT", html: caption, fileId, ...(fileName ? { fileName } : {}) };
  }
  return { kind: "TEXT", html: entitiesToHtml(message.text ?? "", message.entities) };
}
