import type { Province } from "@prisma/client";
import type { Question } from "../callback-data/prompts.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { AppServices } from "../deps.js";
import { askChoice, namedChoices } from "./prompts.js";

/** Ten buttons a page: 31 provinces in one message are too many to read. */
const PROVINCES_PER_PAGE = 10;

/**
 * The province a step is about. `with-counties` offers only provinces that have counties (where an
 * NGO or an official can be placed), and takes the only one without asking; `all` offers every
 * province (a county is being added to it). Buttons in the person's alphabetical order, ten a page,
 * or the province's name typed in any language and spelling.
 */
export async function askProvince(
  conversation: BotConversation,
  ctx: ConversationContext,
  services: AppServices,
  buttons: Question,
  which: "with-counties" | "all",
): Promise<Province> {
  const provinces = await conversation.external(() =>
    which === "all" ? services.reference.provinces() : services.reference.provincesWithCounties(),
  );
  return chooseProvince(conversation, ctx, buttons, provinces);
}

/** One of `provinces`, as askProvince asks it: the only one without asking, else by press (ten a page) or typed name. */
export async function chooseProvince(
  conversation: BotConversation,
  ctx: ConversationContext,
  buttons: Question,
  provinces: Province[],
): Promise<Province> {
  const [only] = provinces;
  if (provinces.length === 1 && only) return only;
  const collator = new Intl.Collator(ctx.locale);
  const choices = namedChoices(provinces, ctx.locale).sort((a, b) => collator.compare(a.label, b.label));
  const id = Number(await askChoice(conversation, ctx, ctx.t("ask-province"), buttons, choices, 2, PROVINCES_PER_PAGE));
  const chosen = provinces.find((p) => p.id === id);
  if (!chosen) throw new Error(`province ${id} was offered but is not among them`);
  return chosen;
}
