"use client";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl })}>
      {label}
    </Button>
  );
}
