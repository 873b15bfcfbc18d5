import { type Agent, request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";

/** What grammY passes to `fetch` for a Bot API call: a JSON body as a string, or a file upload as a stream. */
type CallInit = { method?: string; headers?: Record<string, string>; body?: string | Readable; agent?: Agent; signal?: AbortSignal };

/**
 * The Bot API calls of grammY (its `client.fetch` option) on Node's HTTP client straight, instead of the
 * node-fetch it uses by default, which builds a WHATWG Request, Headers, Body and Response, with their
 * streams and promises, for every call. grammY reads only `json()` of the answer and passes its kept-alive
 * agent (`baseFetchConfig`) and an AbortSignal (its timeout, the runner's stop of a long poll). Every press
 * makes two calls (the answer and the edit): CPU per call measured against node-fetch in README, Performance.
 */
export function botApiFetch(url: string, init: CallInit = {}): Promise<{ json(): Promise<unknown> }> {
  return new Promise((resolve, reject) => {
    const { signal, body } = init;
    if (signal?.aborted) return reject(new Error("The request was aborted"));
    const headers = typeof body === "string" ? { ...init.headers, "content-length": String(Buffer.byteLength(body)) } : init.headers;
    const request = (url.startsWith("https:") ? httpsRequest : httpRequest)(
      url,
      { method: init.method ?? "GET", ...(headers ? { headers } : {}), ...(init.agent ? { agent: init.agent } : {}) },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", fail);
        response.on("end", () => {
          signal?.removeEventListener("abort", abort);
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ json: async () => JSON.parse(text) });
        });
      },
    );
    function fail(error: Error) {
      signal?.removeEventListener("abort", abort);
      reject(error);
    }
    function abort() {
      request.destroy(new Error("The request was aborted"));
    }
    signal?.addEventListener("abort", abort);
    request.on("error", fail);
    if (body === undefined || typeof body === "string") request.end(body);
    else body.on("error", (error) => request.destroy(error)).pipe(request);
  });
}

/** grammY's client options for the Bot API at `apiRoot`, calling it through botApiFetch. */
export const botApiClient = (apiRoot: string) => ({ apiRoot, fetch: botApiFetch as unknown as typeof fetch });
