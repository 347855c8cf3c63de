"use client";

import { Button } from "@puente/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPCClient } from "~/trpc/react";

type Decision = "approvePerson" | "suspendPerson" | "verifyOrganization" | "rejectOrganization";

interface DecisionButtonProps {
  decision: Decision;
  subjectId: string;
  label: string;
  accessibleLabel: string;
  doneMessage: string;
}

/** A vetting decision through the tRPC HTTP link; the queue re-renders on the server afterwards. */
export function DecisionButton({ decision, subjectId, label, accessibleLabel, doneMessage }: DecisionButtonProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "status" | "alert"; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: async () => {
      switch (decision) {
        case "approvePerson":
          return client.vetting.approvePerson.mutate({ userId: subjectId });
        case "suspendPerson":
          return client.vetting.suspendPerson.mutate({ userId: subjectId });
        case "verifyOrganization":
          return client.vetting.verifyOrganization.mutate({ organizationId: subjectId });
        case "rejectOrganization":
          return client.vetting.rejectOrganization.mutate({ organizationId: subjectId });
      }
    },
    onSuccess: () => {
      setMessage({ tone: "status", text: doneMessage });
      router.refresh();
    },
    // Messages arrive translated by the router's error formatter.
    onError: (error) => setMessage({ tone: "alert", text: error.message }),
  });
  const positive = decision === "approvePerson" || decision === "verifyOrganization";
  return (
    <span>
      <Button
        variant={positive ? "primary" : "danger"}
        disabled={mutation.isPending}
        aria-label={accessibleLabel}
        onClick={() => mutation.mutate()}
      >
        {label}
      </Button>
      {message ? (
        <span role={message.tone} className="p-muted">
          {" "}
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
