import { describe, expect, it } from "vitest";
import { entitiesToHtml } from "../../src/bot/entities-html.js";
import { markCommands } from "../../src/messengers/bale.js";
import { htmlToPlainText } from "../../src/messengers/plain-text.js";

describe("HTML for a messenger that ignores parse_mode", () => {
  it("when a message has tags, escapes and links, then Bale gets the words, the characters and each link's address", () => {
    expect(htmlToPlainText("✅ <b>Green &amp; Clean</b> is <i>verified</i>: 3 &lt; 5")).toBe("✅ Green & Clean is verified: 3 < 5");
    expect(htmlToPlainText('Read <a href="https://example.org/a?x=1&amp;y=2">the rules</a>.')).toBe(
      "Read the rules (https://example.org/a?x=1&y=2).",
    );
    expect(htmlToPlainText('<a href="https://ble.ir/bot?start=abc">https://ble.ir/bot?start=abc</a>')).toBe("https://ble.ir/bot?start=abc");
    expect(htmlToPlainText("<blockquote>quoted</blockquote>")).toBe("quoted");
  });
});

describe("a message's entities as HTML", () => {
  it("when entities nest, touch and carry links, then the HTML opens and closes them in order and escapes the text", () => {
    const text = "Bold italic <3 and a link";
    expect(
      entitiesToHtml(text, [
        { type: "bold", offset: 0, length: 11 },
        { type: "italic", offset: 5, length: 6 },
        { type: "text_link", offset: 21, length: 4, url: 'https://x.org/?a=1&b="2"' },
        { type: "mention", offset: 0, length: 4 },
      ]),
    ).toBe('<b>Bold <i>italic</i></b> &lt;3 and a <a href="https://x.org/?a=1&amp;b=&quot;2&quot;">link</a>');
  });

  it("when text has emoji (two UTF-16 units), then the offsets still fall on the right characters", () => {
    expect(entitiesToHtml("🌳 trees", [{ type: "bold", offset: 3, length: 5 }])).toBe("🌳 <b>trees</b>");
  });
});

describe("commands without bot_command entities", () => {
  const run = async (message: { text: string; entities?: { type: "bot_command"; offset: number; length: number }[] }) => {
    const update = { message };
    await markCommands({ update } as never, async () => {});
    return message.entities;
  };

  it("when a text starts with /command (with or without a payload or the bot's name), then it gets the entity Telegram would send", async () => {
    expect(await run({ text: "/start abc_DEF-12" })).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(await run({ text: "/help@samanyar_bot" })).toEqual([{ type: "bot_command", offset: 0, length: 18 }]);
  });

  it("when a text already has its entity or is no command, then it is left as it came", async () => {
    const marked = [{ type: "bot_command" as const, offset: 0, length: 5 }];
    expect(await run({ text: "/help", entities: marked })).toEqual(marked);
    expect(await run({ text: "a /help in the middle" })).toBeUndefined();
    expect(await run({ text: "/" })).toBeUndefined();
  });
});
