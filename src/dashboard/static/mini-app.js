// The Mini App's first page: Telegram hands the page its signed initData in the address's fragment
// (tgWebAppData); the server checks the signature and starts a session, then the dashboard opens.

(async () => {
  const status = document.getElementById("mini-app-status");
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const initData = window.Telegram?.WebApp?.initData || fragment.get("tgWebAppData") || "";
  const response = await fetch("/dashboard/app", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ initData }),
  });
  if (response.ok) {
    window.location.replace("/dashboard/");
    return;
  }
  // The refusal page says why, in the person's language.
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  status.textContent = page.querySelector("main p")?.textContent ?? String(response.status);
})();
