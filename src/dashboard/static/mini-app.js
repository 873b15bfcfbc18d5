// The Mini App's first page. Telegram (window.Telegram.WebApp, or the tgWebAppData in the address's fragment)
// and Bale (window.Bale.WebApp, a copy of Telegram's API) hand the page the initData they signed with their bot's
// token; the server checks it with that messenger's token and starts a session, then the dashboard opens.
// The Mini App button's address names the messenger (?messenger=bale), in case its SDK object is not there.

(async () => {
  const status = document.getElementById("mini-app-status");
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const named = new URLSearchParams(window.location.search).get("messenger");
  const bale = window.Bale?.WebApp;
  const telegram = window.Telegram?.WebApp;
  const messenger = bale || named === "bale" ? "BALE" : "TELEGRAM";
  const webApp = messenger === "BALE" ? bale : telegram;
  const initData = webApp?.initData || fragment.get("tgWebAppData") || "";
  const response = await fetch("/dashboard/app", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ initData, messenger }),
  });
  if (response.ok) {
    webApp?.ready?.();
    window.location.replace("/dashboard/");
    return;
  }
  // The refusal page says why, in the person's language.
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  status.textContent = page.querySelector("main p")?.textContent ?? String(response.status);
})();
