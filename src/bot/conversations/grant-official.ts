import { Keyboard } from "grammy";
import type { OfficialGrant } from "../../domain/officials.js";
import { nameIn } from "../../domain/reference.js";
import { actorReader } from "../actor.js";
import { officials } from "../callback-data/officials.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, namedChoices, saveOrOfferAgain } from "./prompts.js";
import { askProvince } from "./province-choice.js";

const buttons = officials.granting;

export const GRANT_OFFICIAL = "grant-official";
const PICK_USER_REQUEST = 1;

/** The choice of a national official, offered beside the provinces (or, with one province, beside its scopes). */
const NATIONAL = "national";

/**
 * A superadmin makes someone an official: pick the person (Telegram's user
 * picker, or their id or @username), then the scope: every province (a national
 * official), a province or one county.
 */
export function grantOfficialConversation({ services, logger }: BotDeps) {
  return async function grantOfficial(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const keyboard = new Keyboard()
      .requestUsers(ctx.t("button-pick-person"), PICK_USER_REQUEST, { user_is_bot: false, max_quantity: 1 })
      .resized()
      .oneTime();
    await ctx.reply(ctx.t("grant-ask-person"), { reply_markup: keyboard });

    let person: { id: string; name: string } | null = null;
    while (!person) {
      const answer = await conversation.waitFor(["message:users_shared", "message:text"], {
        otherwise: (c) => c.reply(c.t("expected-person")),
      });
      const handle = answer.message.users_shared?.users[0]?.user_id.toString() ?? answer.message.text ?? "";
      person = await conversation.external(async () => {
        const found = await services.people.findByHandle(handle);
        return found && { id: found.id.toString(), name: found.firstName };
      });
      if (!person) await answer.reply(answer.t("grant-person-unknown"), { reply_markup: keyboard });
    }
    await ctx.reply(ctx.t("grant-person-found", { name: escapeHtml(person.name) }), {
      parse_mode: "HTML",
      reply_markup: { remove_keyboard: true },
    });

    // National officials are above every province: offered first among the areas, whichever province was chosen.
    const province = await askProvince(conversation, ctx, services, buttons.province, "with-counties");
    const provinceId = province.id;
    const counties = await conversation.external(() => services.reference.counties(provinceId));
    const choices = [
      { id: NATIONAL, label: ctx.t("scope-national") },
      { id: "province", label: ctx.t("scope-province", { province: nameIn(province, ctx.locale) }) },
      ...namedChoices(counties, ctx.locale),
    ];
    const scope = await askChoice(conversation, ctx, ctx.t("grant-ask-scope"), buttons.scope, choices);
    const grant: OfficialGrant =
      scope === NATIONAL
        ? { scope: "NATIONAL" }
        : scope === "province"
          ? { scope: "PROVINCE", provinceId }
          : { scope: "COUNTY", countyId: Number(scope) };

    const personId = BigInt(person.id);
    const granted = await saveOrOfferAgain(conversation, ctx, buttons.again, logger, () =>
      outcomeOf(async () => {
        await services.officials.grant(await actor(), personId, grant);
      }),
    );
    await ctx.reply(granted.ok ? ctx.t("grant-done", { name: escapeHtml(person.name) }) : ctx.t(`error-${granted.code}`), {
      parse_mode: "HTML",
    });
  };
}
