import type { BroadcastView } from "../../domain/broadcasts.js";
import { formatDateTime } from "../../domain/calendar.js";
import { DomainError } from "../../domain/errors.js";
import { html } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { dashboardPage, inProvince } from "./layout.js";

const ACTIONS = { pause: "broadcast-paused", resume: "broadcast-resumed", cancel: "broadcast-cancelled" } as const;
type Action = keyof typeof ACTIONS;

/** While a broadcast is sending, the page reloads itself this often, so its counts stay live. */
const REFRESH_SECONDS = 5;

/** Broadcasts: the area's recent and scheduled broadcasts with their counts, and Pause / Resume / Cancel as in the bot. */
export async function broadcastsPage({ services }: DashboardDeps, v: Visit): Promise<Reply> {
  const { t, locale } = v.tr;
  const broadcasts = await services.broadcasts.list(v.actor, 20, v.province);
  const done = v.url.searchParams.get("done") as Action | null;
  const csrf = html`<input type="hidden" name="csrf" value="${v.session.csrf}">`;
  const control = (
    b: BroadcastView,
    action: Action,
    label: string,
  ) => html`<form method="post" action="${inProvince(v, `/dashboard/broadcasts/${action}`)}">
  ${csrf}<input type="hidden" name="broadcast" value="${b.id}"><button type="submit" class="${action}">${t(label)}</button>
</form>`;
  const item = (b: BroadcastView) => html`<article class="ngo broadcast" data-status="${b.status}">
  <h3>${b.label || t("broadcast-no-text")}</h3>
  <p>${t(`broadcast-status-${b.status}`, { at: formatDateTime(b.sendAt, locale) })}</p>
  <p>${t("broadcast-counts", { sent: b.counts.SENT, failed: b.counts.FAILED, unreachable: b.counts.UNREACHABLE, left: b.counts.PENDING })}
  ${b.counts.CANCELLED > 0 ? html` · ${t("broadcast-cancelled-count", { count: b.counts.CANCELLED })}` : ""}</p>
  <div class="actions">
    ${b.status === "SENDING" ? control(b, "pause", "button-pause") : ""}
    ${b.status === "PAUSED" ? control(b, "resume", "button-resume") : ""}
    ${["SCHEDULED", "SENDING", "PAUSED"].includes(b.status) ? control(b, "cancel", "button-cancel-broadcast") : ""}
  </div>
</article>`;
  const content = html`${done && done in ACTIONS ? html`<p class="notice" role="status">${t(ACTIONS[done])}</p>` : ""}
${broadcasts.length === 0 ? html`<p>${t("broadcasts-none")}</p>` : broadcasts.map(item)}`;
  const sending = broadcasts.some((b) => b.status === "SENDING");
  return {
    kind: "page",
    body: dashboardPage(v, "dashboard-nav-broadcasts", content, sending ? { refreshSeconds: REFRESH_SECONDS } : {}),
  };
}

/** Pause, Resume or Cancel: the bot's own service calls, which check the scope and the broadcast's state. */
export async function controlBroadcast({ services }: DashboardDeps, v: Visit, form: URLSearchParams, action: Action): Promise<Reply> {
  const id = form.get("broadcast") ?? "";
  if (!/^\w{1,40}$/.test(id)) throw new DomainError("not-found");
  await services.broadcasts[action](v.actor, id);
  return { kind: "redirect", to: inProvince(v, `/dashboard/broadcasts?done=${action}`) };
}
