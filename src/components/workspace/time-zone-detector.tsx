"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { setTimeZoneAction } from "@/server/account/actions";

/** On the first signed-in visit, stores the browser's time zone (changeable in settings). Renders nothing. */
export function TimeZoneDetector() {
  const router = useRouter();
  useEffect(() => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!timeZone) return;
    void setTimeZoneAction({ timeZone }).then((outcome) => {
      if (outcome.ok) router.refresh();
    });
  }, [router]);
  return null;
}
