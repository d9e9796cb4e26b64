"use server";

import { mailSettingsSchema } from "@/domain/mail/schemas";
import { formAction, userAction } from "@/server/action";
import { saveMailSettings } from "./settings";

const updateMailSettings = userAction(mailSettingsSchema, async (settings, user) => {
  await saveMailSettings(user.id, settings);
  return { message: "Your email choices are saved." };
});

// Forms call this through useActionState: (previous state, form data).
export const updateMailSettingsAction = formAction(updateMailSettings);
