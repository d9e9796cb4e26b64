"use server";

import { redirect } from "next/navigation";
import { createPlanSchema } from "@/domain/plan/schemas";
import { ActionError, formAction, userAction } from "@/server/action";
import { createPlanAction } from "./actions";

/**
 * createPlanAction for the /plan/new form, then on to the dashboard. Given straight to <form action>,
 * it works before the page has hydrated (and without JavaScript): the browser posts, the plan is built,
 * the redirect lands on the dashboard.
 */
export const buildPlanFormAction = formAction(
  userAction(createPlanSchema, async (input) => {
    const result = await createPlanAction(input);
    if (!result.ok) throw new ActionError(result.message, result.fieldErrors);
    redirect("/dashboard");
  }),
);
