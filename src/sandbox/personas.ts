import type { Chat, Message, Update, User } from "grammy/types";
import type { AppServices } from "../bot/deps.js";
import type { Db } from "../data/prisma.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../domain/shared/locale.js";
import type { FakeBotApi, FakeMessage } from "./bot-api.js";

/** Ids of people created in the sandbox page, far from real Telegram users' and the demo's. */
const FIRST_PERSONA_ID = 900_000_001;

export type PersonaRole = "person" | "provincial-official" | "county-official";

export type Location = { latitude: number; longitude: number };

export type Persona = { id: number; name: string; username?: string; language: Locale; roles: string[] };

/** Who a persona is to Telegram: what it puts in `from` of every update they send. */
export type PersonaProfile = { firstName: string; lastName?: string; username?: string; language: Locale };

/** A new person made in the page: a first name, and optionally a last name and a username, as on Telegram. */
export type NewPersona = PersonaProfile & { role: PersonaRole; countyId?: number; start?: string };

/** The superadmin of ADMIN_IDS before they have written to the bot. */
const SANDBOX_ADMIN: PersonaProfile = { firstName: "Sandbox admin", language: DEFAULT_LOCALE };

/** A message in a chat as the page shows it, from the bot or from the persona. */
export type ChatMessage = {
  chatId: number;
  id: number;
  from: "bot" | "user";
  date: number;
  text?: string;
  html?: string;
  caption?: string;
  photo?: { fileId: string; name: string };
  document?: { fileId: string; name: string };
  contact?: string;
  location?: Location;
  replyMarkup?: unknown;
  /** How many times the bot edited it: the page keeps the copy with the most. */
  edits?: number;
  deleted?: boolean;
};

export type PersonaEvent = { type: "message"; message: ChatMessage } | { type: "toast"; chatId: number; text: string; alert: boolean };

export function botMessageView(message: FakeMessage): ChatMessage {
  const file = (f: FakeMessage["photo"]) => f && { fileId: f.fileId, name: f.filename };
  return {
    chatId: message.chatId,
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

/**
 * The people one can be in the sandbox: everyone the bot knows (demo people
 * included) and the superadmins of ADMIN_IDS. Acting as one of them sends the
 * bot updates through the emulator, exactly as Telegram would deliver them.
 */
export class Personas {
  /** What each persona sent, by chat, for showing the conversation. */
  private readonly sentByUsers = new Map<number, ChatMessage[]>();
  /** Which chat pressed the button a callback query came from. */
  private readonly queries = new Map<string, number>();
  private readonly listeners = new Set<(event: PersonaEvent) => void>();
  private nextQuery = 1;

  constructor(
    private readonly db: Db,
    private readonly api: FakeBotApi,
    private readonly services: AppServices,
    private readonly adminIds: ReadonlySet<bigint>,
  ) {
    api.subscribe((event) => {
      if (event.type === "message") this.emit({ type: "message", message: botMessageView(event.message) });
      else {
        const chatId = this.queries.get(event.answer.callbackQueryId);
        this.queries.delete(event.answer.callbackQueryId);
        if (chatId !== undefined && event.answer.text) {
          this.emit({ type: "toast", chatId, text: event.answer.text, alert: event.answer.showAlert ?? false });
        }
      }
    });
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
      if (p.official) roles.push(`official: ${p.official.county?.nameEn ?? `${p.official.province.nameEn} province`}`);
      if (p.leads) roles.push(`leader: ${p.leads.name}${p.leads.status === "VERIFIED" ? "" : ` (${p.leads.status.toLowerCase()})`}`);
      for (const m of p.memberships) roles.push(`member: ${m.ngo.name}`);
      // Superadmins first, then officials, leaders, members and everyone else.
      const rank = this.adminIds.has(p.id) ? 0 : p.official ? 1 : p.leads ? 2 : p.memberships.length ? 3 : 4;
      const name = [p.firstName, p.lastName].filter(Boolean).join(" ");
      const language = [p.locale, p.telegramLang].find(isLocale) ?? DEFAULT_LOCALE;
      return { id: Number(p.id), name, ...(p.username && { username: p.username }), language, roles, rank };
    });
    for (const id of this.adminIds) {
      if (!personas.some((p) => p.id === Number(id))) {
        personas.push({ id: Number(id), name: SANDBOX_ADMIN.firstName, language: SANDBOX_ADMIN.language, roles: ["superadmin"], rank: 0 });
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
    const newest = await this.db.person.findFirst({ where: { id: { gte: FIRST_PERSONA_ID } }, orderBy: { id: "desc" } });
    const id = newest ? Number(newest.id) + 1 : FIRST_PERSONA_ID;
    if (input.username && (await this.db.person.findFirst({ where: { username: { equals: input.username, mode: "insensitive" } } })))
      throw new Error(`@${input.username} is someone else's username`);
    const { role: _, countyId: __, start: ___, ...profile } = input;
    this.newcomers.set(id, profile);
    // Opening an invite link (t.me/<bot>?start=<token>) sends "/start <token>", as Telegram does.
    await this.sendText(id, input.start ? `/start ${input.start}` : "/start");
    await this.waitForPerson(id);
    if (input.role !== "person") {
      const admin = [...this.adminIds][0];
      if (admin === undefined) throw new Error("no superadmin to appoint officials");
      const actor = { id: admin, roles: { superadmin: true, official: null, leads: null, memberOf: [] } };
      if (input.role === "county-official") {
        if (input.countyId === undefined) throw new Error("a county official needs a county");
        await this.services.officials.grant(actor, BigInt(id), { scope: "COUNTY", countyId: input.countyId });
      } else {
        const [province] = await this.services.reference.provinces();
        if (!province) throw new Error("no province in the reference data");
        await this.services.officials.grant(actor, BigInt(id), { scope: "PROVINCE", provinceId: province.id });
      }
    }
    return (
      (await this.list()).find((p) => p.id === id) ?? {
        id,
        name: [input.firstName, input.lastName].filter(Boolean).join(" "),
        language: input.language,
        roles: [],
      }
    );
  }

  private async waitForPerson(id: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await this.db.person.findUnique({ where: { id: BigInt(id) }, select: { id: true } })) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the bot did not record person ${id}`);
  }

  /** Profiles of personas created before the bot has recorded them. */
  private readonly newcomers = new Map<number, PersonaProfile>();

  /**
   * Who the persona is, as the bot has them: first and last name, username and language, all sent
   * with every update as Telegram does (a first name alone would have the bot erase the last name).
   */
  private async profile(id: number): Promise<PersonaProfile> {
    const person = await this.db.person.findUnique({ where: { id: BigInt(id) } });
    if (person) {
      return {
        firstName: person.firstName,
        ...(person.lastName && { lastName: person.lastName }),
        ...(person.username && { username: person.username }),
        language: [person.telegramLang, person.locale].find(isLocale) ?? DEFAULT_LOCALE,
      };
    }
    return this.newcomers.get(id) ?? SANDBOX_ADMIN;
  }

  /** The persona as Telegram shows them to bots: the sender of an update and their private chat. */
  private async sender(id: number): Promise<{ from: User; chat: Chat.PrivateChat }> {
    const { firstName, lastName, username, language } = await this.profile(id);
    const names = { first_name: firstName, ...(lastName && { last_name: lastName }), ...(username && { username }) };
    return { from: { id, is_bot: false, ...names, language_code: language }, chat: { id, type: "private", ...names } };
  }

  /** Counties to appoint a county official for, named in English and Persian. */
  async counties(): Promise<{ id: number; name: string }[]> {
    return (await this.services.reference.counties()).map((c) => ({ id: c.id, name: `${c.nameEn} · ${c.nameFa}` }));
  }

  history(chatId: number): ChatMessage[] {
    const bot = this.api.messagesTo(chatId).map(botMessageView);
    return [...bot, ...(this.sentByUsers.get(chatId) ?? [])].sort((a, b) => a.id - b.id);
  }

  commands(chatId: number, language: string) {
    return this.api.commandsVisibleTo(chatId, language);
  }

  /** Delivers a message from the persona to the bot; a /command gets its entity, as Telegram adds it. */
  sendText(chatId: number, text: string): Promise<void> {
    const command = /^\/\w+/.exec(text);
    return this.deliver(
      chatId,
      { text, ...(command && { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] }) },
      { text },
    );
  }

  /** Shares the persona's own phone number, as the request_contact button does. */
  async sendContact(chatId: number): Promise<void> {
    const phone = `+98912${String(chatId % 10_000_000).padStart(7, "0")}`;
    const { firstName, lastName } = await this.profile(chatId);
    const contact = { phone_number: phone, first_name: firstName, ...(lastName && { last_name: lastName }), user_id: chatId };
    return this.deliver(chatId, { contact }, { contact: phone });
  }

  /** Shares a point on the map, as Telegram's 📎 → Location does. */
  sendLocation(chatId: number, location: Location): Promise<void> {
    return this.deliver(chatId, { location }, { location });
  }

  sendFile(chatId: number, kind: "photo" | "document", bytes: Buffer, filename: string, caption: string): Promise<void> {
    const file = this.api.userFile(kind, bytes, filename);
    const fields =
      kind === "photo"
        ? { photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 512, height: 512 }] }
        : { document: { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_name: filename } };
    return this.deliver(
      chatId,
      { ...fields, ...(caption && { caption }) },
      { [kind]: { fileId: file.fileId, name: filename }, ...(caption && { caption }) },
    );
  }

  /** Presses an inline button of one of the bot's messages in the chat. */
  press(chatId: number, messageId: number, data: string): Promise<void> {
    return this.inOrder(chatId, () => this.pressNow(chatId, messageId, data));
  }

  private async pressNow(chatId: number, messageId: number, data: string): Promise<void> {
    const message = this.api.messagesTo(chatId).find((m) => m.messageId === messageId);
    if (!message) return;
    const id = `sandbox-${chatId}-${this.nextQuery++}`;
    this.queries.set(id, chatId);
    const { from, chat } = await this.sender(chatId);
    this.api.pushUpdate({
      callback_query: {
        id,
        from,
        chat_instance: String(chatId),
        data,
        message: { message_id: messageId, date: message.date, chat, text: message.text ?? "" },
      },
    } as Omit<Update, "update_id">);
  }

  /** What one persona does reaches the bot in the order they did it, whatever the lookups take. */
  private inOrder(chatId: number, action: () => Promise<void>): Promise<void> {
    const done = (this.lastAction.get(chatId) ?? Promise.resolve()).then(action);
    this.lastAction.set(
      chatId,
      done.catch(() => undefined),
    );
    return done;
  }

  private readonly lastAction = new Map<number, Promise<unknown>>();

  private deliver(chatId: number, fields: Partial<Message>, shown: Partial<ChatMessage>): Promise<void> {
    return this.inOrder(chatId, () => this.deliverNow(chatId, fields, shown));
  }

  private async deliverNow(chatId: number, fields: Partial<Message>, shown: Partial<ChatMessage>): Promise<void> {
    const { from, chat } = await this.sender(chatId);
    const message = {
      message_id: this.api.nextUserMessageId(chatId),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      ...fields,
    } as Message;
    const view: ChatMessage = { chatId, id: message.message_id, from: "user", date: message.date, ...shown };
    this.sentByUsers.set(chatId, [...(this.sentByUsers.get(chatId) ?? []), view]);
    this.emit({ type: "message", message: view });
    this.api.pushUpdate({ message } as Omit<Update, "update_id">);
  }
}
