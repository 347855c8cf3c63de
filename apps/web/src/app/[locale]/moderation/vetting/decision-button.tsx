"use client";

import { Button } from "@puente/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPCClient } from "~/trpc/react";
import { useAnnounceDecision } from "./decision-status";

type Decision = "approvePerson" | "suspendPerson" | "verifyOrganization" | "rejectOrganization";

interface DecisionButtonProps {
  decision: Decision;
  subjectId: string;
  label: string;
  accessibleLabel: string;
  doneMessage: string;
}

/**
 * A vetting decision through the tRPC HTTP link; the queue re-renders on the server afterwards and
 * the confirmation shows in the page's DecisionStatus.
 */
export function DecisionButton({ decision, subjectId, label, accessibleLabel, doneMessage }: DecisionButtonProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const announce = useAnnounceDecision();
  const [error, setError] = useState<string | null>(null);
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
      setError(null);
      announce(doneMessage);
      router.refresh();
    },
    // Messages arrive translated by the router's error formatter; the card stays, so they show on it.
    onError: (failure) => setError(failure.message),
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
      {error ? (
        <span role="alert" className="p-muted">
          {" "}
          {error}
        </span>
      ) : null}
    </span>
  );
}
