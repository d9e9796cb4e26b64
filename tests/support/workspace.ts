// Workspace rows for a signed-in test user, made through the real actions: one in every workspace table.
import { expect } from "vitest";
import { createApplicationAction, moveApplicationAction } from "@/server/application/actions";
import { signInAs } from "./session";

export interface WorkspaceIds {
  applicationId: string;
}

export async function seedWorkspace(user: { id: string; name: string; email: string }): Promise<WorkspaceIds> {
  signInAs(user);
  const created = await createApplicationAction({ company: "Acme", roleTitle: "Associate PM", kind: "associate_pm", stage: "applied" });
  if (!created.ok) expect.fail(created.message);
  const moved = await moveApplicationAction({ applicationId: created.data.application.id, version: 1, stage: "screening" });
  if (!moved.ok) expect.fail(moved.message);
  return { applicationId: created.data.application.id };
}
