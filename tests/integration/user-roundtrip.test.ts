import { beforeEach, describe, expect, it } from "vitest";
import { currentDbProvider, isUniqueConstraintError } from "@/server/db";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";

describe(`users through src/server/db.ts on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("talks to the provider DATABASE_URL names", () => {
    expect(currentDbProvider()).toBe(testDbProvider);
  });

  it("creates a user and finds it again by email", async () => {
    const created = await createUser({ email: "ada@example.test", name: "Ada" });
    const found = await db.user.findUnique({ where: { email: "ada@example.test" } });
    expect(found).toMatchObject({ id: created.id, name: "Ada", sessionVersion: 1 });
    expect(found?.createdAt).toBeInstanceOf(Date);
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("enforces unique emails", async () => {
    await createUser({ email: "taken@example.test" });
    const duplicate = db.user.create({ data: { email: "taken@example.test", name: "Again", passwordHash: "x" } });
    const error = await duplicate.catch((caught: unknown) => caught);
    expect(isUniqueConstraintError(error)).toBe(true);
    expect(await db.user.count()).toBe(1);
  });

  it("enforces foreign keys: deleting a user deletes their sign-ins", async () => {
    const user = await createUser();
    await db.signInEvent.create({ data: { userId: user.id, userAgent: "Firefox on Linux" } });
    await expect(db.signInEvent.create({ data: { userId: "no-such-user", userAgent: "x" } })).rejects.toThrow();
    await db.user.delete({ where: { id: user.id } });
    expect(await db.signInEvent.count()).toBe(0);
  });
});
