import { it } from "vitest";
import type { FakeMessage } from "../../src/sandbox/bot-api.js";
import type { Harness, TestUser } from "./harness.js";

/** Digits unique to this moment, for registration numbers and names that must not clash across tests. */
export const unique = () => `${Date.now() % 100_000_000}${Math.floor(Math.random() * 1000)}`;

/** Waits until `check` holds (a condition the workers bring about), or fails after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const lastText = (replies: { text?: string }[]) => replies.at(-1)?.text ?? "";

/** The bot's reply that starts so; notifications arriving meanwhile may come before or after it. */
export const textStarting = (messages: { text?: string }[], start: string) => messages.find((m) => m.text?.startsWith(start))?.text ?? "";

export type RegistrationAnswers = { name: string; number?: string; province?: string; county?: string };

/** Walks a leader through every registration step with valid answers (in English); returns the summary. */
export async function registerUpToSummary(leader: TestUser, answers: RegistrationAnswers): Promise<FakeMessage | undefined> {
  await leader.send("/register");
  await leader.send(answers.name);
  await leader.send(answers.number ?? unique());
  await leader.send("Provincial governor's office");
  // Tests run with a second province that has counties, so the province is asked first.
  await leader.press(answers.province ?? "Zanjan");
  await leader.press(answers.county ?? "Abhar");
  await leader.press("Youth");
  await leader.press("Environment");
  await leader.press("Done");
  await leader.send("1398");
  await leader.send("25");
  await leader.press("Yes");
  await leader.shareContact("+989121234567");
  return (await leader.send("We plant trees with young volunteers in Abhar.")).at(-1);
}

/**
 * An NGO led by `leader`, registered through the service and approved by the
 * superadmin: quick setup for tests of what comes after review. Returns its id.
 */
export async function registeredNgo(
  h: Harness,
  adminId: number,
  leader: TestUser,
  options: { county: string; fields: string[]; isYouth?: boolean; verified?: boolean; name?: string },
): Promise<string> {
  await leader.send("/start");
  const fields = await h.app.services.reference.fields();
  const ngo = await h.app.services.ngos.register(BigInt(leader.id), {
    name: options.name ?? `Test NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId(options.county),
    fieldIds: fields.filter((f) => options.fields.includes(f.nameEn)).map((f) => f.id),
    foundedYear: 1395,
    memberCount: 30,
    isYouth: options.isYouth ?? false,
    contactPhone: "+989127777777",
    description: "Registered by a test.",
  });
  if (options.verified ?? true) await h.app.services.ngos.approve(await h.actor(adminId), ngo.id);
  return ngo.id;
}

/**
 * A journey told in steps, one test each, where a step needs what the steps before it left (a round
 * opened, then answered, then reported on): `round.it("when …", async () => { … })` in place of `it`.
 * A step runs first the earlier steps not run yet, each once and in the order they were declared: the
 * file runs every step once, as written, and a test run alone (`-t "<words>"`) passes too. A step that
 * fails fails the steps after it, which say so.
 */
export function journey(): { it(name: string, body: () => Promise<void>, timeoutMs?: number): void } {
  const bodies: (() => Promise<void>)[] = [];
  const runs: Promise<void>[] = [];
  const run = (index: number): Promise<void> => {
    runs[index] ??= (async () => {
      if (index > 0) {
        await run(index - 1).catch((error: unknown) => {
          throw new Error("an earlier step of this journey failed", { cause: error });
        });
      }
      await bodies[index]?.();
    })();
    return runs[index];
  };
  return {
    it(name, body, timeoutMs) {
      const index = bodies.push(body) - 1;
      it(name, () => run(index), timeoutMs);
    },
  };
}
