import { Prisma } from "@prisma/client";

/** Postgres refused a row because a unique index already holds its value. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates what a conversation's draft describes at most once. The key is made
 * once per draft, so a Confirm pressed again (after an outage hid the answer
 * to a save that had committed) gets the first result back; the unique
 * `draftKey` column settles two attempts at the same moment. Without a key
 * (a service called directly) it simply creates.
 */
export async function oncePerDraft<T>(
  draftKey: string | undefined,
  earlier: (draftKey: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<T> {
  if (draftKey === undefined) return create();
  const first = await earlier(draftKey);
  if (first) return first;
  try {
    return await create();
  } catch (error) {
    const raced = isUniqueViolation(error) && JSON.stringify(error.meta ?? {}).includes("draftKey") ? await earlier(draftKey) : null;
    if (raced) return raced;
    throw error;
  }
}
