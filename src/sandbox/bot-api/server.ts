/**
 * The fake Bot API's HTTP side: `{apiRoot}/bot{token}/{method}` calls with JSON or
 * multipart/form-data bodies, and `{apiRoot}/file/bot{token}/{filePath}` downloads.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApiRequest, badRequest, isRecord, TelegramError, type Upload } from "./protocol.js";

/** What the server serves. */
export interface BotApiBackend {
  /** The result of a method call, or NO_ANSWER when the client left and nothing is to be answered; refusals throw a TelegramError. */
  call(method: string, request: ApiRequest): Promise<unknown>;
  /** A file's bytes by its file_path. */
  download(filePath: string): Buffer | undefined;
}

export const NO_ANSWER = Symbol("no answer");

/** Object-typed parameters, which arrive JSON-encoded when the request is multipart/form-data. */
const JSON_FIELDS = new Set([
  "reply_markup",
  "reply_parameters",
  "link_preview_options",
  "entities",
  "caption_entities",
  "commands",
  "scope",
  "menu_button",
  "allowed_updates",
]);

export class BotApiServer {
  private readonly server: Server = createServer();
  private readonly inFlight = new Set<Promise<void>>();
  private root = "";

  constructor(private readonly backend: BotApiBackend) {
    this.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const handling = this.handle(req, res)
        .catch((error: unknown) =>
          sendJson(res, 500, {
            ok: false,
            error_code: 500,
            description: `Internal Server Error: ${String(error)}`,
          }),
        )
        .finally(() => this.inFlight.delete(handling));
      this.inFlight.add(handling);
    });
  }

  /** Listens on a random port of 127.0.0.1. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    this.root = `http://127.0.0.1:${port}`;
  }

  get apiRoot(): string {
    return this.root;
  }

  get listening(): boolean {
    return this.server.listening;
  }

  /** Waits for requests in progress, then closes. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    const closed = new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
    // grammY keeps connections alive; they would hold close() open.
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", this.root);
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(pathname);
    if (download) {
      this.serveFile(decodeURIComponent(download[1] ?? ""), res);
      return;
    }
    const route = /^\/bot[^/]+\/([^/]+)$/.exec(pathname);
    if (!route) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    // Aborted when the client leaves before its answer (a long poll grammY cancelled); not after every answer, where
    // an abort would only cost its DOMException.
    const closed = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) closed.abort();
    });
    try {
      const { payload, uploads } = parseParameters(req.headers["content-type"], await readBody(req));
      const result = await this.backend.call(route[1] ?? "", { payload, uploads, closed: closed.signal });
      if (result !== NO_ANSWER) sendJson(res, 200, { ok: true, result });
    } catch (error) {
      if (!(error instanceof TelegramError)) throw error;
      sendJson(res, error.code, {
        ok: false,
        error_code: error.code,
        description: error.description,
        ...(error.parameters && { parameters: error.parameters }),
      });
    }
  }

  private serveFile(filePath: string, res: ServerResponse): void {
    const bytes = this.backend.download(filePath);
    if (!bytes) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": bytes.length,
    });
    res.end(bytes);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // The client may be gone already, e.g. a long poll that grammY cancelled.
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
/** Reads the method's parameters from a JSON or multipart/form-data body. */
function parseParameters(
  contentType: string | undefined,
  body: Buffer,
): { payload: Record<string, unknown>; uploads: Map<string, Upload> } {
  if (contentType?.startsWith("multipart/form-data")) return parseFormData(contentType, body);
  if (body.length === 0) return { payload: {}, uploads: new Map() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw badRequest("can't parse JSON body");
  }
  if (!isRecord(parsed)) throw badRequest("parameters must be a JSON object");
  return { payload: parsed, uploads: new Map() };
}

/**
 * Form fields become parameters, with object-typed ones JSON-decoded. A file is
 * sent as its own part, and the parameter refers to it as "attach://<part name>".
 */
function parseFormData(contentType: string, body: Buffer): { payload: Record<string, unknown>; uploads: Map<string, Upload> } {
  const { fields, files } = parseMultipart(contentType, body);
  const payload: Record<string, unknown> = {};
  const uploads = new Map<string, Upload>();
  for (const [name, value] of fields) {
    const attached = value.startsWith("attach://") ? files.get(value.slice("attach://".length)) : undefined;
    if (attached) {
      uploads.set(name, attached);
      payload[name] = { filename: attached.filename, size: attached.bytes.length };
    } else {
      payload[name] = JSON_FIELDS.has(name) ? parseJsonField(value) : value;
    }
  }
  return { payload, uploads };
}

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Splits a multipart/form-data body into text fields and files. Written by hand
 * because grammY's encoding (`content-disposition:form-data;name="x";filename=y`,
 * without spaces and with the filename unquoted) is accepted by Telegram but
 * rejected by Node 20's `Request.formData()`.
 */
function parseMultipart(contentType: string, body: Buffer): { fields: Array<[string, string]>; files: Map<string, Upload> } {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (!boundary) throw badRequest("multipart boundary is missing");
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // A leading CRLF makes the first delimiter look like all the others.
  const data = Buffer.concat([Buffer.from("\r\n"), body]);
  const fields: Array<[string, string]> = [];
  const files = new Map<string, Upload>();
  let position = data.indexOf(delimiter);
  while (position !== -1) {
    const afterDelimiter = position + delimiter.length;
    // "--" right after a delimiter closes the body.
    if (data.toString("latin1", afterDelimiter, afterDelimiter + 2) === "--") break;
    const next = data.indexOf(delimiter, afterDelimiter);
    if (next === -1) throw badRequest("multipart body is not terminated");
    const part = data.subarray(afterDelimiter + 2, next); // + 2 skips the delimiter's CRLF
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) throw badRequest("multipart part has no headers");
    const headers = part.toString("utf8", 0, headerEnd);
    const content = part.subarray(headerEnd + 4);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? "";
    const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? "";
    // grammY leaves the filename unquoted as the last attribute, so take the rest of the line.
    const filename = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? /;\s*filename=(.*)$/i.exec(disposition)?.[1];
    if (filename === undefined) fields.push([name, content.toString("utf8")]);
    else files.set(name, { filename, bytes: Buffer.from(content) });
    position = next;
  }
  return { fields, files };
}
