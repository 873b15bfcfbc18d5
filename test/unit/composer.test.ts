import { Context, Composer as GrammyComposer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { Composer } from "../../src/bot/composer.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const from = { id: 7, is_bot: false, first_name: "Leila" };
const chat = { id: 7, type: "private" as const, first_name: "Leila" };
const press = (data: string): Context =>
  new Context({ update_id: 1, callback_query: { id: "1", from, chat_instance: "1", data } } as Update, {} as never, me);
const command = (text: string): Context =>
  new Context(
    {
      update_id: 1,
      message: { message_id: 1, date: 0, chat, from, text, entities: [{ type: "bot_command", offset: 0, length: text.length }] },
    } as Update,
    {} as never,
    me,
  );

/** The same registrations on grammY's Composer and on ours, each step noting what ran. */
function features<C extends GrammyComposer<Context>>(make: () => C): { composer: C; trace: string[] } {
  const trace: string[] = [];
  const composer = make();
  composer.use(async (_ctx, next) => {
    trace.push("before");
    await next();
    trace.push("after");
  });
  const meetings = make();
  meetings.command("meetings", () => void trace.push("/meetings"));
  meetings.callbackQuery(/^mt:yes:(\w+)$/, (ctx) => void trace.push(`yes ${ctx.match[1]}`));
  meetings.callbackQuery(/^mt:/, () => void trace.push("other meeting button"));
  const asynchronous = make();
  asynchronous.filter(
    async (ctx) => ctx.callbackQuery?.data === "slow",
    () => void trace.push("slow"),
  );
  asynchronous
    .drop((ctx) => ctx.callbackQuery !== undefined)
    .on("message", async (_ctx, next) => {
      trace.push("a message");
      await next();
    });
  composer.use(meetings, asynchronous);
  composer.on("callback_query", () => void trace.push("fallback"));
  composer.use(() => void trace.push("end"));
  return { composer, trace };
}

const updates = [press("mt:yes:abc"), press("mt:no:abc"), press("slow"), press("dir:page:2"), command("/meetings"), command("/help")];

describe("the bot's composer", () => {
  it("when updates pass commands, buttons, async filters and drops, then the same middleware runs in the same order as with grammY's", async () => {
    for (const ctx of updates) {
      const grammy = features(() => new GrammyComposer<Context>());
      const ours = features(() => new Composer<Context>());
      await grammy.composer.middleware()(ctx, async () => void grammy.trace.push("next"));
      await ours.composer.middleware()(ctx, async () => void ours.trace.push("next"));
      expect(ours.trace).toEqual(grammy.trace);
    }
    const { composer, trace } = features(() => new Composer<Context>());
    await composer.middleware()(press("mt:yes:abc"), async () => undefined);
    expect(trace).toEqual(["before", "yes abc", "after"]);
  });

  it("when a filter refuses by throwing, then the update's promise is rejected with its error", async () => {
    const composer = new Composer<Context>();
    composer.callbackQuery(/^mt:/).filter(
      () => {
        throw new Error("forbidden");
      },
      () => undefined,
    );
    await expect(composer.middleware()(press("mt:yes:abc"), async () => undefined)).rejects.toThrow("forbidden");
  });

  it("when a middleware throws before any await, then the update's promise is rejected with its error, as with grammY's", async () => {
    for (const make of [() => new GrammyComposer<Context>(), () => new Composer<Context>()]) {
      const composer = make();
      composer.use((_ctx, next) => next());
      composer.callbackQuery(/^mt:/, () => {
        throw new Error("broken");
      });
      const handled = composer.middleware()(press("mt:yes:abc"), async () => undefined);
      await expect(handled).rejects.toThrow("broken");
    }
  });

  it("when middleware calls next twice, then the second call is refused", async () => {
    const composer = new Composer<Context>();
    composer.use(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(composer.middleware()(press("x"), async () => undefined)).rejects.toThrow("`next` already called before!");
  });
});
