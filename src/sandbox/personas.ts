import type { Chat, Message, Update, User } from "grammy/types";
import type { AppServices } from "../bot/deps.js";
import type { Db } from "../data/prisma.js";
import { FIRST_NON_TELEGRAM_ID } from "../domain/people.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../domain/shared/locale.js";
import type { FakeBotApi, FakeMessage } from "./bot-api.js";

/** User ids of people created in the sandbox page (on either messenger), far from real users' and the demo's. */
const FIRST_PERSONA_ID = 900_000_001;

export type SandboxMessenger = "telegram" | "bale";
const STORED = { telegram: "TELEGRAM", bale: "BALE" } as const;

/** A persona's private chat with the bot: the messenger, and their user id there (which is the chat's id). */
type ChatRef = { messenger: SandboxMessenger; chatId: number };
const keyOf = (chat: ChatRef) => `${chat.messenger}:${chat.chatId}`;

export type PersonaRole = "person" | "provincial-official" | "county-official";

export type Location = { latitude: number; longitude: number };

/** `id` is the person's id in the database (a Telegram person's is their Telegram id), which the page knows them by. */
export type Persona = { id: number; messenger: SandboxMessenger; name: string; username?: string; language: Locale; roles: string[] };

/** Who a persona is to their messenger: what it puts in `from` of every update they send. */
export type PersonaProfile = { firstName: string; lastName?: string; username?: string; language: Locale };

/** A new person made in the page: a first name, and optionally a last name and a username, as on Telegram. */
export type NewPersona = PersonaProfile & { messenger: SandboxMessenger; role: PersonaRole; countyId?: number; start?: string };

/** The superadmin of ADMIN_IDS before they have written to the bot. */
const SANDBOX_ADMIN: PersonaProfile = { firstName: "Sandbox admin", language: DEFAULT_LOCALE };

/** A message in a chat as the page shows it, from the bot or from the persona. */
export type ChatMessage = {
  /** The persona's id (see Persona), not the chat's id on the messenger. */
  chatId: number;
  id: number;
  from: "bot" | "user";
  date: number;
  text?: string;
  html?: string;
  caption?: string;
  /** `path`: where the page downloads it, /files/<path>. */
  photo?: { path: string; name: string };
  document?: { path: string; name: string };
  contact?: string;
  location?: Location;
  replyMarkup?: unknown;
  /** How many times the bot edited it: the page keeps the copy with the most. */
  edits?: number;
  deleted?: boolean;
};

export type PersonaEvent = { type: "message"; message: ChatMessage } | { type: "toast"; chatId: number; text: string; alert: boolean };

/** A message of the bot's as the page shows it in the persona's chat. */
export function botMessageView(message: FakeMessage, personaId: number, messenger: SandboxMessenger): ChatMessage {
  // Each emulator numbers its own files.
  const file = (f: FakeMessage["photo"]) => f && { path: filePath(messenger, f.fileId), name: f.filename };
  return {
    chatId: personaId,
    id: message.messageId,
    from: "bot",
    date: message.date,
    ...(message.text !== undefined && { text: message.text }),
    ...(message.html !== undefined && { html: message.html }),
    ...(message.caption !== undefined && { caption: message.caption }),
    ...(message.photo && { photo: file(message.photo) }),
    ...(message.document && { document: file(message.document) }),
    ...(message.replyMarkup !== undefined && { replyMarkup: message.replyMarkup }),
    ...(message.edits > 0 && { edits: message.edits }),
    ...(message.deleted && { deleted: true }),
  };
}

export function filePath(messenger: SandboxMessenger, fileId: string): string {
  return messenger === "bale" ? `bale/${fileId}` : fileId;
}

/**
 * The people one can be in the sandbox: everyone the bot knows on Telegram or
 * Bale (demo people included) and the superadmins of ADMIN_IDS. Acting as one
 * of them sends the bot updates through their messenger's emulator, exactly as
 * that messenger would deliver them.
 */
export class Personas {
  /** What each persona sent, by persona id, for showing the conversation. */
  private readonly sentByUsers = new Map<number, ChatMessage[]>();
  /** Which persona pressed the button a callback query came from. */
  private readonly queries = new Map<string, number>();
  private readonly listeners = new Set<(event: PersonaEvent) => void>();
  private nextQuery = 1;
  /** Persona id by chat, and chat by persona id: fixed once a person is recorded. */
  private readonly personaIds = new Map<string, number>();
  private readonly chats = new Map<number, ChatRef>();

  constructor(
    private readonly db: Db,
    private readonly apis: Record<SandboxMessenger, FakeBotApi>,
    private readonly services: AppServices,
    private readonly adminIds: ReadonlySet<bigint>,
  ) {
    for (const messenger of ["telegram", "bale"] as const) {
      apis[messenger].subscribe((event) => {
        if (event.type === "message") {
          const { message } = event;
          // A lookup that fails (the database gone away) only loses the live copy: opening the chat loads its history.
          this.personaIdOf({ messenger, chatId: message.chatId }).then(
            (personaId) =>
              personaId !== undefined && this.emit({ type: "message", message: botMessageView(message, personaId, messenger) }),
            () => undefined,
          );
        } else {
          const personaId = this.queries.get(event.answer.callbackQueryId);
          this.queries.delete(event.answer.callbackQueryId);
          if (personaId !== undefined && event.answer.text) {
            this.emit({ type: "toast", chatId: personaId, text: event.answer.text, alert: event.answer.showAlert ?? false });
          }
        }
      });
    }
  }

  private remember(personaId: number, chat: ChatRef): void {
    this.personaIds.set(keyOf(chat), personaId);
    this.chats.set(personaId, chat);
  }

  /** The persona behind a chat: on Telegram the same number; on Bale the person the bot recorded for it. */
  private async personaIdOf(chat: ChatRef): Promise<number | undefined> {
    if (chat.messenger === "telegram") return chat.chatId;
    const known = this.personaIds.get(keyOf(chat));
    if (known !== undefined) return known;
    const person = await this.db.person.findUnique({
      where: { messenger_externalId: { messenger: "BALE", externalId: BigInt(chat.chatId) } },
      select: { id: true },
    });
    if (person) this.remember(Number(person.id), chat);
    return person ? Number(person.id) : undefined;
  }

  /** The chat of a persona: a Telegram person's id is their Telegram id; anyone else's is looked up once. */
  private async chatOf(personaId: number): Promise<ChatRef> {
    if (BigInt(personaId) < FIRST_NON_TELEGRAM_ID) return { messenger: "telegram", chatId: personaId };
    const known = this.chats.get(personaId);
    if (known) return known;
    const person = await this.db.person.findUnique({ where: { id: BigInt(personaId) } });
    if (person?.messenger !== "BALE") throw new Error(`no persona ${personaId}`);
    const chat: ChatRef = { messenger: "bale", chatId: Number(person.externalId) };
    this.remember(personaId, chat);
    return chat;
  }

  subscribe(listener: (event: PersonaEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: PersonaEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Superadmins first, then officials, leaders and members, then everyone else; each with what they are. */
  async list(): Promise<Persona[]> {
    const people = await this.db.person.findMany({
      include: {
        official: { include: { county: true, province: true } },
        leads: { select: { name: true, status: true } },
        memberships: { include: { ngo: { select: { name: true } } } },
      },
      orderBy: { createdAt: "asc" },
      take: 500,
    });
    const personas: (Persona & { rank: number })[] = people.map((p) => {
      const roles: string[] = [];
      if (this.adminIds.has(p.id)) roles.push("superadmin");
      if (p.official)
        roles.push(
          `official: ${p.official.county?.nameEn ?? (p.official.province ? `${p.official.province.nameEn} province` : "national")}`,
        );
      if (p.leads) roles.push(`leader: ${p.leads.name}${p.leads.status === "VERIFIED" ? "" : ` (${p.leads.status.toLowerCase()})`}`);
      for (const m of p.memberships) roles.push(`member: ${m.ngo.name}`);
      // Superadmins first, then officials, leaders, members and everyone else.
      const rank = this.adminIds.has(p.id) ? 0 : p.official ? 1 : p.leads ? 2 : p.memberships.length ? 3 : 4;
      const name = [p.firstName, p.lastName].filter(Boolean).join(" ");
      const language = [p.locale, p.telegramLang].find(isLocale) ?? DEFAULT_LOCALE;
      const messenger = p.messenger === "BALE" ? "bale" : "telegram";
      if (messenger === "bale") this.remember(Number(p.id), { messenger, chatId: Number(p.externalId) });
      return { id: Number(p.id), messenger, name, ...(p.username && { username: p.username }), language, roles, rank };
    });
    for (const id of this.adminIds) {
      if (!personas.some((p) => p.id === Number(id))) {
        const { firstName: name, language } = SANDBOX_ADMIN;
        personas.push({ id: Number(id), messenger: "telegram", name, language, roles: ["superadmin"], rank: 0 });
      }
    }
    return personas.sort((a, b) => a.rank - b.rank).map(({ rank: _, ...persona }) => persona);
  }

  /**
   * A new person: they send /start (with an invite link's token, if they open one),
   * as anyone's first contact with the bot is;
   * an official is then appointed by the first superadmin, as one would in /officials.
   */
  create(input: NewPersona): Promise<Persona> {
    // One at a time, so two quick creations never take the same id.
    const created = this.creating.then(() => this.createNow(input));
    this.creating = created.catch(() => undefined);
    return created;
  }

  private creating: Promise<unknown> = Promise.resolve();

  private async createNow(input: NewPersona): Promise<Persona> {
    const { messenger } = input;
    const newest = await this.db.person.findFirst({
      where: { messenger: STORED[messenger], externalId: { gte: FIRST_PERSONA_ID } },
      orderBy: { externalId: "desc" },
    });
    const chat: ChatRef = { messenger, chatId: newest ? Number(newest.externalId) + 1 : FIRST_PERSONA_ID };
    if (input.username && (await this.db.person.findFirst({ where: { username: { equals: input.username, mode: "insensitive" } } })))
      throw new Error(`@${input.username} is someone else's username`);
    const { role: _, countyId: __, start: ___, messenger: ____, ...profile } = input;
    this.newcomers.set(keyOf(chat), profile);
    // Opening an invite link (t.me/ or ble.ir/<bot>?start=<token>) sends "/start <token>", as both messengers do.
    const text = input.start ? `/start ${input.start}` : "/start";
    await this.inOrder(keyOf(chat), () => this.deliverNow(chat, undefined, this.textFields(messenger, text), { text }));
    const id = await this.waitForPerson(chat);
    if (input.role !== "person") {
      const admin = [...this.adminIds][0];
      if (admin === undefined) throw new Error("no superadmin to appoint officials");
      const actor = { id: admin, roles: { superadmin: true, official: null, leads: null, memberOf: [] } };
      if (input.role === "county-official") {
        if (input.countyId === undefined) throw new Error("a county official needs a county");
        await this.services.officials.grant(actor, BigInt(id), { scope: "COUNTY", countyId: input.countyId });
      } else {
        // The province of the county given, else the first with counties.
        const county = input.countyId === undefined ? null : await this.services.reference.county(input.countyId);
        const [first] = await this.services.reference.provincesWithCounties();
        const provinceId = county?.provinceId ?? first?.id;
        if (provinceId === undefined) throw new Error("no province with counties in the reference data");
        await this.services.officials.grant(actor, BigInt(id), { scope: "PROVINCE", provinceId });
      }
    }
    return (
      (await this.list()).find((p) => p.id === id) ?? {
        id,
        messenger,
        name: [input.firstName, input.lastName].filter(Boolean).join(" "),
        language: input.language,
        roles: [],
      }
    );
  }

  /** A newcomer's first message, shown once the bot has recorded them (on Bale, that gives their persona id). */
  private readonly unshown = new Map<string, (personaId: number) => void>();

  /** Waits for the bot to record the person who wrote from the chat; returns their id, the persona's. */
  private async waitForPerson(chat: ChatRef): Promise<number> {
    for (let i = 0; i < 100; i++) {
      const id = await this.personaIdOf(chat);
      if (id !== undefined && (await this.db.person.findUnique({ where: { id: BigInt(id) }, select: { id: true } }))) {
        this.unshown.get(keyOf(chat))?.(id);
        this.unshown.delete(keyOf(chat));
        return id;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the bot did not record the person of ${chat.messenger} chat ${chat.chatId}`);
  }

  /** Profiles of personas created before the bot has recorded them, by chat. */
  private readonly newcomers = new Map<string, PersonaProfile>();

  /**
   * Who the persona is, as the bot has them: first and last name, username and language, all sent
   * with every update as the messengers do (a first name alone would have the bot erase the last name).
   */
  private async profile(chat: ChatRef): Promise<PersonaProfile> {
    const externalId = BigInt(chat.chatId);
    const person = await this.db.person.findUnique({ where: { messenger_externalId: { messenger: STORED[chat.messenger], externalId } } });
    if (person) {
      return {
        firstName: person.firstName,
        ...(person.lastName && { lastName: person.lastName }),
        ...(person.username && { username: person.username }),
        language: [person.telegramLang, person.locale].find(isLocale) ?? DEFAULT_LOCALE,
      };
    }
    return this.newcomers.get(keyOf(chat)) ?? SANDBOX_ADMIN;
  }

  /**
   * The persona as their messenger shows them to bots: the sender of an update and their private chat.
   * Bale personas send a language_code too, the form's choice (real Bale may send none: the bot then takes
   * Persian, which test/bale.test.ts covers).
   */
  private async sender(ref: ChatRef): Promise<{ from: User; chat: Chat.PrivateChat }> {
    const id = ref.chatId;
    const { firstName, lastName, username, language } = await this.profile(ref);
    const names = { first_name: firstName, ...(lastName && { last_name: lastName }), ...(username && { username }) };
    return { from: { id, is_bot: false, ...names, language_code: language }, chat: { id, type: "private", ...names } };
  }

  /** Counties to appoint a county official for, named in English and Persian. */
  async counties(): Promise<{ id: number; name: string }[]> {
    return (await this.services.reference.counties()).map((c) => ({ id: c.id, name: `${c.nameEn} · ${c.nameFa}` }));
  }

  async history(personaId: number): Promise<ChatMessage[]> {
    const chat = await this.chatOf(personaId);
    const bot = this.apis[chat.messenger].messagesTo(chat.chatId).map((m) => botMessageView(m, personaId, chat.messenger));
    return [...bot, ...(this.sentByUsers.get(personaId) ?? [])].sort((a, b) => a.id - b.id);
  }

  /** The command menu the persona's messenger shows them (none on Bale, which refuses setMyCommands). */
  async commands(personaId: number, language: string) {
    const chat = await this.chatOf(personaId);
    return this.apis[chat.messenger].commandsVisibleTo(chat.chatId, language);
  }

  /** Delivers a message from the persona to the bot. */
  async sendText(personaId: number, text: string): Promise<void> {
    const { messenger } = await this.chatOf(personaId);
    return this.deliver(personaId, this.textFields(messenger, text), { text });
  }

  /** A text message's fields: Telegram marks a /command with its entity; Bale is reported not to. */
  private textFields(messenger: SandboxMessenger, text: string): Partial<Message> {
    const command = /^\/\w+/.exec(text);
    if (!command || messenger === "bale") return { text };
    return { text, entities: [{ type: "bot_command", offset: 0, length: command[0].length }] };
  }

  /** Shares the persona's own phone number, as the request_contact button does. */
  async sendContact(personaId: number): Promise<void> {
    const chat = await this.chatOf(personaId);
    const phone = `+98912${String(chat.chatId % 10_000_000).padStart(7, "0")}`;
    const { firstName, lastName } = await this.profile(chat);
    const contact = { phone_number: phone, first_name: firstName, ...(lastName && { last_name: lastName }), user_id: chat.chatId };
    return this.deliver(personaId, { contact }, { contact: phone });
  }

  /** Shares a point on the map, as Telegram's 📎 → Location does. */
  sendLocation(personaId: number, location: Location): Promise<void> {
    return this.deliver(personaId, { location }, { location });
  }

  async sendFile(personaId: number, kind: "photo" | "document", bytes: Buffer, filename: string, caption: string): Promise<void> {
    const { messenger } = await this.chatOf(personaId);
    const file = this.apis[messenger].userFile(kind, bytes, filename);
    const fields =
      kind === "photo"
        ? { photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 512, height: 512 }] }
        : { document: { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_name: filename } };
    return this.deliver(
      personaId,
      { ...fields, ...(caption && { caption }) },
      { [kind]: { path: filePath(messenger, file.fileId), name: filename }, ...(caption && { caption }) },
    );
  }

  /** Presses an inline button of one of the bot's messages in the chat. */
  async press(personaId: number, messageId: number, data: string): Promise<void> {
    const ref = await this.chatOf(personaId);
    return this.inOrder(keyOf(ref), () => this.pressNow(personaId, ref, messageId, data));
  }

  private async pressNow(personaId: number, ref: ChatRef, messageId: number, data: string): Promise<void> {
    const api = this.apis[ref.messenger];
    const message = api.messagesTo(ref.chatId).find((m) => m.messageId === messageId);
    if (!message) return;
    const id = `sandbox-${ref.messenger}-${ref.chatId}-${this.nextQuery++}`;
    this.queries.set(id, personaId);
    const { from, chat } = await this.sender(ref);
    api.pushUpdate({
      callback_query: {
        id,
        from,
        chat_instance: String(ref.chatId),
        data,
        message: { message_id: messageId, date: message.date, chat, text: message.text ?? "" },
      },
    } as Omit<Update, "update_id">);
  }

  /** What one persona does reaches the bot in the order they did it, whatever the lookups take. */
  private inOrder(chatKey: string, action: () => Promise<void>): Promise<void> {
    const done = (this.lastAction.get(chatKey) ?? Promise.resolve()).then(action);
    this.lastAction.set(
      chatKey,
      done.catch(() => undefined),
    );
    return done;
  }

  /** By chat (keyOf): a newcomer acts before they have a persona id. */
  private readonly lastAction = new Map<string, Promise<unknown>>();

  private async deliver(personaId: number, fields: Partial<Message>, shown: Partial<ChatMessage>): Promise<void> {
    const ref = await this.chatOf(personaId);
    return this.inOrder(keyOf(ref), () => this.deliverNow(ref, personaId, fields, shown));
  }

  /**
   * Sends the bot the persona's message and shows it in their chat; a newcomer's (no persona id yet)
   * shows once the bot has recorded them and the page loads the chat's history.
   */
  private async deliverNow(
    ref: ChatRef,
    personaId: number | undefined,
    fields: Partial<Message>,
    shown: Partial<ChatMessage>,
  ): Promise<void> {
    const api = this.apis[ref.messenger];
    const { from, chat } = await this.sender(ref);
    const message = {
      message_id: api.nextUserMessageId(ref.chatId),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      ...fields,
    } as Message;
    const show = (id: number) => {
      const view: ChatMessage = { chatId: id, id: message.message_id, from: "user", date: message.date, ...shown };
      this.sentByUsers.set(id, [...(this.sentByUsers.get(id) ?? []), view]);
      this.emit({ type: "message", message: view });
    };
    const id = personaId ?? (await this.personaIdOf(ref));
    if (id !== undefined) show(id);
    else this.unshown.set(keyOf(ref), show);
    api.pushUpdate({ message } as Omit<Update, "update_id">);
  }
}
