import type { Translator } from "../../bot/format.js";
import { nameIn } from "../../domain/reference.js";
import { Html, html } from "../html.js";
import type { Visit } from "../server.js";

const SECTIONS = [
  ["/dashboard/", "dashboard-nav-indicators"],
  ["/dashboard/ngos", "dashboard-nav-ngos"],
  ["/dashboard/coverage", "dashboard-nav-coverage"],
  ["/dashboard/needs", "dashboard-nav-needs"],
  ["/dashboard/meetings", "dashboard-nav-meetings"],
  ["/dashboard/broadcasts", "dashboard-nav-broadcasts"],
] as const;

function document(tr: Translator, title: string, body: Html, scripts: readonly string[] = [], head: Html = html``): Html {
  const dir = tr.locale === "fa" ? "rtl" : "ltr";
  return html`<!doctype html>
<html lang="${tr.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${head}
<title>${title}</title>
<link rel="stylesheet" href="/dashboard/static/dashboard.css">
</head>
<body>
${body}
${scripts.map((src) => html`<script src="/dashboard/static/${src}"></script>`)}
</body>
</html>`;
}

/** What a page's address keeps when another province is chosen: what does not depend on the province. */
const KEPT_ACROSS_PROVINCES = ["quarter", "indicator", "month"];

/** A link within the dashboard, in the province the visit has chosen (none: all, or the official's own scope). */
export function inProvince(v: Visit, href: string): string {
  if (v.province === undefined) return href;
  return `${href}${href.includes("?") ? "&" : "?"}province=${v.province}`;
}

/** The hidden field that carries the chosen province through a form. */
export function provinceField(v: Visit): Html {
  return v.province === undefined ? html`` : html`<input type="hidden" name="province" value="${v.province}">`;
}

/**
 * The province picker of those whose scope spans several provinces (national officials, superadmins): a GET
 * form that reloads the page in the chosen province, or in all; nothing for anyone else.
 */
function provincePicker(v: Visit): Html {
  if (v.provinces.length === 0) return html``;
  const { t, locale } = v.tr;
  const kept = KEPT_ACROSS_PROVINCES.flatMap((key) => {
    const value = v.url.searchParams.get(key);
    return value === null ? [] : [html`<input type="hidden" name="${key}" value="${value}">`];
  });
  const options = v.provinces.map(
    (p) => html`<option value="${p.id}"${p.id === v.province ? new Html(" selected") : ""}>${nameIn(p, locale)}</option>`,
  );
  return html`<form method="get" action="${v.url.pathname}" class="province">
  ${kept}
  <label>${t("dashboard-province")} <select name="province">
    <option value="">${t("button-all-provinces")}</option>
    ${options}
  </select></label>
  <button type="submit">${t("dashboard-province-show")}</button>
</form>`;
}

/** A page of the signed-in dashboard: the sections, sign-out, the page's content and its charts' data. */
export function dashboardPage(v: Visit, active: string, content: Html, options: { charts?: boolean; refreshSeconds?: number } = {}): Html {
  const { t } = v.tr;
  const title = t(active);
  const nav = SECTIONS.map(
    ([href, key]) => html`<a href="${inProvince(v, href)}"${key === active ? new Html(' aria-current="page"') : ""}>${t(key)}</a>`,
  );
  const body = html`<header class="top">
  <strong class="brand">${t("dashboard-title")}</strong>
  <nav>${nav}</nav>
  ${provincePicker(v)}
  <form method="post" action="/dashboard/sign-out" class="sign-out">
    <input type="hidden" name="csrf" value="${v.session.csrf}">
    <button type="submit">${t("dashboard-sign-out")}</button>
  </form>
</header>
<main>
<h1>${title}</h1>
${content}
</main>`;
  // A page with live figures reloads itself (a meta refresh needs no script).
  const head = options.refreshSeconds ? html`<meta http-equiv="refresh" content="${options.refreshSeconds}">` : html``;
  return document(v.tr, `${title} · ${t("dashboard-title")}`, body, options.charts ? ["echarts.min.js", "dashboard.js"] : [], head);
}

/** A page of one message: a refusal, how to sign in, signed out. */
export function messagePage(tr: Translator, key: string, howToSignIn: boolean, vars: Record<string, string | number> = {}): Html {
  const body = html`<main class="message">
<h1>${tr.t("dashboard-title")}</h1>
<p>${tr.t(key, vars)}</p>
${howToSignIn ? html`<p>${tr.t("dashboard-how-to-sign-in")}</p>` : html`<p><a href="/dashboard/">${tr.t("dashboard-back")}</a></p>`}
</main>`;
  return document(tr, tr.t("dashboard-title"), body);
}

/**
 * After signing in by a link opened from the messenger: the session cookie is
 * set, and the page moves on to the dashboard itself. A navigation this page
 * starts is the site's own, so the browser sends the SameSite=Strict cookie
 * (a redirect of the messenger's navigation would not).
 */
export function signedInPage(tr: Translator): Html {
  const body = html`<main class="message"><h1>${tr.t("dashboard-title")}</h1>
<p><a href="/dashboard/">${tr.t("dashboard-signed-in")}</a></p></main>`;
  return document(tr, tr.t("dashboard-title"), body, [], html`<meta http-equiv="refresh" content="0;url=/dashboard/">`);
}

/** The Mini App's first page: its script sends the messenger's signed initData and opens the dashboard. */
export function miniAppPage(tr: Translator): Html {
  const body = html`<main class="message"><h1>${tr.t("dashboard-title")}</h1>
<p id="mini-app-status">${tr.t("dashboard-mini-app-opening")}</p></main>`;
  return document(tr, tr.t("dashboard-title"), body, ["mini-app.js"]);
}

/** A page anyone may read (the public transparency page): no sections, no session, its own language links. */
export function publicDocument(tr: Translator, title: string, content: Html, languages: Html): Html {
  const body = html`<header class="top">
  <strong class="brand">${title}</strong>
  <nav>${languages}</nav>
</header>
<main>
<h1>${title}</h1>
${content}
</main>`;
  return document(tr, title, body);
}
