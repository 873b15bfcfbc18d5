// The sandbox page: personas on the left, their chats with the bot side by side.
// Plain browser JavaScript, no build step; live updates come as server-sent events.

const state = { personas: [], chats: new Map(), botUsernames: {} };
const MESSENGER_NAMES = { telegram: "Telegram", bale: "Bale" };
const $ = (selector, root = document) => root.querySelector(selector);

async function api(path, options = {}) {
  // The server refuses changes without this header, which other sites cannot send here.
  const response = await fetch(path, { ...options, headers: { ...options.headers, "x-sandbox": "1" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error ?? response.statusText);
  return body;
}
const post = (path, body) => api(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

// --- People ---

async function loadPersonas() {
  state.personas = await api("/api/personas");
  const list = $("#persona-list");
  list.replaceChildren(
    ...state.personas.map((persona) => {
      const item = document.createElement("li");
      item.className = "persona";
      item.dataset.id = persona.id;
      item.classList.toggle("open", state.chats.has(persona.id));
      item.innerHTML = `<span class="name" dir="auto"></span><span class="badge"></span><span class="lang"></span><div class="roles" dir="auto"></div>`;
      $(".name", item).textContent = persona.name;
      $(".badge", item).textContent = MESSENGER_NAMES[persona.messenger];
      $(".badge", item).classList.add(persona.messenger);
      $(".lang", item).textContent = persona.language;
      $(".roles", item).textContent = persona.roles.join(" · ") || "no role yet";
      item.addEventListener("click", () => openChat(persona.id));
      return item;
    }),
  );
  for (const chat of state.chats.values()) updateChatHead(chat);
}

let personasTimer = null;
/** Roles change as people use the bot (an NGO approved, an official appointed): refresh the list soon after. */
function refreshPersonasSoon() {
  clearTimeout(personasTimer);
  personasTimer = setTimeout(() => loadPersonas().catch(() => {}), 800);
}

function setUpNewPersonaForm() {
  const form = $("#new-persona");
  const countyLabel = $(".county", form);
  form.role.addEventListener("change", async () => {
    countyLabel.hidden = form.role.value !== "county-official";
    if (!countyLabel.hidden && form.countyId.options.length === 0) {
      for (const county of await api("/api/counties")) form.countyId.add(new Option(county.name, county.id));
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = $("button[type=submit]", form);
    button.disabled = true;
    try {
      const start = /[?&]start=([\w-]+)/.exec(form.start.value)?.[1] ?? form.start.value.trim();
      const persona = await post("/api/personas", {
        messenger: form.messenger.value,
        firstName: form.firstName.value,
        lastName: form.lastName.value,
        username: form.username.value,
        language: form.language.value,
        role: form.role.value,
        ...(start && { start }),
        ...(form.role.value === "county-official" && { countyId: Number(form.countyId.value) }),
      });
      for (const field of [form.firstName, form.lastName, form.username, form.start]) field.value = "";
      await loadPersonas();
      await openChat(persona.id);
    } catch (error) {
      toast(error.message);
    } finally {
      button.disabled = false;
    }
  });
}

// --- Chats ---

function personaOf(id) {
  return state.personas.find((p) => p.id === id) ?? { id, messenger: "telegram", name: String(id), language: "fa", roles: [] };
}

async function openChat(id) {
  if (state.chats.has(id)) {
    state.chats.get(id).element.querySelector("input[name=text]").focus();
    return;
  }
  const element = $("#chat-template").content.firstElementChild.cloneNode(true);
  const chat = { id, element, messages: new Map(), keyboardClosedAt: 0 };
  state.chats.set(id, chat);
  element.dataset.id = id;
  $(".empty", $("#chats"))?.remove();
  $("#chats").append(element);
  updateChatHead(chat);
  setUpComposer(chat);
  $(".close", element).addEventListener("click", () => closeChat(id));
  $(".alert button", element).addEventListener("click", () => ($(".alert", element).hidden = true));
  $(".chat-start button", element).addEventListener("click", () => sendText(chat, "/start"));
  const history = await api(`/api/chats/${id}`);
  if (state.chats.get(id) !== chat) return; // closed while loading
  mergeHistory(chat, history);
  saveOpenChats();
  document.querySelector(`.persona[data-id="${id}"]`)?.classList.add("open");
  $("input[name=text]", element).focus();
}

function closeChat(id) {
  state.chats.get(id)?.element.remove();
  state.chats.delete(id);
  document.querySelector(`.persona[data-id="${id}"]`)?.classList.remove("open");
  saveOpenChats();
}

function saveOpenChats() {
  localStorage.setItem("sandbox-open-chats", JSON.stringify([...state.chats.keys()]));
}

function updateChatHead(chat) {
  const persona = personaOf(chat.id);
  $(".chat-name", chat.element).textContent = persona.name;
  // A username reads left to right even in a Persian chat's header.
  const username = persona.username ? [`\u2066@${persona.username}\u2069`] : [];
  $(".chat-meta", chat.element).textContent = [MESSENGER_NAMES[persona.messenger], persona.language, ...username, ...persona.roles].join(
    " · ",
  );
  // A Bale chat wears Bale's green, so two chats of the same NGO on different messengers are told apart at a glance.
  chat.element.classList.toggle("bale", persona.messenger === "bale");
  // Persian reads right to left; Azerbaijani (Latin script) and English left to right.
  chat.element.dir = persona.language === "fa" ? "rtl" : "ltr";
}

function setUpComposer(chat) {
  const form = $(".composer", chat.element);
  const input = form.text;
  const fileInput = $(".file", form);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    hideCommandMenu(chat);
    sendText(chat, text);
  });
  $(".menu", form).addEventListener("click", () => {
    const menu = $(".command-menu", chat.element);
    if (menu.hidden) showCommandMenu(chat, "");
    else hideCommandMenu(chat);
  });
  input.addEventListener("input", () => {
    if (/^\/\w*$/.test(input.value)) showCommandMenu(chat, input.value.slice(1));
    else hideCommandMenu(chat);
  });
  setUpAttachMenu(chat, fileInput);
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    const kind = /^image\/(jpeg|png|webp)$/.test(file.type) ? "photo" : "document";
    const query = new URLSearchParams({ kind, name: file.name, caption: input.value });
    input.value = "";
    await api(`/api/chats/${chat.id}/file?${query}`, { method: "POST", body: file }).catch((error) => toast(error.message));
  });
}

/** 📎 as in Telegram: a photo or file, or a location (picked by its coordinates: the sandbox has no map). */
function setUpAttachMenu(chat, fileInput) {
  const menu = $(".attach-menu", chat.element);
  const picker = $(".location-picker", chat.element);
  $(".attach", chat.element).addEventListener("click", () => {
    hideCommandMenu(chat);
    picker.hidden = true;
    menu.hidden = !menu.hidden;
  });
  $(".attach-file", menu).addEventListener("click", () => {
    menu.hidden = true;
    fileInput.click();
  });
  $(".attach-location", menu).addEventListener("click", () => {
    menu.hidden = true;
    picker.hidden = false;
    $("input[name=latitude]", picker).focus();
  });
  $(".cancel", picker).addEventListener("click", () => (picker.hidden = true));
  $(".send-location", picker).addEventListener("click", () => {
    const latitude = Number($("input[name=latitude]", picker).value);
    const longitude = Number($("input[name=longitude]", picker).value);
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return toast("Latitude is -90 to 90, longitude -180 to 180.");
    picker.hidden = true;
    post(`/api/chats/${chat.id}/location`, { latitude, longitude }).catch((error) => toast(error.message));
  });
}

function sendText(chat, text) {
  post(`/api/chats/${chat.id}/text`, { text }).catch((error) => toast(error.message));
}

/** The bot's command menu for this person, as their messenger resolves it for their chat and language (Bale has none). */
async function showCommandMenu(chat, filter) {
  const persona = personaOf(chat.id);
  chat.menuRequest = (chat.menuRequest ?? 0) + 1;
  const asked = chat.menuRequest;
  const commands = await api(`/api/chats/${chat.id}/commands?language=${persona.language}`);
  // Only the newest request counts, and only while the person is still choosing a command.
  const typed = $(".composer", chat.element).text.value;
  if (asked !== chat.menuRequest || (typed !== "" && typed !== `/${filter}`)) return;
  const menu = $(".command-menu", chat.element);
  const shown = commands.filter((c) => c.command.startsWith(filter));
  menu.replaceChildren(
    ...shown.map((c) => {
      const button = document.createElement("button");
      button.type = "button";
      // A command reads left to right in every chat: "/start", never "start/" in a Persian one.
      button.innerHTML = `<span class="cmd" dir="ltr"></span><span class="desc" dir="auto"></span>`;
      $(".cmd", button).textContent = `/${c.command}`;
      $(".desc", button).textContent = c.description;
      button.addEventListener("click", () => {
        $(".composer", chat.element).text.value = "";
        hideCommandMenu(chat);
        sendText(chat, `/${c.command}`);
      });
      return button;
    }),
  );
  menu.hidden = shown.length === 0;
}

function hideCommandMenu(chat) {
  chat.menuRequest = (chat.menuRequest ?? 0) + 1;
  $(".command-menu", chat.element).hidden = true;
}

// --- Messages ---

function renderAll(chat) {
  const list = $(".messages", chat.element);
  list.replaceChildren(
    ...[...chat.messages.values()]
      .filter((m) => !m.deleted)
      .sort((a, b) => a.id - b.id)
      .map((m) => bubble(chat, m)),
  );
  renderReplyKeyboard(chat);
  renderStart(chat);
  list.scrollTop = list.scrollHeight;
}

/** A chat with nothing in it yet offers /start, as Telegram's START button does for a new chat with a bot. */
function renderStart(chat) {
  $(".chat-start", chat.element).hidden = [...chat.messages.values()].some((m) => !m.deleted);
}

/**
 * Adds a chat's history to what live events already brought, keeping whichever copy of a message
 * is newer (more edits), so a history fetched just before an edit cannot undo it.
 */
function mergeHistory(chat, history) {
  for (const message of history) {
    const known = chat.messages.get(message.id);
    if (!known || (message.edits ?? 0) > (known.edits ?? 0)) chat.messages.set(message.id, message);
  }
  renderAll(chat);
}

/** Adds a new message, or changes one in place when the bot edited or deleted it. */
function applyMessage(chat, message) {
  const known = chat.messages.get(message.id);
  if (known && !message.deleted && (message.edits ?? 0) < (known.edits ?? 0)) return;
  chat.messages.set(message.id, message);
  const list = $(".messages", chat.element);
  const existing = list.querySelector(`.msg[data-id="${message.id}"]`);
  if (message.deleted) existing?.remove();
  else if (existing) existing.replaceWith(bubble(chat, message));
  else {
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
    const later = [...list.children].find((node) => Number(node.dataset.id) > message.id);
    list.insertBefore(bubble(chat, message), later ?? null);
    if (atBottom || message.from === "user") list.scrollTop = list.scrollHeight;
  }
  renderReplyKeyboard(chat);
  renderStart(chat);
}

/**
 * A message's direction as the Unicode bidi algorithm picks it (rule P2): its first strong letter,
 * skipping the values the bot isolates (LRI/RLI/FSI … PDI), so an Azerbaijani sentence that starts
 * with a Persian name still reads left to right. A browser's dir="auto" would stop at the name.
 */
function baseDirection(text) {
  let depth = 0;
  for (const char of text) {
    if (/[\u2066-\u2068]/.test(char)) depth++;
    else if (char === "\u2069") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(char)) return "rtl";
    else if (depth === 0 && /\p{L}/u.test(char)) return "ltr";
  }
  return "auto";
}

function bubble(chat, message) {
  const node = document.createElement("div");
  node.className = `msg ${message.from}`;
  node.dataset.id = message.id;
  node.dir = baseDirection(message.text ?? message.caption ?? "");
  if (message.photo) {
    const img = document.createElement("img");
    img.src = `/files/${message.photo.path}`;
    img.alt = message.photo.name;
    img.addEventListener("click", () => window.open(img.src, "_blank"));
    node.append(img);
  }
  if (message.document) {
    const link = document.createElement("a");
    link.className = "file";
    link.href = `/files/${message.document.path}`;
    link.download = message.document.name;
    link.textContent = `📄 ${message.document.name}`;
    node.append(link);
  }
  const body = document.createElement("div");
  body.className = "body";
  if (message.contact) body.textContent = `📞 ${message.contact}`;
  else if (message.location) body.append(mapLink(message.location));
  else if (message.html !== undefined) body.append(formatted(message.html));
  else body.textContent = message.text ?? message.caption ?? "";
  linkify(body);
  if (body.childNodes.length) node.append(body);
  const keyboard = message.replyMarkup?.inline_keyboard;
  if (Array.isArray(keyboard)) node.append(inlineKeyboard(chat, message, keyboard));
  const foot = document.createElement("div");
  foot.className = "foot";
  foot.dir = "ltr";
  foot.textContent = `${message.edits ? "edited " : ""}${new Date(message.date * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
  node.append(foot);
  return node;
}

const ALLOWED = {
  B: "b",
  STRONG: "b",
  I: "i",
  EM: "i",
  U: "u",
  INS: "u",
  S: "s",
  STRIKE: "s",
  DEL: "s",
  CODE: "code",
  PRE: "pre",
  BLOCKQUOTE: "blockquote",
  A: "a",
};

/** The Telegram HTML subset, rebuilt element by element so nothing else the bot sends can run in the page. */
function formatted(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  const rebuild = (source) => {
    const fragment = document.createDocumentFragment();
    for (const child of source.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        fragment.append(child.textContent);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const spoiler = child.tagName === "TG-SPOILER" || (child.tagName === "SPAN" && child.classList.contains("tg-spoiler"));
      const tag = spoiler ? "span" : ALLOWED[child.tagName];
      if (!tag) {
        fragment.append(rebuild(child));
        continue;
      }
      const element = document.createElement(tag);
      if (spoiler) element.className = "spoiler";
      if (tag === "a") {
        const href = child.getAttribute("href") ?? "";
        if (/^(https?:|tg:)/.test(href)) element.href = href;
        element.target = "_blank";
        element.rel = "noopener";
      }
      element.append(rebuild(child));
      fragment.append(element);
    }
    return fragment;
  };
  return rebuild(parsed);
}

// A URL ends at the invisible marks that isolate it in the bot's text, as it does at a space.
const URL_PATTERN = /https?:\/\/[^\s<>"\u2066-\u2069]+[^\s<>".,;:!?)»\u2066-\u2069]/g;

/** Makes URLs in the text clickable; the bot's own invite links (either messenger's) fill the New person form instead of leaving the page. */
function linkify(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) if (!walker.currentNode.parentElement.closest("a")) texts.push(walker.currentNode);
  for (const text of texts) {
    const value = text.textContent;
    const matches = [...value.matchAll(URL_PATTERN)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      fragment.append(value.slice(last, match.index));
      fragment.append(link(match[0]));
      last = match.index + match[0].length;
    }
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
  }
}

/** A shared location, as a link to the point on OpenStreetMap. */
function mapLink({ latitude, longitude }) {
  const anchor = document.createElement("a");
  anchor.className = "location";
  anchor.href = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
  anchor.target = "_blank";
  anchor.rel = "noopener";
  anchor.dir = "ltr";
  anchor.textContent = `📍 ${latitude.toFixed(5)}, ${longitude.toFixed(5)}`;
  return anchor;
}

function link(url) {
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.textContent = url;
  anchor.dir = "ltr";
  const messenger = inviteMessenger(url);
  if (messenger) {
    anchor.className = "invite-link";
    anchor.addEventListener("click", (event) => {
      event.preventDefault();
      const form = $("#new-persona");
      form.start.value = url;
      form.messenger.value = messenger;
      form.firstName.focus();
      toast("Name the person who opens this invite link, then press Create.");
    });
  } else {
    anchor.target = "_blank";
    anchor.rel = "noopener";
  }
  return anchor;
}

/** The messenger whose bot an invite link opens: t.me for Telegram, ble.ir for Bale; null for any other link. */
function inviteMessenger(url) {
  const hosts = { telegram: "t\\.me", bale: "ble\\.ir" };
  for (const [messenger, host] of Object.entries(hosts)) {
    if (new RegExp(`^https://${host}/${state.botUsernames[messenger]}\\?start=[\\w-]+$`).test(url)) return messenger;
  }
  return null;
}

function inlineKeyboard(chat, message, rows) {
  const container = document.createElement("div");
  container.className = "inline-keyboard";
  for (const row of rows) {
    const line = document.createElement("div");
    line.className = "row";
    for (const button of row) {
      let element;
      if (button.url) {
        element = document.createElement("a");
        if (/^(https?:|tg:)/i.test(button.url)) element.href = button.url;
        element.target = "_blank";
        element.rel = "noopener";
        // The officials' dashboard opens beside the chats, as it would beside the messenger on a desk.
        if (state.dashboardUrl && button.url.startsWith(`${state.dashboardUrl}/`)) {
          element.target = "dashboard";
          element.addEventListener("click", () => {
            document.getElementById("dashboard-panel").hidden = false;
          });
        }
      } else if (button.callback_data === undefined) {
        // Buttons the sandbox cannot act out (web apps, inline queries, games) are shown but do nothing.
        element = document.createElement("button");
        element.type = "button";
        element.disabled = true;
      } else {
        element = document.createElement("button");
        element.type = "button";
        element.addEventListener("click", () =>
          post(`/api/chats/${chat.id}/press`, { messageId: message.id, data: button.callback_data }).catch((error) => toast(error.message)),
        );
      }
      element.textContent = button.text;
      element.dir = "auto";
      line.append(element);
    }
    container.append(line);
  }
  return container;
}

/** The newest reply keyboard the bot sent, unless removed since, or used once when it was one-time. */
function currentReplyKeyboard(chat) {
  let keyboard = null;
  for (const message of [...chat.messages.values()].sort((a, b) => a.id - b.id)) {
    const markup = message.replyMarkup;
    if (message.from === "bot" && markup?.keyboard) keyboard = markup;
    else if (message.from === "bot" && markup?.remove_keyboard) keyboard = null;
    else if (message.from === "user" && keyboard?.one_time_keyboard) keyboard = null;
  }
  return keyboard;
}

function renderReplyKeyboard(chat) {
  const container = $(".reply-keyboard", chat.element);
  const keyboard = currentReplyKeyboard(chat);
  container.replaceChildren();
  if (!keyboard) return;
  for (const row of keyboard.keyboard) {
    const line = document.createElement("div");
    line.className = "row";
    for (const key of row) {
      const button = document.createElement("button");
      button.type = "button";
      const label = typeof key === "string" ? key : key.text;
      button.textContent = label;
      button.dir = "auto";
      button.addEventListener("click", () => {
        if (key.request_contact) post(`/api/chats/${chat.id}/contact`, {}).catch((error) => toast(error.message));
        else sendText(chat, label);
      });
      line.append(button);
    }
    container.append(line);
  }
}

// --- Toasts and alerts from answered button presses ---

function toast(text) {
  const node = document.createElement("div");
  node.className = "toast";
  node.dir = "auto";
  node.textContent = text;
  $("#toasts").append(node);
  setTimeout(() => node.remove(), 4000);
}

function showAnswer(event) {
  const chat = state.chats.get(event.chatId);
  if (!chat) return;
  if (event.alert) {
    const alert = $(".alert", chat.element);
    $("p", alert).textContent = event.text;
    alert.dir = "auto";
    alert.hidden = false;
  } else toast(`\u2068${personaOf(event.chatId).name}\u2069: ${event.text}`);
}

// --- Live updates ---

function listen() {
  const source = new EventSource("/api/events");
  const indicator = $("#connection");
  source.addEventListener("open", () => {
    indicator.classList.remove("down");
    indicator.textContent = "● live";
    // Catch up on anything missed while disconnected.
    for (const chat of state.chats.values()) {
      api(`/api/chats/${chat.id}`)
        .then((messages) => mergeHistory(chat, messages))
        .catch(() => {});
    }
  });
  source.addEventListener("error", () => {
    indicator.classList.add("down");
    indicator.textContent = "● reconnecting";
  });
  source.addEventListener("message", (event) => {
    const data = JSON.parse(event.data);
    if (data.type === "toast") return showAnswer(data);
    const chat = state.chats.get(data.message.chatId);
    if (chat) applyMessage(chat, data.message);
    refreshPersonasSoon();
  });
}

async function start() {
  const info = await api("/api/info");
  state.botUsernames = info.botUsernames;
  state.dashboardUrl = info.dashboardUrl;
  setUpDashboardPanel();
  setUpNewPersonaForm();
  await loadPersonas();
  listen();
  const saved = JSON.parse(localStorage.getItem("sandbox-open-chats") ?? "[]");
  for (const id of saved) if (state.personas.some((p) => p.id === id)) await openChat(id);
}

/** The panel the dashboard opens in (a frame named "dashboard"), closed with its button. */
function setUpDashboardPanel() {
  const panel = document.getElementById("dashboard-panel");
  panel.querySelector(".close").addEventListener("click", () => {
    panel.hidden = true;
  });
}

start().catch((error) => toast(error.message));
