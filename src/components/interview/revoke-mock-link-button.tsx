"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { revokeMockLinkAction } from "@/server/interview/mock-actions";

export function RevokeMockLinkButton({ linkId, label }: { linkId: string; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={message} />
      <div>
        <Button
          variant="secondary"
          onClick={async () => {
            const outcome = await revokeMockLinkAction({ linkId });
            setMessage(outcome.ok ? null : outcome.message);
            if (outcome.ok) router.refresh();
          }}
        >
          Revoke<span className="sr-only"> {label}</span>
        </Button>
      </div>
    </div>
  );
}
